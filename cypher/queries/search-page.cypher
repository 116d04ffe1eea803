// A page of ranked search hits (Query.searchConnection), through the search index as in
// search-entities.cypher: every word of the query must begin one of a node's words; the
// longest word finds the candidates through its SearchPrefix. Keyset paging as in
// timeline-page.cypher over the candidates only. By relevance ($order = 'RELEVANCE') the key
// is size(name) - 10000 × rank (exact 4 > prefix 3 > contains 2 > words 1, then shorter names),
// then name and id joined by $sep; by name, the name, then the id.
WITH reduce(longest = '', token IN $tokens | CASE WHEN size(token) > size(longest) THEN token ELSE longest END) AS driver,
     size($kinds) = 0 AS anyKind,
     '|' + $term + '|' AS wholeKey,
     '|' + $term AS keyStart
WITH driver, anyKind, wholeKey, keyStart, [token IN $tokens WHERE token <> driver] AS others
MATCH (:SearchPrefix {prefix: driver})-[:PREFIX_OF]->(:SearchWord)-[:WORD_OF]->(n:Entity)
WHERE CASE WHEN anyKind THEN true ELSE any(label IN labels(n) WHERE label IN $kinds) END
  AND CASE
        WHEN size(others) = 0 THEN true
        ELSE all(token IN others WHERE any(word IN n.searchWords WHERE word STARTS WITH token))
      END
WITH DISTINCT n, wholeKey, keyStart
WITH n, n.searchText AS text, n.name AS name, wholeKey, keyStart
WITH n, name,
     CASE
       WHEN text CONTAINS wholeKey THEN 4
       WHEN text CONTAINS keyStart THEN 3
       WHEN text CONTAINS $term THEN 2
       ELSE 1
     END AS rank
WITH n, rank,
     CASE $order WHEN 'NAME' THEN name ELSE size(name) - 10000 * rank END AS primary,
     CASE $order WHEN 'NAME' THEN n.id ELSE name + $sep + n.id END AS tie,
     $start.primary AS startPrimary, $stop.primary AS stopPrimary
WHERE ($start IS NULL OR CASE
        WHEN (primary IS NULL) <> $start.missing THEN (primary IS NULL) = $missingLast
        WHEN primary IS NULL OR primary = startPrimary THEN CASE WHEN $ascending THEN tie > $start.tie ELSE tie < $start.tie END
        WHEN $ascending THEN primary > startPrimary
        ELSE primary < startPrimary
      END)
  AND ($stop IS NULL OR CASE
        WHEN (primary IS NULL) <> $stop.missing THEN (primary IS NULL) <> $missingLast
        WHEN primary IS NULL OR primary = stopPrimary THEN CASE WHEN $ascending THEN tie < $stop.tie ELSE tie > $stop.tie END
        WHEN $ascending THEN primary < stopPrimary
        ELSE primary > stopPrimary
      END)
WITH n, rank, primary, tie
ORDER BY CASE WHEN (primary IS NULL) = $missingLast THEN 1 ELSE 0 END,
         CASE WHEN $ascending THEN primary END,
         CASE WHEN $ascending THEN null ELSE primary END DESC,
         CASE WHEN $ascending THEN tie END,
         CASE WHEN $ascending THEN null ELSE tie END DESC
LIMIT $limit
RETURN n {.*, kind: [label IN labels(n) WHERE label <> 'Entity'][0]} AS node,
       rank,
       CASE rank
         WHEN 4 THEN $term
         WHEN 3 THEN [key IN n.searchKeys WHERE key STARTS WITH $term][0]
         WHEN 2 THEN [key IN n.searchKeys WHERE key CONTAINS $term][0]
       END AS matchedKey
