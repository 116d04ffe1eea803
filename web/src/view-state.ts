import type { Encoding } from './graph-view.ts';
import type { PathQuery } from './path-panel.ts';

/** What a link to the view holds: enough to build the same view again. */
export interface ViewState {
  focus: string | null;
  expanded: string[];
  depth: number;
  limit: number;
  asOf: string | null;
  includeUndated: boolean;
  encoding: Encoding;
  path: PathQuery | null;
}

const METRICS = ['DEGREE', 'PAGE_RANK', 'BETWEENNESS'];
const list = (value: string | null) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []);
/** A path's ends as `id:name` pairs joined by commas (names so the finder shows them as asked). */
const ends = (value: string | null) =>
  list(value).map((item) => {
    const [id, ...name] = item.split(':');
    return { id: decodeURIComponent(id!), name: decodeURIComponent(name.join(':') || id!) };
  });
const encodeEnds = (nodes: PathQuery['from']) => nodes.map((node) => `${encodeURIComponent(node.id)}:${encodeURIComponent(node.name)}`).join(',');

/** The view the address bar names, or null when it names none. `?focus=` alone still works. */
export function readViewState(search = location.search): ViewState | null {
  const params = new URLSearchParams(search);
  if (![...params.keys()].length) return null;
  const sizeBy = params.get('size');
  const colorBy = params.get('color');
  const from = ends(params.get('from'));
  const to = ends(params.get('to'));
  const focus = params.get('focus');
  const expanded = list(params.get('expanded'));
  return {
    focus,
    expanded: expanded.length === 0 && focus ? [] : expanded,
    depth: Math.min(3, Math.max(1, Number(params.get('depth')) || 1)),
    limit: Math.min(500, Math.max(1, Number(params.get('limit')) || 100)),
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '') ? params.get('asOf') : null,
    includeUndated: params.get('undated') !== 'false',
    encoding: {
      sizeBy: sizeBy && METRICS.includes(sizeBy) ? (sizeBy as Encoding['sizeBy']) : 'NONE',
      colorBy: colorBy && [...METRICS, 'COMMUNITY'].includes(colorBy) ? (colorBy as Encoding['colorBy']) : 'KIND',
    },
    path: from.length && to.length ? { from, to } : null,
  };
}

/** Writes the view into the address bar (no new history entry: the back button leaves the page). */
export function writeViewState(state: ViewState): void {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.expanded.length) params.set('expanded', state.expanded.join(','));
  if (state.depth !== 1) params.set('depth', String(state.depth));
  if (state.limit !== 100) params.set('limit', String(state.limit));
  if (state.asOf) params.set('asOf', state.asOf);
  if (!state.includeUndated) params.set('undated', 'false');
  if (state.encoding.sizeBy !== 'NONE') params.set('size', state.encoding.sizeBy);
  if (state.encoding.colorBy !== 'KIND') params.set('color', state.encoding.colorBy);
  if (state.path) {
    params.set('from', encodeEnds(state.path.from));
    params.set('to', encodeEnds(state.path.to));
  }
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}
