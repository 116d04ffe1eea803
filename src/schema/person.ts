import { builder } from './builder.ts';
import { relatedOf, relationsOf } from './relations.ts';

builder.objectType('Person', {
  description: 'A person named in the articles: officials, analysts, authors.',
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Person',
  fields: (t) => ({
    roles: t.field({
      type: ['Relation'],
      description: 'Offices held (HOLDS_ROLE): `role` is the title, `node` the organization or country.',
      resolve: (person, _args, ctx) => relationsOf(ctx, person.id, ['HOLDS_ROLE'], 'OUT'),
    }),
    affiliations: t.field({
      type: ['Relation'],
      description: 'Organizations the person is affiliated with (MEMBER_OF).',
      resolve: (person, _args, ctx) => relationsOf(ctx, person.id, ['MEMBER_OF'], 'OUT'),
    }),
    meetings: t.field({
      type: ['Relation'],
      description: 'People this person met (MET_WITH, either direction), with date and evidence.',
      resolve: (person, _args, ctx) => relationsOf(ctx, person.id, ['MET_WITH'], 'BOTH'),
    }),
    contacts: t.field({
      type: ['Relation'],
      description: 'Other person-to-person ties: advising, greetings, presents (ADVISES, GREETED, SENT_GIFTS_TO).',
      resolve: (person, _args, ctx) => relationsOf(ctx, person.id, ['ADVISES', 'GREETED', 'SENT_GIFTS_TO'], 'BOTH'),
    }),
    statements: t.field({
      type: ['Statement'],
      description: 'What the person said: quotes and reported claims (SAID).',
      resolve: (person, _args, ctx) => relatedOf(ctx, person.id, ['SAID'], 'OUT', 'Statement'),
    }),
    events: t.field({
      type: ['Relation'],
      description: 'Events the person took part in (PARTICIPATED_IN), with the role they played.',
      resolve: (person, _args, ctx) => relationsOf(ctx, person.id, ['PARTICIPATED_IN'], 'OUT'),
    }),
    visits: t.field({
      type: ['Relation'],
      description: 'Places and countries the person visited (VISITED), with dates.',
      resolve: (person, _args, ctx) => relationsOf(ctx, person.id, ['VISITED'], 'OUT'),
    }),
    commentedOn: t.field({
      type: ['Event'],
      description: 'Events the person commented on as an analyst (COMMENTED_ON).',
      resolve: (person, _args, ctx) => relatedOf(ctx, person.id, ['COMMENTED_ON'], 'OUT', 'Event'),
    }),
    sanctionedBy: t.field({
      type: ['Relation'],
      description: 'Who placed sanctions on this person (SANCTIONED, incoming).',
      resolve: (person, _args, ctx) => relationsOf(ctx, person.id, ['SANCTIONED'], 'IN'),
    }),
    authored: t.field({
      type: ['Document'],
      description: 'Source documents the person wrote (AUTHORED).',
      resolve: (person, _args, ctx) => relatedOf(ctx, person.id, ['AUTHORED'], 'OUT', 'Document'),
    }),
  }),
});
