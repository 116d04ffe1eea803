import { el, replace } from './dom.ts';
import { exportGraphml, exportJson, exportPng } from './export.ts';
import { KIND_STYLE } from './format.ts';
import type { GraphView } from './graph-view.ts';

export interface ToolbarOptions {
  toolbar: HTMLElement;
  legend: HTMLElement;
  canvas: HTMLElement;
  /** Where the element counts are written. */
  counts: HTMLElement;
  view: GraphView;
  onClear(): void;
  /** A starting point was chosen from the empty view. */
  onStart(id: string): void;
}

/** Where a first-time user can begin from an empty view. */
const STARTS = [
  ['john-bolton', 'John Bolton'],
  ['aliaksandr-lukashenka', 'Aliaksandr Lukashenka'],
  ['bolton-visit-minsk-2019', 'Bolton’s visit to Minsk'],
] as const;

/** The view's buttons (fit, layout, clear, export), its legend, and the empty view's hint. */
export function mountToolbar(options: ToolbarOptions): void {
  const { cy } = options.view;
  replace(
    options.toolbar,
    options.counts,
    el('span', { class: 'spacer' }),
    el('button', { type: 'button', onclick: () => cy.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration: 200 }) }, 'Fit'),
    el('button', { type: 'button', onclick: () => options.view.layout(false) }, 'Re-layout'),
    el('button', { type: 'button', onclick: () => options.view.clearHighlight() }, 'Clear highlight'),
    el('button', { type: 'button', onclick: () => (options.view.clear(), options.onClear()) }, 'Clear view'),
    el('span', { class: 'divider' }),
    el('span', { class: 'muted' }, 'Export:'),
    el('button', { type: 'button', title: 'The whole view as a picture', onclick: () => void exportPng(cy) }, 'PNG'),
    el('button', { type: 'button', title: 'For Gephi, yEd or Cytoscape desktop', onclick: () => exportGraphml(cy) }, 'GraphML'),
    el('button', { type: 'button', title: 'Nodes and edges as the API returns them', onclick: () => exportJson(cy) }, 'JSON'),
  );
  replace(
    options.legend,
    ...Object.entries(KIND_STYLE).map(([kind, style]) => el('span', { class: 'legend-item', 'data-kind': kind }, el('i', { style: `--kind:${style.color}` }), style.label)),
  );
  options.canvas.append(
    el(
      'div',
      { class: 'start-hint' },
      el('p', {}, 'Search for a name on the left, or start from:'),
      ...STARTS.map(([id, name]) => el('button', { type: 'button', 'data-id': id, onclick: () => options.onStart(id) }, name)),
    ),
  );
}
