/**
 * A deterministic synthetic actor graph shaped like the seed: every node an
 * `Entity` with a kind label, readable ids, names with aliases, a description, its
 * search document (`searchText`), document `sources`; events with a date and their
 * timeline bucket; every relationship with
 * `sources` and `evidence`; degrees skewed by a power law, one planted hub, and a
 * fixed-shape "probe" neighbourhood that has the same size at every scale, so
 * that timings taken at 10k, 100k and 1M nodes answer the same question.
 */
import type { Kind } from '../src/graph/records.ts';
import { EVENT_TYPES, RELATIONSHIP_TYPES } from '../src/graph/vocabulary.ts';
import { timelineDayOf } from '../src/graph/timeline.ts';
import { searchTextFor } from '../src/search/search-text.ts';
import { mulberry32 } from '../src/analytics/random.ts';

/** Seeded PRNG (mulberry32): the same seed gives the same graph. */
export const prng = mulberry32;

export interface NodeRow {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  description: string;
  /** The search document (src/search/search-text.ts). */
  searchText: string;
  sources: string[];
  /** Events only. */
  date?: string;
  eventType?: string;
  /** Events only: the timeline bucket (src/graph/timeline.ts). */
  timelineDay?: string;
}

export interface EdgeRow {
  from: string;
  to: string;
  type: string;
  sources: string[];
  evidence: string;
  role: string | null;
  date: string | null;
}

export interface GraphSpec {
  nodes: number;
  /** Mean relationships per node. @default 5 */
  edgesPerNode?: number;
  /** @default 2019 */
  seed?: number;
}

/** Kind shares of the main graph, roughly the seed's mix. */
const KIND_SHARES: readonly [Kind, number][] = [
  ['Person', 0.3],
  ['Organization', 0.1],
  ['Event', 0.2],
  ['Document', 0.14],
  ['Statement', 0.15],
  ['Topic', 0.03],
  ['Place', 0.06],
  ['Country', 0.02],
];

const FIRST = ['Aliaksandr', 'Uladzimir', 'Dzianis', 'Andrei', 'Arsen', 'Maryia', 'Volha', 'Siarhei', 'Iryna', 'Pavel', 'John', 'Mike', 'Anna', 'Kate'];
const LAST = ['Lukashenka', 'Makei', 'Meliantsou', 'Yahorau', 'Sivistky', 'Karpenka', 'Bolton', 'Navumau', 'Kavalenka', 'Shuba', 'Smith', 'Miller'];
const WORDS = ['Minsk', 'Brest', 'Hrodna', 'Vitebsk', 'Atlantic', 'Baltic', 'Union', 'Council', 'Institute', 'Office', 'Forum', 'Centre'];

/** The probe: a centre, 10 middles, 100 leaves and a cross node; 112 nodes at depth 2 at every scale. */
export const PROBE = {
  centre: 'probe-centre',
  cross: 'probe-cross',
  middles: 10,
  leavesPerMiddle: 10,
  middle: (i: number) => `probe-m-${i}`,
  leaf: (i: number, j: number) => `probe-l-${i}-${j}`,
};
/** The planted hub: one node in eight of the main graph points at it (125k at 1M nodes). */
export const HUB_ID = 'hub-country';
const HUB_EVERY = 8;

const PROBE_SIZE = 2 + PROBE.middles * (1 + PROBE.leavesPerMiddle);

export interface SyntheticGraph {
  spec: Required<GraphSpec>;
  /** Nodes of the main (random) graph, the hub being the first. */
  mainNodes: number;
  kindOf(index: number): Kind;
  idOf(index: number): string;
  /** Node rows in batches of `size`, main graph then probe. */
  nodeBatches(size: number): Generator<NodeRow[]>;
  /** Relationship rows in batches of `size`. */
  edgeBatches(size: number): Generator<EdgeRow[]>;
  /** Roughly how many relationships `edgeBatches` yields. */
  expectedEdges: number;
  /** Ids of the main graph picked deterministically, e.g. for a subgraph. */
  sampleIds(count: number, seed: number): string[];
  /** A search term with many hits at every scale. */
  searchTerm: string;
}

export function syntheticGraph(input: GraphSpec): SyntheticGraph {
  const spec = { edgesPerNode: 5, seed: 2019, ...input };
  const mainNodes = Math.max(100, spec.nodes - PROBE_SIZE);
  const documents = Math.max(1, Math.floor(mainNodes * 0.14));
  const cumulative = KIND_SHARES.map((_, i) => KIND_SHARES.slice(0, i + 1).reduce((sum, [, share]) => sum + share, 0));

  // Kind by a hash of the index, so any node's kind is known without a table.
  const kindOf = (index: number): Kind => {
    if (index === 0) return 'Country';
    const u = hash01(index, spec.seed);
    const at = cumulative.findIndex((edge) => u < edge);
    return KIND_SHARES[at === -1 ? KIND_SHARES.length - 1 : at]![0];
  };
  const idOf = (index: number) => (index === 0 ? HUB_ID : `${kindOf(index).toLowerCase()}-${index}`);
  // Documents are the first indices of kind Document: use every index whose kind is Document.
  const documentIds: string[] = [];
  for (let i = 1; i < mainNodes && documentIds.length < Math.min(documents, 2000); i += 1) {
    if (kindOf(i) === 'Document') documentIds.push(idOf(i));
  }
  const pickSources = (rand: () => number) => {
    const count = 1 + Math.floor(rand() * 2);
    const out = new Set<string>();
    for (let k = 0; k < count; k += 1) out.add(documentIds[Math.floor(rand() * documentIds.length)]!);
    return [...out];
  };

  function mainNode(index: number, rand: () => number): NodeRow {
    const kind = kindOf(index);
    const id = idOf(index);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    let name: string;
    let aliases: string[] = [];
    if (index === 0) {
      name = 'Hub Republic';
      aliases = ['The Hub'];
    } else if (kind === 'Person') {
      const first = pick(FIRST);
      const last = pick(LAST);
      name = `${first} ${last} ${index}`;
      aliases = rand() < 0.5 ? [`${first.replace(/ia/g, 'ya')} ${last.replace(/a$/, 'o')} ${index}`] : [];
    } else {
      name = `${pick(WORDS)} ${kind} ${index}`;
      aliases = rand() < 0.2 ? [`${kind} №${index}`] : [];
    }
    const description = `Synthetic ${kind.toLowerCase()} number ${index}.`;
    const row: NodeRow = { id, kind, name, aliases, description, searchText: searchTextFor({ kind, name, aliases, description, roles: [] }), sources: pickSources(rand) };
    if (kind === 'Event') {
      row.date = randomDate(rand);
      row.eventType = pick(EVENT_KEYS);
      row.timelineDay = timelineDayOf(row.date, null);
    }
    return row;
  }

  function* probeNodes(): Generator<NodeRow> {
    const description = 'Part of the fixed-shape probe neighbourhood.';
    const node = (id: string, kind: Kind, name: string, extra: Partial<NodeRow> = {}): NodeRow => ({
      id,
      kind,
      name,
      aliases: [],
      description,
      searchText: searchTextFor({ kind, name, aliases: [], description, roles: [] }),
      sources: [documentIds[0]!],
      ...extra,
    });
    yield node(PROBE.centre, 'Person', 'Probe Centre');
    yield node(PROBE.cross, 'Organization', 'Probe Cross Organization');
    for (let i = 0; i < PROBE.middles; i += 1) {
      yield node(PROBE.middle(i), 'Person', `Probe Middle ${i}`);
      for (let j = 0; j < PROBE.leavesPerMiddle; j += 1) {
        const date = `2019-08-${String(1 + ((i + j) % 28)).padStart(2, '0')}`;
        yield node(PROBE.leaf(i, j), 'Event', `Probe Event ${i}.${j}`, { date, eventType: 'MEETING', timelineDay: timelineDayOf(date, null) });
      }
    }
  }

  function* nodeBatches(size: number): Generator<NodeRow[]> {
    const rand = prng(spec.seed);
    let batch: NodeRow[] = [];
    for (let i = 0; i < mainNodes; i += 1) {
      batch.push(mainNode(i, rand));
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    for (const row of probeNodes()) batch.push(row);
    if (batch.length > 0) yield batch;
  }

  function edge(from: string, to: string, type: string, rand: () => number, extra: Partial<EdgeRow> = {}): EdgeRow {
    return {
      from,
      to,
      type,
      sources: pickSources(rand),
      evidence: `Synthetic: ${from} ${type} ${to}.`,
      role: type === 'HOLDS_ROLE' || type === 'MEMBER_OF' || type === 'PARTICIPATED_IN' ? 'member' : null,
      date: type === 'MET_WITH' || type === 'VISITED' ? randomDate(rand) : null,
      ...extra,
    };
  }

  function* edgeBatches(size: number): Generator<EdgeRow[]> {
    const rand = prng(spec.seed + 1);
    let batch: EdgeRow[] = [];
    const push = function* (row: EdgeRow) {
      batch.push(row);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    };
    for (let i = 1; i < mainNodes; i += 1) {
      // Out-degree 1..2·mean-1; targets skewed towards low indices (power law: P(index < k) = √(k/N)).
      const degree = 1 + Math.floor(rand() * (2 * spec.edgesPerNode - 1));
      const from = idOf(i);
      for (let k = 0; k < degree; k += 1) {
        const target = Math.floor(mainNodes * rand() ** 2);
        if (target === i) continue;
        yield* push(edge(from, idOf(target), typeFor(kindOf(i), kindOf(target), rand), rand));
      }
      if (i % HUB_EVERY === 0) yield* push(edge(from, HUB_ID, hubType(kindOf(i)), rand));
    }
    // The probe: centre met each middle and holds a role at the cross node;
    // each middle took part in its ten events and is a member of the cross node.
    for (let i = 0; i < PROBE.middles; i += 1) {
      yield* push(edge(PROBE.centre, PROBE.middle(i), 'MET_WITH', rand, { date: '2019-08-29' }));
      yield* push(edge(PROBE.middle(i), PROBE.cross, 'MEMBER_OF', rand));
      for (let j = 0; j < PROBE.leavesPerMiddle; j += 1) {
        yield* push(edge(PROBE.middle(i), PROBE.leaf(i, j), 'PARTICIPATED_IN', rand));
      }
    }
    yield* push(edge(PROBE.centre, PROBE.cross, 'HOLDS_ROLE', rand, { role: 'Chair' }));
    if (batch.length > 0) yield batch;
  }

  return {
    spec,
    mainNodes,
    kindOf,
    idOf,
    nodeBatches,
    edgeBatches,
    expectedEdges: Math.round(mainNodes * (spec.edgesPerNode + 1 / HUB_EVERY)),
    sampleIds(count, seed) {
      const rand = prng(seed);
      const ids = new Set<string>();
      while (ids.size < count) ids.add(idOf(1 + Math.floor(rand() * (mainNodes - 1))));
      return [...ids];
    },
    searchTerm: 'karpenka',
  };
}

const EVENT_KEYS = Object.keys(EVENT_TYPES);
const ALL_TYPES = Object.keys(RELATIONSHIP_TYPES);

/** Relationship types that fit the two kinds, as the seed uses them; any type otherwise. */
const FITTING: Partial<Record<string, readonly string[]>> = {
  'Person>Person': ['MET_WITH', 'ADVISES', 'GREETED', 'SENT_GIFTS_TO'],
  'Person>Organization': ['HOLDS_ROLE', 'MEMBER_OF'],
  'Person>Country': ['HOLDS_ROLE', 'VISITED'],
  'Person>Place': ['VISITED'],
  'Person>Event': ['PARTICIPATED_IN', 'COMMENTED_ON'],
  'Person>Statement': ['SAID'],
  'Person>Document': ['AUTHORED'],
  'Organization>Event': ['PARTICIPATED_IN', 'ANNOUNCED', 'ORDERED'],
  'Organization>Person': ['SANCTIONED', 'INTERVIEWED'],
  'Organization>Organization': ['PART_OF'],
  'Organization>Statement': ['SAID'],
  'Statement>Topic': ['ABOUT'],
  'Statement>Document': ['REPORTED_IN'],
  'Statement>Person': ['ABOUT'],
  'Event>Place': ['TOOK_PLACE_IN'],
  'Event>Country': ['TOOK_PLACE_IN'],
  'Event>Event': ['PRECEDED', 'LED_TO'],
  'Event>Document': ['REPORTED_IN'],
  'Event>Topic': ['ABOUT'],
  'Document>Organization': ['PUBLISHED_BY', 'CITES'],
  'Place>Country': ['LOCATED_IN'],
  'Place>Place': ['LOCATED_IN'],
  'Country>Country': ['INDEPENDENT_FROM', 'SANCTIONED'],
};

function typeFor(from: Kind, to: Kind, rand: () => number): string {
  const fitting = FITTING[`${from}>${to}`] ?? ALL_TYPES;
  return fitting[Math.floor(rand() * fitting.length)]!;
}

function hubType(from: Kind): string {
  switch (from) {
    case 'Person':
      return 'VISITED';
    case 'Event':
      return 'TOOK_PLACE_IN';
    case 'Organization':
    case 'Place':
      return 'LOCATED_IN';
    default:
      return 'ABOUT';
  }
}

function randomDate(rand: () => number): string {
  const day = Math.floor(rand() * 365 * 34);
  return new Date(Date.UTC(1990, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** A stable pseudo-random number in [0, 1) for an index. */
function hash01(index: number, seed: number): number {
  let h = Math.imul(index ^ seed, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
