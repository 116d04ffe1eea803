import { el, replace } from './dom.ts';
import { KIND_STYLE } from './format.ts';
import { createPicker } from './picker.ts';
import { quotesBetween, shortestPaths } from './queries.ts';
import type { GraphEdge, Path, Quote } from './types.ts';

export interface PathPanelOptions {
  /** Relationship types to follow (null: all), from the view controls. */
  relationshipTypes(): string[] | null;
  /** Show the path in the graph, highlighted. */
  onPath(path: Path): void;
  /** The analyst clicked a hop: select that edge. */
  onHop(edge: GraphEdge): void;
  /** The node selected in the graph, to fill a field from. */
  selected(): { id: string; name: string } | null;
  onError(error: unknown): void;
}

/** Shortest paths between two actors, each hop with its evidence, sources and quotes. */
export function mountPathPanel(root: HTMLElement, options: PathPanelOptions) {
  const from = createPicker('From', 'e.g. Sivistky');
  const to = createPicker('To', 'e.g. Lukashenko');
  const maxDepth = el('select', { 'aria-label': 'Longest path' }, ...[2, 3, 4, 5, 6, 8, 10].map((value) => el('option', { value, selected: value === 6 }, `≤ ${value} hops`)));
  const result = el('div', { class: 'path-result', 'aria-live': 'polite' });
  const useSelected = (picker: ReturnType<typeof createPicker>) => () => {
    const node = options.selected();
    if (node) picker.set(node);
  };

  async function find(): Promise<void> {
    try {
      const [start, end] = await Promise.all([from.resolve(), to.resolve()]);
      if (!start || !end) return replace(result, el('p', { class: 'empty' }, `No node matches “${(start ? to : from).input.value || '…'}”.`));
      replace(result, el('p', { class: 'muted' }, 'Looking…'));
      const paths = await shortestPaths(start.id, end.id, Number(maxDepth.value), options.relationshipTypes());
      if (paths.length === 0) return replace(result, el('p', { class: 'empty' }, `No path from ${start.name} to ${end.name} within ${maxDepth.value} hops.`));
      await show(paths, 0);
    } catch (error) {
      options.onError(error);
    }
  }

  async function show(paths: Path[], index: number): Promise<void> {
    const path = paths[index];
    if (!path) return;
    options.onPath(path);
    const quotes = await quotesBetween(path.edges.map((_, at) => [path.nodes[at]?.id ?? '', path.nodes[at + 1]?.id ?? ''] as const));
    const names = new Map(path.nodes.map((node) => [node.id, node.label]));
    const choices =
      paths.length > 1
        ? el(
            'div',
            { class: 'row path-choices' },
            `${paths.length} shortest paths: `,
            ...paths.map((_, at) => el('button', { type: 'button', class: at === index ? 'active' : '', onclick: () => void show(paths, at) }, `${at + 1}`)),
          )
        : null;
    replace(
      result,
      el('p', { class: 'path-summary' }, `${path.length} hop${path.length === 1 ? '' : 's'}: `, path.nodes.map((node) => node.label).join(' → ')),
      choices,
      el('ol', { class: 'hops' }, ...path.edges.map((edge, at) => renderHop(edge, path.nodes[at]?.id ?? '', names, quotes[at] ?? []))),
    );
  }

  function renderHop(edge: GraphEdge, fromId: string, names: Map<string, string>, quotes: Quote[]): HTMLElement {
    const forward = edge.source === fromId;
    const toId = forward ? edge.target : edge.source;
    const arrow = forward ? `— ${edge.label} →` : `← ${edge.label} —`;
    return el(
      'li',
      { class: 'hop', 'data-edge': edge.id },
      el('button', { type: 'button', class: 'hop-title', onclick: () => options.onHop(edge) }, `${names.get(fromId) ?? fromId} ${arrow} ${names.get(toId) ?? toId}`),
      el('p', { class: 'evidence' }, edge.evidence ?? 'No evidence note.'),
      el('p', { class: 'sources' }, 'Source: ', (edge.sourceDocuments ?? []).map((document) => document.title).join('; ') || 'none recorded'),
      ...quotes.map((quote) => renderQuote(quote)),
    );
  }

  replace(
    root,
    el('h2', {}, 'Path finder'),
    el('div', { class: 'picker-row' }, from.element, el('button', { type: 'button', class: 'small', title: 'Use the node selected in the graph', onclick: useSelected(from) }, 'selected')),
    el('div', { class: 'picker-row' }, to.element, el('button', { type: 'button', class: 'small', title: 'Use the node selected in the graph', onclick: useSelected(to) }, 'selected')),
    el('div', { class: 'row' }, maxDepth, el('button', { type: 'button', class: 'primary', onclick: () => void find() }, 'Find path')),
    result,
  );
  return { from, to, find };
}

export function renderQuote(quote: Quote): HTMLElement {
  const who = (quote.speakers ?? []).map((speaker) => speaker.name ?? speaker.id).join(', ');
  const where = quote.reportedIn.map((document) => document.title).join('; ');
  return el(
    'blockquote',
    { class: `quote ${quote.quoteType === 'DIRECT' ? 'direct' : 'reported'}`, style: `--kind:${KIND_STYLE.STATEMENT.color}` },
    quote.quoteType === 'DIRECT' ? `“${quote.text}”` : quote.text,
    el('footer', {}, [who, where].filter(Boolean).join(' — ')),
  );
}
