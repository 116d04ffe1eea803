// Lookups in the full-text index (neo4j/search-index.cypher), several in one round trip:
// each the nodes holding any of its terms (a Lucene query of terms, OR), at most its limit,
// with what search needs to check and rank them (src/search/search.ts).
UNWIND $lookups AS lookup
CALL db.index.fulltext.queryNodes('entity_search', lookup.query, {limit: lookup.limit}) YIELD node
RETURN lookup.index AS lookup,
       node.id AS id,
       [label IN labels(node) WHERE label <> 'Entity'][0] AS kind,
       node.name AS name,
       node.aliases AS aliases,
       node.description AS description,
       node.searchText AS searchText
