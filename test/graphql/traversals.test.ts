import { describe, expect, it } from 'vitest';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';
import { useSeededApi } from '../testkit/api.ts';
import { adjacencyOf, shortestPathOracle } from '../testkit/path-oracle.ts';

const api = useSeededApi();

interface Graph {
  truncated: boolean;
  nodes: { id: string; kind: string }[];
  edges: { id: string; source: string; target: string; type: string }[];
}

const SUBGRAPH_FIELDS = 'truncated nodes { id kind } edges { id source target type }';

function expectClosed(graph: Graph) {
  const ids = new Set(graph.nodes.map((node) => node.id));
  expect(ids.size).toBe(graph.nodes.length);
  for (const edge of graph.edges) {
    expect(ids.has(edge.source), edge.id).toBe(true);
    expect(ids.has(edge.target), edge.id).toBe(true);
  }
  expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
}

describe('neighborhood', () => {
  it('gives Bolton’s direct neighbours and the edges among them', async () => {
    const graph: Graph = expectNoGraphQLErrors(
      await api.gql(`{ neighborhood(id: "john-bolton") { ${SUBGRAPH_FIELDS} } }`),
    ).neighborhood;
    const ids = graph.nodes.map((node) => node.id);
    expect(ids[0]).toBe('john-bolton');
    expect(ids).toEqual(expect.arrayContaining(['aliaksandr-lukashenka', 'uladzimir-makei', 'donald-trump', 'minsk']));
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ id: 'john-bolton:MET_WITH:aliaksandr-lukashenka', type: 'MET_WITH' }),
    );
    expect(graph.truncated).toBe(false);
    expectClosed(graph);
  });

  it('filters by direction, relationship type and kind', async () => {
    const graph: Graph = expectNoGraphQLErrors(
      await api.gql(`{ neighborhood(id: "john-bolton", direction: OUT, relationshipTypes: [MET_WITH, ADVISES], kinds: [PERSON]) { ${SUBGRAPH_FIELDS} } }`),
    ).neighborhood;
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(
      ['aliaksandr-lukashenka', 'donald-trump', 'john-bolton', 'uladzimir-makei'],
    );
    expect(graph.edges.every((edge) => ['MET_WITH', 'ADVISES'].includes(edge.type))).toBe(true);
    const incoming: Graph = expectNoGraphQLErrors(
      await api.gql(`{ neighborhood(id: "john-bolton", direction: IN, relationshipTypes: [MET_WITH]) { ${SUBGRAPH_FIELDS} } }`),
    ).neighborhood;
    expect(incoming.nodes.map((node) => node.id)).toEqual(['john-bolton']);
  });

  it('grows with depth and says when the limit cut it', async () => {
    const one: Graph = expectNoGraphQLErrors(await api.gql(`{ neighborhood(id: "john-bolton", depth: 1, limit: 500) { ${SUBGRAPH_FIELDS} } }`)).neighborhood;
    const two: Graph = expectNoGraphQLErrors(await api.gql(`{ neighborhood(id: "john-bolton", depth: 2, limit: 500) { ${SUBGRAPH_FIELDS} } }`)).neighborhood;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expectClosed(two);
    const capped: Graph = expectNoGraphQLErrors(await api.gql(`{ neighborhood(id: "john-bolton", depth: 2, limit: 10) { ${SUBGRAPH_FIELDS} } }`)).neighborhood;
    expect(capped.nodes).toHaveLength(10);
    expect(capped.truncated).toBe(true);
    expectClosed(capped);
  });

  it('gives an empty subgraph for an unknown id', async () => {
    const response = await api.gql(`{ neighborhood(id: "nobody") { ${SUBGRAPH_FIELDS} } }`);
    expect(response.body).toEqual({ data: { neighborhood: { truncated: false, nodes: [], edges: [] } } });
  });

  it('serves Cytoscape.js and graphology shapes through aliases alone', async () => {
    const data = expectNoGraphQLErrors(
      await api.gql(`{ neighborhood(id: "uladzimir-makei") {
        cy: nodes { data { id label kind } }
        cyEdges: edges { data { id source target type } }
        graphology: nodes { key attributes: data { label kind } }
        graphologyEdges: edges { key source target attributes: data { type } }
      } }`),
    ).neighborhood;
    expect(data.cy[0]).toEqual({ data: { id: 'uladzimir-makei', label: 'Uladzimir Makei', kind: 'PERSON' } });
    expect(data.graphology[0]).toEqual({ key: 'uladzimir-makei', attributes: { label: 'Uladzimir Makei', kind: 'PERSON' } });
    expect(data.cyEdges[0].data).toHaveProperty('source');
    expect(data.graphologyEdges[0]).toHaveProperty('attributes.type');
  });
});

describe('paths', () => {
  const PATH = `query P($from: ID!, $to: ID!, $maxDepth: Int! = 6, $types: [RelationshipType!]) {
    shortestPath(from: $from, to: $to, maxDepth: $maxDepth, relationshipTypes: $types) {
      length nodes { id } edges { id source target type evidence sourceDocuments { id } }
    }
  }`;

  it('connects an analyst to Lukashenka, each hop with evidence and sources', async () => {
    const path = expectNoGraphQLErrors(await api.gql(PATH, { from: 'arsen-sivistky', to: 'aliaksandr-lukashenka' })).shortestPath;
    expect(path.length).toBe(2);
    expect(path.nodes[0].id).toBe('arsen-sivistky');
    expect(path.nodes.at(-1).id).toBe('aliaksandr-lukashenka');
    path.edges.forEach((edge: { source: string; target: string; evidence: string; sourceDocuments: unknown[] }, i: number) => {
      expect([edge.source, edge.target].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
      expect(edge.evidence.length).toBeGreaterThan(10);
      expect(edge.sourceDocuments.length).toBeGreaterThan(0);
    });
  });

  it('applies relationship-type filters to every hop', async () => {
    const direct = expectNoGraphQLErrors(await api.gql(PATH, { from: 'john-bolton', to: 'aliaksandr-lukashenka', types: ['MET_WITH'] })).shortestPath;
    expect(direct.edges.map((edge: { id: string }) => edge.id)).toEqual(['john-bolton:MET_WITH:aliaksandr-lukashenka']);
    const viaMakei = expectNoGraphQLErrors(await api.gql(PATH, { from: 'aliaksandr-lukashenka', to: 'uladzimir-makei', types: ['MET_WITH'] })).shortestPath;
    expect(viaMakei.nodes.map((node: { id: string }) => node.id)).toEqual(['aliaksandr-lukashenka', 'john-bolton', 'uladzimir-makei']);
    const none = expectNoGraphQLErrors(await api.gql(PATH, { from: 'arsen-sivistky', to: 'donald-trump', types: ['MET_WITH'] })).shortestPath;
    expect(none).toBeNull();
  });

  it('answers null beyond maxDepth, for unknown ids, and a zero-length path to itself', async () => {
    expect(expectNoGraphQLErrors(await api.gql(PATH, { from: 'arsen-sivistky', to: 'aliaksandr-lukashenka', maxDepth: 1 })).shortestPath).toBeNull();
    expect(expectNoGraphQLErrors(await api.gql(PATH, { from: 'nobody', to: 'john-bolton' })).shortestPath).toBeNull();
    const self = expectNoGraphQLErrors(await api.gql(PATH, { from: 'john-bolton', to: 'john-bolton' })).shortestPath;
    expect(self).toMatchObject({ length: 0, nodes: [{ id: 'john-bolton' }], edges: [] });
  });

  it('finds exactly the shortest paths an independent breadth-first count finds', async () => {
    const adjacency = await adjacencyOf(api.store);
    const oracle = (from: string, to: string) => shortestPathOracle(adjacency, from, to);
    const pairs = [
      ['andrei-yahorau', 'john-bolton'],
      ['arsen-sivistky', 'dmitry-peskov'],
      ['bill-clinton', 'melania-trump'],
      ['alesia-rudnik', 'kremlin'],
      ['lidziya-yarmoshyna', 'poland'],
    ];
    let multiple = 0;
    for (const [from, to] of pairs) {
      const expected = oracle(from!, to!);
      const paths = expectNoGraphQLErrors(
        await api.gql('query A($from: ID!, $to: ID!) { allShortestPaths(from: $from, to: $to, first: 50) { length nodes { id } edges { id source target } } }', { from, to }),
      ).allShortestPaths as { length: number; nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] }[];
      expect(paths.length, `${from} → ${to}`).toBe(Math.min(expected.count, 50));
      if (paths.length > 1) multiple += 1;
      const keys = paths.map((path) => path.edges.map((edge) => edge.id).join('|'));
      expect(new Set(keys).size).toBe(paths.length);
      for (const path of paths) {
        expect(path.length).toBe(expected.length);
        expect(path.nodes[0]?.id).toBe(from);
        expect(path.nodes.at(-1)?.id).toBe(to);
        path.edges.forEach((edge, i) => {
          expect([edge.source, edge.target].sort()).toEqual([path.nodes[i]?.id, path.nodes[i + 1]?.id].sort());
        });
      }
    }
    expect(multiple).toBeGreaterThan(0);
    const two = expectNoGraphQLErrors(await api.gql('{ allShortestPaths(from: "bill-clinton", to: "melania-trump", first: 2) { length } }')).allShortestPaths;
    expect(two.length).toBeLessThanOrEqual(2);
  });
});

describe('subgraph', () => {
  it('induces the edges among the given nodes and leaves unknown ids out', async () => {
    const graph: Graph = expectNoGraphQLErrors(
      await api.gql(`{ subgraph(ids: ["john-bolton", "aliaksandr-lukashenka", "uladzimir-makei", "belarus-mfa", "nobody"]) { ${SUBGRAPH_FIELDS} } }`),
    ).subgraph;
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(['aliaksandr-lukashenka', 'belarus-mfa', 'john-bolton', 'uladzimir-makei']);
    expect(graph.edges.map((edge) => edge.id).sort()).toEqual([
      'john-bolton:MET_WITH:aliaksandr-lukashenka',
      'john-bolton:MET_WITH:uladzimir-makei',
      'uladzimir-makei:HOLDS_ROLE:belarus-mfa',
    ]);
    expectClosed(graph);
  });
});

describe('timeline', () => {
  const TIMELINE = `query T($participant: ID, $from: Date, $to: Date, $kinds: [EventType!]) {
    timeline(participant: $participant, from: $from, to: $to, kinds: $kinds) { id date eventType }
  }`;

  it('orders the 1993–2019 history by date', async () => {
    const events = expectNoGraphQLErrors(await api.gql(TIMELINE, { from: '1993-01-01', to: '2019-12-31' })).timeline as { id: string; date: string }[];
    const dates = events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
    expect(events[0]?.id).toBe('clinton-visit-minsk-1993');
    const ids = events.map((event) => event.id);
    for (const id of ['us-entry-ban-1998', 'embassy-staff-cut-2008', 'political-prisoners-release-2015', 'bolton-visit-minsk-2019']) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain('minsk-ghetto-killings-1942');
    expect(dates.every((date) => date >= '1993-01-01' && date <= '2019-12-31')).toBe(true);
  });

  it('narrows to a participant and to event types, undated events last', async () => {
    const bolton = expectNoGraphQLErrors(await api.gql(TIMELINE, { participant: 'john-bolton' })).timeline as { id: string; date: string | null }[];
    expect(bolton.map((event) => event.id)).toEqual(expect.arrayContaining(['bolton-visit-minsk-2019', 'bolton-visit-moldova-2019']));
    const firstUndated = bolton.findIndex((event) => event.date === null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(bolton.slice(firstUndated).every((event) => event.date === null)).toBe(true);
    const sanctions = expectNoGraphQLErrors(await api.gql(TIMELINE, { kinds: ['SANCTION'] })).timeline as { eventType: string }[];
    expect(sanctions.length).toBeGreaterThanOrEqual(3);
    expect(sanctions.every((event) => event.eventType === 'SANCTION')).toBe(true);
  });
});

describe('statements and documents', () => {
  it('filters statements by speaker and by subject', async () => {
    const yahorau = expectNoGraphQLErrors(await api.gql('{ statements(speaker: "andrei-yahorau") { id speakers { id } } }')).statements;
    expect(yahorau.length).toBeGreaterThanOrEqual(2);
    expect(yahorau.every((s: { speakers: { id: string }[] }) => s.speakers.some((p) => p.id === 'andrei-yahorau'))).toBe(true);
    const humanRights = expectNoGraphQLErrors(await api.gql('{ statements(about: "human-rights") { id about { id } } }')).statements;
    expect(humanRights.length).toBeGreaterThan(0);
    expect(humanRights.every((s: { about: { id: string }[] }) => s.about.some((a) => a.id === 'human-rights'))).toBe(true);
  });

  it('lists both source documents with what they report', async () => {
    const docs = expectNoGraphQLErrors(await api.gql('{ documents { id title statements { id } events { id } } }')).documents;
    expect(docs.map((doc: { id: string }) => doc.id)).toEqual(['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019']);
    for (const doc of docs) {
      expect(doc.statements.length).toBeGreaterThan(0);
      expect(doc.events.length).toBeGreaterThan(0);
    }
  });
});

describe('a subgraph’s entities', () => {
  it('are all there past a hundred, with every edge’s ends among them', async () => {
    const graph = expectNoGraphQLErrors(
      await api.gql('{ neighborhood(id: "john-bolton", depth: 3, limit: 500) { truncated nodeCount entities { id } edges { id source target } } }'),
    ).neighborhood as { truncated: boolean; nodeCount: number; entities: { id: string }[]; edges: { id: string; source: string; target: string }[] };
    expect(graph.nodeCount).toBeGreaterThan(100);
    expect(graph.entities).toHaveLength(graph.nodeCount);
    expectClosed({ truncated: graph.truncated, nodes: graph.entities.map((entity) => ({ ...entity, kind: '' })), edges: graph.edges.map((edge) => ({ ...edge, type: '' })) });
  });
});
