import { type Basis, KINDS } from '../graph/records.ts';
import {
  EVENT_TYPES,
  KIND_DESCRIPTIONS,
  ORGANIZATION_TYPES,
  PLACE_TYPES,
  RELATIONSHIP_TYPES,
} from '../graph/vocabulary.ts';
import { builder } from './builder.ts';

/** Enum values from `{ NAME: description }`, each value its own name. */
function described<const V extends Record<string, string>>(values: V) {
  return Object.fromEntries(Object.entries(values).map(([name, description]) => [name, { value: name, description }])) as {
    [K in keyof V]: { value: K; description: string };
  };
}

export const KindEnum = builder.enumType('Kind', {
  description: 'The kind of a node; every node has exactly one.',
  values: Object.fromEntries(
    KINDS.map((kind) => [kind.toUpperCase(), { value: kind, description: KIND_DESCRIPTIONS[kind] }]),
  ),
});

export const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description: 'The type of a relationship. Filters accept only these values.',
  values: described(RELATIONSHIP_TYPES),
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which relationships to follow, seen from the starting node.',
  values: described({
    BOTH: 'Outgoing and incoming relationships.',
    OUT: 'Relationships that start at the node.',
    IN: 'Relationships that end at the node.',
  }),
});

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'What kind of event an Event is.',
  values: described(EVENT_TYPES),
});

export const OrganizationTypeEnum = builder.enumType('OrganizationType', {
  description: 'What kind of organization an Organization is.',
  values: described(ORGANIZATION_TYPES),
});

export const PlaceTypeEnum = builder.enumType('PlaceType', {
  description: 'What kind of place a Place is.',
  values: described(PLACE_TYPES),
});

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How precisely the source dates something; `date` holds the first day of the period.',
  values: described({
    DAY: 'The exact day is known.',
    MONTH: 'Only the month is known.',
    YEAR: 'Only the year is known.',
  }),
});

export const BasisEnum = builder.enumType('Basis', {
  description:
    'Whether a relationship is stated by the documents it cites or inferred: keep the `STATED` ones to see only what the articles say.',
  values: described({
    STATED: 'A document in `sources` states it; `evidence` says what it states, in our words.',
    INFERRED:
      'No article states it: it is read from what they state or from general knowledge (e.g. that the Yama memorial is in Minsk). ' +
      '`evidence` gives the reasoning and `sources` is empty.',
  } satisfies Record<Basis, string>),
});

export const CountQualifierEnum = builder.enumType('CountQualifier', {
  description: 'How a number the source gives bounds the real one, when it gives a bound rather than an exact number.',
  values: described({
    MORE_THAN: 'More than the number (“more than 100 officials”).',
    AT_LEAST: 'The number or more (“at least five visits”).',
  }),
});

export const QuoteTypeEnum = builder.enumType('QuoteType', {
  description: 'Whether a statement is quoted word for word or reported.',
  values: described({
    DIRECT: 'The words as the source quotes them.',
    REPORTED: 'A claim the source reports, paraphrased.',
  }),
});

export const MatchTypeEnum = builder.enumType('MatchType', {
  description: 'How a search hit matched, best first.',
  values: described({
    EXACT: 'A name or alias equals the query.',
    PREFIX: 'A name or alias starts with the query.',
    CONTAINS: 'A name or alias contains the query.',
    WORDS: 'Every word of the query occurs in some name or alias.',
  }),
});

export const DateOrderEnum = builder.enumType('DateOrder', {
  description: 'Date order of a list; undated items come last either way, ties go by id.',
  values: described({
    DATE_ASC: 'Oldest first.',
    DATE_DESC: 'Newest first.',
  }),
});
export type DateOrder = 'DATE_ASC' | 'DATE_DESC';
