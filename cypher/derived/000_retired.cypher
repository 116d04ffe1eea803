// The in-graph prefix index of earlier versions (SearchPrefix, SearchWord), replaced by the text index.
MATCH (i)
WHERE i:SearchPrefix OR i:SearchWord
DETACH DELETE i;
