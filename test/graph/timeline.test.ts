/**
 * The timeline on a synthetic graph: reading day buckets gives, page for page, what ordering
 * every event gives — either way, from a cursor, from the end — and counts what counting
 * every event counts, while it reads through the index on Event.timelineDay only the days
 * the page needs (the embedded engine's plan and profile show it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate.ts';
import { loadGraph } from '../../bench/load.ts';
import type { Scan } from '../../src/graph/keyset.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { timelineCount, timelinePage } from '../../src/store/queries.ts';

let store: GraphStore;
const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

beforeAll(async () => {
  store = createEmbeddedStore({ path: null });
  await loadGraph(store, syntheticGraph({ nodes: 6000 }), quiet);
  // A few undated and spanning events, which the synthetic graph has none of.
  await store.execute(
    `UNWIND range(1, 4) AS i
     CREATE (:Entity:Event {id: 'undated-' + i, name: 'Undated ' + i, eventType: 'MEETING', timelineDay: 'undated'})
     CREATE (:Entity:Event {id: 'span-' + i, name: 'Span ' + i, eventType: 'VISIT', date: date('2004-0' + i + '-10'), endDate: date('2006-01-01'), timelineDay: 'span'})`,
    {},
    'WRITE',
  );
  await store.execute("MERGE (m:TimelineMonth {key: 'undated'}) SET m.events = 4, m.types = ['MEETING'], m.typeEvents = [4], m.days = ['undated'], m.dayEvents = [4]", {}, 'WRITE');
}, 60_000);

afterAll(() => store.close());

type Filters = { from: string | null; to: string | null; eventTypes: string[] };

/** Every event, filtered, in scan order after $start and before $stop, cut: what the buckets must give. */
const EVERY_EVENT = `MATCH (e:Event)
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
WITH e, e.date AS primary, e.id AS tie, date($start.primary) AS startPrimary, date($stop.primary) AS stopPrimary
WHERE ($start IS NULL OR CASE
        WHEN (primary IS NULL) <> $start.missing THEN (primary IS NULL) = $missingLast
        WHEN primary IS NULL OR primary = startPrimary THEN CASE WHEN $ascending THEN tie > $start.tie ELSE tie < $start.tie END
        WHEN $ascending THEN primary > startPrimary
        ELSE primary < startPrimary
      END)
  AND ($stop IS NULL OR CASE
        WHEN (primary IS NULL) <> $stop.missing THEN (primary IS NULL) <> $missingLast
        WHEN primary IS NULL OR primary = stopPrimary THEN CASE WHEN $ascending THEN tie < $stop.tie ELSE tie > $stop.tie END
        WHEN $ascending THEN primary < stopPrimary
        ELSE primary > stopPrimary
      END)
WITH e, primary, tie
ORDER BY CASE WHEN (primary IS NULL) = $missingLast THEN 1 ELSE 0 END,
         CASE WHEN $ascending THEN primary END, CASE WHEN $ascending THEN null ELSE primary END DESC,
         CASE WHEN $ascending THEN tie END, CASE WHEN $ascending THEN null ELSE tie END DESC
LIMIT $limit
RETURN e.id AS id, toString(e.date) AS date`;

const FILTERS: Filters[] = [
  { from: null, to: null, eventTypes: [] },
  { from: '2000-01-01', to: '2010-12-31', eventTypes: [] },
  { from: '2005-03-17', to: null, eventTypes: [] },
  { from: null, to: '1991-02-02', eventTypes: [] },
  { from: '2012-06-15', to: '2012-06-15', eventTypes: [] },
  { from: null, to: null, eventTypes: ['SANCTION', 'MEETING'] },
  { from: '1995-01-12', to: '2015-12-20', eventTypes: ['MEETING', 'VISIT'] },
  { from: '2030-01-01', to: null, eventTypes: [] },
];

/** The scans a list is read by: either way from the front, and from the end (keyset.ts's scanFor). */
const SCANS: [string, Omit<Scan, 'start' | 'stop' | 'limit'>][] = [
  ['oldest first', { ascending: true, missingLast: true }],
  ['newest first', { ascending: false, missingLast: true }],
  ['oldest first, from the end', { ascending: false, missingLast: false }],
  ['newest first, from the end', { ascending: true, missingLast: false }],
];

const page = async (text: string, params: Record<string, unknown>) =>
  (await store.execute(text, params, 'READ')).map((row) => String('node' in row ? (row.node as { id: string }).id : row.id));

/** The key of an event in the oracle's rows. */
const keyOf = (row: { id: string; date: string | null }) => ({ missing: row.date === null, primary: row.date, tie: row.id });

describe('the timeline at 6,000 nodes', () => {
  describe.each(SCANS)('%s', (_name, scan) => {
    it.each(FILTERS)('%o: every page, after cursors and between two, is what ordering every event gives', async (filters) => {
      const all = (await store.execute(EVERY_EVENT, { ...filters, ...scan, start: null, stop: null, limit: 100_000 }, 'READ')).map((row) => ({
        id: String(row.id),
        date: row.date === null ? null : String(row.date),
      }));
      if (filters.from !== '2030-01-01') expect(all.length).toBeGreaterThan(0);
      // Pages of 7 from the start, a page from the middle, a page between two cursors, one past the end.
      for (const [at, limit, until] of [
        [-1, 7, null],
        [Math.floor(all.length / 2), 50, null],
        [3, 500, Math.min(all.length - 1, 40)],
        [all.length - 2, 10, null],
      ] as [number, number, number | null][]) {
        const start = at >= 0 && all[at] ? keyOf(all[at]!) : null;
        const stop = until !== null && all[until] ? keyOf(all[until]!) : null;
        const params = { ...filters, ...scan, start, stop, limit, sep: '' };
        expect(await page(timelinePage.text, params), JSON.stringify({ at, limit, until })).toEqual(await page(EVERY_EVENT, params));
      }
    });
  });

  it.each(FILTERS)('%o: counts what counting every event counts', async (filters) => {
    const [counted] = await store.execute(timelineCount.text, filters, 'READ');
    const every = await store.execute(EVERY_EVENT, { ...filters, ascending: true, missingLast: true, start: null, stop: null, limit: 100_000 }, 'READ');
    expect(Number(counted!.count)).toBe(every.length);
  });

  const RANGE = { from: '2000-01-01', to: '2010-12-31', eventTypes: [], ascending: true, missingLast: true, start: null, stop: null, limit: 50, sep: '' };

  it('enters each bucket through the index on Event.timelineDay', async () => {
    const [plan] = await store.execute(`EXPLAIN ${timelinePage.text}`, RANGE, 'READ');
    expect(String(plan?.plan)).toMatch(/Filter \(e\.timelineDay Eq key\) \[index: timelineDay\]/);
  });

  it('reads the events of the buckets it needs, not every event, from the start and from a cursor deep in the list', async () => {
    const [events] = await store.execute('MATCH (e:Event) RETURN count(e) AS count', {}, 'READ');
    const deep = { ...RANGE, ascending: false, start: { missing: false, primary: '2004-05-01', tie: 'm' } };
    for (const params of [RANGE, deep]) {
      const [profile] = await store.execute(`PROFILE ${timelinePage.text}`, params, 'READ');
      const text = String(profile?.profile);
      const read = Number(/Filter \(e\.timelineDay Eq key[^\n]*\s+rows=(\d+)/.exec(text)?.[1]);
      // 50 events, read from the days that hold them (and the spanning events, read by every page).
      expect(read).toBeGreaterThanOrEqual(50);
      expect(read).toBeLessThanOrEqual(2 * 50);
      expect(read).toBeLessThan(Number(events!.count) / 10);
    }
  });
});
