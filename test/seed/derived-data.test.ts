import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate.ts';
import { loadGraph } from '../../bench/load.ts';
import { SPANNING, timelineDayOf } from '../../src/graph/timeline.ts';
import { normalizeSearchText } from '../../src/search/normalize.ts';
import { searchHits } from '../../src/search/run-search.ts';
import { seedNeeded } from '../../src/store/bootstrap.ts';
import { refreshDerivedData } from '../../src/store/derived.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import type { GraphStore, Row } from '../../src/store/port.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import { seedGraph } from '../../src/store/seed.ts';
import { seededStore } from '../testkit/graph.ts';

const search = (store: GraphStore, query: string) =>
  searchHits(createQueryRunner(store), { term: normalizeSearchText(query), kinds: [] }, 'RELEVANCE', { ascending: true, missingLast: true, start: null, stop: null, limit: 10 });

/** The timeline's buckets as the store holds them, and the buckets its events are in. */
async function buckets(store: GraphStore) {
  const held = await store.execute(
    'MATCH (m:TimelineMonth) RETURN m.key AS key, m.events AS events, m.types AS types, m.typeEvents AS typeEvents, m.days AS days, m.dayEvents AS dayEvents ORDER BY key',
    {},
    'READ',
  );
  const events = await store.execute(
    'MATCH (e:Event) RETURN e.id AS id, e.date AS date, e.endDate AS endDate, e.eventType AS type, e.timelineDay AS day',
    {},
    'READ',
  );
  return { held, events };
}

/** The seed and the benchmark's loader must build the same derived data from the same rules. */
describe.each([
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
])('the derived data built by %s', (_name, build) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await build();
  });
  afterAll(() => store.close());

  it('puts every event in the bucket of its day, and counts each month’s events of each type and of each day', async () => {
    const { held, events } = await buckets(store);
    expect(events.length).toBeGreaterThan(20);
    for (const event of events) {
      expect(event.day, String(event.id)).toBe(timelineDayOf(event.date as string | null, event.endDate as string | null));
    }
    const counted = events.filter((event) => event.day !== SPANNING);
    const tally = (key: (event: Row) => string, within: Row[]) => {
      const counts = new Map<string, number>();
      for (const event of within) counts.set(key(event), (counts.get(key(event)) ?? 0) + 1);
      return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    };
    const months = tally((event) => String(event.day).slice(0, 7), counted);
    expect(held.map((month) => month.key)).toEqual(months.map(([key]) => key));
    for (const month of held) {
      const inMonth = counted.filter((event) => String(event.day).slice(0, 7) === month.key);
      const types = tally((event) => String(event.type ?? ''), inMonth);
      const days = tally((event) => String(event.day), inMonth);
      expect([month.types, month.typeEvents], String(month.key)).toEqual([types.map(([type]) => type), types.map(([, n]) => n)]);
      expect([month.days, month.dayEvents], String(month.key)).toEqual([days.map(([day]) => day), days.map(([, n]) => n)]);
      expect(month.events).toBe(inMonth.length);
    }
  });

  it('keeps no search or timeline data in what queries return', async () => {
    const [row] = await store.execute("MATCH (n:Event) WITH n LIMIT 1 RETURN n {.*, searchText: null, timelineDay: null} AS node", {}, 'READ');
    const node = row!.node as Record<string, unknown>;
    expect(node.searchText).toBeNull();
    expect(node.timelineDay).toBeNull();
  });
});

describe('the seed’s derived data', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  it('gains nothing from a second seed', async () => {
    const before = await buckets(store);
    const documents = await store.execute('MATCH (n:Entity) RETURN n.id AS id, n.searchText AS text ORDER BY id', {}, 'READ');
    await seedGraph(store);
    expect(await buckets(store)).toEqual(before);
    expect(await store.execute('MATCH (n:Entity) RETURN n.id AS id, n.searchText AS text ORDER BY id', {}, 'READ')).toEqual(documents);
  });

  it('stops finding a node by a name it no longer has, and finds it by its new one', async () => {
    expect((await search(store, 'Lidia Yermoshina'))[0]?.node.id).toBe('lidziya-yarmoshyna');
    try {
      await store.execute("MATCH (n:Entity {id: 'lidziya-yarmoshyna'}) SET n.aliases = ['Yarmoshyna', 'Lidziya Yarmoshyna-Tested']", {}, 'WRITE');
      await store.writeTransaction((tx) => refreshDerivedData(tx, store.searchIndex.documentFor));
      expect((await search(store, 'Lidia Yermoshina')).map((hit) => hit.node.id)).not.toContain('lidziya-yarmoshyna');
      expect((await search(store, 'yarmoshyna tested'))[0]?.node.id).toBe('lidziya-yarmoshyna');
    } finally {
      // On Neo4j the store is the run's one database: the seed puts the names back.
      await seedGraph(store);
    }
  });
});

describe('a store written before the text index', () => {
  it.each([
    [
      'by an earlier search text (the node’s keys, `|key|key|`)',
      async (store: GraphStore) => {
        await store.execute("MATCH (n:Entity) SET n.searchText = '|' + n.name + '|' REMOVE n.timelineDay", {}, 'WRITE');
        await store.execute('MATCH (m:TimelineMonth) DETACH DELETE m', {}, 'WRITE');
        expect(await search(store, 'bolton')).toEqual([]);
        return 'search index missing' as const;
      },
    ],
    [
      'in the shared format, without what the engine’s index holds beside it (SearchIndex.documentFor)',
      async (store: GraphStore) => {
        await store.writeTransaction((tx) => refreshDerivedData(tx, (searchText) => searchText));
        return store.searchIndex.documentEnd === '' ? undefined : ('search index missing' as const);
      },
    ],
  ])('%s is seeded again on start, and then searched as a fresh one', async (_name, writeEarlier) => {
    const store = await seededStore();
    try {
      expect(await seedNeeded(store)).toBeUndefined();
      const needed = await writeEarlier(store);
      expect(await seedNeeded(store)).toBe(needed);
      await seedGraph(store);
      expect(await seedNeeded(store)).toBeUndefined();
      expect((await search(store, 'bolton'))[0]?.node.id).toBe('john-bolton');
    } finally {
      await seedGraph(store);
      await store.close();
    }
  });
});
