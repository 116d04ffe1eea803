import type { EntityRecord } from '../graph/records.ts';
import { KIND_DESCRIPTIONS } from '../graph/vocabulary.ts';
import { builder } from './builder.ts';
import { CountQualifierEnum, DatePrecisionEnum, EventTypeEnum } from './enums.ts';
import { readRelated, readRelatedOf, readRelations, reads } from './relations.ts';

builder.objectType('Event', {
  description: KIND_DESCRIPTIONS.Event,
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as EntityRecord).kind === 'Event',
  fields: (t) => ({
    eventType: t.field({
      type: EventTypeEnum,
      nullable: true,
      description: 'What kind of event it is.',
      resolve: (event) => event.eventType,
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it happened (the first day of the period when only a month or year is known); null when undated.',
      resolve: (event) => event.date,
    }),
    endDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Last day, for events spanning a period.',
      resolve: (event) => event.endDate,
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precise `date` is.',
      resolve: (event) => event.datePrecision,
    }),
    dateText: t.exposeString('dateText', { nullable: true, description: 'How the source dates it, in words (the only date of an undated event).' }),
    count: t.int({
      nullable: true,
      description:
        'The exact number the source gives for the event (e.g. how many visits), when it gives one; ' +
        'a bound such as “at least five” is in `countLowerBound` and `countQualifier` instead.',
      resolve: (event) => event.count,
    }),
    countLowerBound: t.int({
      nullable: true,
      description: 'The number a source gives as a bound rather than exactly (100 in “more than 100 officials”); `countQualifier` says how it bounds.',
      resolve: (event) => event.countLowerBound,
    }),
    countQualifier: t.field({
      type: CountQualifierEnum,
      nullable: true,
      description: 'How `countLowerBound` bounds the real number: `MORE_THAN` or `AT_LEAST`.',
      resolve: (event) => event.countQualifier,
    }),
    participants: t.field({
      type: ['Relation'],
      description: 'Who took part (PARTICIPATED_IN, incoming), with their roles.',
      extensions: reads(['PARTICIPATED_IN'], 'IN'),
      resolve: readRelations,
    }),
    places: t.field({
      type: ['Entity'],
      description: 'Where it took place (TOOK_PLACE_IN).',
      extensions: reads(['TOOK_PLACE_IN'], 'OUT'),
      resolve: readRelated,
    }),
    about: t.field({
      type: ['Entity'],
      description: 'Topics and actors it concerned (ABOUT).',
      extensions: reads(['ABOUT'], 'OUT'),
      resolve: readRelated,
    }),
    statements: t.field({
      type: ['Statement'],
      description: 'Statements about it (ABOUT, incoming).',
      extensions: reads(['ABOUT'], 'IN', 'Statement'),
      resolve: readRelatedOf('Statement'),
    }),
    related: t.field({
      type: ['Relation'],
      description: 'Events before and after it, and causes and consequences (PRECEDED, LED_TO; `direction` tells which side).',
      extensions: reads(['PRECEDED', 'LED_TO'], 'BOTH'),
      resolve: readRelations,
    }),
    actors: t.field({
      type: ['Relation'],
      description: 'Who announced, ordered, reported or commented on it (ANNOUNCED, ORDERED, REPORTED_BY, COMMENTED_ON).',
      extensions: reads(['ANNOUNCED', 'ORDERED', 'REPORTED_BY', 'COMMENTED_ON'], 'BOTH'),
      resolve: readRelations,
    }),
    reportedIn: t.field({
      type: ['Document'],
      description: 'Source documents that report it (REPORTED_IN).',
      extensions: reads(['REPORTED_IN'], 'OUT', 'Document'),
      resolve: readRelatedOf('Document'),
    }),
  }),
});
