// What search needs of the nodes the text index returned (src/store/embedded/text-index.ts),
// by the engine's own ids: one statement for a lookup's nodes is cheaper than reading
// them one by one through the JS API.
UNWIND $nodeIds AS nodeId
MATCH (n)
WHERE id(n) = nodeId
RETURN n.id AS id,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS kind,
       n.name AS name,
       n.aliases AS aliases,
       n.description AS description,
       n.searchText AS searchText
