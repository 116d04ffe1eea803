import { builder } from './builder.ts';
import { inputError } from './args.ts';
import { decodeCursor } from '../analytics/snapshot.ts';
import type { Position } from '../analytics/snapshot.ts';

builder.objectType('PageInfo', {
  description: 'Where a page of a connection stands (Relay’s cursor connections): ask for the next page with `after: endCursor`.',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage', { description: 'True when items follow this page.' }),
    hasPreviousPage: t.exposeBoolean('hasPreviousPage', { description: 'True when items come before this page.' }),
    startCursor: t.exposeString('startCursor', { nullable: true, description: 'The cursor of the page’s first item (null for an empty page).' }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'The cursor of the page’s last item: pass it as `after` for the next page.' }),
  }),
});

/** The position an `after` argument names, or null without one; a cursor that is not ours is BAD_INPUT. */
export function afterPosition(after: string | null | undefined): Position | null {
  if (after === null || after === undefined || after === '') return null;
  const position = decodeCursor(after);
  if (!position) throw inputError('BAD_INPUT', 'after', 'Argument "after" is not a cursor this API gave out: pass a `cursor` or `endCursor` of an earlier page.');
  return position;
}

/** Page info for a page of items with cursors. */
export function pageInfo(cursors: readonly string[], page: { hasNextPage: boolean; hasPreviousPage: boolean }) {
  return { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, startCursor: cursors[0] ?? null, endCursor: cursors[cursors.length - 1] ?? null };
}
