import type { PlainValue, Row } from '../store/port.ts';
import type { Basis, EdgeRecord, EntityRecord, Kind } from './records.ts';
import { BASES, COUNT_QUALIFIERS, DATE_PRECISIONS, KINDS, QUOTE_TYPES, edgeId } from './records.ts';
import type { RelationshipType } from './vocabulary.ts';
import { EVENT_TYPES, ORGANIZATION_TYPES, PLACE_TYPES, RELATIONSHIP_TYPES } from './vocabulary.ts';

// The store edge: each row mapper (src/store/queries.ts) decodes what a statement returns into
// the typed records of records.ts, once. Nothing above reads a stored property by name.

type PlainMap = Record<string, PlainValue>;

function asMap(value: PlainValue | undefined, what: string): PlainMap {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`expected a map for ${what}, got ${JSON.stringify(value)}`);
  }
  return value;
}

const text = (value: PlainValue | undefined): string | null => (typeof value === 'string' ? value : null);
const count = (value: PlainValue | undefined): number | null => (typeof value === 'number' ? value : null);
const strings = (value: PlainValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A stored value among `allowed`, or null: a value the API has no enum value for is not shown. */
function oneOf<const T extends string>(value: PlainValue | undefined, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[];
const ORGANIZATION_TYPE_NAMES = Object.keys(ORGANIZATION_TYPES) as (keyof typeof ORGANIZATION_TYPES)[];
const PLACE_TYPE_NAMES = Object.keys(PLACE_TYPES) as (keyof typeof PLACE_TYPES)[];

/** Maps a `n {.*, kind: …}` projection to the record of its kind. */
export function toEntity(value: PlainValue | undefined): EntityRecord {
  const map = asMap(value, 'a node');
  const kind = oneOf<Kind>(map.kind, KINDS);
  if (kind === null) throw new TypeError(`node ${String(map.id)} has no known kind label (got ${JSON.stringify(map.kind)})`);
  const id = String(map.id);
  const name = text(map.name) ?? id;
  const base = { id, name, aliases: strings(map.aliases), description: text(map.description), sources: strings(map.sources) };
  switch (kind) {
    case 'Organization':
      return { ...base, kind, organizationType: oneOf(map.orgType, ORGANIZATION_TYPE_NAMES) };
    case 'Place':
      return { ...base, kind, placeType: oneOf(map.placeType, PLACE_TYPE_NAMES) };
    case 'Event':
      return {
        ...base,
        kind,
        eventType: oneOf(map.eventType, EVENT_TYPE_NAMES),
        date: text(map.date),
        endDate: text(map.endDate),
        datePrecision: oneOf(map.datePrecision, DATE_PRECISIONS),
        dateText: text(map.dateText),
        count: count(map.count),
        countLowerBound: count(map.countLowerBound),
        countQualifier: oneOf(map.countQualifier, COUNT_QUALIFIERS),
      };
    case 'Statement':
      return { ...base, kind, text: text(map.text) ?? name, quoteType: oneOf(map.quoteType, QUOTE_TYPES), date: text(map.date) };
    case 'Document':
      return {
        ...base,
        kind,
        title: text(map.title) ?? name,
        outlet: text(map.outlet),
        author: text(map.author),
        file: text(map.file),
        coversDate: text(map.coversDate),
      };
    default:
      return { ...base, kind };
  }
}

/**
 * The stored `basis`. Every seeded relationship carries one (the seed tests hold it to
 * that); a relationship written without one (the benchmark's synthetic graph) counts
 * as stated when it cites a document and as inferred when it cites none.
 */
function basisOf(value: PlainValue | undefined, sources: readonly string[]): Basis {
  return oneOf(value, BASES) ?? (sources.length > 0 ? 'STATED' : 'INFERRED');
}

const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** Maps a `r {.*, type: type(r), source: …, target: …}` projection to an edge. */
export function toEdge(value: PlainValue | undefined): EdgeRecord {
  const map = asMap(value, 'a relationship');
  const source = String(map.source);
  const target = String(map.target);
  const type = oneOf(map.type, RELATIONSHIP_TYPE_NAMES);
  if (type === null) throw new TypeError(`relationship ${source} → ${target} has an unknown type ${JSON.stringify(map.type)}`);
  const sources = strings(map.sources);
  return {
    id: edgeId(source, type, target),
    type,
    source,
    target,
    sources,
    evidence: text(map.evidence),
    basis: basisOf(map.basis, sources),
    date: text(map.date),
    datePrecision: oneOf(map.datePrecision, DATE_PRECISIONS),
    role: text(map.role),
  };
}

/** Reads one column of a row as a string. */
export function column(row: Row, name: string): string {
  return String(row[name]);
}

/** Maps a node a statement returns as one kind (e.g. `MATCH (e:Event)`) to that kind's record. */
export function toEntityOf<K extends Kind>(kind: K): (value: PlainValue | undefined) => Extract<EntityRecord, { kind: K }> {
  return (value) => {
    const entity = toEntity(value);
    if (entity.kind !== kind) throw new TypeError(`node ${entity.id} is a ${entity.kind}, not a ${kind}`);
    return entity as Extract<EntityRecord, { kind: K }>;
  };
}
