// The end of search/walk.neo4j.cypher, after the page it reads for each tier and shard.
}
RETURN node, field, grade, shard, searchText, roles
LIMIT $limit
