import type { EdgeRecord, EntityRecord } from '../graph/records.ts';

/** A path resolved to nodes: `nodes[i]` to `nodes[i + 1]` through `edges[i]`. */
export interface PathShape {
  nodes: EntityRecord[];
  edges: EdgeRecord[];
}

