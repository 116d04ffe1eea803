import { join } from 'node:path';
import type pkg from '@grafeo-db/js';
import { CYPHER_DIR, readStatements } from '../cypher-files.ts';
import type { IndexedNode, IndexRoundTrip, SearchIndex } from '../search-index.ts';
import { readWalk, toIndexedNode } from '../search-index.ts';
import { toPlainRow } from './values.ts';

type Database = InstanceType<typeof pkg.GrafeoDB>;

const [INDEXED_NODES] = readStatements([join(CYPHER_DIR, 'embedded', 'indexed-nodes.cypher')]).map((statement) => statement.text);

/** The engine's BM25 index over Entity.searchText; every term is kept (no stop words, no length floor). */
const LABEL = 'Entity';
const PROPERTY = 'searchText';
const OPTIONS = { tokenizer: 'standard', stopWords: [] };

/**
 * Index calls run in process, each ~50 µs plus ~0.3 µs a node it scores, however many
 * it returns. A union of shards scores at most one node each (a node has one kind and
 * one shard), so in a graph of up to SMALL_GRAPH nodes the whole walk is one call. In a
 * larger one, sparse lookups (very short and very long names) are read in one union a
 * run, the others two at a time while they find nothing and one at a time once they do:
 * the shards of a word grow steeply from the shortest names that hold it, so a narrow
 * union at that edge scores a few nodes, where a wide one would score the crowd of
 * matches the walk stops before.
 */
const SMALL_GRAPH = 2_000;
const SMALL = { first: 298, max: 298, afterHit: 298, sparse: 298 };
const LARGE = { first: 2, max: 2, afterHit: 1, sparse: 128 };

export interface EmbeddedSearchIndexOptions {
  /** Resolves once the store can be read (its indexes built), rejects once it is closed. */
  whenReady: () => Promise<void>;
  /** Holds a read to the store's time budget. */
  guard: <T>(work: Promise<T>) => Promise<T>;
}

/** The search index, and a way for a bulk load to build the text index once, at its end. */
export interface EmbeddedTextIndex extends SearchIndex {
  /** Drops the text index; true when there was one. */
  drop(): Promise<boolean>;
}

/** The search index of the embedded store, on the engine's text index and its JS API. */
export function createEmbeddedSearchIndex(db: Database, options: EmbeddedSearchIndexOptions): EmbeddedTextIndex {
  const reader = {
    async lookup(terms: readonly string[], limit: number): Promise<IndexedNode[]> {
      const hits = await db.textSearch(LABEL, PROPERTY, terms.join(' '), limit);
      if (hits.length === 0) return [];
      const rows = (await db.executeCypher(INDEXED_NODES!, { nodeIds: hits.map(([nodeId]) => nodeId) })).toArray().map(toPlainRow);
      return rows.map(toIndexedNode);
    },
  };
  return {
    // Creating it again is harmless: the engine keeps one index per label and property.
    prepare: () => db.createTextIndex(LABEL, PROPERTY, OPTIONS),
    drop: () => db.dropTextIndex(LABEL, PROPERTY),
    async walk(walk): Promise<IndexRoundTrip[]> {
      await options.whenReady();
      const started = performance.now();
      let rows = 0;
      const policy = db.nodeCount() <= SMALL_GRAPH ? SMALL : LARGE;
      await options.guard(readWalk(walk, reader, policy, (read) => (rows += read)));
      // In process, the whole walk is one call into the store, however many index reads it made.
      return [{ durationMs: performance.now() - started, rows }];
    },
  };
}
