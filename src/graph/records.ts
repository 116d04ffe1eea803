import type { PlainValue, Row } from '../store/port.ts';

/** The kinds of node the graph holds; each is a label beside `Entity`. */
export const KINDS = ['Person', 'Organization', 'Country', 'Place', 'Event', 'Statement', 'Document', 'Topic'] as const;
export type Kind = (typeof KINDS)[number];

/** A node as the API sees it: stable id, kind, display name and its other properties. */
export interface EntityRecord {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  description: string | null;
  /** Ids of the documents that name this node. */
  sources: string[];
  /** Every other stored property (dates as ISO strings), keyed by name. */
  properties: Record<string, PlainValue>;
}

/** A relationship as the API sees it, with a stable id derived from its ends and type. */
export interface EdgeRecord {
  id: string;
  type: string;
  source: string;
  target: string;
  /** Ids of the documents that state this relationship. */
  sources: string[];
  evidence: string | null;
  properties: Record<string, PlainValue>;
}

// searchText and timelineDay are the indexes' (src/store/derived.ts): never a property to show.
const ENTITY_FIELDS = new Set(['id', 'kind', 'name', 'aliases', 'description', 'sources', 'searchText', 'timelineDay']);
const EDGE_FIELDS = new Set(['id', 'type', 'source', 'target', 'sources', 'evidence']);

/** Stable, readable relationship id: `john-bolton:MET_WITH:aliaksandr-lukashenka`. */
export function edgeId(source: string, type: string, target: string): string {
  return `${source}:${type}:${target}`;
}

function asObject(value: PlainValue | undefined, what: string): Record<string, PlainValue> {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`expected a map for ${what}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function stringList(value: PlainValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function rest(map: Record<string, PlainValue>, known: Set<string>): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [key, value] of Object.entries(map)) if (!known.has(key) && value !== null) out[key] = value;
  return out;
}

/** Maps a `n {.*, kind: …}` projection to an entity. */
export function toEntity(value: PlainValue | undefined): EntityRecord {
  const map = asObject(value, 'a node');
  const kind = String(map.kind ?? '') as Kind;
  if (!(KINDS as readonly string[]).includes(kind)) {
    throw new TypeError(`node ${String(map.id)} has no known kind label (got ${JSON.stringify(map.kind)})`);
  }
  return {
    id: String(map.id),
    kind,
    name: typeof map.name === 'string' ? map.name : String(map.id),
    aliases: stringList(map.aliases),
    description: typeof map.description === 'string' ? map.description : null,
    sources: stringList(map.sources),
    properties: rest(map, ENTITY_FIELDS),
  };
}

/** Maps a `r {.*, type: type(r), source: …, target: …}` projection to an edge. */
export function toEdge(value: PlainValue | undefined): EdgeRecord {
  const map = asObject(value, 'a relationship');
  const source = String(map.source);
  const target = String(map.target);
  const type = String(map.type);
  return {
    id: edgeId(source, type, target),
    type,
    source,
    target,
    sources: stringList(map.sources),
    evidence: typeof map.evidence === 'string' ? map.evidence : null,
    properties: rest(map, EDGE_FIELDS),
  };
}

/** Reads one column of a row as a string. */
export function column(row: Row, name: string): string {
  return String(row[name]);
}
