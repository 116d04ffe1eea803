import { join } from 'node:path';
import { CYPHER_DIR, readStatements } from '../cypher-files.ts';
import type { TransactionScope, WriteTransactionOptions } from '../port.ts';
import type { GroupPolicy, SearchIndex } from '../search-index.ts';
import { indexedStatements } from '../search-index.ts';

const PREPARE = readStatements([join(CYPHER_DIR, 'neo4j', 'search-index.cypher')]).map((statement) => statement.text);

/** Lucene's limit on the clauses of one query: a statement's terms go to the index in queries of at most this many. */
const TERMS_PER_QUERY = 1024;

/**
 * Each statement is a network round trip: a tier of the walk is read in one (its 99 shards,
 * up to 792 terms at 8 kinds), the index and the ordering working inside the server.
 */
const POLICY: GroupPolicy = { whole: true, first: 1, max: 1, afterHit: 1, sparse: 1 };

type WriteTransaction = <T>(work: (tx: TransactionScope) => Promise<T>, options?: WriteTransactionOptions) => Promise<T>;

/** The search index of the Neo4j store, on Neo4j's full-text index (Lucene). */
export function createNeo4jSearchIndex(writeTransaction: WriteTransaction): SearchIndex {
  return {
    async prepare(options) {
      // A schema change cannot share a transaction with anything else: one each.
      for (const text of PREPARE) await writeTransaction((tx) => tx.execute(text), options);
    },
    statements: indexedStatements('neo4j'),
    async candidates(terms) {
      const queries: string[] = [];
      for (let at = 0; at < terms.length; at += TERMS_PER_QUERY) queries.push(terms.slice(at, at + TERMS_PER_QUERY).join(' '));
      return { queries };
    },
    groups: () => POLICY,
  };
}
