import type { PlainNode, PlainRelationship, PlainValue, Row } from '../port.ts';
import { plainPrimitive } from '../port.ts';

/**
 * Maps a value returned by `@grafeo-db/js` to the port's plain shape.
 * Grafeo returns most values plainly; what is left: integers past 2^53
 * arrive as `bigint`, local date-times as `Date`, vectors as typed arrays,
 * nodes as `{_id, _labels, …}`, relationships as `{_id, _source, _target,
 * _type, …}` and paths as `{nodes, edges}` of those.
 */
export function toPlain(value: unknown): PlainValue {
  const primitive = plainPrimitive(value);
  if (primitive !== undefined) return primitive;
  // Grafeo hands a LOCAL date-time over as a Date in UTC: print it without a zone.
  if (value instanceof Date) return value.toISOString().replace(/(\.000)?Z$/, '');
  if (Array.isArray(value)) return value.map(toPlain);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  const map = value as Record<string, unknown>;
  if (isGrafeoNode(map)) return toPlainNode(map);
  if (isGrafeoRelationship(map)) return toPlainRelationship(map);
  if (isGrafeoPath(map)) {
    return {
      nodes: (map.nodes as Record<string, unknown>[]).map(toPlainNode),
      relationships: (map.edges as Record<string, unknown>[]).map(toPlainRelationship),
    };
  }
  return plainMap(map, () => true);
}

function plainMap(map: Record<string, unknown>, keep: (key: string) => boolean): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [key, inner] of Object.entries(map)) if (keep(key)) out[key] = toPlain(inner);
  return out;
}

const isInternal = (key: string) => key.startsWith('_');

function isGrafeoNode(map: Record<string, unknown>): boolean {
  return '_id' in map && Array.isArray(map._labels);
}

function isGrafeoRelationship(map: Record<string, unknown>): boolean {
  return '_id' in map && typeof map._type === 'string' && '_source' in map && '_target' in map;
}

function isGrafeoPath(map: Record<string, unknown>): boolean {
  const keys = Object.keys(map);
  return (
    keys.length === 2 &&
    Array.isArray(map.nodes) &&
    Array.isArray(map.edges) &&
    (map.nodes as unknown[]).every((node) => typeof node === 'object' && node !== null && isGrafeoNode(node as Record<string, unknown>))
  );
}

function toPlainNode(map: Record<string, unknown>): PlainNode {
  return {
    id: String(map._id),
    labels: (map._labels as string[]).map(String),
    properties: plainMap(map, (key) => !isInternal(key)),
  };
}

function toPlainRelationship(map: Record<string, unknown>): PlainRelationship {
  return {
    id: String(map._id),
    type: String(map._type),
    start: String(map._source),
    end: String(map._target),
    properties: plainMap(map, (key) => !isInternal(key)),
  };
}

export function toPlainRow(row: Record<string, unknown>): Row {
  return plainMap(row, () => true);
}
