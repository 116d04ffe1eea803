// Bulk load of synthetic relationships for the benchmark, one statement per type
// (types cannot be parameters on Neo4j 5). Both ends are found through the
// Entity.id unique constraint.

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:MET_WITH]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:HOLDS_ROLE]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:ADVISES]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:MEMBER_OF]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:PARTICIPATED_IN]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:VISITED]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:SANCTIONED]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:SAID]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:ABOUT]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:REPORTED_IN]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:REPORTED_BY]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:LOCATED_IN]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:PART_OF]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:TOOK_PLACE_IN]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:COMMEMORATES]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:PRECEDED]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:LED_TO]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:AUTHORED]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:PUBLISHED_BY]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:CITES]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:GREETED]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:SENT_GIFTS_TO]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:INTERVIEWED]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:ANNOUNCED]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:ORDERED]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:COMMENTED_ON]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);

UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:INDEPENDENT_FROM]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date);
