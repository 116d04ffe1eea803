import type { Attribute, ExportEdge, ExportNode } from './attributes.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, xml } from './attributes.ts';

/** How one download format writes a graph: what comes first and last, and how nodes and edges read. */
export interface Format {
  /** Media type of the download. */
  contentType: string;
  /** File name extension. */
  extension: string;
  /** Whether every node must come before the first edge (GEXF), else nodes and edges may mix (GraphML). */
  nodesFirst: boolean;
  head(title: string): string;
  nodes(nodes: readonly ExportNode[]): string;
  edges(edges: readonly ExportEdge[]): string;
  /** Written between the last node and the first edge. */
  between: string;
  tail: string;
}

const present = <T>(element: T, attributes: readonly Attribute<T>[]) =>
  attributes.flatMap((attribute, index) => {
    const value = attribute.value(element);
    return value === null || value === '' ? [] : [{ index, attribute, value }];
  });

/** GraphML 1.1 (yEd, Cytoscape desktop, Gephi, graphology, networkx): a key per attribute, declared up front. */
export const GRAPHML: Format = {
  contentType: 'application/graphml+xml; charset=utf-8',
  extension: 'graphml',
  nodesFirst: false,
  head: (title) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd">\n' +
    `  <desc>${xml(title)}</desc>\n` +
    NODE_ATTRIBUTES.map((a, i) => `  <key id="n${i}" for="node" attr.name="${a.name}" attr.type="${a.type}"/>\n`).join('') +
    EDGE_ATTRIBUTES.map((a, i) => `  <key id="e${i}" for="edge" attr.name="${a.name}" attr.type="${a.type}"/>\n`).join('') +
    '  <graph id="G" edgedefault="directed">\n',
  nodes: (nodes) =>
    nodes
      .map((node) => `    <node id="${xml(node.id)}">${present(node, NODE_ATTRIBUTES).map(({ index, value }) => `<data key="n${index}">${xml(value)}</data>`).join('')}</node>\n`)
      .join(''),
  edges: (edges) =>
    edges
      .map(
        (edge) =>
          `    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">` +
          `${present(edge, EDGE_ATTRIBUTES).map(({ index, value }) => `<data key="e${index}">${xml(value)}</data>`).join('')}</edge>\n`,
      )
      .join(''),
  between: '',
  tail: '  </graph>\n</graphml>\n',
};

const GEXF_TYPES = { string: 'string', int: 'integer', double: 'double' } as const;

const attvalues = <T>(element: T, attributes: readonly Attribute<T>[]) => {
  const values = present(element, attributes);
  return values.length === 0 ? '' : `<attvalues>${values.map(({ index, value }) => `<attvalue for="${index}" value="${xml(value)}"/>`).join('')}</attvalues>`;
};

/** GEXF 1.2 (Gephi's own format): every node, then every edge. */
export const GEXF: Format = {
  contentType: 'application/gexf+xml; charset=utf-8',
  extension: 'gexf',
  nodesFirst: true,
  head: (title) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n' +
    `  <meta><creator>actor-graph</creator><description>${xml(title)}</description></meta>\n` +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    `    <attributes class="node">${NODE_ATTRIBUTES.map((a, i) => `<attribute id="${i}" title="${a.name}" type="${GEXF_TYPES[a.type]}"/>`).join('')}</attributes>\n` +
    `    <attributes class="edge">${EDGE_ATTRIBUTES.map((a, i) => `<attribute id="${i}" title="${a.name}" type="${GEXF_TYPES[a.type]}"/>`).join('')}</attributes>\n` +
    '    <nodes>\n',
  nodes: (nodes) => nodes.map((node) => `      <node id="${xml(node.id)}" label="${xml(node.label)}">${attvalues(node, NODE_ATTRIBUTES)}</node>\n`).join(''),
  edges: (edges) =>
    edges
      .map((edge) => `      <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}" label="${xml(edge.label)}">${attvalues(edge, EDGE_ATTRIBUTES)}</edge>\n`)
      .join(''),
  between: '    </nodes>\n    <edges>\n',
  tail: '    </edges>\n  </graph>\n</gexf>\n',
};

/** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
const field = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV for spreadsheets: one table, its rows nodes or edges, every attribute a column. */
export function csv(table: 'nodes' | 'edges'): Format {
  const nodeColumns = ['id', ...NODE_ATTRIBUTES.map((a) => a.name)];
  const edgeColumns = ['id', 'source', 'target', ...EDGE_ATTRIBUTES.map((a) => a.name)];
  return {
    contentType: 'text/csv; charset=utf-8; header=present',
    extension: 'csv',
    nodesFirst: true,
    head: () => `${(table === 'nodes' ? nodeColumns : edgeColumns).join(',')}\r\n`,
    nodes: (nodes) => (table !== 'nodes' ? '' : nodes.map((node) => `${[node.id, ...NODE_ATTRIBUTES.map((a) => a.value(node))].map(field).join(',')}\r\n`).join('')),
    edges: (edges) =>
      table !== 'edges' ? '' : edges.map((edge) => `${[edge.id, edge.source, edge.target, ...EDGE_ATTRIBUTES.map((a) => a.value(edge))].map(field).join(',')}\r\n`).join(''),
    between: '',
    tail: '',
  };
}
