import { createHash } from 'node:crypto';
import type { GraphStore } from '../../../src/store/port.ts';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  sha256: string;
}

/** JSON with object keys sorted at every level, so equal content prints equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Counts and a content hash of every node and relationship, read straight from the store. */
export async function graphFingerprint(store: GraphStore): Promise<GraphFingerprint> {
  const nodes = await store.execute('MATCH (n) RETURN n {.*, labels: labels(n)} AS n', {}, 'READ');
  const relationships = await store.execute('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r {.*} AS r', {}, 'READ');
  const dump = [nodes.map(canonical).sort(), relationships.map(canonical).sort()];
  return {
    nodes: nodes.length,
    relationships: relationships.length,
    sha256: createHash('sha256').update(JSON.stringify(dump)).digest('hex'),
  };
}
