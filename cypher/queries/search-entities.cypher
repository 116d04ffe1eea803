// Ranked search through the search index (cypher/seed/900_search_index.cypher).
// A node matches when every word of the query begins one of its words: the
// longest query word, as a rule the rarest, finds the candidates through its
// SearchPrefix; the others are checked on each candidate's searchWords. Candidates
// rank by their normalised names, held in searchText as `|key|key|`:
// a key equals the query > a key starts with it > a key contains it > words only.
// What every row needs is computed once, up front, and the filters are CASEs
// because the embedded engine evaluates both sides of an OR on every row.
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
ORDER BY rank DESC, size(name), name, n.id
LIMIT $limit
RETURN n {.*, kind: [label IN labels(n) WHERE label <> 'Entity'][0]} AS node,
       rank,
       CASE rank
         WHEN 4 THEN $term
         WHEN 3 THEN [key IN n.searchKeys WHERE key STARTS WITH $term][0]
         WHEN 2 THEN [key IN n.searchKeys WHERE key CONTAINS $term][0]
       END AS matchedKey
