import neo4j from 'neo4j-driver';
import type { Integer, Node, Path, Relationship } from 'neo4j-driver';
import type { PlainNode, PlainRelationship, PlainValue, Row } from '../port.ts';
import { plainPrimitive } from '../port.ts';

/**
 * Maps a value returned by `neo4j-driver` to the port's plain shape, the same
 * the embedded adapter produces: Integer → number (decimal string past 2^53),
 * temporal values → ISO-8601 strings, points → `{srid, x, y, z?}`, nodes,
 * relationships and paths → plain objects with string ids.
 */
export function toPlain(value: unknown): PlainValue {
  const primitive = plainPrimitive(value);
  if (primitive !== undefined) return primitive;
  // Lists and map projections are most of what the queries return: tell them first, the
  // driver's own classes (Integer, temporal values, graph elements) after.
  if (Array.isArray(value)) return value.map(toPlain);
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) {
    // Integer's own toString divides in 16-bit pieces: take the number directly when it is exact.
    const integer = value as Integer;
    return integer.inSafeRange() ? integer.toNumber() : integer.toString();
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isPoint(value)) {
    const point = value as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toPlain(point.srid), x: point.x, y: point.y, ...(point.z === undefined ? {} : { z: point.z }) };
  }
  if (neo4j.isNode(value)) return toPlainNode(value as Node);
  if (neo4j.isRelationship(value)) return toPlainRelationship(value as Relationship);
  if (neo4j.isPath(value)) {
    const path = value as Path;
    return {
      nodes: [path.start, ...path.segments.map((segment) => segment.end)].map(toPlainNode),
      relationships: path.segments.map((segment) => toPlainRelationship(segment.relationship)),
    };
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (value instanceof Date) return value.toISOString();
  return plainMap(value as Record<string, unknown>);
}

function plainMap(map: Record<string, unknown>): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const key in map) out[key] = toPlain(map[key]);
  return out;
}

function toPlainNode(node: Node): PlainNode {
  return { id: node.elementId, labels: [...node.labels], properties: plainMap(node.properties) };
}

function toPlainRelationship(relationship: Relationship): PlainRelationship {
  return {
    id: relationship.elementId,
    type: relationship.type,
    start: relationship.startNodeElementId,
    end: relationship.endNodeElementId,
    properties: plainMap(relationship.properties),
  };
}

export function toPlainRow(keys: readonly PropertyKey[], get: (key: PropertyKey) => unknown): Row {
  const row: Row = {};
  for (const key of keys) row[String(key)] = toPlain(get(key));
  return row;
}

/**
 * Parameters for the driver: JS numbers that are integers go as Neo4j
 * Integers (the driver would send them as floats, which `LIMIT` refuses).
 */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDriverParams(inner)]));
  }
  return value;
}
