import type { PlainValue, Row } from '../port.ts';

/**
 * Maps a value returned by `@grafeo-db/js` to the port's plain shape.
 * Grafeo already returns most values plainly; what is left: integers past
 * 2^53 arrive as `bigint`, local date-times as `Date`, vectors as typed arrays.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    default:
      break;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  const out: Record<string, PlainValue> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
  return out;
}

export function toPlainRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = toPlain(value);
  return out;
}
