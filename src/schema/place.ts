import { builder } from './builder.ts';
import { PlaceTypeEnum } from './enums.ts';
import type { PlaceType } from './kind-fields.ts';
import { readRelated, readRelations, reads, textProperty } from './relations.ts';

builder.objectType('Country', {
  description: 'A country (or a former one, such as the Soviet Union).',
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Country',
  fields: (t) => ({
    leaders: t.field({
      type: ['Relation'],
      description: 'People holding an office of the country (HOLDS_ROLE, incoming).',
      extensions: reads(['HOLDS_ROLE'], 'IN'),
      resolve: readRelations,
    }),
    places: t.field({
      type: ['Node'],
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

builder.objectType('Place', {
  description: 'A city, region, memorial or military base.',
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Place',
  fields: (t) => ({
    placeType: t.field({
      type: PlaceTypeEnum,
      nullable: true,
      description: 'What kind of place it is.',
      resolve: (place) => textProperty(place, 'placeType') as PlaceType | null,
    }),
    locatedIn: t.field({
      type: ['Node'],
      description: 'The place or country it lies in (LOCATED_IN).',
      extensions: reads(['LOCATED_IN'], 'OUT'),
      resolve: readRelated,
    }),
    contains: t.field({
      type: ['Node'],
      description: 'Places and organizations located in it (LOCATED_IN, incoming).',
      extensions: reads(['LOCATED_IN'], 'IN'),
      resolve: readRelated,
    }),
    events: t.field({
      type: ['Event'],
      description: 'Events that took place here (TOOK_PLACE_IN, incoming).',
      extensions: reads(['TOOK_PLACE_IN'], 'IN', 'Event'),
      resolve: readRelated,
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
      resolve: readRelated,
    }),
  }),
});
