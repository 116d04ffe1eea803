import { join } from 'node:path';
import { KIND_CODE_COUNT, shardedTermParts } from '../../search/search-text.ts';
import { CYPHER_DIR, readStatements } from '../cypher-files.ts';
import type { TransactionScope, WriteTransactionOptions } from '../port.ts';
import type { GroupPolicy, SearchIndex } from '../search-index.ts';
import { indexedStatements } from '../search-index.ts';

const PREPARE = readStatements([join(CYPHER_DIR, 'neo4j', 'search-index.cypher')]).map((statement) => statement.text);

/** Lucene's limit on the clauses of one query: a statement's terms go to the index in queries of at most this many. */
const TERMS_PER_QUERY = 1024;

/**
 * Each statement is a network round trip: a page is read in one, every tier and shard (each
 * word's terms one prefix query), the index and the ordering working inside the server.
 */
const POLICY: GroupPolicy = { allTiers: true, whole: true, first: 1, max: 1, afterHit: 1, sparse: 1 };

/**
 * The terms as Lucene reads them fastest. A tier's terms are one word's for every kind and
 * shard asked for (up to 792), and a Lucene query of that many clauses costs ~7 ms; the same
 * word and mark for every shard of a kind are one prefix query (`wordʘp*`), and for every kind
 * one prefix query in all (`wordʘ*`), which reads the index's term dictionary once. A prefix
 * query may give nodes of shards the statement has not asked for (a page past a cursor): the
 * shared statement checks every candidate's shard against the page's bounds, so they are
 * read and dropped, never answered.
 */
export function luceneTerms(terms: readonly string[]): string[] {
  const kindsOf = new Map<string, Set<string>>();
  const other: string[] = [];
  for (const term of terms) {
    const parts = shardedTermParts(term);
    if (!parts) {
      other.push(term);
      continue;
    }
    if (!kindsOf.has(parts.stem)) kindsOf.set(parts.stem, new Set());
    kindsOf.get(parts.stem)!.add(parts.kind);
  }
  const prefixes = [...kindsOf].flatMap(([stem, kinds]) => (kinds.size === KIND_CODE_COUNT ? [`${stem}*`] : [...kinds].sort().map((kind) => `${stem}${kind}*`)));
  return [...other, ...prefixes];
}

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
      const compact = luceneTerms(terms);
      const queries: string[] = [];
      for (let at = 0; at < compact.length; at += TERMS_PER_QUERY) queries.push(compact.slice(at, at + TERMS_PER_QUERY).join(' '));
      return { queries };
    },
    groups: () => POLICY,
  };
}
