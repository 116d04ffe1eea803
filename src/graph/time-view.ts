import type { EntityRecord } from './records.ts';

/**
 * Which facts a traversal sees: those dated on or before `asOf` (null: every fact, now),
 * and undated ones when `undated`. Relationships are dated by their `date`, events and
 * statements by theirs; the other kinds (actors, places, topics, documents) carry no date
 * and are always seen. The Cypher of the traversals applies the same rule.
 */
export interface TimeView {
  asOf: string | null;
  undated: boolean;
}

/** Everything, as the graph holds it now. */
export const NOW: TimeView = { asOf: null, undated: true };

const DATED_KINDS = new Set(['Event', 'Statement']);

/** Whether a node loaded by id is seen in the view (the rule the traversal queries apply). */
export function inView(entity: EntityRecord, view: TimeView): boolean {
  if (view.asOf === null) return true;
  const date = 'date' in entity ? entity.date : null;
  if (typeof date === 'string') return date.slice(0, 10) <= view.asOf;
  return view.undated || !DATED_KINDS.has(entity.kind);
}
