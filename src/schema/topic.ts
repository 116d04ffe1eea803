import { builder } from './builder.ts';
import { relatedOf } from './relations.ts';

builder.objectType('Topic', {
  description: 'A subject the actors speak or act about: human rights, non-proliferation, sovereignty…',
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Topic',
  fields: (t) => ({
    statements: t.field({
      type: ['Statement'],
      description: 'Statements about it (ABOUT, incoming).',
      resolve: (topic, _args, ctx) => relatedOf(ctx, topic.id, ['ABOUT'], 'IN', 'Statement'),
    }),
    events: t.field({
      type: ['Event'],
      description: 'Events about it (ABOUT, incoming).',
      resolve: (topic, _args, ctx) => relatedOf(ctx, topic.id, ['ABOUT'], 'IN', 'Event'),
    }),
  }),
});
