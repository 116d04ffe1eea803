import { el, replace } from './dom.ts';
import { words } from './format.ts';
import type { Vocabulary } from './queries.ts';

/** What an expansion asks for: how far, how many nodes at most, along which relationships. */
export interface ExpandSettings {
  depth: number;
  limit: number;
  /** null: every type. */
  relationshipTypes: string[] | null;
  expandOnClick: boolean;
}

/** Depth, node limit and relationship types for every expansion and path search. */
export function mountViewControls(root: HTMLElement, vocabulary: Vocabulary) {
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
      };
    },
  };
}

export type ViewControls = ReturnType<typeof mountViewControls>;
