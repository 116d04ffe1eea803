import { builder } from './builder.ts';
import { PlaceTypeEnum } from './enums.ts';
import type { PlaceType } from './kind-fields.ts';
import { relatedOf, relationsOf, textProperty } from './relations.ts';

builder.objectType('Country', {
  description: 'A country (or a former one, such as the Soviet Union).',
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Country',
  fields: (t) => ({
    leaders: t.field({
      type: ['Relation'],
      description: 'People holding an office of the country (HOLDS_ROLE, incoming).',
      resolve: (country, _args, ctx) => relationsOf(ctx, country.id, ['HOLDS_ROLE'], 'IN'),
    }),
    places: t.field({
      type: ['Node'],
      description: 'Places and organizations located in it or part of it (LOCATED_IN, PART_OF, incoming).',
      resolve: (country, _args, ctx) => relatedOf(ctx, country.id, ['LOCATED_IN', 'PART_OF'], 'IN'),
    }),
    events: t.field({
      type: ['Relation'],
      description: 'Events it took part in (PARTICIPATED_IN) or that took place in it (TOOK_PLACE_IN).',
      resolve: (country, _args, ctx) => relationsOf(ctx, country.id, ['PARTICIPATED_IN', 'TOOK_PLACE_IN'], 'BOTH'),
    }),
    visitors: t.field({
      type: ['Relation'],
      description: 'Who visited it (VISITED, incoming), with dates.',
      resolve: (country, _args, ctx) => relationsOf(ctx, country.id, ['VISITED'], 'IN'),
    }),
    sanctions: t.field({
      type: ['Relation'],
      description: 'Sanctions it placed (SANCTIONED, outgoing) or that were placed on it (incoming).',
      resolve: (country, _args, ctx) => relationsOf(ctx, country.id, ['SANCTIONED'], 'BOTH'),
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
      resolve: (place, _args, ctx) => relatedOf(ctx, place.id, ['LOCATED_IN'], 'OUT'),
    }),
    contains: t.field({
      type: ['Node'],
      description: 'Places and organizations located in it (LOCATED_IN, incoming).',
      resolve: (place, _args, ctx) => relatedOf(ctx, place.id, ['LOCATED_IN'], 'IN'),
    }),
    events: t.field({
      type: ['Event'],
      description: 'Events that took place here (TOOK_PLACE_IN, incoming).',
      resolve: (place, _args, ctx) => relatedOf(ctx, place.id, ['TOOK_PLACE_IN'], 'IN', 'Event'),
    }),
    visitors: t.field({
      type: ['Relation'],
      description: 'Who visited it (VISITED, incoming), with dates.',
      resolve: (place, _args, ctx) => relationsOf(ctx, place.id, ['VISITED'], 'IN'),
    }),
    commemorates: t.field({
      type: ['Event'],
      description: 'What a memorial commemorates (COMMEMORATES).',
      resolve: (place, _args, ctx) => relatedOf(ctx, place.id, ['COMMEMORATES'], 'OUT', 'Event'),
    }),
  }),
});
