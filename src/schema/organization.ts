import type { EntityRecord } from '../graph/records.ts';
import { KIND_DESCRIPTIONS } from '../graph/vocabulary.ts';
import { builder } from './builder.ts';
import { OrganizationTypeEnum } from './enums.ts';
import { readRelated, readRelatedOf, readRelations, reads } from './relations.ts';

builder.objectType('Organization', {
  description: KIND_DESCRIPTIONS.Organization,
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as EntityRecord).kind === 'Organization',
  fields: (t) => ({
    organizationType: t.field({
      type: OrganizationTypeEnum,
      nullable: true,
      description: 'What kind of organization it is.',
      resolve: (org) => org.organizationType,
    }),
    people: t.field({
      type: ['Relation'],
      description: 'People holding roles in or affiliated with it (HOLDS_ROLE, MEMBER_OF, incoming).',
      extensions: reads(['HOLDS_ROLE', 'MEMBER_OF'], 'IN'),
      resolve: readRelations,
    }),
    partOf: t.field({
      type: ['Entity'],
      description: 'The organization or country it belongs to (PART_OF).',
      extensions: reads(['PART_OF'], 'OUT'),
      resolve: readRelated,
    }),
    parts: t.field({
      type: ['Entity'],
      description: 'Organizations that belong to it (PART_OF, incoming).',
      extensions: reads(['PART_OF'], 'IN'),
      resolve: readRelated,
    }),
    locatedIn: t.field({
      type: ['Entity'],
      description: 'Where it is (LOCATED_IN).',
      extensions: reads(['LOCATED_IN'], 'OUT'),
      resolve: readRelated,
    }),
    actions: t.field({
      type: ['Relation'],
      description: 'What it did: events it took part in, announced, ordered or reported; sanctions; interviews.',
      extensions: reads(['PARTICIPATED_IN', 'ANNOUNCED', 'ORDERED', 'SANCTIONED', 'INTERVIEWED'], 'OUT'),
      resolve: readRelations,
    }),
    reported: t.field({
      type: ['Event'],
      description: 'Events it reported as a news organization (REPORTED_BY, incoming).',
      extensions: reads(['REPORTED_BY'], 'IN', 'Event'),
      resolve: readRelatedOf('Event'),
    }),
    statements: t.field({
      type: ['Statement'],
      description: 'Statements made in its name (SAID).',
      extensions: reads(['SAID'], 'OUT', 'Statement'),
      resolve: readRelatedOf('Statement'),
    }),
    documents: t.field({
      type: ['Document'],
      description: 'Source documents it published or is cited by (PUBLISHED_BY, CITES, incoming).',
      extensions: reads(['PUBLISHED_BY', 'CITES'], 'IN', 'Document'),
      resolve: readRelatedOf('Document'),
    }),
  }),
});
