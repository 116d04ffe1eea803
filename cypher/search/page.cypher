// A page of search hits (src/search/run-search.ts), from the candidates the engine's text
// index gave (search/candidates.<engine>.cypher), the same text on both engines. Each test
// is a substring of the candidate's search document (src/search/search-text.ts, whose
// documentTests makes the parameters): a candidate is a hit by name when every query word
// begins a word of its names ($nameWords), else by role or description when the longest
// word is a whole word of them ($roleDriver, $descriptionDriver) and every query word begins
// one. A name hit is graded by its whole names: one equals the query (4), starts with it
// (3), holds it somewhere (2: always, for one word), or it holds the words only (1).
//
// What the page reads of the order is its `scope`: the hits of one field and grade
// (`scope.field`, `scope.grade`), or all of them (both null), strictly after `scope.start`
// and before `scope.stop` in scan order. A statement of one page passes it as $scope; Neo4j's
// walk (search/walk.neo4j.cypher) reads this text once for each tier and shard, each with a
// scope of its own, in place of the first line's `$scope`.
//
// Keyset paging (src/graph/keyset.ts): by relevance ($order) the key is the shard (the
// document's first term: the length of the display name), then name and id joined by $sep;
// by name, the name, then the id. By relevance over every field and grade (both null), the
// key's primary is 100 × the tier (src/search/search.ts TIERS: names 4 exact to 1 words as
// tiers 0-3, roles 4, descriptions 5) + the shard, the key of src/search/run-search.ts. Rows
// are cut at $limit, ordered and cut before they are projected. CASEs, not ORs: the embedded
// engine evaluates both sides of an OR on every row. Only a role hit returns its document, which
// tells which role matched (src/search/search.ts matchIn): no other hit reads it.
WITH n, $scope AS scope, n.searchText AS text
WHERE CASE WHEN size($kinds) = 0 THEN true ELSE any(label IN labels(n) WHERE label IN $kinds) END
WITH n, scope, text,
     CASE
       WHEN all(word IN $nameWords WHERE text CONTAINS word) THEN 'NAME'
       WHEN text CONTAINS $roleDriver AND all(word IN $roleWords WHERE text CONTAINS word) THEN 'ROLE'
       WHEN text CONTAINS $descriptionDriver AND all(word IN $descriptionWords WHERE text CONTAINS word) THEN 'DESCRIPTION'
     END AS field
WHERE CASE WHEN scope.field IS NULL THEN field IS NOT NULL ELSE field = scope.field END
WITH n, scope, field,
     CASE
       WHEN field <> 'NAME' THEN 0
       WHEN text CONTAINS $exactName THEN 4
       WHEN text CONTAINS $nameStart THEN 3
       WHEN size($words) = 1 THEN 2
       WHEN split(text, $namesEnd)[0] CONTAINS $nameCore THEN 2
       ELSE 1
     END AS grade,
     toInteger(trim(substring(text, 2, 2))) AS shard,
     coalesce(n.name, n.id) AS name
WHERE CASE WHEN scope.grade IS NULL THEN true ELSE grade = scope.grade END
WITH n, scope, field, grade, shard,
     CASE
       WHEN $order = 'NAME' THEN name
       WHEN scope.field IS NOT NULL THEN shard
       ELSE 100 * CASE field WHEN 'NAME' THEN 4 - grade WHEN 'ROLE' THEN 4 ELSE 5 END + shard
     END AS primary,
     CASE $order WHEN 'NAME' THEN n.id ELSE name + $sep + n.id END AS tie
WHERE (scope.start IS NULL OR CASE
        WHEN primary = scope.start.primary THEN CASE WHEN $ascending THEN tie > scope.start.tie ELSE tie < scope.start.tie END
        WHEN $ascending THEN primary > scope.start.primary
        ELSE primary < scope.start.primary
      END)
  AND (scope.stop IS NULL OR CASE
        WHEN primary = scope.stop.primary THEN CASE WHEN $ascending THEN tie < scope.stop.tie ELSE tie > scope.stop.tie END
        WHEN $ascending THEN primary < scope.stop.primary
        ELSE primary > scope.stop.primary
      END)
WITH n, field, grade, shard, primary, tie
ORDER BY CASE WHEN $ascending THEN primary END,
         CASE WHEN $ascending THEN null ELSE primary END DESC,
         CASE WHEN $ascending THEN tie END,
         CASE WHEN $ascending THEN null ELSE tie END DESC
LIMIT $limit
RETURN n {.*, searchText: null, timelineDay: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0]} AS node,
       field,
       grade,
       shard,
       CASE WHEN field = 'ROLE' THEN n.searchText ELSE '' END AS searchText,
       CASE
         WHEN field = 'ROLE' THEN [(n)-[r:HOLDS_ROLE|MEMBER_OF|ADVISES]->(:Entity) WHERE r.role IS NOT NULL | r.role]
         ELSE []
       END AS roles
