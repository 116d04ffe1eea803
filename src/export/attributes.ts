/**
 * Every attribute an export carries, for nodes and edges alike in GraphML, GEXF and CSV:
 * its name, its type in each format, and how to read it from the API's answer.
 */
export interface ExportNode {
  id: string;
  label: string;
  kind: string;
  subtype: string | null;
  aliases: string[];
  description: string | null;
  date?: string | null;
  datePrecision?: string | null;
  sourceIds: string[];
  metrics: { degree: number; pageRank: number; betweenness: number; betweennessError: number; community: { id: string; label: string } };
}

export interface ExportEdge {
  id: string;
  type: string;
  label: string;
  source: string;
  target: string;
  basis: string;
  evidence: string | null;
  sources: string[];
  sourceCount: number;
  date: string | null;
  datePrecision: string | null;
  role: string | null;
}

export type AttributeType = 'string' | 'int' | 'double';

export interface Attribute<T> {
  name: string;
  type: AttributeType;
  value: (element: T) => string | number | null;
}

/** Lists become one text, items separated by `; ` (no name or id holds one). */
const list = (items: readonly string[]) => (items.length > 0 ? items.join('; ') : null);

export const NODE_ATTRIBUTES: readonly Attribute<ExportNode>[] = [
  { name: 'label', type: 'string', value: (node) => node.label },
  { name: 'kind', type: 'string', value: (node) => node.kind },
  { name: 'subtype', type: 'string', value: (node) => node.subtype },
  { name: 'aliases', type: 'string', value: (node) => list(node.aliases) },
  { name: 'description', type: 'string', value: (node) => node.description },
  { name: 'date', type: 'string', value: (node) => node.date ?? null },
  { name: 'datePrecision', type: 'string', value: (node) => node.datePrecision ?? null },
  { name: 'sources', type: 'string', value: (node) => list(node.sourceIds) },
  { name: 'degree', type: 'int', value: (node) => node.metrics.degree },
  { name: 'pageRank', type: 'double', value: (node) => node.metrics.pageRank },
  { name: 'betweenness', type: 'double', value: (node) => node.metrics.betweenness },
  { name: 'betweennessError', type: 'double', value: (node) => node.metrics.betweennessError },
  { name: 'community', type: 'string', value: (node) => node.metrics.community.id },
  { name: 'communityLabel', type: 'string', value: (node) => node.metrics.community.label },
];

export const EDGE_ATTRIBUTES: readonly Attribute<ExportEdge>[] = [
  { name: 'type', type: 'string', value: (edge) => edge.type },
  { name: 'label', type: 'string', value: (edge) => edge.label },
  { name: 'basis', type: 'string', value: (edge) => edge.basis },
  { name: 'evidence', type: 'string', value: (edge) => edge.evidence },
  { name: 'sources', type: 'string', value: (edge) => list(edge.sources) },
  { name: 'sourceCount', type: 'int', value: (edge) => edge.sourceCount },
  { name: 'date', type: 'string', value: (edge) => edge.date },
  { name: 'datePrecision', type: 'string', value: (edge) => edge.datePrecision },
  { name: 'role', type: 'string', value: (edge) => edge.role },
];

/** Text safe inside an XML attribute or element: markup escaped, characters XML 1.0 forbids dropped. */
export function xml(value: string | number): string {
  return String(value)
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
