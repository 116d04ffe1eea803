import type { StylesheetJson } from 'cytoscape';
import { KIND_STYLE } from './format.ts';
import type { Kind } from './types.ts';

// Actors get larger labels: zoomed out to a few hundred nodes, only their names stay legible
// (below `min-zoomed-font-size` a label is not drawn), and the rest appear when zooming in.
const ACTORS: readonly Kind[] = ['PERSON', 'ORGANIZATION', 'COUNTRY'];

const kindRules: StylesheetJson = Object.entries(KIND_STYLE).map(([kind, style]) => ({
  selector: `node[kind = "${kind as Kind}"]`,
  style: {
    'background-color': style.color,
    shape: style.shape as never,
    ...(ACTORS.includes(kind as Kind) ? { 'font-size': 14, 'font-weight': 600, width: 26, height: 26 } : {}),
  },
}));

/**
 * Readable at 200 nodes: labels sit under small nodes on a white halo, edge labels only
 * appear once zoomed in far enough to read them, and faded elements step back.
 */
export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 22,
      height: 22,
      label: 'data(label)',
      'font-size': 11,
      'font-family': 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
      color: '#1f2937',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      // Whole names on up to three lines: an ellipsis hid which Lukashenka or which visit it was.
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 9,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  ...kindRules,
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#111827' } },
    {
    selector: 'edge',
    style: {
      width: 1.4,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      // At 8 px edge labels were drawn at 7 px on screen and could not be read: 11 px, and
      // drawn only once zoomed in far enough for them to be at least 10 px.
      'font-size': 11,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 10,
    },
  },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#f59e0b', width: 30, height: 30, 'font-weight': 'bold', 'z-index': 10 } },
  {
    selector: 'edge.on-path',
    style: { width: 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', color: '#92400e', 'font-size': 10, 'font-weight': 'bold', 'z-index': 10 },
  },
  { selector: 'edge.on-path.path-shown', style: { width: 6, 'line-color': '#d97706', 'target-arrow-color': '#d97706' } },
  { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'edge:selected', style: { width: 3, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb' } },
  { selector: 'node.in-range', style: { 'underlay-color': '#fde68a', 'underlay-opacity': 0.9, 'underlay-padding': 6 } },
];
