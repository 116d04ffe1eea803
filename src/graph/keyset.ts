/**
 * Keyset paging, the same for every list and both engines. Each list orders its rows by a
 * key: a `primary` value (a date, a name, a rank; null for rows that have none, which come
 * last) and a `tie` (a string unique in the list). A page is read by the key alone — "the
 * rows strictly after this key, in this direction, at most this many" — never by skipping
 * rows, so a page deep in a list costs what the first one costs, and a cursor (the key of a
 * row, see src/schema/connection.ts) stays valid however the store numbers its rows.
 */

/** The sort key of one row. */
export interface RowKey {
  /** True when the row has no primary value (an undated event): such rows come last. */
  missing: boolean;
  primary: string | number | null;
  tie: string;
}

/** One page as a store statement reads it (see e.g. cypher/queries/timeline-page.cypher). */
export interface Scan {
  /** Primary and tie ascending (else both descending). */
  ascending: boolean;
  /** Rows without a primary value after the others (else before). */
  missingLast: boolean;
  /** Only rows strictly after this key, in scan order. */
  start: RowKey | null;
  /** Only rows strictly before this key, in scan order. */
  stop: RowKey | null;
  /** Most rows to read: the page and one more, which tells whether more follow. */
  limit: number;
}

/** A page asked for: `size` rows after `after` and before `before`, from the front (`first`) or the back (`last`). */
export interface PageRequest {
  size: number;
  fromEnd: boolean;
  after: RowKey | null;
  before: RowKey | null;
}

/**
 * The scan that reads a page of a list ordered `descending` or not (undated rows last either
 * way): from the front in the list's order, from the back in the reverse order.
 */
export function scanFor(request: PageRequest, descending: boolean): Scan {
  const forward = !request.fromEnd;
  return {
    ascending: forward !== descending,
    missingLast: forward,
    start: forward ? request.after : request.before,
    stop: forward ? request.before : request.after,
    limit: request.size + 1,
  };
}

/** A page cut from the rows a scan read, in the list's order, and whether rows lie beyond it. */
export function pageOf<T>(rows: readonly T[], request: PageRequest): { rows: T[]; more: boolean } {
  const kept = rows.slice(0, request.size);
  return { rows: request.fromEnd ? kept.reverse() : kept, more: rows.length > request.size };
}

/**
 * Joins the parts of a tie into one string that sorts as the parts do, part by part: the
 * separator sorts below every character the parts can hold. It travels as a statement
 * parameter (`$sep`), as no Cypher literal gives such a character on both engines.
 */
export const TIE_SEPARATOR = '\u0001';
