import type { CommunityRecord, Metric, MetricsSnapshot } from '../analytics/snapshot.ts';
import type { PathRecord } from '../graph/paths.ts';
import type { DocumentRecord, EntityRecord } from '../graph/records.ts';

/** A page of what a document names. */
export interface MentionPageShape {
  items: EntityRecord[];
  total: number;
  hasNextPage: boolean;
  /** The id the page starts after, or null for the first page. */
  after: string | null;
}

/** What some documents state: what cites every document of `all` and none of `none`. */
export interface SliceShape {
  all: string[];
  none: string[];
}

/** Documents compared by coverage. */
export interface CoverageShape {
  documents: DocumentRecord[];
}

/** What one document states alone among those compared. */
export interface DocumentCoverageShape {
  document: DocumentRecord;
  alone: SliceShape;
}

/** A slice of the whole graph. */
export interface GraphSliceShape {
  /** The slice's node ids, in order. */
  ids: string[];
  totalCount: number;
  graphVersion: string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Paths between two sets of nodes. */
export interface PathSetShape {
  paths: PathRecord[];
  connectedPairs: number;
  truncated: boolean;
}

/** One entry of a ranked list of nodes (a ranking, a community's members), with the snapshot it comes from. */
export interface RankedNodeShape {
  snapshot: MetricsSnapshot;
  metric: Metric;
  index: number;
  rank: number;
  value: number;
}

/** A page of ranked nodes. */
export interface RankedConnectionShape {
  edges: RankedNodeShape[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** A community, with the snapshot it belongs to. */
export interface CommunityShape {
  snapshot: MetricsSnapshot;
  record: CommunityRecord;
}

/** A page of communities. */
export interface CommunityConnectionShape {
  edges: CommunityShape[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}
