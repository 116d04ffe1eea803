import { join } from 'node:path';
import { CYPHER_DIR, readStatements } from '../cypher-files.ts';
import type { Params, Routing, Row } from '../port.ts';
import type { IndexedNode, IndexLookup, IndexRoundTrip, SearchIndex } from '../search-index.ts';
import { readWalk, toIndexedNode } from '../search-index.ts';

const [PREPARE, LOOKUP] = ['search-index.cypher', 'search-lookup.cypher'].map((file) =>
  readStatements([join(CYPHER_DIR, 'neo4j', file)]).map((statement) => statement.text),
) as [string[], string[]];

/**
 * Each call is a network round trip: a group of up to 128 lookups (1024 terms, Lucene's
 * limit on one query's clauses, at 8 kinds a lookup) is read as one union, or when that
 * cannot be split, all of its lookups in one statement.
 */
const POLICY = { first: 128, max: 128, afterHit: 128, sparse: 128 };

type Execute = (text: string, params: Params, routing: Routing) => Promise<Row[]>;

/** The search index of the Neo4j store, on Neo4j's full-text index (Lucene). */
export function createNeo4jSearchIndex(execute: Execute): SearchIndex {
  return {
    async prepare() {
      for (const text of PREPARE) await execute(text, {}, 'WRITE');
    },
    async walk(walk) {
      const trips: IndexRoundTrip[] = [];
      const lookupEach = async (lookups: readonly IndexLookup[]): Promise<IndexedNode[][]> => {
        const started = performance.now();
        const params = { lookups: lookups.map((lookup, index) => ({ index, query: lookup.terms.join(' '), limit: lookup.limit })) };
        const rows = await execute(LOOKUP[0]!, params, 'READ');
        trips.push({ durationMs: performance.now() - started, rows: rows.length });
        const answers: IndexedNode[][] = lookups.map(() => []);
        for (const row of rows) answers[Number(row.lookup)]!.push(toIndexedNode(row));
        return answers;
      };
      const lookup = async (terms: readonly string[], limit: number) => (await lookupEach([{ terms, limit }]))[0]!;
      await readWalk(walk, { lookup, lookupEach }, POLICY, () => {});
      return trips;
    },
  };
}
