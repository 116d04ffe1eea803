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
const controls = mountViewControls(byId('view-controls'), vocabularyLoaded);

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
  },
});

const nameOf = (id: string) => String(view.cy.getElementById(id).data('label') ?? id);

/** Adds a node's neighbourhood to the view, with the depth, limit and types chosen. */
async function expand(id: string): Promise<void> {
  const settings = controls.settings();
  if (settings.relationshipTypes?.length === 0) return say('Choose at least one relationship type to expand along.', 'warn');
  try {
    const subgraph = await busy(neighborhood({ id, depth: settings.depth, limit: settings.limit, relationshipTypes: settings.relationshipTypes }));
    if (subgraph.nodes.length === 0) return say(`No node has the id ${id}.`, 'warn');
    const added = view.merge(subgraph);
    view.cy.getElementById(id).addClass('expanded');
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
  await busy(details.showNode(id));
}

function showPath(path: Path): void {
  view.merge(path);
  view.highlight(
    path.nodes.map((node) => node.id),
    path.edges.map((edge) => edge.id),
  );
  say(`Path of ${path.length} hop${path.length === 1 ? '' : 's'} highlighted; “Clear highlight” shows the rest again.`);
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

mountPathPanel(byId('path-panel'), {
  relationshipTypes: () => controls.settings().relationshipTypes,
  onPath: showPath,
  onHop(edge) {
    view.select(edge.id);
    void busy(details.showEdge(edge, nameOf));
  },
  selected: () => selectedNode,
  onError: fail,
});

mountToolbar({ toolbar: byId('view-toolbar'), legend: byId('legend'), canvas: byId('canvas'), counts, view, onClear: () => details.clear(), onStart: (id) => void focus(id) });
counts.textContent = '0 nodes · 0 edges in view';
void busy(timeline.load());

// For scripting the page from the console (and for the browser tests): the Cytoscape.js core.
Object.assign(window, { explorer: { cy: view.cy, focus, expand } });
const start = new URLSearchParams(location.search).get('focus');
if (start) void focus(start);
