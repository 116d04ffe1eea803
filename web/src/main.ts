import type { SingularElementArgument } from 'cytoscape';
import './styles.css';
import { ApiError } from './api.ts';
import { mountDetails } from './details-panel.ts';
import { byId, el, replace } from './dom.ts';
import { createGraphView } from './graph-view.ts';
import { mountPathPanel } from './path-panel.ts';
import { neighborhood, vocabulary } from './queries.ts';
import { mountSearchPanel } from './search-panel.ts';
import { mountTimeline } from './timeline-panel.ts';
import { mountToolbar } from './toolbar.ts';
import type { GraphEdge, Path } from './types.ts';
import { mountViewControls } from './view-controls.ts';
import type { PathQuery } from './path-panel.ts';
import { communityColor } from './format.ts';
import { readViewState, writeViewState } from './view-state.ts';

// Wires the panels to one graph view. Every panel talks to the API on its own; this file
// only decides what happens to the view when an analyst acts.

const notice = byId('notice');
const counts = el('span', { class: 'counts', 'aria-live': 'polite' });
let pending = 0;
let selectedNode: { id: string; name: string } | null = null;
let timelineIds: ReadonlySet<string> = new Set();
let timelineFiltered = false;

/** `body[data-busy]` says when the page waits for the API (tests wait on it, too). */
async function busy<T>(work: Promise<T>): Promise<T> {
  document.body.dataset.busy = String(++pending > 0);
  try {
    return await work;
  } finally {
    document.body.dataset.busy = String(--pending > 0);
  }
}

function say(message: string, tone: 'info' | 'warn' | 'error' = 'info'): void {
  replace(notice, el('span', {}, message), el('button', { type: 'button', class: 'close', 'aria-label': 'Dismiss', onclick: () => (notice.hidden = true) }, '×'));
  notice.dataset.tone = tone;
  notice.hidden = false;
}

function fail(error: unknown): void {
  say(error instanceof ApiError ? error.message : `Something went wrong: ${(error as Error).message ?? error}`, 'error');
}

// The filters come from the schema; everything below may use them from the first click on.
const vocabularyLoaded = await busy(vocabulary()).catch((error: unknown) => {
  fail(error);
  return { relationshipTypes: [], kinds: [] };
});
const controls = mountViewControls(byId('view-controls'), vocabularyLoaded, {
  onEncoding(encoding) {
    view.encode(encoding);
    showLegend();
    remember();
  },
  onTime() {
    void reload();
  },
});
let toolbar: ReturnType<typeof mountToolbar> | undefined;
/** Nodes expanded, in order, and the path asked for: what a link to the view restores. */
const expanded: string[] = [];
let pathQuery: PathQuery | null = null;
let restoring = false;

const view = createGraphView(byId('cy'), {
  onSelect(element: SingularElementArgument | null) {
    if (!element) return;
    if (element.isNode()) {
      selectedNode = { id: element.id(), name: String(element.data('label')) };
      void busy(details.showNode(element.id()));
      if (controls.settings().expandOnClick && !element.hasClass('expanded')) void expand(element.id());
    } else {
      void busy(details.showEdge(element.data() as GraphEdge, nameOf));
    }
  },
  onChange() {
    const nodes = view.cy.nodes().length;
    const edges = view.cy.edges().length;
    counts.textContent = `${nodes} node${nodes === 1 ? '' : 's'} · ${edges} edge${edges === 1 ? '' : 's'} in view`;
    byId('stage').classList.toggle('is-empty', nodes === 0);
    timeline.mark(new Set(view.cy.nodes().map((node) => node.id())));
    markTimelineRange();
    showLegend();
  },
});

/** The legend of what colours show now: communities in view, most members first, when colouring by community. */
function showLegend(): void {
  const encoding = view.encoding();
  const counted = new Map<string, { id: string; label: string; color: string; count: number }>();
  for (const node of view.cy.nodes()) {
    const id = String(node.data('community') ?? '');
    if (!id) continue;
    const entry = counted.get(id) ?? { id, label: String(node.data('communityLabel') ?? id), color: communityColor(id), count: 0 };
    entry.count += 1;
    counted.set(id, entry);
  }
  toolbar?.legend(encoding.colorBy, [...counted.values()].sort((a, b) => b.count - a.count));
}

/** Puts the view in the address bar, so that the link restores it. */
function remember(): void {
  if (restoring) return;
  const settings = controls.settings();
  writeViewState({
    focus: selectedNode?.id ?? null,
    expanded,
    depth: settings.depth,
    limit: settings.limit,
    asOf: settings.asOf,
    includeUndated: settings.includeUndated,
    encoding: view.encoding(),
    path: pathQuery,
  });
}

const nameOf = (id: string) => String(view.cy.getElementById(id).data('label') ?? id);

/** Adds a node's neighbourhood to the view, with the depth, limit and types chosen. */
async function expand(id: string): Promise<void> {
  const settings = controls.settings();
  if (settings.relationshipTypes?.length === 0) return say('Choose at least one relationship type to expand along.', 'warn');
  try {
    const subgraph = await busy(
      neighborhood({ id, depth: settings.depth, limit: settings.limit, relationshipTypes: settings.relationshipTypes, asOf: settings.asOf, includeUndated: settings.includeUndated }),
    );
    if (subgraph.nodes.length === 0) return say(`No node has the id ${id}.`, 'warn');
    const added = view.merge(subgraph);
    view.cy.getElementById(id).addClass('expanded');
    if (!expanded.includes(id)) expanded.push(id);
    remember();
    const name = subgraph.nodes.find((node) => node.id === id)?.label ?? id;
    if (subgraph.truncated) {
      say(
        `Truncated: ${name} has more than ${settings.limit} nodes within ${settings.depth} hop${settings.depth > 1 ? 's' : ''}; showing ${subgraph.nodes.length}. Raise “Max nodes” or choose fewer relationship types.`,
        'warn',
      );
    } else {
      say(`Expanded ${name}: ${added.addedNodes} new node${added.addedNodes === 1 ? '' : 's'}, ${added.addedEdges} new edge${added.addedEdges === 1 ? '' : 's'}.`);
    }
  } catch (error) {
    fail(error);
  }
}

/** Shows a node: expands it when it is not in the view yet, selects it, and opens its details. */
async function focus(id: string): Promise<void> {
  view.clearHighlight();
  if (view.cy.getElementById(id).empty()) await expand(id);
  const element = view.select(id);
  if (element) selectedNode = { id, name: String(element.data('label')) };
  remember();
  await busy(details.showNode(id));
}

/** Reads the view again as it now should be (a new as-of day): the same expansions, the same path. */
async function reload(): Promise<void> {
  const again = [...expanded];
  const focused = selectedNode?.id ?? null;
  view.clear();
  expanded.length = 0;
  restoring = true;
  try {
    for (const id of again) await expand(id);
    if (focused && !view.cy.getElementById(focused).empty()) view.select(focused);
    if (pathQuery) await busy(paths.restore(pathQuery));
  } finally {
    restoring = false;
  }
  const { asOf } = controls.settings();
  say(asOf ? `Showing the graph as of ${asOf}: ${view.cy.nodes().length} nodes, ${view.cy.edges().length} edges.` : 'Showing the graph as it is now.');
  remember();
}

/** Brings every path found into the view and highlights them; the one shown in full stands out. */
function showPath(found: Path[], shown: Path): void {
  for (const path of found) view.merge(path);
  view.highlight(
    found.flatMap((path) => path.nodes.map((node) => node.id)),
    found.flatMap((path) => path.edges.map((edge) => edge.id)),
  );
  view.cy.elements().removeClass('path-shown');
  for (const id of [...shown.nodes.map((node) => node.id), ...shown.edges.map((edge) => edge.id)]) view.cy.getElementById(id).addClass('path-shown');
  const hops = `${shown.length} hop${shown.length === 1 ? '' : 's'}`;
  say(found.length > 1 ? `${found.length} paths highlighted (the one listed: ${hops}); “Clear highlight” shows the rest again.` : `Path of ${hops} highlighted; “Clear highlight” shows the rest again.`);
}

function markTimelineRange(): void {
  view.cy.nodes().removeClass('in-range');
  if (timelineFiltered) view.cy.nodes().filter((node) => timelineIds.has(node.id())).addClass('in-range');
}

const details = mountDetails(byId('details'), { onNavigate: (id) => void focus(id), onExpand: (id) => void expand(id), onError: fail });
mountSearchPanel(byId('search-panel'), { onPick: (hit) => void focus(hit.node.id), onError: fail });
const timeline = mountTimeline(byId('timeline'), {
  onPick: (id) => void focus(id),
  onList(ids, filtered) {
    timelineIds = ids;
    timelineFiltered = filtered;
    markTimelineRange();
  },
  selected: () => selectedNode,
  onError: fail,
});

const paths = mountPathPanel(byId('path-panel'), {
  relationshipTypes: () => controls.settings().relationshipTypes,
  time: () => ({ asOf: controls.settings().asOf, includeUndated: controls.settings().includeUndated }),
  onPath: showPath,
  onQuery(query) {
    pathQuery = query;
    remember();
  },
  onHop(edge) {
    view.select(edge.id);
    void busy(details.showEdge(edge, nameOf));
  },
  selected: () => selectedNode,
  onError: fail,
});

toolbar = mountToolbar({
  toolbar: byId('view-toolbar'),
  legend: byId('legend'),
  canvas: byId('canvas'),
  counts,
  view,
  time: () => ({ asOf: controls.settings().asOf, includeUndated: controls.settings().includeUndated }),
  say,
  onClear() {
    details.clear();
    expanded.length = 0;
    pathQuery = null;
    selectedNode = null;
    remember();
  },
  onStart: (id) => void focus(id),
});
counts.textContent = '0 nodes · 0 edges in view';
void busy(timeline.load());

// For scripting the page from the console (and for the browser tests): the Cytoscape.js core.
Object.assign(window, { explorer: { cy: view.cy, focus, expand } });

/** Restores the view a link names: its controls, its expansions in order, its focus and its path. */
async function restore(): Promise<void> {
  const state = readViewState();
  if (!state) return;
  restoring = true;
  try {
    controls.restore(state);
    view.encode(controls.encoding());
    for (const id of state.expanded) await expand(id);
    if (state.focus) await focus(state.focus);
    if (state.path) await busy(paths.restore(state.path));
  } finally {
    restoring = false;
  }
  remember();
}
void busy(restore());
