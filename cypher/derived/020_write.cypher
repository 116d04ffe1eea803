// Writes the derived data of a batch of nodes. The search keys and words the seed scripts
// carry are what the search document is now made from: they are not kept beside it.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.searchText = row.searchText, n.timelineDay = row.timelineDay
REMOVE n.searchKeys, n.searchWords
