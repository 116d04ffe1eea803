// Neo4j only (the store's `nativeShortestPaths` capability): every shortest path between two
// nodes by Neo4j's own bidirectional search, which applies the relationship-type filter during
// the search. `$types` is never empty: the graph's relationship types stand for "all", so the
// search index's links are never followed. The paths come in the order the API states — hop by
// hop, by the next node's id, then by the relationship's id (`source:TYPE:target`) — and are cut
// to `$limit` before they are projected. The `..10` bound is replaced by the request's maxDepth
// (an integer from 1 to 10, checked before) when the query is defined: Cypher takes no parameter there.
// `$slimNodes` and `$slimEdges` make nodes and relationships slim lists, as expand-frontiers.cypher does.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p, [i IN range(0, length(p) - 1) |
         [nodes(p)[i + 1].id,
          startNode(relationships(p)[i]).id + ':' + type(relationships(p)[i]) + ':' + endNode(relationships(p)[i]).id]] AS hops
ORDER BY hops
LIMIT $limit
RETURN [n IN nodes(p) | CASE WHEN $slimNodes THEN [n.id, [label IN labels(n) WHERE label <> 'Entity'][0], n.name]
                            ELSE n {.*, searchText: null, timelineDay: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0]} END] AS nodes,
       [r IN relationships(p) | CASE WHEN $slimEdges THEN [type(r), startNode(r).id, endNode(r).id]
                                    ELSE r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} END] AS edges
