// How many nodes a search finds (Query.searchConnection's totalCount): the candidates of
// search-page.cypher, counted.
WITH reduce(longest = '', token IN $tokens | CASE WHEN size(token) > size(longest) THEN token ELSE longest END) AS driver,
     size($kinds) = 0 AS anyKind
WITH driver, anyKind, [token IN $tokens WHERE token <> driver] AS others
MATCH (:SearchPrefix {prefix: driver})-[:PREFIX_OF]->(:SearchWord)-[:WORD_OF]->(n:Entity)
WHERE CASE WHEN anyKind THEN true ELSE any(label IN labels(n) WHERE label IN $kinds) END
  AND CASE
        WHEN size(others) = 0 THEN true
        ELSE all(token IN others WHERE any(word IN n.searchWords WHERE word STARTS WITH token))
      END
RETURN count(DISTINCT n) AS count
