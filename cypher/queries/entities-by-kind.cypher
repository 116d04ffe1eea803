// Every entity of one kind, by id, a page at a time.
MATCH (n:Entity)
WHERE $kind IN labels(n)
WITH n
ORDER BY n.id
SKIP $offset
LIMIT $limit
RETURN n {.*, searchText: null, timelineDay: null, kind: $kind} AS node
