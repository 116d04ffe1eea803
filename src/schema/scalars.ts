import { GraphQLError } from 'graphql';
import { builder } from './builder.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Accepts `YYYY-MM-DD` that names a real day. */
export function parseIsoDate(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const day = match ? new Date(`${value as string}T00:00:00Z`) : null;
  if (!match || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date must be a calendar day written YYYY-MM-DD, e.g. 2019-08-29; got ${JSON.stringify(value)}.`, {
      extensions: { code: 'BAD_INPUT' },
    });
  }
  return value as string;
}

builder.scalarType('Date', {
  description: 'A calendar day, ISO-8601 `YYYY-MM-DD` (e.g. `2019-08-29`): RFC 3339’s `full-date`, a string in JSON.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseIsoDate,
});
