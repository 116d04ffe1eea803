// How many nodes of each kind the graph holds.
MATCH (n:Entity)
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS kind, count(*) AS count
ORDER BY kind
