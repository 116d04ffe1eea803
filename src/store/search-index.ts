/**
 * The store port's text-index capability: each adapter reads its engine's own full-text
 * index over `Entity.searchText` (the embedded engine's BM25 text index, Neo4j's
 * full-text index), and both give the same answers. Which terms a node holds is
 * src/search/search-text.ts; which terms a search reads, in which order, is
 * src/search/search.ts.
 *
 * A search statement is the engine's own first clauses — the nodes holding any of the
 * statement's terms, through the engine's index (`cypher/search/candidates.<engine>.cypher`)
 * — then one text for both engines that checks, orders and cuts them
 * (`cypher/search/page.cypher`, `count.cypher`): the engine reads what its index holds,
 * and only the rows of the answer leave it.
 */
import { join } from 'node:path';
import { CYPHER_DIR, readStatements, withoutComments } from './cypher-files.ts';
import type { RowKey } from '../graph/keyset.ts';
import type { SearchField } from '../graph/records.ts';
import type { Lookup } from '../search/search.ts';
import type { Params, WriteTransactionOptions } from './port.ts';
import type { SearchFilter } from './queries.ts';

/** The statements read through the text index, by the name of the query that runs them (src/store/queries.ts). */
export type IndexedStatement = 'searchPage' | 'searchCount' | 'searchWalk';

/** An engine's indexed statements: the walk only where the engine reads one (GroupPolicy.walk). */
export type IndexedStatements = Readonly<Record<'searchPage' | 'searchCount', string> & { searchWalk?: string }>;

/**
 * How many lookups (a word's terms for one shard: see src/search/search.ts) one statement
 * reads together. Where calls are cheap (in process), groups start small and widen while
 * they find nothing, so a wide group is never spent where many nodes match; where each call
 * is a network round trip, groups stay wide.
 */
export interface GroupPolicy {
  /**
   * Every tier in one statement, which orders the hits by tier, then shard, name and id itself
   * (cypher/search/page.cypher with no field): where each statement is a network round trip.
   */
  allTiers: boolean;
  /**
   * With `allTiers`: the engine reads the walk itself, tier by tier and shard by shard in one
   * statement that stops where the page is full (SearchIndex.walk), rather than every hit of
   * every tier at once.
   */
  walk?: boolean;
  /** Every lookup of a tier in one statement (the sizes below then do not apply). */
  whole: boolean;
  /** The first group's size. */
  first: number;
  /** The largest group. */
  max: number;
  /** The size after a group that found nodes (groups double after empty ones). */
  afterHit: number;
  /** The largest group of consecutive sparse lookups (very short or very long names), read together whatever came before. */
  sparse: number;
  /**
   * How many of a tier's next groups to probe in the text index at once (SearchIndex.probe),
   * until one holds nodes (0 or absent: none). Where each lookup waits on a thread of the
   * engine's own (in process), lookups made together wait once: 8 that find nothing take about
   * what one takes, where one after another take 8 times as long. A probe hands back no nodes:
   * a group ahead that holds a crowd costs its scoring, not the crowd's journey to JavaScript.
   */
  ahead?: number;
}

export interface SearchIndex {
  /** Creates the text index when it is missing (idempotent; a schema write on Neo4j, under the seed's budget). */
  prepare(options?: WriteTransactionOptions): Promise<void>;
  /** This engine's statement for each indexed query. */
  readonly statements: IndexedStatements;
  /**
   * The parameters that hand a statement's `terms` to this engine's index; null when the
   * engine can tell at once, in process, that no node holds any of them (the statement then
   * has nothing to read and does not run).
   */
  candidates(terms: readonly string[]): Promise<Params | null>;
  /**
   * Whether the index holds any of the terms, without reading which nodes (the engine scores
   * them, but hands back none): what a walk asks of the groups ahead of it (GroupPolicy.ahead).
   */
  probe?(terms: readonly string[]): Promise<boolean>;
  /** How many lookups one statement reads, in a graph of the current size. */
  groups(): GroupPolicy;
  /**
   * The parameters of a walk over these tiers in one statement (`statements.searchWalk`),
   * where the engine reads one (GroupPolicy.walk).
   */
  walk?(tiers: readonly WalkTier[], filter: SearchFilter): Params;
  /**
   * The document this engine's index holds for a node, from the shared one
   * (src/search/search-text.ts searchTextFor): the shared one as it is, or more after it.
   */
  documentFor(searchText: string): string;
  /** How every document documentFor makes ends (see seedNeeded); '' where any end will do. */
  readonly documentEnd: string;
}

/** One tier of a walk read in one statement: what its page reads, and its lookups in scan order. */
export interface WalkTier {
  /** Its index in src/search/search.ts TIERS. */
  tier: number;
  scope: PageScope;
  lookups: readonly Lookup[];
}

/** What a page statement reads of the order (cypher/search/page.cypher): one tier, or every one (nulls), between two keys. */
export interface PageScope {
  field: SearchField | null;
  grade: number | null;
  start: RowKey | null;
  stop: RowKey | null;
}

/**
 * The statements of an engine: its own first clauses (`cypher/search/candidates.<engine>.cypher`),
 * then the shared rest; and where the engine walks in one statement, its walk
 * (`walk.<engine>.cypher`), the shared page read within it for each tier and shard with the
 * tier's scope, and the walk's end (`walk-end.<engine>.cypher`).
 */
export function indexedStatements(engine: 'embedded' | 'neo4j', options: { walk?: boolean } = {}): IndexedStatements {
  const text = (file: string) => withoutComments(readStatements([join(CYPHER_DIR, 'search', file)])[0]!.text);
  const head = text(`candidates.${engine}.cypher`);
  const page = text('page.cypher');
  const statements = { searchPage: `${head}\n${page}`, searchCount: `${head}\n${text('count.cypher')}` };
  if (!options.walk) return statements;
  if (!page.includes(PAGE_SCOPE)) throw new Error(`search/page.cypher does not take its scope as \`${PAGE_SCOPE}\``);
  const walked = page.replace(PAGE_SCOPE, 'scope');
  return { ...statements, searchWalk: `${text(`walk.${engine}.cypher`)}\n${walked}\n${text(`walk-end.${engine}.cypher`)}` };
}

/** How search/page.cypher takes the scope of a page of one statement; a walk gives each piece its own. */
const PAGE_SCOPE = '$scope AS scope';
