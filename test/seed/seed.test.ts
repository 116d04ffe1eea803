import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/graph/records.ts';
import { EVENT_TYPES, ORGANIZATION_TYPES, PLACE_TYPES, RELATIONSHIP_TYPES } from '../../src/graph/vocabulary.ts';
import type { Kind } from '../../src/graph/records.ts';
import { searchTextFor } from '../../src/search/search-text.ts';
import { graphCounts } from '../../src/store/bootstrap.ts';
import type { GraphStore, Row } from '../../src/store/port.ts';
import { seedGraph } from '../../src/store/seed.ts';
import { graphFingerprint } from '../hardening/fuzz/fingerprint.ts';
import { seededStore } from '../testkit/graph.ts';

const DOCUMENTS = ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'];

let store: GraphStore;
let nodes: Row[];
let relationships: Row[];

// The graph's nodes and relationships; the indexes' derived data has its own test (derived-data.test.ts).
beforeAll(async () => {
  store = await seededStore();
  nodes = (await store.execute('MATCH (n:Entity) RETURN n {.*, labels: labels(n)} AS n', {}, 'READ')).map(
    (row) => row.n as Row,
  );
  relationships = await store.execute(
    'MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, r {.*} AS props, labels(a) AS fromLabels, labels(b) AS toLabels',
    {},
    'READ',
  );
});

afterAll(() => store.close());

const node = (id: string) => nodes.find((n) => n.id === id);
const rel = (from: string, type: string, to: string) =>
  relationships.find((r) => r.from === from && r.type === type && r.to === to);

describe('seed coverage: what the articles name is in the graph', () => {
  it.each([
    ['john-bolton', 'Person'],
    ['aliaksandr-lukashenka', 'Person'],
    ['uladzimir-makei', 'Person'],
    ['donald-trump', 'Person'],
    ['melania-trump', 'Person'],
    ['bill-clinton', 'Person'],
    ['arsen-sivistky', 'Person'],
    ['andrei-yahorau', 'Person'],
    ['dzianis-meliantsou', 'Person'],
    ['alesia-rudnik', 'Person'],
    ['lidziya-yarmoshyna', 'Person'],
    ['dmitry-peskov', 'Person'],
    ['belarus-mfa', 'Organization'],
    ['reuters', 'Organization'],
    ['current-time', 'Organization'],
    ['belsat', 'Organization'],
    ['tut-by', 'Organization'],
    ['president-gov-by', 'Organization'],
    ['kremlin', 'Organization'],
    ['centre-strategic-foreign-policy-studies', 'Organization'],
    ['centre-european-transformation', 'Organization'],
    ['us-embassy-minsk', 'Organization'],
    ['belarus', 'Country'],
    ['united-states', 'Country'],
    ['russia', 'Country'],
    ['poland', 'Country'],
    ['moldova', 'Country'],
    ['ukraine', 'Country'],
    ['soviet-union', 'Country'],
    ['minsk', 'Place'],
    ['yama-memorial', 'Place'],
    ['crimea', 'Place'],
    ['bolton-visit-minsk-2019', 'Event'],
    ['bolton-lukashenka-meeting-2019', 'Event'],
    ['clinton-visit-minsk-1993', 'Event'],
    ['us-entry-ban-1998', 'Event'],
    ['us-sanctions-2006', 'Event'],
    ['embassy-staff-cut-2008', 'Event'],
    ['ambassadors-recalled-2008', 'Event'],
    ['us-sanctions-2010', 'Event'],
    ['political-prisoners-release-2015', 'Event'],
    ['us-diplomatic-visits-2018-2019', 'Event'],
    ['mfa-diplomats-limit-lifted-2019', 'Event'],
    ['bolton-poland-visit-cancelled-2019', 'Event'],
    ['bolton-visit-moldova-2019', 'Event'],
    ['bolton-visit-ukraine-2019', 'Event'],
    ['minsk-ghetto-killings-1942', 'Event'],
    ['human-rights', 'Topic'],
    ['non-proliferation', 'Topic'],
    ['sovereignty', 'Topic'],
    ['belsat-bolton-visit-2019', 'Document'],
    ['lukashenko-fresh-start-2019', 'Document'],
  ])('%s is a %s', (id, kind) => {
    expect(node(id)?.labels).toEqual(expect.arrayContaining(['Entity', kind]));
  });

  it('dates the history as the Belsat article does', () => {
    const yearOf = (id: string) => String(node(id)?.date).slice(0, 4);
    expect(['clinton-visit-minsk-1993', 'us-entry-ban-1998', 'us-sanctions-2006', 'embassy-staff-cut-2008', 'us-sanctions-2010', 'political-prisoners-release-2015', 'mfa-diplomats-limit-lifted-2019'].map(yearOf)).toEqual(
      ['1993', '1998', '2006', '2008', '2010', '2015', '2019'],
    );
    expect(node('bolton-visit-minsk-2019')?.date).toBe('2019-08-29');
    expect(node('minsk-ghetto-killings-1942')?.date).toBe('1942-03-02');
    expect(node('embassy-staff-cut-2008')).toMatchObject({ staffBefore: 35, staffAfter: 5 });
  });

  it('records the meetings, the roles and the Kremlin’s reaction with their sources', () => {
    expect(rel('john-bolton', 'MET_WITH', 'aliaksandr-lukashenka')?.props).toMatchObject({
      date: '2019-08-29',
      sources: expect.arrayContaining(DOCUMENTS),
    });
    expect(rel('john-bolton', 'MET_WITH', 'uladzimir-makei')).toBeDefined();
    expect(rel('uladzimir-makei', 'HOLDS_ROLE', 'belarus-mfa')?.props).toMatchObject({ role: 'Minister for Foreign Affairs' });
    expect(rel('dmitry-peskov', 'SAID', 'stmt-peskov-internal-affair')).toBeDefined();
    expect(rel('stmt-peskov-internal-affair', 'REPORTED_IN', 'lukashenko-fresh-start-2019')).toBeDefined();
    expect(rel('reuters', 'REPORTED_BY', 'bolton-poland-visit-cancelled-2019') ?? rel('bolton-poland-visit-cancelled-2019', 'REPORTED_BY', 'reuters')).toBeDefined();
  });

  it('holds the quotes word for word, each with a speaker and a reporting document', () => {
    const statements = nodes.filter((n) => (n.labels as string[]).includes('Statement'));
    expect(statements.length).toBeGreaterThanOrEqual(15);
    const texts = statements.map((s) => String(s.text));
    expect(texts).toContain('fascinating conversation');
    expect(texts.some((text) => text.startsWith('It’s too early to talk about normalization of relations'))).toBe(true);
    expect(texts).toContain('The most important thing is what the people of Belarus want and I think they want independence.');
    for (const statement of statements) {
      expect(relationships.filter((r) => r.to === statement.id && r.type === 'SAID'), String(statement.id)).not.toHaveLength(0);
      expect(relationships.filter((r) => r.from === statement.id && r.type === 'REPORTED_IN'), String(statement.id)).not.toHaveLength(0);
      expect(['DIRECT', 'REPORTED']).toContain(statement.quoteType);
    }
  });
});

describe('seed integrity: provenance and search documents everywhere', () => {
  it('gives every node one kind, a name, sources and the search document of its names, roles and description', () => {
    for (const n of nodes) {
      const kinds = (n.labels as string[]).filter((label) => label !== 'Entity');
      expect(kinds, String(n.id)).toHaveLength(1);
      expect(KINDS as readonly string[]).toContain(kinds[0]);
      expect(typeof n.name, String(n.id)).toBe('string');
      const roles = relationships
        .filter((r) => r.from === n.id && ['HOLDS_ROLE', 'MEMBER_OF', 'ADVISES'].includes(String(r.type)) && (r.props as Row).role)
        .map((r) => String((r.props as Row).role));
      const source = { kind: kinds[0] as Kind, name: String(n.name), aliases: (n.aliases as string[]) ?? [], description: (n.description as string) ?? null, roles };
      // As the store's index holds it (SearchIndex.documentFor: Neo4j's carries its shard terms after it).
      expect(n.searchText, String(n.id)).toBe(store.searchIndex.documentFor(searchTextFor(source)));
      // The seed scripts' search keys and words are what the document is made from, not kept beside it.
      expect(n.searchKeys, String(n.id)).toBeUndefined();
      expect(n.searchWords, String(n.id)).toBeUndefined();
      expect((n.sources as string[]).length, String(n.id)).toBeGreaterThan(0);
      for (const source of n.sources as string[]) expect(DOCUMENTS, String(n.id)).toContain(source);
    }
  });

  it('uses only the declared vocabularies', () => {
    for (const n of nodes) {
      if (n.eventType !== undefined) expect(Object.keys(EVENT_TYPES)).toContain(n.eventType);
      if (n.orgType !== undefined) expect(Object.keys(ORGANIZATION_TYPES)).toContain(n.orgType);
      if (n.placeType !== undefined) expect(Object.keys(PLACE_TYPES)).toContain(n.placeType);
    }
    for (const r of relationships) expect(Object.keys(RELATIONSHIP_TYPES)).toContain(r.type);
  });

  it('gives every relationship an evidence note, and every stated one its source documents', () => {
    expect(relationships.length).toBeGreaterThan(200);
    for (const r of relationships) {
      const props = r.props as Row;
      const name = `${r.from} ${r.type} ${r.to}`;
      // An inferred relationship cites no document (test/seed/fidelity.test.ts checks the basis).
      if (props.basis === 'STATED') expect((props.sources as string[]).length, name).toBeGreaterThan(0);
      for (const source of props.sources as string[]) expect(DOCUMENTS, name).toContain(source);
      expect(String(props.evidence ?? '').length, name).toBeGreaterThan(10);
    }
  });

  it('leaves no node unconnected', () => {
    const connected = new Set(relationships.flatMap((r) => [r.from, r.to]));
    expect(nodes.filter((n) => !connected.has(n.id)).map((n) => n.id)).toEqual([]);
  });
});

describe('seed runner', () => {
  it('adds nothing when run again', async () => {
    const before = await graphCounts(store);
    await seedGraph(store);
    expect(await graphCounts(store)).toEqual(before);
  });

  it('brings a store seeded by an earlier version to the graph a fresh seed gives', async () => {
    const older = await seededStore();
    try {
      const fresh = await graphFingerprint(older);
      // What the seed used to write: a membership no article states, an inferred location cited
      // to Belsat with no basis, a rounded count, a first name the article does not give.
      for (const statement of [
        "MATCH (a:Entity {id: 'alesia-rudnik'}), (b:Entity {id: 'belsat'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.role = 'author', r.sources = ['belsat-bolton-visit-2019'], r.evidence = 'Byline.'",
        "MATCH (:Entity {id: 'yama-memorial'})-[r:LOCATED_IN]->(:Entity {id: 'minsk'}) SET r.sources = ['belsat-bolton-visit-2019'], r.basis = null",
        "MATCH (n:Entity {id: 'us-entry-ban-1998'}) SET n.count = 100, n.countLowerBound = null",
        "MATCH (n:Entity {id: 'lidziya-yarmoshyna'}) SET n.name = 'Lidziya Yarmoshyna'",
      ]) {
        await older.execute(statement, {}, 'WRITE');
      }
      expect((await graphFingerprint(older)).sha256).not.toBe(fresh.sha256);
      await seedGraph(older);
      expect(await graphFingerprint(older)).toEqual(fresh);
    } finally {
      await older.close();
    }
  });

  it('stops at a failing statement, names its file and line, and writes nothing', async () => {
    const before = await graphCounts(store);
    const good = { file: 'seed/a.cypher', line: 1, text: "MERGE (n:Entity {id: 'seed-test-x'}) SET n:Topic, n.name = 'X'" };
    const bad = { file: 'seed/b.cypher', line: 7, text: 'MERGE (n:Entity {id: ) RETURN n' };
    const after = { file: 'seed/c.cypher', line: 1, text: "MERGE (n:Entity {id: 'seed-test-y'}) SET n:Topic, n.name = 'Y'" };
    await expect(seedGraph(store, { schema: [], seed: [good, bad, after] })).rejects.toThrow(/^seed\/b\.cypher:7: /);
    expect(await store.execute("MATCH (n:Entity) WHERE n.id STARTS WITH 'seed-test-' RETURN n.id AS id", {}, 'READ')).toEqual([]);
    expect(await graphCounts(store)).toEqual(before);
  });
});
