import type { EntityRecord } from '../graph/records.ts';
import { KIND_DESCRIPTIONS } from '../graph/vocabulary.ts';
import { builder } from './builder.ts';
import { PlaceTypeEnum } from './enums.ts';
import { readRelated, readRelatedOf, readRelations, reads } from './relations.ts';

builder.objectType('Place', {
  description: KIND_DESCRIPTIONS.Place,
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as EntityRecord).kind === 'Place',
  fields: (t) => ({
    placeType: t.field({
      type: PlaceTypeEnum,
      nullable: true,
      description: 'What kind of place it is.',
      resolve: (place) => place.placeType,
    }),
    locatedIn: t.field({
      type: ['Entity'],
      description: 'The place or country it lies in (LOCATED_IN).',
      extensions: reads(['LOCATED_IN'], 'OUT'),
      resolve: readRelated,
    }),
    contains: t.field({
      type: ['Entity'],
      description: 'Places and organizations located in it (LOCATED_IN, incoming).',
      extensions: reads(['LOCATED_IN'], 'IN'),
      resolve: readRelated,
    }),
    events: t.field({
      type: ['Event'],
      description: 'Events that took place here (TOOK_PLACE_IN, incoming).',
      extensions: reads(['TOOK_PLACE_IN'], 'IN', 'Event'),
      resolve: readRelatedOf('Event'),
    }),
    visitors: t.field({
      type: ['Relation'],
      description: 'Who visited it (VISITED, incoming), with dates.',
      extensions: reads(['VISITED'], 'IN'),
      resolve: readRelations,
    }),
    commemorates: t.field({
      type: ['Event'],
      description: 'What a memorial commemorates (COMMEMORATES).',
      extensions: reads(['COMMEMORATES'], 'OUT', 'Event'),
      resolve: readRelatedOf('Event'),
    }),
  }),
});
