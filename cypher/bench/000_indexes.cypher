// A plain index on Entity.id for the embedded engine: it does not back the unique
// constraint (cypher/schema) with an index, so without this one every lookup by id
// and every constraint check on CREATE scans all Entity nodes. Run before the
// constraint. Neo4j already has the constraint's own index and does not need it.
CREATE INDEX entity_id_lookup IF NOT EXISTS FOR (n:Entity) ON (n.id);
