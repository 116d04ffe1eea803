import type { EVENT_TYPES, ORGANIZATION_TYPES, PLACE_TYPES } from '../graph/vocabulary.ts';

export type OrganizationType = keyof typeof ORGANIZATION_TYPES;
export type EventType = keyof typeof EVENT_TYPES;
export type PlaceType = keyof typeof PLACE_TYPES;
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';
export type QuoteType = 'DIRECT' | 'REPORTED';
export type CountQualifier = 'MORE_THAN' | 'AT_LEAST';
