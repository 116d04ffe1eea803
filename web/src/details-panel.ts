import { el, replace } from './dom.ts';
import type { NodeDetails, NodeRef, Relation } from './details-query.ts';
import { nodeDetails } from './details-query.ts';
import { formatDate, words } from './format.ts';
import { renderQuote } from './path-panel.ts';
import { quotesBetween } from './queries.ts';
import { kindBadge } from './search-panel.ts';
import type { DocumentRef, GraphEdge, Quote } from './types.ts';

export interface DetailsOptions {
  /** Bring a node mentioned in the details into the graph. */
  onNavigate(id: string): void;
  /** Expand the node shown. */
  onExpand(id: string): void;
  onError(error: unknown): void;
}

/** Relation lists, in the order the panel shows them, with their headings. */
const RELATION_SECTIONS: [key: string, title: string][] = [
  ['roles', 'Roles'],
  ['meetings', 'Meetings'],
  ['participants', 'Participants'],
  ['actors', 'Announced, ordered or commented on by'],
  ['personEvents', 'Events'],
  ['countryEvents', 'Events'],
  ['visits', 'Visits'],
  ['visitors', 'Visitors'],
  ['leaders', 'Leaders'],
  ['people', 'People'],
  ['affiliations', 'Affiliations'],
  ['contacts', 'Contacts'],
  ['actions', 'Actions'],
  ['sanctions', 'Sanctions'],
  ['related', 'Before, after, causes and consequences'],
];

/** Relationship types that read the same from either end. */
const SYMMETRIC = new Set(['MET_WITH']);

const REF_SECTIONS: [key: string, title: string][] = [
  ['speakers', 'Said by'],
  ['about', 'About'],
  ['places', 'Where'],
  ['placeEvents', 'Events here'],
  ['topicEvents', 'Events'],
  ['authors', 'Authors'],
];

/** Properties, aliases, roles, dates, sources and quotes of the selected node or edge. */
export function mountDetails(root: HTMLElement, options: DetailsOptions) {
  let shown = '';
  const placeholder = () =>
    replace(root, el('h2', {}, 'Details'), el('p', { class: 'muted' }, 'Select a node or an edge in the graph, a search result or a hop of a path to see what the sources say about it.'));
  placeholder();

  const link = (ref: NodeRef) =>
    el('button', { type: 'button', class: 'link', 'data-id': ref.id, onclick: () => options.onNavigate(ref.id) }, ref.name ?? ref.title ?? ref.id);
  const documents = (list: DocumentRef[]) => (list.length ? el('span', { class: 'sources' }, list.map((document) => document.title).join('; ')) : null);
  const field = (name: string, value: unknown) =>
    value === null || value === undefined || value === '' ? null : el('div', { class: 'field' }, el('dt', {}, name), el('dd', {}, String(value)));

  /**
   * A relationship read from the node shown: "met with Lukashenka" either way for a meeting,
   * "visited Minsk" outgoing, "Belsat interviewed John Bolton" incoming (named, not "this").
   */
  function relationItem(relation: Relation, here: string): HTMLElement {
    const verb = el('span', { class: 'rel-type' }, words(relation.type));
    const reads = relation.direction === 'OUT' || SYMMETRIC.has(relation.type) ? [verb, ' ', link(relation.node)] : [link(relation.node), ' ', verb, ' ', el('span', { class: 'rel-here' }, here)];
    return el(
      'li',
      {},
      ...reads,
      relation.role ? ` · ${relation.role}` : '',
      relation.date ? ` · ${formatDate(relation.date, relation.datePrecision)}` : '',
      relation.evidence ? el('p', { class: 'evidence' }, relation.evidence) : null,
      documents(relation.sources),
    );
  }

  function section(title: string, items: HTMLElement[]): HTMLElement | null {
    return items.length ? el('section', { class: 'detail-section' }, el('h3', {}, `${title} (${items.length})`), el('ul', {}, ...items)) : null;
  }

  async function showNode(id: string): Promise<void> {
    shown = id;
    try {
      const node = await nodeDetails(id);
      if (shown !== id) return;
      if (!node) return replace(root, el('h2', {}, 'Details'), el('p', { class: 'empty' }, `No node has the id ${id}.`));
      replace(root, ...renderNode(node));
    } catch (error) {
      options.onError(error);
    }
  }

  function renderNode(node: NodeDetails): (HTMLElement | null)[] {
    const get = <T>(key: string) => (node[key] ?? []) as T[];
    const quotes = [...get<Quote>('said'), ...get<Quote>('statementsAbout')];
    const subtype = (node.eventType ?? node.organizationType ?? node.placeType ?? node.quoteType) as string | undefined;
    return [
      el('h2', { class: 'detail-title' }, kindBadge(node.kind), ` ${node.name}`),
      el('div', { class: 'row' }, el('button', { type: 'button', onclick: () => options.onExpand(node.id) }, 'Expand in graph'), el('code', { class: 'node-id' }, node.id)),
      node.description ? el('p', {}, node.description) : null,
      node.text ? renderQuote({ id: node.id, text: String(node.text), quoteType: (node.quoteType as Quote['quoteType']) ?? null, date: null, reportedIn: [] }) : null,
      el(
        'dl',
        { class: 'fields' },
        field('Type', subtype ? words(subtype) : null),
        field('Date', node.date || node.dateText ? dateWithWords(node) : null),
        field('Until', node.endDate ? formatDate(node.endDate as string) : null),
        field('Outlet', node.outlet),
        field('Author', node.author),
        field('Covers', node.coversDate ? formatDate(node.coversDate as string) : null),
        field('Also known as', node.aliases.filter((alias) => alias !== node.name).join(' · ')),
      ),
      ...RELATION_SECTIONS.map(([key, title]) => section(title, get<Relation>(key).map((relation) => relationItem(relation, node.name)))),
      ...REF_SECTIONS.map(([key, title]) => section(title, get<NodeRef>(key).map((ref) => el('li', {}, link(ref), ref.date ? ` · ${formatDate(ref.date)}` : '')))),
      section('Quotes', quotes.map(renderQuote)),
      section('Reported in', get<DocumentRef>('reportedIn').map((document) => el('li', {}, link(document)))),
      section('Sources', node.sources.map((document) => el('li', {}, link(document), document.outlet ? ` · ${document.outlet}` : ''))),
    ];
  }

  async function showEdge(edge: GraphEdge, names: (id: string) => string): Promise<void> {
    shown = edge.id;
    replace(
      root,
      el('h2', { class: 'detail-title' }, el('span', { class: 'badge edge-badge' }, 'Relationship'), ` ${words(edge.type)}`),
      el('p', { class: 'edge-ends' }, link({ id: edge.source, name: names(edge.source) }), ` — ${edge.label} → `, link({ id: edge.target, name: names(edge.target) })),
      el('dl', { class: 'fields' }, field('Date', edge.date ? formatDate(edge.date, edge.datePrecision) : null), field('Role', edge.role), field('Id', edge.id)),
      el('section', { class: 'detail-section' }, el('h3', {}, 'Evidence'), el('p', { class: 'evidence' }, edge.evidence ?? 'No evidence note.')),
      section('Sources', (edge.sourceDocuments ?? []).map((document) => el('li', {}, link(document)))),
    );
    try {
      const [quotes = []] = await quotesBetween([[edge.source, edge.target]]);
      if (shown === edge.id) root.append(section('Quotes', quotes.map(renderQuote)) ?? el('p', { class: 'muted' }, 'No quote links these two.'));
    } catch (error) {
      options.onError(error);
    }
  }

  return { showNode, showEdge, clear: placeholder };
}

/** The date as stored, with the source's own words when the day itself is not known. */
function dateWithWords(node: NodeDetails): string {
  const precision = node.datePrecision as string | null;
  const stated = node.date ? formatDate(node.date as string, precision) : '';
  const words = node.dateText && (!node.date || precision !== 'DAY') ? String(node.dateText) : '';
  // "1993 (photo caption)" already says 1993: not "1993 (1993 (photo caption))".
  if (stated && words && words.includes(stated)) return words;
  return stated && words ? `${stated} (${words})` : stated || words;
}
