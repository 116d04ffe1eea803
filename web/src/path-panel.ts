import { el, replace } from './dom.ts';
import { KIND_STYLE } from './format.ts';
import { createPicker } from './picker.ts';
import type { Picked } from './picker.ts';
import { pathsBetween, quotesBetween, shortestPaths } from './queries.ts';
import type { TimeView } from './queries.ts';
import type { GraphEdge, Path, Quote } from './types.ts';

/** What the path finder was last asked, for a link that restores it. */
export interface PathQuery {
  from: Picked[];
  to: Picked[];
}

export interface PathPanelOptions {
  /** Relationship types to follow (null: all), from the view controls. */
  relationshipTypes(): string[] | null;
  /** The as-of day and the undated switch, from the view controls. */
  time(): TimeView;
  /** Show the paths in the graph, highlighted (the first one shown in full). */
  onPath(paths: Path[], shown: Path): void;
  /** The path finder found something: the link to the view changes. */
  onQuery(query: PathQuery | null): void;
  /** The analyst clicked a hop: select that edge. */
  onHop(edge: GraphEdge): void;
  /** The node selected in the graph, to fill a field from. */
  selected(): { id: string; name: string } | null;
  onError(error: unknown): void;
}

/** A set of nodes for the path finder: names added one by one, each removable. */
function createSet(label: string, placeholder: string) {
  const picker = createPicker(label, placeholder);
  const chips = el('ul', { class: 'chips', 'aria-label': `${label} set` });
  const members = new Map<string, string>();
  const render = () =>
    replace(
      chips,
      ...[...members].map(([id, name]) =>
        el('li', { 'data-id': id }, name, el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${name}`, onclick: () => (members.delete(id), render()) }, '×')),
      ),
    );
  const add = (node: Picked) => {
    members.set(node.id, node.name);
    picker.clear();
    render();
  };
  picker.onPick(add);
  return {
    element: el('div', { class: 'set' }, picker.element, chips),
    /** The members, with whatever is typed and not yet added taken as one more. */
    async members(): Promise<Picked[]> {
      if (picker.input.value.trim()) {
        const typed = await picker.resolve();
        if (typed) add(typed);
      }
      return [...members].map(([id, name]) => ({ id, name }));
    },
    set(nodes: Picked[]) {
      members.clear();
      for (const node of nodes) members.set(node.id, node.name);
      render();
    },
  };
}

/** Shortest paths between two actors, or between two sets of them, each hop with its evidence, sources and quotes. */
export function mountPathPanel(root: HTMLElement, options: PathPanelOptions) {
  const from = createPicker('From', 'e.g. Sivistky');
  const to = createPicker('To', 'e.g. Lukashenko');
  const fromSet = createSet('From any of', 'e.g. Bolton, then Trump');
  const toSet = createSet('To any of', 'e.g. Lukashenka, then Makei');
  const maxDepth = el('select', { 'aria-label': 'Longest path' }, ...[2, 3, 4, 5, 6, 8, 10].map((value) => el('option', { value, selected: value === 6 }, `≤ ${value} hops`)));
  const result = el('div', { class: 'path-result', 'aria-live': 'polite' });
  const modes = {
    pair: el('div', { class: 'mode-pair' }),
    sets: el('div', { class: 'mode-sets', hidden: true }),
  };
  const modeSelect = el('select', { 'aria-label': 'Between' }, el('option', { value: 'pair' }, 'two nodes'), el('option', { value: 'sets' }, 'two sets of nodes'));
  modeSelect.addEventListener('change', () => {
    modes.pair.hidden = modeSelect.value !== 'pair';
    modes.sets.hidden = modeSelect.value !== 'sets';
  });
  const useSelected = (picker: ReturnType<typeof createPicker>) => () => {
    const node = options.selected();
    if (node) picker.set(node);
  };

  async function find(): Promise<void> {
    try {
      const [starts, ends] = modeSelect.value === 'sets' ? await Promise.all([fromSet.members(), toSet.members()]) : await pair();
      if (starts.length === 0 || ends.length === 0) {
        const side = starts.length === 0 ? 'From' : 'To';
        return replace(result, el('p', { class: 'empty' }, modeSelect.value === 'sets' ? `Add at least one node to “${side}”.` : `No node matches “${(side === 'From' ? from : to).input.value || '…'}”.`));
      }
      replace(result, el('p', { class: 'muted' }, 'Looking…'));
      const time = options.time();
      const depth = Number(maxDepth.value);
      const found =
        starts.length === 1 && ends.length === 1 && !time.asOf
          ? { paths: await shortestPaths(starts[0]!.id, ends[0]!.id, depth, options.relationshipTypes()), connectedPairs: 1, truncated: false }
          : await pathsBetween(starts.map((node) => node.id), ends.map((node) => node.id), depth, options.relationshipTypes(), time);
      options.onQuery({ from: starts, to: ends });
      const names = (nodes: Picked[]) => nodes.map((node) => node.name).join(', ');
      if (found.paths.length === 0) return replace(result, el('p', { class: 'empty' }, `No path from ${names(starts)} to ${names(ends)} within ${maxDepth.value} hops.`));
      await show(found.paths, 0, found.connectedPairs, starts.length * ends.length > 1);
    } catch (error) {
      options.onError(error);
    }
  }

  async function pair(): Promise<[Picked[], Picked[]]> {
    const [start, end] = await Promise.all([from.resolve(), to.resolve()]);
    return [start ? [start] : [], end ? [end] : []];
  }

  async function show(paths: Path[], index: number, connectedPairs: number, sets: boolean): Promise<void> {
    const path = paths[index];
    if (!path) return;
    options.onPath(paths, path);
    const quotes = await quotesBetween(path.edges.map((_, at) => [path.nodes[at]?.id ?? '', path.nodes[at + 1]?.id ?? ''] as const));
    const names = new Map(path.nodes.map((node) => [node.id, node.label]));
    const summary = (candidate: Path) => candidate.nodes.map((node) => node.label).join(' → ');
    const choices =
      paths.length > 1
        ? el(
            'div',
            { class: 'row path-choices' },
            sets ? `${paths.length} paths joining ${connectedPairs} pair${connectedPairs === 1 ? '' : 's'}: ` : `${paths.length} shortest paths: `,
            ...paths.map((candidate, at) =>
              el('button', { type: 'button', class: at === index ? 'active' : '', title: summary(candidate), onclick: () => void show(paths, at, connectedPairs, sets) }, `${at + 1}`),
            ),
          )
        : null;
    replace(
      result,
      el('p', { class: 'path-summary' }, `${path.length} hop${path.length === 1 ? '' : 's'}: `, summary(path)),
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
    modes.pair,
    el('div', { class: 'picker-row' }, from.element, el('button', { type: 'button', class: 'small', title: 'Use the node selected in the graph', onclick: useSelected(from) }, 'selected')),
    el('div', { class: 'picker-row' }, to.element, el('button', { type: 'button', class: 'small', title: 'Use the node selected in the graph', onclick: useSelected(to) }, 'selected')),
  );
  replace(modes.sets, fromSet.element, toSet.element);
  replace(
    root,
    el('h2', {}, 'Path finder'),
    el('div', { class: 'row' }, el('label', {}, 'Between ', modeSelect)),
    modes.pair,
    modes.sets,
    el('div', { class: 'row' }, maxDepth, el('button', { type: 'button', class: 'primary', onclick: () => void find() }, 'Find path')),
    result,
  );
  return {
    from,
    to,
    find,
    /** Asks again what a shared link names. */
    async restore(query: PathQuery): Promise<void> {
      if (query.from.length === 1 && query.to.length === 1) {
        modeSelect.value = 'pair';
        from.set(query.from[0]!);
        to.set(query.to[0]!);
      } else {
        modeSelect.value = 'sets';
        fromSet.set(query.from);
        toSet.set(query.to);
      }
      modeSelect.dispatchEvent(new Event('change'));
      await find();
    },
  };
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
