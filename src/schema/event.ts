import { timelineEvents, timelineEventsOf } from '../store/queries.ts';
import { LIMITS, inputError, intInRange, textWithin } from './args.ts';
import { builder } from './builder.ts';
import { CountQualifierEnum, DatePrecisionEnum, EventTypeEnum } from './enums.ts';
import type { CountQualifier, DatePrecision, EventType } from './kind-fields.ts';
import { numberProperty, readRelated, readRelations, reads, textProperty } from './relations.ts';

builder.objectType('Event', {
  description: 'A visit, meeting, sanction, recall, release, announcement or other happening, with its date as the sources give it.',
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Event',
  fields: (t) => ({
    eventType: t.field({
      type: EventTypeEnum,
      nullable: true,
      description: 'What kind of event it is.',
      resolve: (event) => textProperty(event, 'eventType') as EventType | null,
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it happened (the first day of the period when only a month or year is known); null when undated.',
      resolve: (event) => textProperty(event, 'date'),
    }),
    endDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Last day, for events spanning a period.',
      resolve: (event) => textProperty(event, 'endDate'),
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precise `date` is.',
      resolve: (event) => textProperty(event, 'datePrecision') as DatePrecision | null,
    }),
    dateText: t.string({
      nullable: true,
      description: 'How the source dates it, in words (the only date of an undated event).',
      resolve: (event) => textProperty(event, 'dateText'),
    }),
    count: t.int({
      nullable: true,
      description:
        'The exact number the source gives for the event (e.g. how many visits), when it gives one; ' +
        'a bound such as “at least five” is in `countLowerBound` and `countQualifier` instead.',
      resolve: (event) => numberProperty(event, 'count'),
    }),
    countLowerBound: t.int({
      nullable: true,
      description: 'The number a source gives as a bound rather than exactly (100 in “more than 100 officials”); `countQualifier` says how it bounds.',
      resolve: (event) => numberProperty(event, 'countLowerBound'),
    }),
    countQualifier: t.field({
      type: CountQualifierEnum,
      nullable: true,
      description: 'How `countLowerBound` bounds the real number: `MORE_THAN` or `AT_LEAST`.',
      resolve: (event) => textProperty(event, 'countQualifier') as CountQualifier | null,
    }),
    participants: t.field({
      type: ['Relation'],
      description: 'Who took part (PARTICIPATED_IN, incoming), with their roles.',
      extensions: reads(['PARTICIPATED_IN'], 'IN'),
      resolve: readRelations,
    }),
    places: t.field({
      type: ['Node'],
      description: 'Where it took place (TOOK_PLACE_IN).',
      extensions: reads(['TOOK_PLACE_IN'], 'OUT'),
      resolve: readRelated,
    }),
    about: t.field({
      type: ['Node'],
      description: 'Topics and actors it concerned (ABOUT).',
      extensions: reads(['ABOUT'], 'OUT'),
      resolve: readRelated,
    }),
    statements: t.field({
      type: ['Statement'],
      description: 'Statements about it (ABOUT, incoming).',
      extensions: reads(['ABOUT'], 'IN', 'Statement'),
      resolve: readRelated,
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
      resolve: readRelated,
    }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.field({
    type: ['Event'],
    description:
      'Events in date order (undated ones last), optionally only those linked to one participant, within a date range, ' +
      'of some event types.',
    args: {
      participant: t.arg.id({ description: 'Only events directly linked to this node, e.g. `john-bolton` or `belarus`.' }),
      from: t.arg({ type: 'Date', description: 'Only events on or after this day (undated events are left out).' }),
      to: t.arg({ type: 'Date', description: 'Only events on or before this day (undated events are left out).' }),
      kinds: t.arg({ type: [EventTypeEnum], description: 'Only events of these types (all when omitted).' }),
      first: t.arg.int({
        defaultValue: 100,
        required: true,
        description: `Most events to return, 1 to ${LIMITS.listFirst}.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.from && args.to && args.from > args.to) {
        throw inputError('BAD_INPUT', 'from', `Argument "from" (${args.from}) is after "to" (${args.to}).`);
      }
      const filters = {
        from: args.from ?? null,
        to: args.to ?? null,
        eventTypes: args.kinds ?? [],
        limit: intInRange('first', args.first, 1, LIMITS.listFirst),
      };
      const participant = args.participant ? textWithin('participant', args.participant, LIMITS.idLength) : null;
      const events = participant
        ? await ctx.runner.run(timelineEventsOf, { ...filters, participant })
        : await ctx.runner.run(timelineEvents, filters);
      for (const event of events) ctx.loaders.entity.prime(event.id, event);
      return events;
    },
  }),
}));
