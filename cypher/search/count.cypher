// How many hits a search has (Query.searchConnection's totalCount), from the candidates the
// engine's text index gave for every field (search/candidates.<engine>.cypher): the hits of
// search/page.cypher, of every field and grade, counted.
WITH n, n.searchText AS text
WHERE CASE WHEN size($kinds) = 0 THEN true ELSE any(label IN labels(n) WHERE label IN $kinds) END
WITH n, text
WHERE CASE
        WHEN all(word IN $nameWords WHERE text CONTAINS word) THEN true
        WHEN text CONTAINS $roleDriver AND all(word IN $roleWords WHERE text CONTAINS word) THEN true
        ELSE text CONTAINS $descriptionDriver AND all(word IN $descriptionWords WHERE text CONTAINS word)
      END
RETURN count(n) AS count
