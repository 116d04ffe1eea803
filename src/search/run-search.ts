import type { EntityRecord } from '../graph/records.ts';
import { searchResults } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';
import { normalizeSearchText } from './normalize.ts';
import type { SearchMatch, SearchRequest } from './search.ts';
import { searchWalk } from './search.ts';

/** A search hit: how the node matched, the node, and what matched as the graph writes it. */
export interface SearchHit {
  match: SearchMatch;
  node: EntityRecord;
  /** The name, alias, role or description that matched, as written (null for a words match across names). */
  matchedText: string | null;
}

/** Searches the store: the walk over its text index, then the hits' nodes in one query. */
export async function runSearch(runner: QueryRunner, request: SearchRequest): Promise<SearchHit[]> {
  const walk = searchWalk(request);
  await runner.walkSearchIndex(walk);
  const matches = walk.matches();
  if (matches.length === 0) return [];
  const rows = await runner.run(searchResults, { ids: matches.map((match) => match.id) });
  const byId = new Map(rows.map((row) => [row.node.id, row]));
  return matches.flatMap((match) => {
    const row = byId.get(match.id);
    return row ? [{ match, node: row.node, matchedText: matchedText(match, row.node, row.roles) }] : [];
  });
}

/** What matched, as written in the graph: the name or alias, the role, or the description. */
function matchedText(match: SearchMatch, node: EntityRecord, roles: readonly string[]): string | null {
  switch (match.field) {
    case 'NAME':
      return match.key === null ? null : ([node.name, ...node.aliases].find((name) => normalizeSearchText(name) === match.key) ?? null);
    case 'ROLE':
      return roles.find((role) => normalizeSearchText(role) === match.key) ?? null;
    case 'DESCRIPTION':
      return node.description;
  }
}
