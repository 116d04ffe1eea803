import type { OrganizationType } from './kind-fields.ts';
import { builder } from './builder.ts';
import { OrganizationTypeEnum } from './enums.ts';
import { relatedOf, relationsOf, textProperty } from './relations.ts';

builder.objectType('Organization', {
  description:
    'A government body, think tank, media outlet, news agency or diplomatic mission, or an unnamed group the articles speak of as one (“some other officials”).',
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Organization',
  fields: (t) => ({
    organizationType: t.field({
      type: OrganizationTypeEnum,
      nullable: true,
      description: 'What kind of organization it is.',
      resolve: (org) => textProperty(org, 'orgType') as OrganizationType | null,
    }),
    people: t.field({
      type: ['Relation'],
      description: 'People holding roles in or affiliated with it (HOLDS_ROLE, MEMBER_OF, incoming).',
      resolve: (org, _args, ctx) => relationsOf(ctx, org.id, ['HOLDS_ROLE', 'MEMBER_OF'], 'IN'),
    }),
    partOf: t.field({
      type: ['Node'],
      description: 'The organization or country it belongs to (PART_OF).',
      resolve: (org, _args, ctx) => relatedOf(ctx, org.id, ['PART_OF'], 'OUT'),
    }),
    parts: t.field({
      type: ['Node'],
      description: 'Organizations that belong to it (PART_OF, incoming).',
      resolve: (org, _args, ctx) => relatedOf(ctx, org.id, ['PART_OF'], 'IN'),
    }),
    locatedIn: t.field({
      type: ['Node'],
      description: 'Where it is (LOCATED_IN).',
      resolve: (org, _args, ctx) => relatedOf(ctx, org.id, ['LOCATED_IN'], 'OUT'),
    }),
    actions: t.field({
      type: ['Relation'],
      description: 'What it did: events it took part in, announced, ordered or reported; sanctions; interviews.',
      resolve: (org, _args, ctx) =>
        relationsOf(ctx, org.id, ['PARTICIPATED_IN', 'ANNOUNCED', 'ORDERED', 'SANCTIONED', 'INTERVIEWED'], 'OUT'),
    }),
    reported: t.field({
      type: ['Event'],
      description: 'Events it reported as a news organization (REPORTED_BY, incoming).',
      resolve: (org, _args, ctx) => relatedOf(ctx, org.id, ['REPORTED_BY'], 'IN', 'Event'),
    }),
    statements: t.field({
      type: ['Statement'],
      description: 'Statements made in its name (SAID).',
      resolve: (org, _args, ctx) => relatedOf(ctx, org.id, ['SAID'], 'OUT', 'Statement'),
    }),
    documents: t.field({
      type: ['Document'],
      description: 'Source documents it published or is cited by (PUBLISHED_BY, CITES, incoming).',
      resolve: (org, _args, ctx) => relatedOf(ctx, org.id, ['PUBLISHED_BY', 'CITES'], 'IN', 'Document'),
    }),
  }),
});
