/**
 * The analytics through the API, on the seeded embedded store: metrics on every entity,
 * rankings and communities as connections, recomputed after a write, bad input refused.
 */
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../testkit/api.ts';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';

const api = useSeededApi();

describe('analytics in the API', () => {
  it('gives every entity its metrics, with the graph version they describe', async () => {
    const data = expectNoGraphQLErrors(
      await api.gql(`{
        node(id: "aliaksandr-lukashenka") { ... on Entity { metrics { degree pageRank betweenness betweennessError rank(metric: PAGE_RANK)
          community { id label size leader { id } } graphVersion computedAt current } } }
        analytics { graphVersion current nodeCount relationshipCount communityCount modularity betweennessExact betweennessSources }
      }`),
    );
    const metrics = data.node.metrics;
    expect(metrics.degree).toBeGreaterThan(20);
    expect(metrics.pageRank).toBeGreaterThan(1 / data.analytics.nodeCount);
    expect(metrics.betweenness).toBeGreaterThan(0);
    expect(metrics.betweennessError).toBe(0);
    expect(metrics.rank).toBeLessThanOrEqual(5);
    expect(metrics.graphVersion).toBe(data.analytics.graphVersion);
    expect(metrics.current).toBe(true);
    expect(Date.parse(metrics.computedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(metrics.community.id).toMatch(/^community:/);
    expect(metrics.community.id).toBe(`community:${metrics.community.leader.id}`);
    expect(data.analytics).toMatchObject({ current: true, betweennessExact: true });
    expect(data.analytics.betweennessSources).toBe(data.analytics.nodeCount);
    expect(data.analytics.modularity).toBeGreaterThan(0.2);
  });

  it('ranks the whole graph by each metric, a page at a time, with cursors that continue where the last page ended', async () => {
    const page = async (after: string | null, kinds?: string) =>
      expectNoGraphQLErrors(
        await api.gql(`query($after: String) { rankings(metric: BETWEENNESS, first: 4, after: $after${kinds ? `, kinds: ${kinds}` : ''}) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor rank value node { id kind } } } }`, { after }),
      ).rankings;
    const one = await page(null);
    const two = await page(one.pageInfo.endCursor);
    expect(one.edges.map((edge: { rank: number }) => edge.rank)).toEqual([1, 2, 3, 4]);
    expect(two.edges.map((edge: { rank: number }) => edge.rank)).toEqual([5, 6, 7, 8]);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(two.pageInfo.hasPreviousPage).toBe(true);
    const values = [...one.edges, ...two.edges].map((edge: { value: number }) => edge.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const people = await page(null, '[PERSON]');
    expect(people.edges.every((edge: { node: { kind: string } }) => edge.node.kind === 'PERSON')).toBe(true);
    expect(people.totalCount).toBeLessThan(one.totalCount);
    const peopleNext = await page(people.pageInfo.endCursor, '[PERSON]');
    expect(peopleNext.edges[0].rank).toBe(5);
    expect(peopleNext.edges[0].value).toBeLessThanOrEqual(people.edges[3].value);
  });

  it('lists communities largest first, each with a label, a size and its members', async () => {
    const data = expectNoGraphQLErrors(
      await api.gql(`{ communities(first: 50) { totalCount edges { cursor node { id label size members(first: 3) { totalCount edges { rank value node { id } } } } } }
        analytics { nodeCount communityCount } }`),
    );
    const communities = data.communities.edges.map((edge: { node: unknown }) => edge.node);
    expect(data.communities.totalCount).toBe(data.analytics.communityCount);
    const sizes = communities.map((c: { size: number }) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes.reduce((a: number, b: number) => a + b, 0)).toBe(data.analytics.nodeCount);
    for (const community of communities) {
      expect(community.members.totalCount).toBe(community.size);
      expect(community.id).toBe(`community:${community.members.edges[0].node.id}`);
      expect(community.label.length).toBeGreaterThan(3);
    }
    const { community } = expectNoGraphQLErrors(await api.gql(`query($id: ID!) { community(id: $id) { id size } }`, { id: communities[0].id }));
    expect(community).toEqual({ id: communities[0].id, size: communities[0].size });
  });

  it('refuses a foreign cursor and a page past its cap, naming the argument', async () => {
    const bad = await api.gql('{ rankings(metric: DEGREE, after: "not-a-cursor") { totalCount } }');
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_INPUT', argument: 'after' });
    const big = await api.gql('{ communities(first: 501) { totalCount } }');
    expect(big.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'first', max: 500 });
  });

  it('recomputes after a write, with a new graph version', async () => {
    const before = expectNoGraphQLErrors(await api.gql('{ analytics { graphVersion nodeCount } }')).analytics;
    await api.store.execute("CREATE (:Entity:Person {id: 'analytics-probe', name: 'Probe', aliases: [], sources: []})", {}, 'WRITE');
    try {
      const after = expectNoGraphQLErrors(await api.gql('{ analytics { graphVersion nodeCount current } node(id: "analytics-probe") { ... on Entity { metrics { degree community { size } } } } }'));
      expect(after.analytics.nodeCount).toBe(before.nodeCount + 1);
      expect(after.analytics.graphVersion).not.toBe(before.graphVersion);
      expect(after.node.metrics).toEqual({ degree: 0, community: { size: 1 } });
    } finally {
      await api.store.execute("MATCH (n:Entity {id: 'analytics-probe'}) DETACH DELETE n", {}, 'WRITE');
    }
    const restored = expectNoGraphQLErrors(await api.gql('{ analytics { graphVersion } }')).analytics;
    expect(restored.graphVersion).toBe(before.graphVersion);
  });
});
