/**
 * The timeline on a synthetic graph: reading day buckets gives what ordering every
 * event gives, and reads through the index on Event.timelineDay only the days the
 * answer needs (the embedded engine's plan and profile show it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate.ts';
import { loadGraph } from '../../bench/load.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { timelineEvents } from '../../src/store/queries.ts';

let store: GraphStore;
const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

beforeAll(async () => {
  store = createEmbeddedStore({ path: null });
  await loadGraph(store, syntheticGraph({ nodes: 6000 }), quiet);
}, 60_000);

afterAll(() => store.close());

type Filters = { from: string | null; to: string | null; eventTypes: string[]; limit: number };

/** Every event, filtered, ordered and cut: what the buckets must give. */
const EVERY_EVENT = `MATCH (e:Event)
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
WITH e ORDER BY e.date, e.id LIMIT $limit
RETURN e.id AS id`;

const CASES: Filters[] = [
  { from: null, to: null, eventTypes: [], limit: 50 },
  { from: null, to: null, eventTypes: [], limit: 500 },
  { from: '2000-01-01', to: '2010-12-31', eventTypes: [], limit: 50 },
  { from: '2005-03-17', to: null, eventTypes: [], limit: 7 },
  { from: null, to: '1991-02-02', eventTypes: [], limit: 100 },
  { from: '2019-01-01', to: '2019-12-31', eventTypes: [], limit: 500 },
  { from: '2012-06-15', to: '2012-06-15', eventTypes: [], limit: 10 },
  { from: null, to: null, eventTypes: ['SANCTION'], limit: 20 },
  { from: '1995-01-01', to: '2015-12-31', eventTypes: ['MEETING', 'VISIT'], limit: 40 },
  { from: '2030-01-01', to: null, eventTypes: [], limit: 10 },
];

describe('the timeline at 6,000 nodes', () => {
  it.each(CASES)('%o gives what ordering every event gives', async (filters) => {
    const read = (await store.execute(timelineEvents.text, filters, 'READ')).map((row) => (row.node as { id: string }).id);
    const expected = (await store.execute(EVERY_EVENT, filters, 'READ')).map((row) => row.id);
    expect(read).toEqual(expected);
    if (filters.from !== '2030-01-01') expect(read.length).toBeGreaterThan(0);
  });

  it('enters each bucket through the index on Event.timelineDay', async () => {
    const [plan] = await store.execute(`EXPLAIN ${timelineEvents.text}`, CASES[2]!, 'READ');
    expect(String(plan?.plan)).toMatch(/Filter \(e\.timelineDay Eq key\) \[index: timelineDay\]/);
  });

  it('reads the events of the buckets it needs, not every event', async () => {
    const [events] = await store.execute('MATCH (e:Event) RETURN count(e) AS count', {}, 'READ');
    const [profile] = await store.execute(`PROFILE ${timelineEvents.text}`, CASES[2]!, 'READ');
    const text = String(profile?.profile);
    const read = Number(/Filter \(e\.timelineDay Eq key[^\n]*\s+rows=(\d+)/.exec(text)?.[1]);
    // 50 events, read from the first days of the range: the days that hold them.
    expect(read).toBeGreaterThanOrEqual(50);
    expect(read).toBeLessThanOrEqual(2 * 50);
    expect(read).toBeLessThan(Number(events!.count) / 10);
  });
});
