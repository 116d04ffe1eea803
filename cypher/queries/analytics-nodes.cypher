// Every entity's id and kind, for the graph analytics (src/analytics/read-graph.ts):
// the first read of the whole graph, before its relationships are read page by page.
MATCH (n:Entity)
RETURN n.id AS id,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS kind
