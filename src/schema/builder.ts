import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { PathRecord } from '../graph/paths.ts';
import type {
  CountryRecord,
  DocumentRecord,
  EdgeRecord,
  EntityRecord,
  EventRecord,
  OrganizationRecord,
  PersonRecord,
  PlaceRecord,
  RelationRecord,
  StatementRecord,
  TopicRecord,
} from '../graph/records.ts';
import type { NodeMetrics, MetricsSnapshot } from '../analytics/snapshot.ts';
import type {
  CommunityConnectionShape,
  CommunityShape,
  CoverageShape,
  DocumentCoverageShape,
  GraphSliceShape,
  MentionPageShape,
  PathSetShape,
  RankedConnectionShape,
  RankedNodeShape,
  SliceShape,
} from './shapes.ts';
import type { SubgraphResult } from '../graph/subgraph.ts';
import type { GraphContext } from '../server/context.ts';
import type { SearchHit } from '../search/run-search.ts';

/**
 * The one schema builder. It defines no types: each domain file adds its own.
 * Object names are declared here so files can refer to each other by name
 * without import cycles. The relay plugin gives every Connection its `PageInfo`,
 * its edges and its `first`/`after`/`last`/`before` arguments (see connection.ts);
 * the API's own `Node` interface and `node`/`nodes` fields keep readable ids.
 */
export const builder = new SchemaBuilder<{
  Context: GraphContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  /** What every connection resolver returns beside its edges: the count, computed only when asked. */
  Connection: { totalCount: () => Promise<number> };
  Scalars: {
    Date: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
  Interfaces: {
    Node: EntityRecord;
    Entity: EntityRecord;
  };
  Objects: {
    Person: PersonRecord;
    Organization: OrganizationRecord;
    Country: CountryRecord;
    Place: PlaceRecord;
    Event: EventRecord;
    Statement: StatementRecord;
    Document: DocumentRecord;
    Topic: TopicRecord;
    Relation: RelationRecord;
    GraphNode: EntityRecord;
    GraphEdge: EdgeRecord;
    Subgraph: SubgraphResult;
    Path: PathRecord;
    SearchHit: SearchHit;
    PathSet: PathSetShape;
    GraphSlice: GraphSliceShape;
    MentionConnection: MentionPageShape;
    MentionEdge: EntityRecord;
    CoverageSlice: SliceShape;
    DocumentCoverage: DocumentCoverageShape;
    Coverage: CoverageShape;
    EntityMetrics: NodeMetrics;
    Community: CommunityShape;
    CommunityConnection: CommunityConnectionShape;
    CommunityEdge: CommunityShape;
    RankingConnection: RankedConnectionShape;
    RankingEdge: RankedNodeShape;
    Analytics: MetricsSnapshot;
  };
}>({
  defaultFieldNullability: false,
  plugins: [RelayPlugin],
  relay: {
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: { list: false, items: false }, description: 'The items of this page, each with its cursor, in the list’s order.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    nodesOnConnection: { description: 'The items of this page without their cursors, in the list’s order.' },
    cursorFieldOptions: { description: 'An opaque, stable cursor for this item: pass it as `after` (or `before`) to get the items after (before) it.' },
    pageInfoFieldOptions: { description: 'Where this page stands in the whole list.' },
    pageInfoTypeOptions: { description: 'Where a page of a Connection stands in the whole list, and the cursors to go on from it.' },
    hasNextPageFieldOptions: { description: 'True when items follow this page (in the direction of `first`/`after`).' },
    hasPreviousPageFieldOptions: { description: 'True when items come before this page (in the direction of `last`/`before`).' },
    startCursorFieldOptions: { description: 'The cursor of the page’s first item; null when the page is empty.' },
    endCursorFieldOptions: { description: 'The cursor of the page’s last item; null when the page is empty.' },
    firstArgOptions: { description: 'Most items to return, from the start or from `after` (the field says its default and maximum).' },
    afterArgOptions: { description: 'Return the items after this cursor (an `endCursor` or an edge’s `cursor` from the same list and order).' },
    lastArgOptions: { description: 'Most items to return, from the end or from `before`: the page ends where `before` is.' },
    beforeArgOptions: { description: 'Return the items before this cursor (a `startCursor` or an edge’s `cursor` from the same list and order).' },
  },
});
