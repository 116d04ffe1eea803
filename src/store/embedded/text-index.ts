import type pkg from '@grafeo-db/js';
import type { GroupPolicy, SearchIndex } from '../search-index.ts';
import { indexedStatements } from '../search-index.ts';

type Database = InstanceType<typeof pkg.GrafeoDB>;

/** The engine's BM25 index over Entity.searchText; every term is kept (no stop words, no length floor). */
const LABEL = 'Entity';
const PROPERTY = 'searchText';
const OPTIONS = { tokenizer: 'standard', stopWords: [] };

/** Every node the index holds a term for: a statement's candidates are all of them, never the engine's top few. */
const ALL = 2 ** 31 - 1;

/**
 * A search statement costs ~0.2 ms to plan and run, a lookup in the text index ~50 µs plus
 * ~0.5 µs a node it finds: the candidates are looked up first, in process, and a statement
 * runs only where there are some. A node has one kind and one shard, so a statement over many
 * lookups reads each match once: in a graph of up to SMALL_GRAPH nodes a tier of the walk is
 * one statement. In a larger one, sparse lookups (very short and very long names) are read
 * together a run at a time, the others two at a time while they find nothing and one at a
 * time once they do: the shards of a word grow steeply from the shortest names that hold it,
 * so a narrow group at that edge reads a few nodes, where a wide one would read the crowd of
 * matches the walk stops before. Until a tier's walk finds nodes, its next four groups are
 * probed at once (GroupPolicy.ahead): each lookup waits ~0.15–0.3 ms for the engine's thread
 * here whatever it finds, and lookups made together wait once; a probe asks for one node, so a
 * crowd ahead costs its scoring in the engine (~0.15 µs a node), not ~0.5 µs a node handed over.
 * In a graph of more than PROBED_GRAPH nodes, the crowds just past the first hit cost more than
 * that: at 1M nodes probing took `anna` 5.8 → 7.4–8.3 ms and `minsk` 5.4–6.6 → 8.9–10 ms (while
 * it took a word no node holds 25 → 6.5 ms), so the walk there goes one group at a time.
 */
const SMALL_GRAPH = 2_000;
/** Past this many nodes the groups ahead are not probed: their crowds cost more to score than the waits they save. */
const PROBED_GRAPH = 300_000;
const SMALL: GroupPolicy = { allTiers: false, whole: true, first: 1, max: 1, afterHit: 1, sparse: 1 };
const LARGE: GroupPolicy = { allTiers: false, whole: false, first: 2, max: 2, afterHit: 1, sparse: 99, ahead: 4 };
const HUGE: GroupPolicy = { ...LARGE, ahead: 0 };

/** The search index, and a way for a bulk load to build the text index once, at its end. */
export interface EmbeddedTextIndex extends SearchIndex {
  /** Drops the text index; true when there was one. */
  drop(): Promise<boolean>;
}

/** The search index of the embedded store: the engine's text index, read through its JS API. */
export function createEmbeddedSearchIndex(db: Database, whenReady: () => Promise<void>): EmbeddedTextIndex {
  return {
    // Creating it again is harmless: the engine keeps one index per label and property.
    prepare: () => db.createTextIndex(LABEL, PROPERTY, OPTIONS),
    drop: () => db.dropTextIndex(LABEL, PROPERTY),
    statements: indexedStatements('embedded'),
    // The shared document as it is: each lookup waits on the engine's thread, not on its clauses.
    documentFor: (searchText) => searchText,
    documentEnd: '',
    async candidates(terms) {
      await whenReady();
      const hits = await db.textSearch(LABEL, PROPERTY, terms.join(' '), ALL);
      return hits.length === 0 ? null : { nodeIds: hits.map(([nodeId]) => nodeId) };
    },
    async probe(terms) {
      await whenReady();
      return (await db.textSearch(LABEL, PROPERTY, terms.join(' '), 1)).length > 0;
    },
    groups() {
      const nodes = db.nodeCount();
      return nodes <= SMALL_GRAPH ? SMALL : nodes <= PROBED_GRAPH ? LARGE : HUGE;
    },
  };
}
