import { join } from 'node:path';
import { KIND_CODE_COUNT, SHARD_TERMS_END, shardedTermParts, withShardTerms } from '../../search/search-text.ts';
import { CYPHER_DIR, readStatements } from '../cypher-files.ts';
import type { TransactionScope, WriteTransactionOptions } from '../port.ts';
import type { GroupPolicy, SearchIndex, WalkTier } from '../search-index.ts';
import type { SearchField } from '../../graph/records.ts';
import type { SearchFilter } from '../queries.ts';
import { indexedStatements } from '../search-index.ts';

const PREPARE = readStatements([join(CYPHER_DIR, 'neo4j', 'search-index.cypher')]).map((statement) => statement.text);

/** Lucene's limit on the clauses of one query: a statement's terms go to the index in queries of at most this many. */
const TERMS_PER_QUERY = 1024;

/**
 * Each statement is a network round trip: a page is read in one, the walk over the tiers and
 * shards working inside the server (cypher/search/walk.neo4j.cypher).
 */
const POLICY: GroupPolicy = { allTiers: true, walk: true, whole: true, first: 1, max: 1, afterHit: 1, sparse: 1 };

/** A tier with at most this many candidates is read in one piece, not shard by shard (see walk.neo4j.cypher). */
const DEFAULT_DENSE = 200;

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
export function createNeo4jSearchIndex(writeTransaction: WriteTransaction, options: { dense?: number } = {}): SearchIndex {
  const dense = options.dense ?? DEFAULT_DENSE;
  return {
    async prepare(options) {
      // A schema change cannot share a transaction with anything else: one each.
      for (const text of PREPARE) await writeTransaction((tx) => tx.execute(text), options);
    },
    statements: indexedStatements('neo4j', { walk: true }),
    async candidates(terms) {
      const compact = luceneTerms(terms);
      const queries: string[] = [];
      for (let at = 0; at < compact.length; at += TERMS_PER_QUERY) queries.push(compact.slice(at, at + TERMS_PER_QUERY).join(' '));
      return { queries };
    },
    groups: () => POLICY,
    walk: (tiers, filter) => ({ dense, tiers: tiers.map((tier) => walkTier(tier, filter)) }),
    // Each probe of the walk is a Lucene query of its own: a shard of every kind is one term (withShardTerms).
    documentFor: withShardTerms,
    documentEnd: SHARD_TERMS_END,
  };
}

/**
 * A tier as the walk reads it: all its candidates in one Lucene query, and the parts of each
 * shard's query, a shard's terms (a word and its mark, for each kind asked for) with the
 * other words of a query of several: the candidates must hold each of them where the tier
 * reads it (the page's own tests, as prefix queries), so that a shard of the longest word's
 * crowd where no node holds the others is not read.
 */
function walkTier({ tier, scope, lookups }: WalkTier, filter: SearchFilter) {
  const words = filter.words.length < 2 || tier === 0 ? [] : TIER_WORDS[scope.field!](filter);
  const also = words.map((word) => ` +${word.trim()}*`).join('');
  // A tier read shard by shard: each lookup is one shard's terms, the same word and mark for each kind.
  const parts = lookups.length === 0 || lookups[0]!.shard === null ? null : lookups[0]!.terms.map((term) => shardedTermParts(term)!);
  // Its shards' terms differ only by shard, which the prefix queries of luceneTerms leave out: the first shard's give them all.
  const own = luceneTerms(parts ? lookups[0]!.terms : lookups.flatMap((lookup) => lookup.terms)).join(' ');
  return {
    scope,
    any: also === '' ? own : `+(${own})${also}`,
    stem: parts?.[0]?.stem ?? null,
    // Every kind: the shard's term without a kind (src/search/search-text.ts withShardTerms), one clause for all.
    kinds: parts?.length === KIND_CODE_COUNT ? [''] : (parts?.map((part) => part.kind) ?? []),
    also,
    ...shardRun(parts ? lookups.map((lookup) => lookup.shard!) : []),
  };
}

/**
 * A tier's shards in scan order, a run of consecutive numbers (src/search/run-search.ts
 * scanTiers), as its ends and step for the walk's range(): three numbers, not a list of up to
 * 99 per tier, to pack, send and read on every search.
 */
function shardRun(shards: readonly number[]): { first: number; last: number; step: number } {
  if (shards.length === 0) return { first: 1, last: 0, step: 1 };
  const step = shards.length > 1 && shards[1]! < shards[0]! ? -1 : 1;
  if (shards.some((shard, at) => shard !== shards[0]! + at * step)) throw new Error(`a tier's shards are not a run: ${shards.join(', ')}`);
  return { first: shards[0]!, last: shards.at(-1)!, step };
}

/** The words a tier's candidates hold, by its field: the page's tests (` word`, ` ǃword`, ` ǁword`). */
const TIER_WORDS: Record<SearchField, (filter: SearchFilter) => readonly string[]> = {
  NAME: (filter) => filter.nameWords,
  ROLE: (filter) => filter.roleWords,
  DESCRIPTION: (filter) => filter.descriptionWords,
};
