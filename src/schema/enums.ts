import { KINDS } from '../graph/records.ts';
import {
  EVENT_TYPES,
  KIND_DESCRIPTIONS,
  ORGANIZATION_TYPES,
  PLACE_TYPES,
  RELATIONSHIP_TYPES,
} from '../graph/vocabulary.ts';
import { builder } from './builder.ts';

function described(values: Record<string, string>) {
  return Object.fromEntries(Object.entries(values).map(([name, description]) => [name, { value: name, description }]));
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
  values: {
    BOTH: { value: 'BOTH', description: 'Outgoing and incoming relationships.' },
    OUT: { value: 'OUT', description: 'Relationships that start at the node.' },
    IN: { value: 'IN', description: 'Relationships that end at the node.' },
  } as const,
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
  values: {
    DAY: { value: 'DAY', description: 'The exact day is known.' },
    MONTH: { value: 'MONTH', description: 'Only the month is known.' },
    YEAR: { value: 'YEAR', description: 'Only the year is known.' },
  } as const,
});

export const QuoteTypeEnum = builder.enumType('QuoteType', {
  description: 'Whether a statement is quoted word for word or reported.',
  values: {
    DIRECT: { value: 'DIRECT', description: 'The words as the source quotes them.' },
    REPORTED: { value: 'REPORTED', description: 'A claim the source reports, paraphrased.' },
  } as const,
});

export const MatchTypeEnum = builder.enumType('MatchType', {
  description: 'How a search hit matched, best first.',
  values: {
    EXACT: { value: 'EXACT', description: 'A name or alias equals the query.' },
    PREFIX: { value: 'PREFIX', description: 'A name or alias starts with the query.' },
    CONTAINS: { value: 'CONTAINS', description: 'A name or alias contains the query.' },
    WORDS: { value: 'WORDS', description: 'Every word of the query occurs in some name or alias.' },
  } as const,
});
