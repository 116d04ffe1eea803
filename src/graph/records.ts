import type { EVENT_TYPES, ORGANIZATION_TYPES, PLACE_TYPES, RelationshipType } from './vocabulary.ts';

/** The kinds of node the graph holds; each is a label beside `Entity`. */
export const KINDS = ['Person', 'Organization', 'Country', 'Place', 'Event', 'Statement', 'Document', 'Topic'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Which way relationships are read from a node: those that start at it (`OUT`), end at it
 * (`IN`) or either (`BOTH`). A relationship seen from one of its ends points `OUT` or `IN`.
 */
export const DIRECTIONS = ['BOTH', 'OUT', 'IN'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type Orientation = Exclude<Direction, 'BOTH'>;

export type OrganizationType = keyof typeof ORGANIZATION_TYPES;
export type EventType = keyof typeof EVENT_TYPES;
export type PlaceType = keyof typeof PLACE_TYPES;
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const QUOTE_TYPES = ['DIRECT', 'REPORTED'] as const;
export type QuoteType = (typeof QUOTE_TYPES)[number];
export const COUNT_QUALIFIERS = ['MORE_THAN', 'AT_LEAST'] as const;
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];

/**
 * Whether a relationship is stated by the documents it cites (`STATED`) or read from what
 * they state or from general knowledge (`INFERRED`: no document in `sources`, the reasoning
 * in `evidence`).
 */
export const BASES = ['STATED', 'INFERRED'] as const;
export type Basis = (typeof BASES)[number];

/** What every kind of node has: a stable id, its kind, a display name and provenance. */
interface EntityBase {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  /** Ids of the documents that name this node. */
  sources: string[];
}

export interface PersonRecord extends EntityBase {
  kind: 'Person';
}
export interface OrganizationRecord extends EntityBase {
  kind: 'Organization';
  organizationType: OrganizationType | null;
}
export interface CountryRecord extends EntityBase {
  kind: 'Country';
}
export interface PlaceRecord extends EntityBase {
  kind: 'Place';
  placeType: PlaceType | null;
}
export interface EventRecord extends EntityBase {
  kind: 'Event';
  eventType: EventType | null;
  /** ISO `YYYY-MM-DD`; the first day of the period when only a month or year is known. */
  date: string | null;
  endDate: string | null;
  datePrecision: DatePrecision | null;
  dateText: string | null;
  count: number | null;
  countLowerBound: number | null;
  countQualifier: CountQualifier | null;
}
export interface StatementRecord extends EntityBase {
  kind: 'Statement';
  text: string;
  quoteType: QuoteType | null;
  date: string | null;
}
export interface DocumentRecord extends EntityBase {
  kind: 'Document';
  title: string;
  outlet: string | null;
  author: string | null;
  file: string | null;
  coversDate: string | null;
}
export interface TopicRecord extends EntityBase {
  kind: 'Topic';
}

/** A node as the API sees it, decoded once from the store: one record type per kind. */
export type EntityRecord =
  | PersonRecord
  | OrganizationRecord
  | CountryRecord
  | PlaceRecord
  | EventRecord
  | StatementRecord
  | DocumentRecord
  | TopicRecord;

/** A relationship as the API sees it, with a stable id derived from its ends and type. */
export interface EdgeRecord {
  /** `source:TYPE:target`. */
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  /** Ids of the documents that state this relationship; empty when it is inferred. */
  sources: string[];
  /** What the sources state, or for an inferred relationship the reasoning. */
  evidence: string | null;
  basis: Basis;
  date: string | null;
  datePrecision: DatePrecision | null;
  role: string | null;
}

/** One relationship seen from one of its ends: which way it points from there, and the node at the other end. */
export interface RelationRecord {
  edge: EdgeRecord;
  /** `OUT` when the node it is seen from is the relationship's source. */
  direction: Orientation;
  node: EntityRecord;
}

/** Stable, readable relationship id: `john-bolton:MET_WITH:aliaksandr-lukashenka`. */
export function edgeId(source: string, type: string, target: string): string {
  return `${source}:${type}:${target}`;
}

/**
 * A relationship seen from one end: the relationship's id and which way it points from
 * there, `john-bolton:MET_WITH:aliaksandr-lukashenka/OUT`. Unlike any entity or edge id, so
 * id-keyed caches (Relay) keep the view apart from the relationship and from the node.
 */
export function relationId(relation: Pick<RelationRecord, 'edge' | 'direction'>): string {
  return `${relation.edge.id}/${relation.direction}`;
}

/** The finer type where the kind has one: event, organization, place or quote type. */
export function subtypeOf(entity: EntityRecord): string | null {
  switch (entity.kind) {
    case 'Event':
      return entity.eventType;
    case 'Organization':
      return entity.organizationType;
    case 'Place':
      return entity.placeType;
    case 'Statement':
      return entity.quoteType;
    default:
      return null;
  }
}
