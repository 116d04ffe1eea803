import type { Core } from 'cytoscape';

// The current view as a picture (PNG), as GraphML for Gephi, yEd or Cytoscape desktop, and as
// JSON in the API's own flat shape.

const NODE_KEYS = ['label', 'kind', 'subtype', 'date'] as const;
const EDGE_KEYS = ['type', 'label', 'date', 'role', 'evidence', 'sources'] as const;

export async function exportPng(cy: Core): Promise<void> {
  const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  download(blob, 'actor-graph.png');
}

export function viewAsJson(cy: Core) {
  return {
    nodes: cy.nodes().map((node) => ({ ...node.data() })),
    edges: cy.edges().map((edge) => ({ ...edge.data() })),
  };
}

export function exportJson(cy: Core): void {
  download(new Blob([JSON.stringify(viewAsJson(cy), null, 2)], { type: 'application/json' }), 'actor-graph.json');
}

export function viewAsGraphml(cy: Core): string {
  const value = (raw: unknown) => (Array.isArray(raw) ? raw.join(' ') : raw === null || raw === undefined ? '' : String(raw));
  const data = (keys: readonly string[], prefix: string, fields: Record<string, unknown>) =>
    keys
      .filter((key) => value(fields[key]) !== '')
      .map((key) => `<data key="${prefix}_${key}">${escapeXml(value(fields[key]))}</data>`)
      .join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map((key) => `  <key id="n_${key}" for="node" attr.name="${key}" attr.type="string"/>`),
    ...EDGE_KEYS.map((key) => `  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>`),
    '  <graph id="actor-graph" edgedefault="directed">',
    ...cy.nodes().map((node) => `    <node id="${escapeXml(node.id())}">${data(NODE_KEYS, 'n', node.data())}</node>`),
    ...cy
      .edges()
      .map((edge) => `    <edge id="${escapeXml(edge.id())}" source="${escapeXml(edge.source().id())}" target="${escapeXml(edge.target().id())}">${data(EDGE_KEYS, 'e', edge.data())}</edge>`),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

export function exportGraphml(cy: Core): void {
  download(new Blob([viewAsGraphml(cy)], { type: 'application/graphml+xml' }), 'actor-graph.graphml');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
