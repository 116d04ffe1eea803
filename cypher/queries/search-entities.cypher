// Ranked search over the normalised `searchKeys` each node carries:
// exact key > key starts with the term > key contains it > every word found.
MATCH (n:Entity)
WHERE (size($kinds) = 0 OR any(label IN labels(n) WHERE label IN $kinds))
  AND all(token IN $tokens WHERE any(key IN n.searchKeys WHERE key CONTAINS token))
WITH n,
     [key IN n.searchKeys WHERE key = $term] AS exact,
     [key IN n.searchKeys WHERE key STARTS WITH $term] AS prefix,
     [key IN n.searchKeys WHERE key CONTAINS $term] AS partial
WITH n, exact, prefix, partial,
     CASE
       WHEN size(exact) > 0 THEN 4
       WHEN size(prefix) > 0 THEN 3
       WHEN size(partial) > 0 THEN 2
       ELSE 1
     END AS rank
RETURN n {.*, kind: [label IN labels(n) WHERE label <> 'Entity'][0]} AS node,
       rank,
       coalesce(exact[0], prefix[0], partial[0]) AS matchedKey
ORDER BY rank DESC, size(n.name), n.name, n.id
LIMIT $limit
