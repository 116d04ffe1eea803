/**
 * Slim subgraphs (src/schema/lookahead.ts slimSubgraph): a neighbourhood or subgraph whose
 * selection names only ids, kinds and names of its nodes, and types and ends of its
 * relationships, reads those alone (cypher/queries/neighbors.cypher, induced-edges.cypher), and
 * answers exactly as whole records do.
 */
import { Kind, parse } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { neighborhood } from '../../src/graph/neighborhood.ts';
import { schema } from '../../src/schema/index.ts';
import { slimSubgraph } from '../../src/schema/lookahead.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import { useSeededApi } from '../testkit/api.ts';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';

const api = useSeededApi();

/** What graphql-js hands the resolver of the document's first root field (the parts the look-ahead reads). */
function infoOf(document: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const ast = parse(document);
  const operation = ast.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    ast.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  const returnType = schema.getQueryType()!.getFields()[field.name.value]!.type;
  return { schema, fieldNodes: [field], returnType, fragments, variableValues } as unknown as GraphQLResolveInfo;
}

const slimOf = (selection: string, variables?: Record<string, unknown>, fragments = '') =>
  slimSubgraph(infoOf(`query Q($full: Boolean = false) { neighborhood(id: "john-bolton") { ${selection} } } ${fragments}`, variables));

describe('which selections are slim', () => {
  it.each([
    ['graph views: ids, kinds, labels, ends', 'truncated nodeCount nodes { id kind label } edges { id source target type }', { nodes: true, edges: true }],
    ['Cytoscape.js elements', 'entities { id data { id label kind } } edges { id data { id source target type label } }', { nodes: true, edges: true }],
    ['graphology attributes', 'entities { key attributes: data { label kind } } edges { key source target attributes: data { type label } }', { nodes: true, edges: true }],
    ['relation fields, read by id', 'entities { id name ... on Person { roles { node { id } } } } edges { id }', { nodes: true, edges: true }],
    ['a description', 'entities { id description } edges { id }', { nodes: false, edges: true }],
    ['a field of one kind', 'entities { id ... on Event { date } } edges { id }', { nodes: false, edges: true }],
    ['the typed node of a GraphNode', 'nodes { id node { id } } edges { id }', { nodes: false, edges: true }],
    ['what an edge cites', 'entities { id } edges { id sources }', { nodes: true, edges: false }],
    ['an edge’s end, looked up', 'entities { id } edges { id sourceNode { id } }', { nodes: false, edges: false }],
    ['an edge’s end under data', 'entities { id } edges { data { targetNode { id } } }', { nodes: false, edges: false }],
  ])('%s', (_what, selection, expected) => {
    expect(slimOf(selection)).toEqual(expected);
  });

  it('reads paths as it reads subgraphs', () => {
    const ends = 'from: "arsen-sivistky", to: "aliaksandr-lukashenka"';
    expect(slimSubgraph(infoOf(`{ shortestPath(${ends}) { length entities { id label } edges { id source target } } }`))).toEqual({ nodes: true, edges: true });
    expect(slimSubgraph(infoOf(`{ allShortestPaths(${ends}) { nodes { id } edges { evidence } } }`))).toEqual({ nodes: true, edges: false });
    expect(slimSubgraph(infoOf(`{ paths(from: ["john-bolton"], to: ["belarus"]) { truncated paths { entities { id sources { id } } edges { id } } } }`))).toEqual({
      nodes: false,
      edges: true,
    });
  });

  it('reads fragments and directives as the request does', () => {
    expect(slimOf('entities { ...Card } edges { id }', {}, 'fragment Card on Entity { id name }')).toEqual({ nodes: true, edges: true });
    expect(slimOf('entities { ...Card } edges { id }', {}, 'fragment Card on Entity { id aliases }')).toEqual({ nodes: false, edges: true });
    expect(slimOf('entities { id description @include(if: $full) }', { full: false })).toEqual({ nodes: true, edges: true });
    expect(slimOf('entities { id description @include(if: $full) }', { full: true })).toEqual({ nodes: false, edges: true });
  });
});

describe('slim neighbourhoods', () => {
  const WHOLE = `{ neighborhood(id: "john-bolton", depth: 2, limit: 30) {
    truncated entities { id kind name description aliases } edges { id source target type evidence sources }
  } }`;
  const SLIM = `{ neighborhood(id: "john-bolton", depth: 2, limit: 30) {
    truncated entities { id kind name } edges { id source target type }
  } }`;

  it('read only ids, kinds and names, and types and ends', async () => {
    const runner = createQueryRunner(api.store, []);
    const options = { id: 'john-bolton', depth: 2, direction: 'BOTH' as const, types: [], kinds: [], limit: 30, edgeLimit: 5000 };
    const whole = await neighborhood({ runner }, options);
    const slim = await neighborhood({ runner }, { ...options, slim: { nodes: true, edges: true } });
    const nodes = (graph: typeof whole) => JSON.stringify(graph.nodes.map((node) => [node.id, node.kind, node.name]));
    const edges = (graph: typeof whole) => JSON.stringify(graph.edges.map((edge) => [edge.id, edge.type, edge.source, edge.target]));
    expect(slim.nodes.length).toBe(30);
    expect(nodes(slim)).toBe(nodes(whole));
    expect(edges(slim)).toBe(edges(whole));
    expect(slim.truncated).toBe(whole.truncated);
    expect(whole.nodes.some((node) => node.description !== null) && whole.edges.some((edge) => edge.evidence !== null)).toBe(true);
    expect(slim.nodes.every((node) => node.description === null) && slim.edges.every((edge) => edge.evidence === null)).toBe(true);
  });

  it('answer as whole records do, in the same order', async () => {
    const whole = expectNoGraphQLErrors(await api.gql(WHOLE)).neighborhood;
    const slim = expectNoGraphQLErrors(await api.gql(SLIM)).neighborhood;
    const strip = (graph: any) => ({
      truncated: graph.truncated,
      entities: graph.entities.map((e: any) => ({ id: e.id, kind: e.kind, name: e.name })),
      edges: graph.edges.map((e: any) => ({ id: e.id, source: e.source, target: e.target, type: e.type })),
    });
    expect(slim.entities.length).toBe(30);
    expect(JSON.stringify(slim)).toBe(JSON.stringify(strip(whole)));
  });

  it('read the relation fields below them as a lookup does', async () => {
    const below = 'id name ... on Person { meetings { date node { id description } } }';
    const slim = expectNoGraphQLErrors(await api.gql(`{ neighborhood(id: "belarus") { entities { ${below} } } }`)).neighborhood;
    const people = slim.entities.filter((entity: any) => entity.meetings !== undefined);
    expect(people.flatMap((person: any) => person.meetings).length).toBeGreaterThan(0);
    for (const person of people) {
      const alone = expectNoGraphQLErrors(await api.gql(`query One($id: ID!) { entity(id: $id) { ${below} } }`, { id: person.id })).entity;
      expect(JSON.stringify(person)).toBe(JSON.stringify(alone));
    }
  });

  it('never stand in for a whole record: an edge’s ends are whole, and looked up in no further round trip', async () => {
    api.recorder.reset();
    const graph = expectNoGraphQLErrors(
      await api.gql('{ neighborhood(id: "john-bolton") { entities { id } edges { source sourceNode { id name description } } } }'),
    ).neighborhood;
    expect(api.recorder.names).not.toContain('entitiesByIds');
    for (const edge of graph.edges.slice(0, 5)) {
      const alone = expectNoGraphQLErrors(await api.gql('query One($id: ID!) { entity(id: $id) { id name description } }', { id: edge.source })).entity;
      expect(edge.sourceNode).toEqual(alone);
    }
  });

  it.each([
    ['shortestPath', 'shortestPath(from: "arsen-sivistky", to: "aliaksandr-lukashenka")', (data: any) => [data]],
    ['allShortestPaths', 'allShortestPaths(from: "arsen-sivistky", to: "aliaksandr-lukashenka", first: 20)', (data: any) => data],
    ['paths', 'paths(from: ["john-bolton", "arsen-sivistky"], to: ["belarus", "uladzimir-makei"]) { paths', (data: any) => data.paths],
  ])('in %s, give the paths whole records give, in the same order', async (name, field, pathsOf) => {
    const close = field.endsWith('{ paths') ? ' }' : '';
    const whole = expectNoGraphQLErrors(await api.gql(`{ ${field} { entities { id kind name description } edges { id source target type evidence } }${close} }`))[name];
    const slim = expectNoGraphQLErrors(await api.gql(`{ ${field} { entities { id kind name } edges { id source target type } }${close} }`))[name];
    const strip = (path: any) => ({
      entities: path.entities.map(({ description: _description, ...entity }: any) => entity),
      edges: path.edges.map(({ evidence: _evidence, ...edge }: any) => edge),
    });
    expect(pathsOf(slim).length).toBeGreaterThan(0);
    expect(pathsOf(slim)[0].edges.length).toBeGreaterThan(0);
    expect(JSON.stringify(pathsOf(slim))).toBe(JSON.stringify(pathsOf(whole).map(strip)));
  });

  it('in a subgraph, give its relationships as whole ones do', async () => {
    const ids = '["john-bolton", "aliaksandr-lukashenka", "uladzimir-makei", "belarus", "minsk"]';
    const whole = expectNoGraphQLErrors(await api.gql(`{ subgraph(ids: ${ids}) { nodes { id label } edges { id source target type evidence } } }`)).subgraph;
    const slim = expectNoGraphQLErrors(await api.gql(`{ subgraph(ids: ${ids}) { nodes { id label } edges { id source target type } } }`)).subgraph;
    expect(slim.edges.length).toBeGreaterThan(3);
    expect(JSON.stringify(slim.edges)).toBe(JSON.stringify(whole.edges.map(({ evidence: _evidence, ...edge }: any) => edge)));
  });
});
