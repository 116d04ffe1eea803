// The search index (cypher/seed/900_search_index.cypher) is entered by equality on a
// prefix, then walked to words and nodes: both lookups need an index, or each search
// scans every prefix. Plain indexes, on both engines.
CREATE INDEX search_prefix IF NOT EXISTS FOR (p:SearchPrefix) ON (p.prefix);

CREATE INDEX search_word IF NOT EXISTS FOR (w:SearchWord) ON (w.word);
