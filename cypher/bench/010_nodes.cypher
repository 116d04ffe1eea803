// Bulk load of synthetic nodes for the benchmark, one statement per kind (labels
// cannot be parameters on Neo4j 5). CREATE, not MERGE: the load starts from an empty
// graph, and the Entity.id unique constraint still rejects a duplicate id.

UNWIND $rows AS row
CREATE (n:Entity:Person {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.searchText = row.searchText,
    n.description = row.description, n.sources = row.sources;

UNWIND $rows AS row
CREATE (n:Entity:Organization {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.searchText = row.searchText,
    n.description = row.description, n.sources = row.sources;

UNWIND $rows AS row
CREATE (n:Entity:Event {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.searchText = row.searchText,
    n.description = row.description, n.sources = row.sources, n.date = date(row.date), n.eventType = row.eventType, n.datePrecision = 'DAY',
    n.timelineDay = row.timelineDay;

UNWIND $rows AS row
CREATE (n:Entity:Document {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.searchText = row.searchText,
    n.description = row.description, n.sources = row.sources;

UNWIND $rows AS row
CREATE (n:Entity:Statement {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.searchText = row.searchText,
    n.description = row.description, n.sources = row.sources;

UNWIND $rows AS row
CREATE (n:Entity:Topic {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.searchText = row.searchText,
    n.description = row.description, n.sources = row.sources;

UNWIND $rows AS row
CREATE (n:Entity:Place {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.searchText = row.searchText,
    n.description = row.description, n.sources = row.sources;

UNWIND $rows AS row
CREATE (n:Entity:Country {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.searchText = row.searchText,
    n.description = row.description, n.sources = row.sources;
