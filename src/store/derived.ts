/**
 * Data derived from the graph for its indexes, written after the seed in the seed's
 * transaction: each node's search document (src/search/search-text.ts, read by the
 * engines' text indexes) and each event's timeline bucket (src/graph/timeline.ts),
 * then the timeline's bucket nodes. Normalising names needs JavaScript (accents,
 * scripts), so the documents are built here, not in Cypher.
 */
import type { Kind } from '../graph/records.ts';
import { timelineDayOf } from '../graph/timeline.ts';
import { searchTextFor } from '../search/search-text.ts';
import { cypherFiles, readStatements } from './cypher-files.ts';
import type { PlainValue, TransactionScope } from './port.ts';

/** Rows per write statement. */
const BATCH = 1000;

const statements = () => {
  const byFile = new Map<string, string[]>();
  for (const { file, text } of readStatements(cypherFiles('derived'))) byFile.set(file, [...(byFile.get(file) ?? []), text]);
  const of = (name: string) => byFile.get(`derived/${name}`) ?? [];
  return { retired: of('000_retired.cypher'), sources: of('010_sources.cypher')[0]!, write: of('020_write.cypher')[0]!, timeline: of('030_timeline.cypher') };
};

const text = (value: PlainValue | undefined) => (typeof value === 'string' ? value : null);
const texts = (value: PlainValue | undefined) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * The derived data of every node, and the timeline buckets, from the graph as it is in `tx`;
 * each search document as the store's index holds it (SearchIndex.documentFor).
 */
export async function refreshDerivedData(tx: TransactionScope, documentFor: (searchText: string) => string): Promise<{ nodes: number }> {
  const { retired, sources, write, timeline } = statements();
  for (const statement of retired) await tx.execute(statement);
  const rows = (await tx.execute(sources)).map((row) => {
    const kind = String(row.kind) as Kind;
    const name = text(row.name) ?? String(row.id);
    return {
      id: String(row.id),
      searchText: documentFor(searchTextFor({ kind, name, aliases: texts(row.aliases), description: text(row.description), roles: texts(row.roles) })),
      timelineDay: kind === 'Event' ? timelineDayOf(text(row.date), text(row.endDate)) : null,
    };
  });
  for (let at = 0; at < rows.length; at += BATCH) await tx.execute(write, { rows: rows.slice(at, at + BATCH) });
  for (const statement of timeline) await tx.execute(statement);
  return { nodes: rows.length };
}
