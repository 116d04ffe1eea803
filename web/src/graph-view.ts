import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions, NodeSingular, SingularElementArgument } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './graph-style.ts';
import type { GraphEdge, GraphNode, Subgraph } from './types.ts';
import { communityColor, metricColor } from './format.ts';

cytoscape.use(fcose);

export interface GraphViewHandlers {
  /** A node or an edge was tapped (null: the background). */
  onSelect(element: SingularElementArgument | null): void;
  /** The set of elements changed: counts, timeline marks. */
  onChange(): void;
}

/** What nodes' size and colour show: a metric, the kind, the community. */
export interface Encoding {
  sizeBy: 'NONE' | Metric;
  colorBy: 'KIND' | 'COMMUNITY' | Metric;
}

export type Metric = 'DEGREE' | 'PAGE_RANK' | 'BETWEENNESS';

const METRIC_FIELD: Record<Metric, 'degree' | 'pageRank' | 'betweenness'> = { DEGREE: 'degree', PAGE_RANK: 'pageRank', BETWEENNESS: 'betweenness' };

/** Room around the graph when it is fitted: a label under a node at the edge stays inside the canvas. */
const FIT_PADDING = 60;

export interface MergeResult {
  addedNodes: number;
  addedEdges: number;
}

/** The Cytoscape.js view: merges subgraphs in, lays them out, highlights paths. */
export function createGraphView(container: HTMLElement, handlers: GraphViewHandlers) {
  const cy: Core = cytoscape({
    container,
    style: graphStyle,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  cy.on('tap', (event) => handlers.onSelect(event.target === cy ? null : (event.target as SingularElementArgument)));

  /** Adds what is not there yet; returns how much was new. Existing nodes keep their place. */
  function merge(subgraph: Pick<Subgraph, 'nodes' | 'edges'>): MergeResult {
    const nodes = subgraph.nodes.filter((node) => cy.getElementById(node.id).empty());
    const edges = subgraph.edges.filter((edge) => cy.getElementById(edge.id).empty());
    const firstLoad = cy.nodes().empty();
    const anchor = cy.nodes().length ? cy.nodes().boundingBox() : { x1: 0, y1: 0, w: 0, h: 0 };
    const elements: ElementDefinition[] = [
      ...nodes.map((node) => ({ group: 'nodes' as const, data: nodeData(node), position: { x: anchor.x1 + anchor.w / 2, y: anchor.y1 + anchor.h / 2 } })),
      ...edges.map((edge) => ({ group: 'edges' as const, data: edgeData(edge) })),
    ];
    if (elements.length) {
      cy.add(elements);
      encode(encoding);
      layout(!firstLoad && nodes.length < cy.nodes().length);
      handlers.onChange();
    }
    return { addedNodes: nodes.length, addedEdges: edges.length };
  }

  /** fcose keeps 200 nodes apart with their labels; incremental runs start from where nodes are. */
  function layout(incremental: boolean): void {
    const options = {
      name: 'fcose',
      quality: 'default',
      randomize: !incremental,
      animate: false,
      fit: true,
      padding: FIT_PADDING,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 20000,
      idealEdgeLength: () => 110,
      edgeElasticity: () => 0.3,
      gravity: 0.12,
      nodeSeparation: 90,
      numIter: 2500,
      packComponents: true,
    } as unknown as LayoutOptions;
    cy.layout(options).run();
    cy.fit(undefined, FIT_PADDING);
  }

  let encoding: Encoding = { sizeBy: 'NONE', colorBy: 'KIND' };

  /**
   * Sizes nodes by a metric (square root of the value over the largest in view, 18 to 54 px)
   * and colours them by kind, by community or by a metric (light to dark).
   */
  function encode(next: Encoding): void {
    encoding = next;
    const nodes = cy.nodes();
    const largest = (metric: Metric) => Math.max(1e-12, ...nodes.map((node) => Number(node.data(METRIC_FIELD[metric]) ?? 0)));
    const share = (node: NodeSingular, metric: Metric, max: number) => Math.sqrt(Math.max(0, Number(node.data(METRIC_FIELD[metric]) ?? 0)) / max);
    const sizeMax = next.sizeBy === 'NONE' ? 0 : largest(next.sizeBy);
    const colorMax = next.colorBy === 'KIND' || next.colorBy === 'COMMUNITY' ? 0 : largest(next.colorBy);
    cy.batch(() => {
      for (const node of nodes) {
        if (next.sizeBy === 'NONE') node.removeStyle('width height');
        else {
          const size = 18 + 36 * share(node, next.sizeBy, sizeMax);
          node.style({ width: size, height: size });
        }
        if (next.colorBy === 'KIND') node.removeStyle('background-color');
        else if (next.colorBy === 'COMMUNITY') node.style('background-color', communityColor(String(node.data('community') ?? '')));
        else node.style('background-color', metricColor(share(node, next.colorBy, colorMax)));
      }
    });
  }

  function highlight(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    clearHighlight();
    const onPath = cy.collection();
    for (const id of [...nodeIds, ...edgeIds]) onPath.merge(cy.getElementById(id));
    onPath.addClass('on-path');
    cy.elements().difference(onPath).addClass('faded');
    // Fit the path, but not closer than 1.5×: a two-hop path would otherwise fill the screen.
    cy.fit(onPath, 90);
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center(onPath);
    }
  }

  function clearHighlight(): void {
    cy.elements().removeClass('on-path faded');
  }

  function select(id: string): SingularElementArgument | null {
    const element = cy.getElementById(id);
    if (element.empty()) return null;
    cy.elements().unselect();
    element.select();
    // Pan only when the element is out of sight: moving the view under the analyst's eyes loses their place.
    const box = element.renderedBoundingBox();
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.animate({ center: { eles: element } }, { duration: 200 });
    return element;
  }

  function clear(): void {
    cy.elements().remove();
    handlers.onChange();
  }

  return { cy, merge, layout, highlight, clearHighlight, select, clear, encode, encoding: () => encoding };
}

export type GraphView = ReturnType<typeof createGraphView>;

function nodeData(node: GraphNode) {
  return {
    id: node.id,
    label: node.label,
    kind: node.kind,
    subtype: node.subtype ?? null,
    date: node.date ?? null,
    aliases: node.aliases ?? [],
    degree: node.metrics?.degree ?? 0,
    pageRank: node.metrics?.pageRank ?? 0,
    betweenness: node.metrics?.betweenness ?? 0,
    community: node.metrics?.community.id ?? null,
    communityLabel: node.metrics?.community.label ?? null,
  };
}

function edgeData(edge: GraphEdge) {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: edge.label,
    date: edge.date ?? null,
    role: edge.role ?? null,
    evidence: edge.evidence ?? null,
    sources: edge.sources ?? [],
    sourceDocuments: edge.sourceDocuments ?? [],
  };
}
