import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRow } from '../graph/decode.ts';
import { column, toEdge, toEntity, toEntityOf, toSearchRow } from '../graph/decode.ts';
import type { Scan } from '../graph/keyset.ts';
import type { Direction, DocumentRecord, EdgeRecord, EntityRecord, EventRecord, Kind, StatementRecord } from '../graph/records.ts';
import { CYPHER_DIR, withoutComments } from './cypher-files.ts';
import type { PlainValue, Row, Routing, StoreCapabilities } from './port.ts';
import type { IndexedStatement, PageScope, WalkTier } from './search-index.ts';

/** A named runtime statement: its Cypher text (from `cypher/queries/`), routing and row mapper. */
export interface Query<P, T> {
  readonly name: string;
  readonly file: string;
  readonly routing: Routing;
  readonly text: string;
  readonly map: (row: Row) => T;
  /** Type-only: the parameters the statement declares. */
  readonly params?: P;
  /** Set when only stores with this capability run the statement (see GraphStore.capabilities). */
  readonly needs?: keyof StoreCapabilities;
  /**
   * Set for a statement read through the engine's text index: its text is the store's own
   * (`GraphStore.searchIndex.statements`), and its `terms` parameter goes to the index.
   */
  readonly indexed?: IndexedStatement;
  /**
   * For a statement that answers in one row of lists: how many rows of the answer those
   * lists hold, which the runner reports (QueryEvent.rows) in place of its one row.
   */
  rowsOf?(mapped: readonly T[]): number;
}

export function defineQuery<P, T>(spec: {
  name: string;
  file: string;
  routing: Routing;
  map: (row: Row) => T;
  needs?: keyof StoreCapabilities;
}): Query<P, T> {
  const text = withoutComments(readFileSync(join(CYPHER_DIR, 'queries', spec.file), 'utf8'));
  return { ...spec, text };
}

type Ids = { ids: string[] };
const toEvent = toEntityOf('Event');
const toStatement = toEntityOf('Statement');
const toDocument = toEntityOf('Document');
/** Relationship types to follow (all when empty), and the facts seen as of a day (see TimeView). */
type Filters = { types: string[]; asOf: string | null; undated: boolean };

export const entitiesByIds = defineQuery<Ids, EntityRecord>({
  name: 'entitiesByIds',
  file: 'entities-by-ids.cypher',
  routing: 'READ',
  map: (row) => toEntity(row.node),
});

export interface RelationRow {
  /** The loader's key the row answers; null for a document cited. */
  key: string | null;
  /** For a row one level further: the key's far node it was read at, and its read's place in `next`; for the key's own node, its id and -1; for a document cited, its id and -2. */
  at: string | null;
  sub: number | null;
  /** Null for the key's own node. */
  edge: EdgeRecord | null;
  node: EntityRecord;
}
/** A relation field as it reads at one node, as of now (a key's `next`: at its far nodes). */
export interface RelationRead {
  types: readonly string[];
  side: Direction;
  /** The kinds of node that have the field (a fragment's type condition); null: any. */
  kinds: readonly Kind[] | null;
  /** Slim rows: the relationships' types and ends, the far nodes' ids, kinds and names (RelationKey.slim). */
  slim: boolean;
}
export const relationsByKeys = defineQuery<
  { keys: { key: string; id: string; types: readonly string[]; side: Direction; asOf?: string | null; undated?: boolean; next?: readonly RelationRead[]; self?: boolean; slim?: boolean; citesEdges?: boolean; citesFar?: boolean; citesSelf?: boolean }[]; limit: number },
  RelationRow
>({
  name: 'relationsByKeys',
  file: 'relations-by-keys.cypher',
  routing: 'READ',
  map: (row) => ({
    key: row.key === null ? null : column(row, 'key'),
    at: (row.at as string | null) ?? null,
    sub: (row.sub as number | null) ?? null,
    edge: row.edge === null ? null : edgeOf(row.edge),
    node: nodeOf(row.node),
  }),
});
/** A slim row's relationship, `[type, source, target]`, as the map toEdge reads. */
const slimEdge = ([type, source, target]: readonly PlainValue[]) => ({ type: type ?? null, source: source ?? null, target: target ?? null });
/** A slim row's node, `[id, kind, name]`, as the map toEntity reads. */
const slimNode = ([id, kind, name]: readonly PlainValue[]) => ({ id: id ?? null, kind: kind ?? null, name: name ?? null });
/** A node as a statement with `$slim` returns it: a map, or the slim list. */
const nodeOf = (value: PlainValue | undefined): EntityRecord => toEntity(Array.isArray(value) ? slimNode(value) : value);
/** A relationship as a statement with `$slim` returns it: a map, or the slim list. */
const edgeOf = (value: PlainValue | undefined): EdgeRecord => toEdge(Array.isArray(value) ? slimEdge(value) : value);

/** What a batch of relation keys reads beside their relationships: each a part of relations-by-keys.cypher. */
export interface RelationParts {
  self: boolean;
  next: boolean;
  cites: boolean;
  citesSelf: boolean;
}

/**
 * relationsByKeys with only the parts a batch needs (the file's parts, `UNION ALL` between
 * them: the key's own node, its relationships, the next level, the documents cited by them,
 * by the node): a part with nothing to read still costs its planning and a pass over the keys
 * (~0.1 ms each in process). Every text is the file's own; the rows are the same.
 */
export function relationsByKeysFor(parts: RelationParts): typeof relationsByKeys {
  const id = partsId(parts);
  let query = relationVariants.get(id);
  if (!query) {
    const [self, own, next, cites, citesSelf] = relationsByKeys.text.split(/^UNION ALL$/m);
    const chosen = [parts.self ? self : null, own, parts.next ? next : null, parts.cites ? cites : null, parts.citesSelf ? citesSelf : null];
    query = { ...relationsByKeys, text: chosen.filter((part): part is string => part !== null && part !== undefined).join('UNION ALL') };
    relationVariants.set(id, query);
  }
  return query;
}
const relationVariants = new Map<string, typeof relationsByKeys>();
const partsId = (parts: RelationParts) => `${+parts.self}${+parts.next}${+parts.cites}${+parts.citesSelf}`;

/** The columns of relations-by-keys.cypher, in the order relationsByKeysInOneRow lists them. */
const RELATION_COLUMNS = ['key', 'at', 'sub', 'edge', 'node'] as const;

/**
 * relationsByKeysFor's statement for an engine that runs `CALL` subqueries (the store's
 * `subqueries` capability: Neo4j), answering in one row: the statement runs as a subquery and
 * its rows come back as one list of `[key, at, sub, edge, node]`, in its order. The same rows,
 * for less: neo4j-driver spends ~4 µs on each row it decodes whatever the row holds, so the
 * 2-hop nested selection's 122 rows read ~0.5 ms faster as one, the actor card's 27 ~0.25 ms.
 */
export function relationsByKeysInOneRow(parts: RelationParts): Query<(typeof relationsByKeys)['params'], RelationRow[]> {
  const id = partsId(parts);
  let query = oneRowVariants.get(id);
  if (!query) {
    const rows = relationsByKeysFor(parts);
    query = {
      name: rows.name,
      file: rows.file,
      routing: rows.routing,
      needs: 'subqueries',
      text: ['CALL () {', rows.text.trimEnd(), '}', `RETURN collect([${RELATION_COLUMNS.join(', ')}]) AS rows`].join('\n'),
      map: (row) => list(row.rows).map((values) => rows.map(Object.fromEntries(RELATION_COLUMNS.map((column, at) => [column, list(values)[at] ?? null])))),
      rowsOf: (mapped) => mapped.reduce((sum, found) => sum + found.length, 0),
    };
    oneRowVariants.set(id, query);
  }
  return query;
}
const oneRowVariants = new Map<string, Query<(typeof relationsByKeys)['params'], RelationRow[]>>();


/**
 * `slim`: the nodes as `[id, kind, name]` (records with only those fields, for a selection that
 * asks for no more: src/schema/lookahead.ts); never put in a cache.
 */
type NeighborFilters = Filters & { direction: Direction; kinds: string[]; limit: number; slim: boolean };

export interface CentreRow {
  /** True for the centre's own row, false for a node next to it. */
  centre: boolean;
  node: EntityRecord;
}
export const centreAndNeighbors = defineQuery<NeighborFilters & { id: string }, CentreRow>({
  name: 'centreAndNeighbors',
  file: 'centre-and-neighbors.cypher',
  routing: 'READ',
  map: (row) => ({ centre: row.centre === true, node: nodeOf(row.node) }),
});

export const neighbors = defineQuery<
  NeighborFilters & { frontier: string[]; visited: string[] },
  EntityRecord
>({
  name: 'neighbors',
  file: 'neighbors.cypher',
  routing: 'READ',
  map: (row) => nodeOf(row.node),
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
    /** Slim nodes (`[id, kind, name]`) and relationships (`[type, source, target]`), never cached. */
    slimNodes: boolean;
    slimEdges: boolean;
  },
  ExpansionRow
>({
  name: 'expandFrontiers',
  file: 'expand-frontiers.cypher',
  routing: 'READ',
  map: (row): ExpansionRow => {
    const to = column(row, 'to');
    const node = nodeOf(row.node);
    if (row.side === null) return { side: null, to, node };
    const side = row.side === 'start' ? 'start' : 'end';
    return { side, from: column(row, 'from'), to, edge: edgeOf(row.edge), node };
  },
});

/** A shortest path as Neo4j's own search returns it: its nodes and relationships, start to end. */
export interface NativePathRow {
  nodes: EntityRecord[];
  edges: EdgeRecord[];
}
type NativePathParams = { types: string[]; from: string; to: string; limit: number; slimNodes: boolean; slimEdges: boolean };
const list = (value: PlainValue | undefined): PlainValue[] => (Array.isArray(value) ? value : []);
/** As written in its file: paths of at most 10 hops (the API's largest maxDepth). */
export const shortestPathsNative = defineQuery<NativePathParams, NativePathRow>({
  name: 'shortestPathsNative',
  file: 'shortest-paths-native.cypher',
  routing: 'READ',
  needs: 'nativeShortestPaths',
  map: (row) => ({ nodes: list(row.nodes).map(nodeOf), edges: list(row.edges).map(edgeOf) }),
});
const nativeByDepth = new Map<number, Query<NativePathParams, NativePathRow>>();
/**
 * The native path query for paths of at most `maxDepth` hops: Cypher takes no parameter for a
 * variable-length bound, so the file's `..10` becomes the checked integer, one text per depth.
 */
export function shortestPathsNativeWithin(maxDepth: number): Query<NativePathParams, NativePathRow> {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 10) throw new RangeError(`maxDepth must be 1 to 10, got ${maxDepth}`);
  let query = nativeByDepth.get(maxDepth);
  if (!query) {
    const text = shortestPathsNative.text.replace('[*..10]', `[*..${maxDepth}]`);
    if (maxDepth !== 10 && text === shortestPathsNative.text) throw new Error(`${shortestPathsNative.file} has no [*..10] bound to replace`);
    query = { ...shortestPathsNative, text };
    nativeByDepth.set(maxDepth, query);
  }
  return query;
}

/** `slim`: the relationships as `[type, source, target]` (records with only those fields). */
export const inducedEdges = defineQuery<Ids & Filters & { limit: number; slim: boolean }, EdgeRecord>({
  name: 'inducedEdges',
  file: 'induced-edges.cypher',
  routing: 'READ',
  map: (row) => edgeOf(row.edge),
});

type TimelineFilters = { from: string | null; to: string | null; eventTypes: string[]; limit: number };

export const statements = defineQuery<
  { speaker: string | null; about: string | null; document: string | null; limit: number },
  StatementRecord
>({
  name: 'statements',
  file: 'statements.cypher',
  routing: 'READ',
  map: (row) => toStatement(row.node),
});

/** The parameters of a keyset page (src/graph/keyset.ts): the scan, and the tie separator. */
type ScanParams = Scan & { sep: string };
type Count = { count: number };
const toCount = (row: Row): Count => ({ count: Number(row.count ?? 0) });

export const timelinePage = defineQuery<TimelineFilters & ScanParams, EventRecord>({
  name: 'timelinePage',
  file: 'timeline-page.cypher',
  routing: 'READ',
  map: (row) => toEvent(row.node),
});

export const timelinePageOf = defineQuery<TimelineFilters & ScanParams & { participant: string }, EventRecord>({
  name: 'timelinePageOf',
  file: 'timeline-page-of.cypher',
  routing: 'READ',
  map: (row) => toEvent(row.node),
});

type EventFilters = Omit<TimelineFilters, 'limit'>;
export const timelineCount = defineQuery<EventFilters, Count>({ name: 'timelineCount', file: 'timeline-count.cypher', routing: 'READ', map: toCount });
export const timelineCountOf = defineQuery<EventFilters & { participant: string }, Count>({
  name: 'timelineCountOf',
  file: 'timeline-count-of.cypher',
  routing: 'READ',
  map: toCount,
});

type StatementFilters = { speaker: string | null; about: string | null; document: string | null };
export const statementsPage = defineQuery<StatementFilters & ScanParams, StatementRecord>({
  name: 'statementsPage',
  file: 'statements-page.cypher',
  routing: 'READ',
  map: (row) => toStatement(row.node),
});
export const statementsCount = defineQuery<StatementFilters, Count>({ name: 'statementsCount', file: 'statements-count.cypher', routing: 'READ', map: toCount });

export const documentsPage = defineQuery<ScanParams, DocumentRecord>({
  name: 'documentsPage',
  file: 'documents-page.cypher',
  routing: 'READ',
  map: (row) => toDocument(row.node),
});
export const documentsCount = defineQuery<Record<string, never>, Count>({ name: 'documentsCount', file: 'documents-count.cypher', routing: 'READ', map: toCount });

/**
 * What a search statement checks each candidate against (cypher/search/page.cypher): the
 * substrings of a search document that say how it matches (src/search/search-text.ts's
 * documentTests) and the kinds asked for.
 */
export type SearchFilter = {
  words: string[];
  nameWords: string[];
  roleWords: string[];
  descriptionWords: string[];
  roleDriver: string;
  descriptionDriver: string;
  exactName: string;
  nameStart: string;
  nameCore: string;
  namesEnd: string;
  kinds: string[];
};
/** The candidates of a search statement: the nodes the engine's text index holds any of these terms for. */
type Candidates = { terms: string[] };
function defineIndexedQuery<P, T>(spec: { name: IndexedStatement; map: (row: Row) => T }): Query<P, T> {
  const file =
    spec.name === 'searchWalk' ? 'search/walk.<engine>.cypher + search/page.cypher + search/walk-end.<engine>.cypher' : `search/candidates.<engine>.cypher + search/${spec.name === 'searchPage' ? 'page' : 'count'}.cypher`;
  return { ...spec, file, routing: 'READ', text: '', indexed: spec.name };
}
/** A page's order and cut; which part of the order it reads is its scope. */
type PageParams = Omit<ScanParams, 'start' | 'stop'> & { order: 'RELEVANCE' | 'NAME' };
export const searchPage = defineIndexedQuery<Candidates & SearchFilter & PageParams & { scope: PageScope }, SearchRow>({ name: 'searchPage', map: toSearchRow });
/** A page by relevance walked by the engine in one statement (GroupPolicy.walk): the tiers it reads, in scan order. */
export const searchWalk = defineIndexedQuery<{ tiers: readonly WalkTier[] } & SearchFilter & PageParams, SearchRow>({ name: 'searchWalk', map: toSearchRow });
export const searchCount = defineIndexedQuery<Candidates & SearchFilter, Count>({ name: 'searchCount', map: toCount });
/** The statements read through the text index, for the tests that hold every statement to its rules. */
export const INDEXED_QUERIES: readonly Query<unknown, unknown>[] = [searchPage, searchCount, searchWalk] as Query<unknown, unknown>[];

/** One key of relationsPage: a node, the relationship types and side it reads, and its page. */
export type RelationPageKey = Omit<Scan, 'limit'> & {
  key: string;
  id: string;
  types: string[];
  side: Direction;
  order: 'DATE' | 'TYPE';
  limit: number;
};
/** A key's total (how many relationships it has over every page), or one relationship of its page. */
export type RelationPageRow = { key: string; total: number } | { key: string; edge: EdgeRecord; node: EntityRecord };
export const relationsPage = defineQuery<{ keys: RelationPageKey[]; sep: string }, RelationPageRow>({
  name: 'relationsPage',
  file: 'relations-page.cypher',
  routing: 'READ',
  map: (row): RelationPageRow =>
    row.edge === null ? { key: column(row, 'key'), total: Number(row.total ?? 0) } : { key: column(row, 'key'), edge: toEdge(row.edge), node: toEntity(row.node) },
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

export const unindexedEntities = defineQuery<{ format: string; end: string }, { count: number }>({
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

/** A level of a neighbourhood read with the relationships among the nodes kept: its nodes (and which is the centre) and those relationships, in order. */
export interface LevelWithEdges {
  nodes: EntityRecord[];
  /** For each node, whether it is the centre (all false after the first level). */
  centres: boolean[];
  edges: EdgeRecord[];
}
type EdgeParams = { edgeLimit: number; slimEdges: boolean };

/**
 * A level of a neighbourhood and the relationships among the nodes kept, in one round trip
 * rather than two, for an engine that runs `CALL` subqueries (the store's `subqueries`
 * capability: Neo4j). The level's own statement runs as a subquery; the ids it keeps (`keep`,
 * over `foundIds`, the ids found in its order) go to induced-edges.cypher as its `$ids`, with
 * `$edgeLimit` and `$slimEdges` for its `$limit` and `$slim`. One row of three lists, each in
 * its statement's order: a row costs neo4j-driver ~2 µs to decode whatever it holds (233 rows
 * of slim lists 1.3 ms, the same lists in one row 0.9 ms, against 0.56 for `RETURN 1`).
 */
function withEdgesAmong(level: Query<unknown, unknown>, keep: string): string {
  const centre = level === centreAndNeighbors;
  const edges = inducedEdges.text.replace(/\$ids\b/g, 'ids').replace(/\$limit\b/g, '$edgeLimit').replace(/\$slim\b/g, '$slimEdges');
  if (!/AS edge\s*$/.test(edges) || /\$(ids|limit|slim)\b/.test(edges)) throw new Error(`${inducedEdges.file}: withEdgesAmong reads its $ids, $limit and $slim, and the rows it returns AS edge`);
  return [
    'CALL () {',
    level.text.trimEnd(),
    '}',
    `WITH collect(node) AS found, collect(id) AS foundIds${centre ? ', collect(centre) AS centres' : ''}`,
    `WITH found, ${centre ? 'centres' : '[] AS centres'}, ${keep} AS ids`,
    'CALL (ids) {',
    '  CALL (ids) {',
    edges.trimEnd(),
    '  }',
    '  RETURN collect(edge) AS edges',
    '}',
    'RETURN found AS nodes, centres, edges',
  ].join('\n');
}

const levelWithEdges = (row: Row): LevelWithEdges => {
  const nodes = list(row.nodes).map(nodeOf);
  const centres = list(row.centres);
  return { nodes, centres: nodes.map((_, at) => centres[at] === true), edges: list(row.edges).map(edgeOf) };
};
/** The rows a level read with its relationships holds: its nodes and relationships. */
const levelRows = (mapped: readonly LevelWithEdges[]) => mapped.reduce((sum, level) => sum + level.nodes.length + level.edges.length, 0);

/** centreAndNeighbors with the relationships among the centre and the neighbours kept. */
export const centreAndNeighborsWithEdges: Query<NeighborFilters & { id: string } & EdgeParams, LevelWithEdges> = {
  name: 'centreAndNeighborsWithEdges',
  file: centreAndNeighbors.file,
  routing: 'READ',
  needs: 'subqueries',
  // The centre and the first `$limit - 1` neighbours, whatever order the UNION gives them in.
  text: withEdgesAmong(
    centreAndNeighbors,
    '[at IN range(0, size(foundIds) - 1) WHERE centres[at] | foundIds[at]] + [at IN range(0, size(foundIds) - 1) WHERE NOT centres[at] | foundIds[at]][0..$limit - 1]',
  ),
  map: levelWithEdges,
  rowsOf: levelRows,
};

/** neighbors with the relationships among `$visited` and the first `$room` nodes of the level. */
export const neighborsWithEdges: Query<NeighborFilters & { frontier: string[]; visited: string[]; room: number } & EdgeParams, LevelWithEdges> = {
  name: 'neighborsWithEdges',
  file: neighbors.file,
  routing: 'READ',
  needs: 'subqueries',
  text: withEdgesAmong(neighbors, '$visited + foundIds[0..$room]'),
  map: levelWithEdges,
  rowsOf: levelRows,
};

/** Every runtime query, for the lint and for tests that enumerate them. */
export const ALL_QUERIES: readonly Pick<Query<unknown, unknown>, 'name' | 'file' | 'routing' | 'text' | 'needs'>[] = [
  entitiesByIds,
  relationsByKeys,
  centreAndNeighbors,
  neighbors,
  centreAndNeighborsWithEdges,
  neighborsWithEdges,
  expandFrontiers,
  shortestPathsNative,
  inducedEdges,
  statements,
  entitiesByKind,
  nodeCounts,
  relationshipCounts,
  unindexedEntities,
  degreeStatistics,
  timelinePage,
  timelinePageOf,
  timelineCount,
  timelineCountOf,
  statementsPage,
  statementsCount,
  documentsPage,
  documentsCount,
  relationsPage,
  analyticsNodes,
  analyticsRelationships,
  documentMentions,
  coverageEntities,
  coverageRelationships,
  outgoingRelationships,
];
