import { el, replace } from './dom.ts';
import { words } from './format.ts';
import type { Encoding } from './graph-view.ts';
import type { Vocabulary } from './queries.ts';

/** What an expansion asks for: how far, how many nodes at most, along which relationships. */
export interface ExpandSettings {
  depth: number;
  limit: number;
  /** null: every type. */
  relationshipTypes: string[] | null;
  expandOnClick: boolean;
  /** See the graph as of this day (YYYY-MM-DD), or null for everything. */
  asOf: string | null;
  /** With `asOf`, whether facts that carry no date are seen too. */
  includeUndated: boolean;
}

export interface ViewControlHandlers {
  /** Size or colour changed: restyle the view, nothing to fetch. */
  onEncoding(encoding: Encoding): void;
  /** The as-of day or the undated switch changed: the view is read again. */
  onTime(): void;
}

const METRIC_OPTIONS = [
  ['DEGREE', 'degree'],
  ['PAGE_RANK', 'PageRank'],
  ['BETWEENNESS', 'betweenness'],
] as const;

/** Depth, node limit and relationship types for every expansion and path search. */
export function mountViewControls(root: HTMLElement, vocabulary: Vocabulary, handlers: ViewControlHandlers) {
  const sizeBy = el('select', { name: 'sizeBy', 'aria-label': 'Size by' }, el('option', { value: 'NONE' }, 'same size'), ...METRIC_OPTIONS.map(([value, label]) => el('option', { value }, label)));
  const colorBy = el(
    'select',
    { name: 'colorBy', 'aria-label': 'Colour by' },
    el('option', { value: 'KIND' }, 'kind'),
    el('option', { value: 'COMMUNITY' }, 'community'),
    ...METRIC_OPTIONS.map(([value, label]) => el('option', { value }, label)),
  );
  const encoding = (): Encoding => ({ sizeBy: sizeBy.value as Encoding['sizeBy'], colorBy: colorBy.value as Encoding['colorBy'] });
  sizeBy.addEventListener('change', () => handlers.onEncoding(encoding()));
  colorBy.addEventListener('change', () => handlers.onEncoding(encoding()));
  const asOf = el('input', { type: 'date', name: 'asOf', 'aria-label': 'As of', min: '1900-01-01', max: '2100-12-31' });
  const undated = el('input', { type: 'checkbox', name: 'includeUndated', checked: true });
  asOf.addEventListener('change', () => handlers.onTime());
  undated.addEventListener('change', () => asOf.value && handlers.onTime());
  const depth = el('select', { name: 'depth', 'aria-label': 'Depth' }, ...[1, 2, 3].map((value) => el('option', { value }, `${value} hop${value > 1 ? 's' : ''}`)));
  const limit = el('input', { type: 'number', name: 'limit', min: 1, max: 500, value: 100, 'aria-label': 'Node limit' });
  const expandOnClick = el('input', { type: 'checkbox', name: 'expandOnClick', checked: true });
  const boxes = vocabulary.relationshipTypes.map((type) =>
    el('input', { type: 'checkbox', name: 'relationshipType', value: type.name, checked: true, title: type.description ?? undefined }),
  );
  const summary = el('summary', {});
  const updateSummary = () => {
    const checked = boxes.filter((box) => box.checked).length;
    summary.textContent = checked === boxes.length ? 'Relationship types: all' : `Relationship types: ${checked} of ${boxes.length}`;
  };
  const setAll = (checked: boolean) => {
    for (const box of boxes) box.checked = checked;
    updateSummary();
  };
  for (const box of boxes) box.addEventListener('change', updateSummary);
  updateSummary();

  replace(
    root,
    el('h2', {}, 'Expand'),
    el('div', { class: 'row' }, el('label', {}, 'Depth ', depth), el('label', {}, 'Max nodes ', limit)),
    el('label', { class: 'check' }, expandOnClick, ' Clicking a node expands it'),
    el('div', { class: 'row' }, el('label', {}, 'Size by ', sizeBy), el('label', {}, 'Colour by ', colorBy)),
    el('div', { class: 'row as-of' }, el('label', {}, 'As of ', asOf), el('label', { class: 'check', title: 'With a date: show the facts that carry no date too' }, undated, ' undated facts')),
    el(
      'details',
      { class: 'types' },
      summary,
      el('div', { class: 'row' }, el('button', { type: 'button', onclick: () => setAll(true) }, 'All'), el('button', { type: 'button', onclick: () => setAll(false) }, 'None')),
      el('div', { class: 'type-list' }, ...boxes.map((box) => el('label', { class: 'check', title: box.title }, box, ` ${words(box.value)}`))),
    ),
  );

  return {
    settings(): ExpandSettings {
      const checked = boxes.filter((box) => box.checked).map((box) => box.value);
      return {
        depth: Number(depth.value),
        limit: Math.min(500, Math.max(1, Math.round(Number(limit.value)) || 100)),
        relationshipTypes: checked.length === boxes.length ? null : checked,
        expandOnClick: expandOnClick.checked,
        asOf: asOf.value || null,
        includeUndated: undated.checked,
      };
    },
    encoding,
    /** Sets the controls a shared link names (the view is then read with them). */
    restore(state: { depth?: number; limit?: number; asOf?: string | null; includeUndated?: boolean; encoding?: Partial<Encoding> }): void {
      if (state.depth) depth.value = String(state.depth);
      if (state.limit) limit.value = String(state.limit);
      if (state.asOf !== undefined) asOf.value = state.asOf ?? '';
      if (state.includeUndated !== undefined) undated.checked = state.includeUndated;
      if (state.encoding?.sizeBy) sizeBy.value = state.encoding.sizeBy;
      if (state.encoding?.colorBy) colorBy.value = state.encoding.colorBy;
    },
  };
}

export type ViewControls = ReturnType<typeof mountViewControls>;
