// Every entity of one kind, by id, a page at a time.
MATCH (n:Entity)
WHERE $kind IN labels(n)
RETURN n {.*, kind: $kind} AS node
ORDER BY n.id
SKIP $offset
LIMIT $limit
