import { describe, expect, it } from 'vitest';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';
import { useSeededApi } from '../testkit/api.ts';
import { TEST_STORE } from '../testkit/neo4j.ts';

const api = useSeededApi();

/** Neo4j answers a path search in one round trip of its own search (shortest-paths-native.cypher). */
const pathTrips = (portable: string[]) => (TEST_STORE === 'neo4j' ? ['shortestPathsNative'] : portable);
/** Neo4j reads a neighbourhood's last level and the relationships among its nodes in one round trip (StoreCapabilities.subqueries). */
const onNeo4j = (neo4j: string[], embedded: string[]) => (TEST_STORE === 'neo4j' ? neo4j : embedded);

const PEOPLE_AND_EVENTS = [
  'john-bolton', 'aliaksandr-lukashenka', 'uladzimir-makei', 'donald-trump', 'melania-trump', 'bill-clinton',
  'arsen-sivistky', 'dzianis-meliantsou', 'andrei-yahorau', 'alesia-rudnik', 'lidziya-yarmoshyna', 'dmitry-peskov',
  'bolton-visit-minsk-2019', 'bolton-lukashenka-meeting-2019', 'clinton-visit-minsk-1993', 'us-entry-ban-1998',
  'embassy-staff-cut-2008', 'ambassadors-recalled-2008', 'political-prisoners-release-2015', 'us-sanctions-2010',
  'mfa-diplomats-limit-lifted-2019', 'bolton-poland-visit-cancelled-2019',
];

describe('batching: store round trips grow with depth, not with the number of nodes', () => {
  it(`loads ${PEOPLE_AND_EVENTS.length} entities, their sources and relationships in 3 round trips`, async () => {
    api.recorder.reset();
    const data = expectNoGraphQLErrors(
      await api.gql(
        `query Many($ids: [ID!]!) {
          nodes(ids: $ids) {
            id
            ... on Entity {
              name
              sources { id title }
              relationships(types: [PARTICIPATED_IN, SAID, REPORTED_IN]) { type node { id ... on Entity { name } } }
            }
          }
        }`,
        { ids: PEOPLE_AND_EVENTS },
      ),
    );
    const touched = new Set<string>();
    for (const node of data.nodes) {
      touched.add(node.id);
      for (const relation of node.relationships) touched.add(relation.node.id);
    }
    expect(touched.size).toBeGreaterThan(60);
    // nodes → one entitiesByIds; sources + relationships at the next level → one each, far nodes primed.
    expect([...api.recorder.names].sort()).toEqual(['entitiesByIds', 'entitiesByIds', 'relationsByKeys']);
  });

  it('resolves an actor card three levels deep in one round trip, its relation fields read ahead (src/schema/lookahead.ts)', async () => {
    api.recorder.reset();
    const data = expectNoGraphQLErrors(
      await api.gql(`{
        node(id: "john-bolton") { ... on Person {
          name
          statements { text about { id ... on Entity { name } } reportedIn { title } speakers { id } }
          meetings { node { ... on Person { roles { role node { id } } } } }
          events { node { ... on Event { participants { node { id } } } } }
        } }
      }`),
    );
    expect(data.node.statements.length).toBeGreaterThan(5);
    // One relationsByKeys: the node itself, statements/meetings/events at it, and
    // about/reportedIn/speakers/roles/participants one level further.
    expect(api.recorder.names).toEqual(['relationsByKeys']);
  });

  it('keeps loader caches per request', async () => {
    api.recorder.reset();
    await api.gql('{ node(id: "minsk") { id } }');
    await api.gql('{ node(id: "minsk") { id } }');
    expect(api.recorder.names).toEqual(['entitiesByIds', 'entitiesByIds']);
  });

  it('finds a 2-hop path, its ends and its nodes in one round trip that grows both sides', async () => {
    api.recorder.reset();
    const path = expectNoGraphQLErrors(
      await api.gql('{ shortestPath(from: "arsen-sivistky", to: "aliaksandr-lukashenka") { length nodes { id label } edges { id } } }'),
    ).shortestPath;
    expect(path.length).toBe(2);
    expect(api.recorder.names).toEqual(pathTrips(['expandFrontiers']));
  });

  it('finds every 4-hop path in two round trips, one per two levels', async () => {
    api.recorder.reset();
    const paths = expectNoGraphQLErrors(
      await api.gql('{ allShortestPaths(from: "belsat", to: "moscow") { length nodes { id label } edges { id } } }'),
    ).allShortestPaths;
    expect(paths.map((path: { length: number }) => path.length)).toEqual([4]);
    expect(api.recorder.names).toEqual(pathTrips(['expandFrontiers', 'expandFrontiers']));
  });

  it('answers a path to an unknown id in one round trip, and a zero-length path in one lookup', async () => {
    api.recorder.reset();
    expect(expectNoGraphQLErrors(await api.gql('{ shortestPath(from: "john-bolton", to: "nobody") { length } }')).shortestPath).toBeNull();
    expect(api.recorder.names).toEqual(pathTrips(['expandFrontiers']));
    api.recorder.reset();
    const self = expectNoGraphQLErrors(await api.gql('{ shortestPath(from: "minsk", to: "minsk") { length nodes { id } } }')).shortestPath;
    expect(self).toEqual({ length: 0, nodes: [{ id: 'minsk' }] });
    expect(api.recorder.names).toEqual(['entitiesByIds']);
  });

  it('runs a depth-2 neighbourhood in one round trip per level, the centre in the first, plus one for its edges (on Neo4j, in the last)', async () => {
    api.recorder.reset();
    const graph = expectNoGraphQLErrors(
      await api.gql('{ neighborhood(id: "john-bolton", depth: 2, limit: 500) { nodes { id } edges { id } } }'),
    ).neighborhood;
    expect(graph.nodes[0].id).toBe('john-bolton');
    expect(graph.edges.length).toBeGreaterThan(graph.nodes.length / 2);
    expect(api.recorder.names).toEqual(onNeo4j(['centreAndNeighbors', 'neighborsWithEdges'], ['centreAndNeighbors', 'neighbors', 'inducedEdges']));
  });

  it('runs a depth-1 neighbourhood in two round trips (on Neo4j, one)', async () => {
    api.recorder.reset();
    const graph = expectNoGraphQLErrors(await api.gql('{ neighborhood(id: "john-bolton") { nodes { id } edges { id } } }')).neighborhood;
    expect(graph.edges.length).toBeGreaterThan(graph.nodes.length / 2);
    expect(api.recorder.names).toEqual(onNeo4j(['centreAndNeighborsWithEdges'], ['centreAndNeighbors', 'inducedEdges']));
  });

  it('answers a neighbourhood of an unknown id in one round trip', async () => {
    api.recorder.reset();
    const graph = expectNoGraphQLErrors(await api.gql('{ neighborhood(id: "nobody", depth: 3) { nodes { id } edges { id } } }')).neighborhood;
    expect(graph).toEqual({ nodes: [], edges: [] });
    expect(api.recorder.names).toEqual(['centreAndNeighbors']);
  });
});
