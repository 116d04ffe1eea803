import { el, replace } from './dom.ts';
import { downloadUrl, exportJson, exportPng } from './export.ts';
import { KIND_STYLE } from './format.ts';
import type { GraphView } from './graph-view.ts';

export interface ToolbarOptions {
  toolbar: HTMLElement;
  legend: HTMLElement;
  canvas: HTMLElement;
  /** Where the element counts are written. */
  counts: HTMLElement;
  view: GraphView;
  /** The as-of day and undated switch downloads of the view follow. */
  time(): { asOf: string | null; includeUndated: boolean };
  /** Tell the analyst something (a download that cannot be made). */
  say(message: string, tone: 'info' | 'warn'): void;
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

/** Most nodes a download of the view may name (the API's `subgraph(ids)` cap). */
const MAX_VIEW_IDS = 200;

/** The view's buttons (fit, layout, clear, download), its legend, and the empty view's hint. */
export function mountToolbar(options: ToolbarOptions) {
  const { cy } = options.view;
  const downloads = el(
    'select',
    { 'aria-label': 'Download', class: 'downloads' },
    el('option', { value: '' }, 'Download…'),
    el('optgroup', { label: 'The view' }, ...['graphml', 'gexf'].map((format) => el('option', { value: `view.${format}` }, format === 'graphml' ? 'GraphML (yEd, Cytoscape)' : 'GEXF (Gephi)')),
      el('option', { value: 'view.csv.nodes' }, 'CSV: nodes'),
      el('option', { value: 'view.csv.edges' }, 'CSV: edges'),
      el('option', { value: 'png' }, 'PNG picture'),
      el('option', { value: 'json' }, 'JSON')),
    el('optgroup', { label: 'The whole graph' }, el('option', { value: 'graph.graphml' }, 'GraphML'), el('option', { value: 'graph.gexf' }, 'GEXF')),
  );
  downloads.addEventListener('change', () => {
    const choice = downloads.value;
    downloads.value = '';
    if (choice === 'png') return void exportPng(cy);
    if (choice === 'json') return exportJson(cy);
    if (choice.startsWith('graph.')) return downloadUrl(`/export/${choice}`);
    const ids = cy.nodes().map((node) => node.id());
    if (ids.length === 0) return options.say('The view is empty: add something first.', 'warn');
    if (ids.length > MAX_VIEW_IDS) return options.say(`The view holds ${ids.length} nodes; a download of the view names at most ${MAX_VIEW_IDS}. Download the whole graph instead.`, 'warn');
    const [, format, table] = choice.split('.');
    const params = new URLSearchParams({ ids: ids.join(',') });
    const time = options.time();
    if (time.asOf) params.set('asOf', time.asOf);
    if (!time.includeUndated) params.set('includeUndated', 'false');
    if (table) params.set('table', table);
    downloadUrl(`/export/subgraph.${format}?${params}`);
  });
  replace(
    options.toolbar,
    options.counts,
    el('span', { class: 'spacer' }),
    el('button', { type: 'button', onclick: () => cy.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration: 200 }) }, 'Fit'),
    el('button', { type: 'button', onclick: () => options.view.layout(false) }, 'Re-layout'),
    el('button', { type: 'button', onclick: () => options.view.clearHighlight() }, 'Clear highlight'),
    el('button', { type: 'button', onclick: () => (options.view.clear(), options.onClear()) }, 'Clear view'),
    el('span', { class: 'divider' }),
    downloads,
  );
  const kindLegend = () =>
    replace(
      options.legend,
      ...Object.entries(KIND_STYLE).map(([kind, style]) => el('span', { class: 'legend-item', 'data-kind': kind }, el('i', { style: `--kind:${style.color}` }), style.label)),
    );
  kindLegend();
  options.canvas.append(
    el(
      'div',
      { class: 'start-hint' },
      el('p', {}, 'Search for a name on the left, or start from:'),
      ...STARTS.map(([id, name]) => el('button', { type: 'button', 'data-id': id, onclick: () => options.onStart(id) }, name)),
    ),
  );
  return {
    /** The legend for what colours now show: kinds, communities in view, or a metric's scale. */
    legend(colorBy: string, communities: { id: string; label: string; color: string; count: number }[]) {
      if (colorBy === 'KIND') return kindLegend();
      if (colorBy !== 'COMMUNITY') {
        return replace(options.legend, el('span', { class: 'legend-item' }, el('i', { class: 'scale' }), `${colorBy === 'PAGE_RANK' ? 'PageRank' : colorBy.toLowerCase()}: low → high (in view)`));
      }
      replace(
        options.legend,
        ...communities.slice(0, 6).map((community) =>
          el('span', { class: 'legend-item', 'data-community': community.id, title: community.label }, el('i', { style: `--kind:${community.color}` }), `${community.label.split(',')[0]} (${community.count})`),
        ),
        communities.length > 6 ? el('span', { class: 'legend-item muted' }, `+${communities.length - 6} more`) : null,
      );
    },
  };
}
