import { builder } from './builder.ts';
import { readRelated, reads } from './relations.ts';

builder.objectType('Topic', {
  description: 'A subject the actors speak or act about: human rights, non-proliferation, sovereignty…',
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Topic',
  fields: (t) => ({
    statements: t.field({
      type: ['Statement'],
      description: 'Statements about it (ABOUT, incoming).',
      extensions: reads(['ABOUT'], 'IN', 'Statement'),
      resolve: readRelated,
    }),
    events: t.field({
      type: ['Event'],
      description: 'Events about it (ABOUT, incoming).',
      extensions: reads(['ABOUT'], 'IN', 'Event'),
      resolve: readRelated,
    }),
  }),
});
