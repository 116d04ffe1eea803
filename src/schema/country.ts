import type { EntityRecord } from '../graph/records.ts';
import { KIND_DESCRIPTIONS } from '../graph/vocabulary.ts';
import { builder } from './builder.ts';
import { readRelated, readRelations, reads } from './relations.ts';

builder.objectType('Country', {
  description: KIND_DESCRIPTIONS.Country,
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as EntityRecord).kind === 'Country',
  fields: (t) => ({
    leaders: t.field({
      type: ['Relation'],
      description: 'People holding an office of the country (HOLDS_ROLE, incoming).',
      extensions: reads(['HOLDS_ROLE'], 'IN'),
      resolve: readRelations,
    }),
    places: t.field({
      type: ['Entity'],
      description: 'Places and organizations located in it or part of it (LOCATED_IN, PART_OF, incoming).',
      extensions: reads(['LOCATED_IN', 'PART_OF'], 'IN'),
      resolve: readRelated,
    }),
    events: t.field({
      type: ['Relation'],
      description: 'Events it took part in (PARTICIPATED_IN) or that took place in it (TOOK_PLACE_IN).',
      extensions: reads(['PARTICIPATED_IN', 'TOOK_PLACE_IN'], 'BOTH'),
      resolve: readRelations,
    }),
    visitors: t.field({
      type: ['Relation'],
      description: 'Who visited it (VISITED, incoming), with dates.',
      extensions: reads(['VISITED'], 'IN'),
      resolve: readRelations,
    }),
    sanctions: t.field({
      type: ['Relation'],
      description: 'Sanctions it placed (SANCTIONED, outgoing) or that were placed on it (incoming).',
      extensions: reads(['SANCTIONED'], 'BOTH'),
      resolve: readRelations,
    }),
  }),
});
