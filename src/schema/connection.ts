import { inputError } from '../errors.ts';
import type { PageRequest, RowKey } from '../graph/keyset.ts';
import { pageOf } from '../graph/keyset.ts';
import { builder } from './builder.ts';
import type { PageSize } from './page-sizes.ts';

/**
 * Relay Connections over keyset pages (src/graph/keyset.ts). A cursor is the key of its row
 * in its list and order — `base64url(JSON [list, order, missing, primary, tie])` — opaque to
 * clients, the same on both engines (it holds data, not store ids), and valid for as long as
 * its row exists: paging reads "after this key", never "skip n rows".
 */

/** Longest cursor accepted: every cursor the API gives is far shorter. */
const MAX_CURSOR_LENGTH = 1000;

export function encodeCursor(list: string, order: string, key: RowKey): string {
  return Buffer.from(JSON.stringify([list, order, key.missing ? 1 : 0, key.primary, key.tie])).toString('base64url');
}

function decodeCursor(argument: 'after' | 'before', cursor: string, list: string, order: string): RowKey {
  const refuse = (why: string) =>
    inputError('BAD_INPUT', argument, `Argument "${argument}" is not a cursor of this list${why}: pass an \`endCursor\`, \`startCursor\` or edge \`cursor\` it gave.`);
  if (cursor.length > MAX_CURSOR_LENGTH) {
    throw inputError('LIMIT_EXCEEDED', argument, `Argument "${argument}" is ${cursor.length} characters long; the maximum is ${MAX_CURSOR_LENGTH}.`, { max: MAX_CURSOR_LENGTH });
  }
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('');
  }
  if (!Array.isArray(parts) || parts.length !== 5 || parts[0] !== list) throw refuse('');
  const [, madeFor, missing, primary, tie] = parts as unknown[];
  if (madeFor !== order) throw refuse(` in this order (it was made for ${JSON.stringify(madeFor)})`);
  const primaryOk = primary === null || typeof primary === 'string' || (typeof primary === 'number' && Number.isFinite(primary));
  if ((missing !== 0 && missing !== 1) || !primaryOk || typeof tie !== 'string' || (missing === 1) !== (primary === null)) throw refuse('');
  return { missing: missing === 1, primary: primary as RowKey['primary'], tie };
}

/** The connection arguments every Connection field takes. */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * The page the arguments ask for, checked: `first` or `last` (not both) within 1 and the
 * Connection's maximum, cursors of this list and order.
 */
export function pageRequest(args: ConnectionArgs, size: PageSize, list: string, order: string): PageRequest {
  const bounded = (argument: 'first' | 'last', value: number) => {
    if (value > size.maxSize) {
      throw inputError('LIMIT_EXCEEDED', argument, `Argument "${argument}" is ${value}; the maximum is ${size.maxSize}.`, { max: size.maxSize });
    }
    if (value < 1) throw inputError('BAD_INPUT', argument, `Argument "${argument}" is ${value}; the minimum is 1.`, { min: 1 });
    return value;
  };
  const first = args.first ?? null;
  const last = args.last ?? null;
  if (first !== null && last !== null) {
    throw inputError('BAD_INPUT', 'last', 'Arguments "first" and "last" cannot be used together: page forward with first/after or backward with last/before.');
  }
  return {
    size: last !== null ? bounded('last', last) : first !== null ? bounded('first', first) : size.defaultSize,
    fromEnd: last !== null,
    after: args.after ? decodeCursor('after', args.after, list, order) : null,
    before: args.before ? decodeCursor('before', args.before, list, order) : null,
  };
}

/** Edges as Pothos resolves them: each item with its cursor, plus whatever the edge type shows. */
export type Edge<T, Extra = object> = { cursor: string; node: T } & Extra;

/**
 * The Connection for the rows a scan read (one more than the page, to tell whether more
 * follow): edges in the list's order, page info, and the total, counted only if asked for.
 * Moving forward, there is a previous page when the page starts after a cursor (and the
 * other way round): a keyset page knows what lies beyond its cursor without reading it.
 */
export function connectionOf<Row, T, Extra = object>(
  rows: readonly Row[],
  request: PageRequest,
  edgeOf: (row: Row) => Edge<T, Extra>,
  totalCount: () => Promise<number>,
) {
  const page = pageOf(rows, request);
  const edges = page.rows.map(edgeOf);
  return {
    edges,
    pageInfo: {
      hasNextPage: request.fromEnd ? request.before !== null : page.more,
      hasPreviousPage: request.fromEnd ? page.more : request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Runs a count at most once, when `totalCount` is selected. */
export function countOnce(count: () => Promise<number>): () => Promise<number> {
  let counted: Promise<number> | undefined;
  return () => (counted ??= count());
}

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds, over every page (counted only when asked for).',
    resolve: (connection) => connection.totalCount(),
  }),
);
