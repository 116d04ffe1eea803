import { inputError } from '../errors.ts';
import { builder } from './builder.ts';
import { decodeCursor } from '../analytics/snapshot.ts';
import type { Position } from '../analytics/snapshot.ts';

/** The position an `after` argument names, or null without one; a cursor that is not ours is BAD_INPUT. */
export function afterPosition(after: string | null | undefined): Position | null {
  if (after === null || after === undefined || after === '') return null;
  const position = decodeCursor(after);
  if (!position) throw inputError('BAD_INPUT', 'after', 'Argument "after" is not a cursor this API gave out: pass a `cursor` or `endCursor` of an earlier page.');
  return position;
}

/** The relay plugin's `PageInfo`, for the connections this API pages in memory (rankings, communities, mentions). */
export const PageInfoRef = builder.pageInfoRef();

/** Page info for a page of items with cursors. */
export function pageInfo(cursors: readonly string[], page: { hasNextPage: boolean; hasPreviousPage: boolean }) {
  return { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, startCursor: cursors[0] ?? null, endCursor: cursors[cursors.length - 1] ?? null };
}
