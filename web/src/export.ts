import type { Core } from 'cytoscape';

// The current view as a picture (PNG) and as JSON in the API's own flat shape; GraphML, GEXF
// and CSV come from the API's /export/, with every attribute.

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

/** Downloads what the API's `/export/` answers (the browser streams it to a file). */
export function downloadUrl(url: string): void {
  const link = Object.assign(document.createElement('a'), { href: url, download: '' });
  document.body.append(link);
  link.click();
  link.remove();
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
