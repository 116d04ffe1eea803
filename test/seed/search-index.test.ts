import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate.ts';
import { loadGraph } from '../../bench/load.ts';
import { searchWordsFor } from '../../src/search/normalize.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { cypherFiles, readStatements } from '../../src/store/cypher-files.ts';
import { searchEntities } from '../../src/store/queries.ts';
import { seedNeeded } from '../../src/store/bootstrap.ts';
import { seedGraph } from '../../src/store/seed.ts';
import { seededStore } from '../testkit/graph.ts';
import { TEST_STORE } from '../testkit/neo4j.ts';

/** Every beginning of a word, the whole word included: the prefixes the index links to it. */
const prefixesOf = (word: string) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1));
const sorted = (values: unknown) => [...(values as string[])].sort();

/** How many index nodes and links the store holds, to see a second build add none. */
async function indexSize(store: GraphStore) {
  const [row] = await store.execute(
    `MATCH (w:SearchWord) WITH count(w) AS words
     MATCH (p:SearchPrefix) WITH words, count(p) AS prefixes
     MATCH (:SearchWord)-[l:WORD_OF]->() WITH words, prefixes, count(l) AS wordLinks
     MATCH (:SearchPrefix)-[l:PREFIX_OF]->() RETURN words, prefixes, wordLinks, count(l) AS prefixLinks`,
    {},
    'READ',
  );
  return row;
}

/**
 * The seed's Cypher and the benchmark's bulk loader must build the same index from the
 * same rules: each node's words from searchWordsFor, each word's prefixes, the keys as searchText.
 */
const builders: [string, () => Promise<GraphStore>][] = [
  ['the seed', () => seededStore()],
  [
    // Into an empty embedded store: it needs a database of its own, and Neo4j Community has one.
    'the benchmark loader',
    async () => {
      const store = createEmbeddedStore({ path: null });
      await loadGraph(store, syntheticGraph({ nodes: 300 }));
      return store;
    },
  ],
];
describe.each(TEST_STORE === 'embedded' ? builders : builders.slice(0, 1))('the search index built by %s', (_name, build) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await build();
  });
  afterAll(() => store.close());

  it('links every node to the words of its names, and holds its keys as searchText', async () => {
    const rows = await store.execute(
      `MATCH (n:Entity) OPTIONAL MATCH (w:SearchWord)-[:WORD_OF]->(n)
       RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.searchKeys AS keys, n.searchText AS text, collect(w.word) AS linked`,
      {},
      'READ',
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const words = searchWordsFor(String(row.name), row.aliases as string[]);
      expect(sorted(row.linked), String(row.id)).toEqual(sorted(words));
      expect(row.text, String(row.id)).toBe(`|${(row.keys as string[]).join('|')}|`);
    }
  });

  it('links each word to every beginning of it, once, with one node per word and per prefix', async () => {
    const words = await store.execute(
      'MATCH (w:SearchWord) OPTIONAL MATCH (p:SearchPrefix)-[:PREFIX_OF]->(w) RETURN w.word AS word, collect(p.prefix) AS prefixes',
      {},
      'READ',
    );
    for (const { word, prefixes } of words) expect(sorted(prefixes), String(word)).toEqual(sorted(prefixesOf(String(word))));
    expect(new Set(words.map((row) => row.word)).size).toBe(words.length);
    const [prefixes] = await store.execute('MATCH (p:SearchPrefix) RETURN count(p) AS nodes, count(DISTINCT p.prefix) AS distinctPrefixes', {}, 'READ');
    expect(prefixes?.nodes).toBe(prefixes?.distinctPrefixes);
  });

  it('holds no other nodes or links beside the graph', async () => {
    const [row] = await store.execute(
      `OPTIONAL MATCH (n) WHERE NOT n:Entity AND NOT n:SearchWord AND NOT n:SearchPrefix
       WITH count(n) AS strangers
       OPTIONAL MATCH (a)-[r]->(b) WHERE NOT (a:Entity AND b:Entity) AND NOT type(r) IN ['WORD_OF', 'PREFIX_OF']
       RETURN strangers, count(r) AS strangeLinks`,
      {},
      'READ',
    );
    expect(row).toEqual({ strangers: 0, strangeLinks: 0 });
  });
});

describe('the seed’s search index', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  it('gains nothing from a second seed', async () => {
    const before = await indexSize(store);
    await seedGraph(store);
    expect(await indexSize(store)).toEqual(before);
  });

  it('stops finding a node by a word it no longer carries', async () => {
    const linked = async () =>
      (await store.execute("MATCH (w:SearchWord)-[:WORD_OF]->(:Entity {id: 'john-bolton'}) RETURN w.word AS word", {}, 'READ')).map((row) => row.word);
    expect(sorted(await linked())).toEqual(['bolton', 'john', 'r']);
    try {
      await store.execute("MATCH (n:Entity {id: 'john-bolton'}) SET n.searchWords = ['john', 'bolton']", {}, 'WRITE');
      const indexOnly = readStatements(cypherFiles('seed').filter((path) => path.endsWith('900_search_index.cypher')));
      await seedGraph(store, { schema: [], seed: indexOnly });
      expect(sorted(await linked())).toEqual(['bolton', 'john']);
    } finally {
      // The whole seed puts the words back (on Neo4j the next test files share this graph).
      await seedGraph(store);
    }
    expect(sorted(await linked())).toEqual(['bolton', 'john', 'r']);
  });

  it('is what the search query enters by, through the prefix index', async () => {
    if (TEST_STORE === 'neo4j') {
      // EXPLAIN answers no rows through the driver (the plan is in the summary): check the index instead.
      const indexes = await store.execute(
        "SHOW INDEXES YIELD name, state, labelsOrTypes, properties WHERE name IN ['search_prefix', 'search_word'] RETURN name, state, labelsOrTypes, properties ORDER BY name",
        {},
        'READ',
      );
      expect(indexes).toEqual([
        { name: 'search_prefix', state: 'ONLINE', labelsOrTypes: ['SearchPrefix'], properties: ['prefix'] },
        { name: 'search_word', state: 'ONLINE', labelsOrTypes: ['SearchWord'], properties: ['word'] },
      ]);
      return;
    }
    const [plan] = await store.execute(`EXPLAIN ${searchEntities.text}`, { term: 'luka', tokens: ['luka'], kinds: [], limit: 10 }, 'READ');
    expect(String(plan?.plan)).toMatch(/prefix Eq driver\) \[index: prefix\]/);
  });
});

describe('a store written before the search index', () => {
  it('is seeded again on start, and then searched as a fresh one', async () => {
    const store = await seededStore();
    try {
      expect(await seedNeeded(store)).toBeUndefined();
      await store.execute('MATCH (n:Entity) REMOVE n.searchText, n.searchWords', {}, 'WRITE');
      await store.execute('MATCH (i) WHERE i:SearchWord OR i:SearchPrefix DETACH DELETE i', {}, 'WRITE');
      expect(await seedNeeded(store)).toBe('search index missing');
      const search = () => store.execute(searchEntities.text, { term: 'bolton', tokens: ['bolton'], kinds: [], limit: 10 }, 'READ');
      expect(await search()).toEqual([]);
      await seedGraph(store);
      expect(await seedNeeded(store)).toBeUndefined();
      expect((await search()).length).toBeGreaterThan(0);
    } finally {
      await seedGraph(store);
      await store.close();
    }
  });
});
