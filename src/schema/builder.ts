import SchemaBuilder from '@pothos/core';
import type { EdgeRecord, EntityRecord } from '../graph/records.ts';
import type { Relation } from '../loaders/relation-loader.ts';
import type { GraphContext } from '../server/context.ts';
import type { NodeMetrics, MetricsSnapshot } from '../analytics/snapshot.ts';
import type {
  CommunityConnectionShape,
  CoverageShape,
  GraphSliceShape,
  DocumentCoverageShape,
  MentionPageShape,
  SliceShape,
  CommunityShape,
  PageInfoShape,
  PathSetShape,
  PathShape,
  RankedConnectionShape,
  RankedNodeShape,
  SearchHitShape,
} from './shapes.ts';
import type { SubgraphResult } from '../graph/subgraph.ts';

/**
 * The one schema builder. It defines no types: each domain file adds its own.
 * Object names are declared here so files can refer to each other by name
 * without import cycles.
 */
export const builder = new SchemaBuilder<{
  Context: GraphContext;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
  Interfaces: {
    Node: EntityRecord;
    Entity: EntityRecord;
  };
  Objects: {
    Person: EntityRecord;
    Organization: EntityRecord;
    Country: EntityRecord;
    Place: EntityRecord;
    Event: EntityRecord;
    Statement: EntityRecord;
    Document: EntityRecord;
    Topic: EntityRecord;
    Relation: Relation;
    GraphNode: EntityRecord;
    GraphEdge: EdgeRecord;
    Subgraph: SubgraphResult;
    Path: PathShape;
    PathSet: PathSetShape;
    GraphSlice: GraphSliceShape;
    MentionConnection: MentionPageShape;
    MentionEdge: EntityRecord;
    CoverageSlice: SliceShape;
    DocumentCoverage: DocumentCoverageShape;
    Coverage: CoverageShape;
    SearchHit: SearchHitShape;
    EntityMetrics: NodeMetrics;
    Community: CommunityShape;
    CommunityConnection: CommunityConnectionShape;
    CommunityEdge: CommunityShape;
    RankingConnection: RankedConnectionShape;
    RankingEdge: RankedNodeShape;
    PageInfo: PageInfoShape;
    Analytics: MetricsSnapshot;
  };
}>({ defaultFieldNullability: false });
