// Every node of the graph carries the `Entity` label and a unique, readable `id`.
// The constraint also gives Neo4j the index every lookup by id uses.
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE;
