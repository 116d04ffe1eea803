import type { GraphStore } from '../../src/store/port.ts';

/** Every entity's neighbours, both directions, one entry per relationship. */
export type Adjacency = Map<string, { other: string; type: string }[]>;

/** The graph's relationships among entities as an adjacency list, read once for an oracle. */
export async function adjacencyOf(store: GraphStore): Promise<Adjacency> {
  const rows = await store.execute('MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, b.id AS b, type(r) AS type', {}, 'READ');
  const adjacency: Adjacency = new Map();
  for (const { a, b, type } of rows as { a: string; b: string; type: string }[]) {
    adjacency.set(a, [...(adjacency.get(a) ?? []), { other: b, type }]);
    adjacency.set(b, [...(adjacency.get(b) ?? []), { other: a, type }]);
  }
  return adjacency;
}

/**
 * Hops and number of shortest paths between two nodes (parallel relationships count
 * apart), by a plain breadth-first count: the independent answer path searches are checked against.
 */
export function shortestPathOracle(adjacency: Adjacency, from: string, to: string, types: readonly string[] = []) {
  const dist = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  let frontier = [from];
  while (frontier.length > 0 && !dist.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { other, type } of adjacency.get(id) ?? []) {
        if (types.length > 0 && !types.includes(type)) continue;
        if (!dist.has(other)) {
          dist.set(other, dist.get(id)! + 1);
          next.push(other);
        }
        if (dist.get(other) === dist.get(id)! + 1) count.set(other, (count.get(other) ?? 0) + count.get(id)!);
      }
    }
    frontier = next;
  }
  return { length: dist.get(to), count: count.get(to) ?? 0 };
}
