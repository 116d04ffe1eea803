import type { EntityRecord } from '../graph/records.ts';
import { KIND_DESCRIPTIONS } from '../graph/vocabulary.ts';
import { builder } from './builder.ts';
import { readRelated, readRelatedOf, readRelations, reads } from './relations.ts';

builder.objectType('Person', {
  description: KIND_DESCRIPTIONS.Person,
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as EntityRecord).kind === 'Person',
  fields: (t) => ({
    roles: t.field({
      type: ['Relation'],
      description: 'Offices held (HOLDS_ROLE): `role` is the title, `node` the organization or country.',
      extensions: reads(['HOLDS_ROLE'], 'OUT'),
      resolve: readRelations,
    }),
    affiliations: t.field({
      type: ['Relation'],
      description: 'Organizations the person is affiliated with (MEMBER_OF).',
      extensions: reads(['MEMBER_OF'], 'OUT'),
      resolve: readRelations,
    }),
    meetings: t.field({
      type: ['Relation'],
      description: 'People this person met (MET_WITH, either direction), with date and evidence.',
      extensions: reads(['MET_WITH'], 'BOTH'),
      resolve: readRelations,
    }),
    contacts: t.field({
      type: ['Relation'],
      description: 'Other person-to-person ties: advising, greetings, presents (ADVISES, GREETED, SENT_GIFTS_TO).',
      extensions: reads(['ADVISES', 'GREETED', 'SENT_GIFTS_TO'], 'BOTH'),
      resolve: readRelations,
    }),
    statements: t.field({
      type: ['Statement'],
      description: 'What the person said: quotes and reported claims (SAID).',
      extensions: reads(['SAID'], 'OUT', 'Statement'),
      resolve: readRelatedOf('Statement'),
    }),
    events: t.field({
      type: ['Relation'],
      description: 'Events the person took part in (PARTICIPATED_IN), with the role they played.',
      extensions: reads(['PARTICIPATED_IN'], 'OUT'),
      resolve: readRelations,
    }),
    visits: t.field({
      type: ['Relation'],
      description: 'Places and countries the person visited (VISITED), with dates.',
      extensions: reads(['VISITED'], 'OUT'),
      resolve: readRelations,
    }),
    commentedOn: t.field({
      type: ['Event'],
      description: 'Events the person commented on as an analyst (COMMENTED_ON).',
      extensions: reads(['COMMENTED_ON'], 'OUT', 'Event'),
      resolve: readRelatedOf('Event'),
    }),
    sanctionedBy: t.field({
      type: ['Relation'],
      description: 'Who placed sanctions on this person (SANCTIONED, incoming).',
      extensions: reads(['SANCTIONED'], 'IN'),
      resolve: readRelations,
    }),
    authored: t.field({
      type: ['Document'],
      description: 'Source documents the person wrote (AUTHORED).',
      extensions: reads(['AUTHORED'], 'OUT', 'Document'),
      resolve: readRelatedOf('Document'),
    }),
  }),
});
