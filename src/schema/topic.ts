import type { EntityRecord } from '../graph/records.ts';
import { KIND_DESCRIPTIONS } from '../graph/vocabulary.ts';
import { builder } from './builder.ts';
import { readRelated, readRelatedOf, reads } from './relations.ts';

builder.objectType('Topic', {
  description: KIND_DESCRIPTIONS.Topic,
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as EntityRecord).kind === 'Topic',
  fields: (t) => ({
    statements: t.field({
      type: ['Statement'],
      description: 'Statements about it (ABOUT, incoming).',
      extensions: reads(['ABOUT'], 'IN', 'Statement'),
      resolve: readRelatedOf('Statement'),
    }),
    events: t.field({
      type: ['Event'],
      description: 'Events about it (ABOUT, incoming).',
      extensions: reads(['ABOUT'], 'IN', 'Event'),
      resolve: readRelatedOf('Event'),
    }),
  }),
});
