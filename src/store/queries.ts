import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EdgeRecord, EntityRecord, Kind } from '../graph/records.ts';
import { column, toEdge, toEntity } from '../graph/records.ts';
import { CYPHER_DIR } from './cypher-files.ts';
import type { PlainValue, Row, Routing } from './port.ts';

/** A named runtime statement: its Cypher text (from `cypher/queries/`), routing and row mapper. */
export interface Query<P, T> {
  readonly name: string;
  readonly file: string;
  readonly routing: Routing;
  readonly text: string;
  readonly map: (row: Row) => T;
  /** Type-only: the parameters the statement declares. */
  readonly params?: P;
}

export function defineQuery<P, T>(spec: {
  name: string;
  file: string;
  routing: Routing;
  map: (row: Row) => T;
}): Query<P, T> {
  const text = readFileSync(join(CYPHER_DIR, 'queries', spec.file), 'utf8');
  return { ...spec, text };
}

type Ids = { ids: string[] };
/** Relationship types to follow (all when empty), and the facts seen as of a day (see TimeView). */
type Filters = { types: string[]; asOf: string | null; undated: boolean };

export const entitiesByIds = defineQuery<Ids, EntityRecord>({
  name: 'entitiesByIds',
  file: 'entities-by-ids.cypher',
  routing: 'READ',
  map: (row) => toEntity(row.node),
});

export interface RelationRow {
  /** The loader's key the row answers. */
  key: string;
  edge: EdgeRecord;
  node: EntityRecord;
}
export const relationsByKeys = defineQuery<
  { keys: { key: string; id: string; types: string[]; side: 'OUT' | 'IN' | 'BOTH'; asOf?: string | null; undated?: boolean }[]; limit: number },
  RelationRow
>({
  name: 'relationsByKeys',
  file: 'relations-by-keys.cypher',
  routing: 'READ',
  map: (row) => ({ key: column(row, 'key'), edge: toEdge(row.edge), node: toEntity(row.node) }),
});

export interface SearchRow {
  node: EntityRecord;
  rank: number;
  matchedKey: string | null;
}
export const searchEntities = defineQuery<
  { term: string; tokens: string[]; kinds: string[]; limit: number },
  SearchRow
>({
  name: 'searchEntities',
  file: 'search-entities.cypher',
  routing: 'READ',
  map: (row) => ({
    node: toEntity(row.node),
    rank: Number(row.rank),
    matchedKey: typeof row.matchedKey === 'string' ? row.matchedKey : null,
  }),
});

type NeighborFilters = Filters & { direction: 'BOTH' | 'OUT' | 'IN'; kinds: string[]; limit: number };

export interface CentreRow {
  /** True for the centre's own row, false for a node next to it. */
  centre: boolean;
  node: EntityRecord;
}
export const centreAndNeighbors = defineQuery<NeighborFilters & { id: string }, CentreRow>({
  name: 'centreAndNeighbors',
  file: 'centre-and-neighbors.cypher',
  routing: 'READ',
  map: (row) => ({ centre: row.centre === true, node: toEntity(row.node) }),
});

export const neighbors = defineQuery<
  NeighborFilters & { frontier: string[]; visited: string[] },
  EntityRecord
>({
  name: 'neighbors',
  file: 'neighbors.cypher',
  routing: 'READ',
  map: (row) => toEntity(row.node),
});

/** One of a path's ends, as the first round of the search returns it. */
export interface PathEndRow {
  side: null;
  to: string;
  node: EntityRecord;
}
/** A relationship one side of the path search followed, from its frontier to `node`. */
export interface StepRow {
  side: 'start' | 'end';
  from: string;
  to: string;
  edge: EdgeRecord;
  node: EntityRecord;
}
export type ExpansionRow = PathEndRow | StepRow;
export const expandFrontiers = defineQuery<
  Filters & {
    ends: string[];
    startFrontier: string[];
    startVisited: string[];
    endFrontier: string[];
    endVisited: string[];
    startLimit: number;
    endLimit: number;
  },
  ExpansionRow
>({
  name: 'expandFrontiers',
  file: 'expand-frontiers.cypher',
  routing: 'READ',
  map: (row): ExpansionRow => {
    const to = column(row, 'to');
    const node = toEntity(row.node);
    if (row.side === null) return { side: null, to, node };
    const side = row.side === 'start' ? 'start' : 'end';
    return { side, from: column(row, 'from'), to, edge: toEdge(row.edge), node };
  },
});

export const inducedEdges = defineQuery<Ids & Filters & { limit: number }, EdgeRecord>({
  name: 'inducedEdges',
  file: 'induced-edges.cypher',
  routing: 'READ',
  map: (row) => toEdge(row.edge),
});

type TimelineFilters = { from: string | null; to: string | null; eventTypes: string[]; limit: number };

export const timelineEvents = defineQuery<TimelineFilters, EntityRecord>({
  name: 'timelineEvents',
  file: 'timeline-events.cypher',
  routing: 'READ',
  map: (row) => toEntity(row.node),
});

export const timelineEventsOf = defineQuery<TimelineFilters & { participant: string }, EntityRecord>({
  name: 'timelineEventsOf',
  file: 'timeline-events-of.cypher',
  routing: 'READ',
  map: (row) => toEntity(row.node),
});

export const statements = defineQuery<
  { speaker: string | null; about: string | null; document: string | null; limit: number },
  EntityRecord
>({
  name: 'statements',
  file: 'statements.cypher',
  routing: 'READ',
  map: (row) => toEntity(row.node),
});

export const entitiesByKind = defineQuery<{ kind: Kind; offset: number; limit: number }, EntityRecord>({
  name: 'entitiesByKind',
  file: 'entities-by-kind.cypher',
  routing: 'READ',
  map: (row) => toEntity(row.node),
});

export const nodeCounts = defineQuery<Record<string, never>, { kind: string; count: number }>({
  name: 'nodeCounts',
  file: 'node-counts.cypher',
  routing: 'READ',
  map: (row) => ({ kind: String(row.kind), count: Number(row.count) }),
});

export const relationshipCounts = defineQuery<Record<string, never>, { type: string; count: number }>({
  name: 'relationshipCounts',
  file: 'relationship-counts.cypher',
  routing: 'READ',
  map: (row) => ({ type: String(row.type), count: Number(row.count) }),
});

export const unindexedEntities = defineQuery<Record<string, never>, { count: number }>({
  name: 'unindexedEntities',
  file: 'unindexed-entities.cypher',
  routing: 'READ',
  map: (row) => ({ count: Number(row.count) }),
});

export const degreeStatistics = defineQuery<
  Record<string, never>,
  { side: 'OUT' | 'IN' | 'NODE_SOURCES' | 'EDGE_SOURCES' | 'DEGREE' | 'NODES' | 'EDGES'; type: string | null; max: number }
>({
  name: 'degreeStatistics',
  file: 'degree-statistics.cypher',
  routing: 'READ',
  map: (row) => ({
    side: String(row.side) as 'OUT' | 'IN' | 'NODE_SOURCES' | 'EDGE_SOURCES' | 'DEGREE' | 'NODES' | 'EDGES',
    type: typeof row.type === 'string' ? row.type : null,
    max: Number(row.max ?? 0),
  }),
});

export const analyticsNodes = defineQuery<Record<string, never>, { id: string; kind: string }>({
  name: 'analyticsNodes',
  file: 'analytics-nodes.cypher',
  routing: 'READ',
  map: (row) => ({ id: column(row, 'id'), kind: column(row, 'kind') }),
});

export const analyticsRelationships = defineQuery<Ids, { source: string; type: string; target: string }>({
  name: 'analyticsRelationships',
  file: 'analytics-relationships.cypher',
  routing: 'READ',
  map: (row) => ({ source: column(row, 'source'), type: column(row, 'type'), target: column(row, 'target') }),
});

export const outgoingRelationships = defineQuery<Ids & { limit: number }, EdgeRecord>({
  name: 'outgoingRelationships',
  file: 'outgoing-relationships.cypher',
  routing: 'READ',
  map: (row) => toEdge(row.edge),
});

/** A page of a keyed list, with how many items the whole list holds. */
export interface KeyedPage<T> {
  key: string;
  total: number;
  items: T[];
}

const list = (value: PlainValue | undefined): PlainValue[] => (Array.isArray(value) ? value : []);

export const documentMentions = defineQuery<
  { keys: { key: string; document: string; kinds: string[]; after: string | null; limit: number }[] },
  KeyedPage<EntityRecord>
>({
  name: 'documentMentions',
  file: 'document-mentions.cypher',
  routing: 'READ',
  map: (row) => ({ key: column(row, 'key'), total: Number(row.total), items: list(row.nodes).map(toEntity) }),
});

type Slices = { slices: { key: string; all: string[]; none: string[]; limit: number }[] };

export const coverageEntities = defineQuery<Slices, KeyedPage<EntityRecord>>({
  name: 'coverageEntities',
  file: 'coverage-entities.cypher',
  routing: 'READ',
  map: (row) => ({ key: column(row, 'key'), total: Number(row.total), items: list(row.nodes).map(toEntity) }),
});

export const coverageRelationships = defineQuery<Slices, KeyedPage<EdgeRecord>>({
  name: 'coverageRelationships',
  file: 'coverage-relationships.cypher',
  routing: 'READ',
  map: (row) => ({ key: column(row, 'key'), total: Number(row.total), items: list(row.edges).map(toEdge) }),
});

/** Every runtime query, for the lint and for tests that enumerate them. */
export const ALL_QUERIES: readonly Pick<Query<unknown, unknown>, 'name' | 'file' | 'routing' | 'text'>[] = [
  entitiesByIds,
  relationsByKeys,
  searchEntities,
  centreAndNeighbors,
  neighbors,
  expandFrontiers,
  inducedEdges,
  timelineEvents,
  timelineEventsOf,
  statements,
  entitiesByKind,
  nodeCounts,
  relationshipCounts,
  unindexedEntities,
  degreeStatistics,
  analyticsNodes,
  analyticsRelationships,
  documentMentions,
  coverageEntities,
  coverageRelationships,
  outgoingRelationships,
];
