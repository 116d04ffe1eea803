/**
 * Look-ahead (src/schema/lookahead.ts): the relation fields a request selects one level further
 * are read in the round trip of the level above (cypher/queries/relations-by-keys.cypher), and
 * what they find there is exactly what reading them on their own finds, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { entitiesByIds, relationsByKeys, relationsByKeysFor, relationsByKeysInOneRow } from '../../src/store/queries.ts';
import type { RelationRow } from '../../src/store/queries.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import { useSeededApi } from '../testkit/api.ts';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';

const api = useSeededApi();

type Key = NonNullable<(typeof relationsByKeys)['params']>['keys'][number];

const KEYS: Key[] = [
  {
    key: 'meetings',
    id: 'john-bolton',
    types: ['MET_WITH'],
    side: 'BOTH',
    next: [
      { types: ['PARTICIPATED_IN'], side: 'OUT', kinds: ['Person'], slim: false },
      { types: ['HOLDS_ROLE'], side: 'OUT', kinds: ['Person'], slim: false },
      { types: ['MEMBER_OF', 'SAID'], side: 'BOTH', kinds: null, slim: false },
    ],
  },
  {
    key: 'events',
    id: 'belarus',
    types: ['PARTICIPATED_IN', 'SANCTIONED'],
    side: 'BOTH',
    asOf: '2008-12-31',
    undated: false,
    next: [{ types: ['PARTICIPATED_IN', 'TOOK_PLACE_IN', 'REPORTED_IN'], side: 'BOTH', kinds: ['Event'], slim: false }],
  },
  { key: 'participants', id: 'bolton-lukashenka-meeting-2019', types: ['PARTICIPATED_IN'], side: 'IN', next: [{ types: ['HOLDS_ROLE', 'MEMBER_OF'], side: 'OUT', kinds: null, slim: false }] },
];

const text = (rows: readonly RelationRow[]) => JSON.stringify(rows.map((row) => [row.edge, row.node]));

describe('look-ahead: the next level read in the same round trip', () => {
  it.each([2, 100])('finds at each far node what reading it there finds, in order (at most %i a field)', async (limit) => {
    const runner = createQueryRunner(api.store, []);
    const rows = await runner.run(relationsByKeys, { keys: KEYS, limit });
    let compared = 0;
    for (const key of KEYS) {
      const own = rows.filter((row) => row.key === key.key && row.at === null);
      const { next: _next, ...alone } = key;
      expect(text(own), key.key).toBe(text(await runner.run(relationsByKeys, { keys: [alone], limit })));
      const far = [...new Set(own.map((row) => row.node))];
      for (const [sub, read] of (key.next ?? []).entries()) {
        for (const node of far) {
          const found = rows.filter((row) => row.key === key.key && row.at === node.id && row.sub === sub);
          const expected = read.kinds === null || read.kinds.includes(node.kind) ? await runner.run(relationsByKeys, { keys: [{ key: 'x', id: node.id, types: read.types, side: read.side }], limit }) : [];
          expect(text(found), `${key.key} → ${node.id} ${read.types}`).toBe(text(expected));
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(limit === 2 ? 10 : 20);
  });

  it('reads in each of its variants the rows of the parts it has, as the whole statement does', async () => {
    const runner = createQueryRunner(api.store, []);
    const keys: Key[] = KEYS.map((key, at) => ({ ...key, self: at === 0, citesEdges: true, citesFar: at === 1, citesSelf: at === 0 }));
    const all = await runner.run(relationsByKeys, { keys, limit: 5 });
    const partOf = (row: RelationRow) => (row.sub === -1 ? 'self' : row.sub === -2 ? 'cites' : row.at === null ? 'own' : 'next');
    expect(new Set(all.map(partOf))).toEqual(new Set(['self', 'own', 'next', 'cites']));
    for (const parts of [
      { self: false, next: false, cites: false, citesSelf: false },
      { self: true, next: false, cites: false, citesSelf: false },
      { self: false, next: true, cites: false, citesSelf: false },
      { self: true, next: true, cites: true, citesSelf: true },
    ]) {
      const rows = await runner.run(relationsByKeysFor(parts), { keys, limit: 5 });
      const kept = all.filter((row) => partOf(row) === 'own' || (parts.self && partOf(row) === 'self') || (parts.next && partOf(row) === 'next') || (parts.cites && partOf(row) === 'cites'));
      expect(JSON.stringify(rows), JSON.stringify(parts)).toBe(JSON.stringify(kept));
    }
  });

  it('reads the same rows in one row where the store runs subqueries, for every variant and a limit that cuts', async () => {
    const runner = createQueryRunner(api.store, []);
    if (!runner.capabilities?.subqueries) return;
    const keys: Key[] = [
      ...KEYS.map((key, at) => ({ ...key, self: at === 0, citesEdges: true, citesFar: at === 1, citesSelf: at === 0 })),
      { key: 'slim', id: 'aliaksandr-lukashenka', types: ['MET_WITH', 'HOLDS_ROLE'], side: 'BOTH', slim: true, self: true, next: [{ types: ['MEMBER_OF'], side: 'OUT', kinds: null, slim: true }] },
      { key: 'unknown', id: 'no-such-node', types: ['MET_WITH'], side: 'BOTH', self: true },
    ];
    let compared = 0;
    for (const self of [false, true]) {
      for (const next of [false, true]) {
        for (const cites of [false, true]) {
          const parts = { self, next, cites, citesSelf: self && cites };
          for (const limit of [1, 5, 100]) {
            const rows = await runner.run(relationsByKeysFor(parts), { keys, limit });
            const [one, ...more] = await runner.run(relationsByKeysInOneRow(parts), { keys, limit });
            expect(more).toEqual([]);
            expect(JSON.stringify(one), `${JSON.stringify(parts)} limit ${limit}`).toBe(JSON.stringify(rows));
            compared += rows.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("reads a key's own node as the entity loader does, and nothing for an unknown id", async () => {
    const runner = createQueryRunner(api.store, []);
    const rows = await runner.run(relationsByKeys, {
      keys: [
        { key: 'a', id: 'john-bolton', types: ['MET_WITH'], side: 'BOTH', self: true },
        { key: 'b', id: 'no-such-node', types: ['MET_WITH'], side: 'BOTH', self: true },
      ],
      limit: 100,
    });
    const own = rows.filter((row) => row.edge === null);
    expect(own.map((row) => [row.key, row.at, row.sub])).toEqual([['a', 'john-bolton', -1]]);
    expect(JSON.stringify(own[0]!.node)).toBe(JSON.stringify((await runner.run(entitiesByIds, { ids: ['john-bolton'] }))[0]));
    expect(rows.filter((row) => row.key === 'b')).toEqual([]);
  });
});

const CARD = `query Card($skip: Boolean = false) {
  person(id: "john-bolton") {
    name
    sources { id title }
    meetings @skip(if: $skip) { date sources { id title } node { id ... on Person { name roles { role node { id } } events { node { id ... on Event { name } } } } } }
    statements { text about { id } reportedIn { id title } sources { id } }
  }
}`;

describe('slim rows, for selections that name only ids, kinds and relation fields', () => {
  it('read the relationships and far nodes a whole read reads, in order', async () => {
    const runner = createQueryRunner(api.store, []);
    for (const key of KEYS) {
      const { next: _next, ...alone } = key;
      const whole = await runner.run(relationsByKeys, { keys: [alone], limit: 100 });
      const slim = await runner.run(relationsByKeys, { keys: [{ ...alone, slim: true }], limit: 100 });
      const ends = (rows: readonly RelationRow[]) => JSON.stringify(rows.map((row) => [row.edge?.type, row.edge?.source, row.edge?.target, row.node.id, row.node.kind]));
      expect(slim.length, key.key).toBeGreaterThan(0);
      expect(ends(slim), key.key).toBe(ends(whole));
      expect(slim.every((row) => row.node.description === null && row.edge?.evidence === null)).toBe(true);
    }
  });

  it('answer as whole records do', async () => {
    const slim = `{ person(id: "john-bolton") { meetings { id type direction node { id kind __typename ... on Person { roles { node { id } } } } } statements { id kind } } }`;
    const whole = `{ person(id: "john-bolton") { meetings { id type direction date node { id kind __typename name ... on Person { roles { role node { id } } } } } statements { id kind text } } }`;
    const a = expectNoGraphQLErrors(await api.gql(slim)).person;
    const b = expectNoGraphQLErrors(await api.gql(whole)).person;
    const strip = (person: any) => ({
      meetings: person.meetings.map((m: any) => ({ id: m.id, type: m.type, direction: m.direction, node: { id: m.node.id, kind: m.node.kind, __typename: m.node.__typename, roles: m.node.roles?.map((r: any) => ({ node: r.node })) } })),
      statements: person.statements.map((st: any) => ({ id: st.id, kind: st.kind })),
    });
    expect(a.meetings.length).toBeGreaterThan(0);
    expect(JSON.stringify(a)).toBe(JSON.stringify(strip(b)));
  });

  it('never stand in for a whole record elsewhere in the request', async () => {
    const met = expectNoGraphQLErrors(await api.gql('{ person(id: "john-bolton") { meetings { node { id } } } }')).person.meetings[0].node.id;
    const alone = expectNoGraphQLErrors(await api.gql('query E($id: ID!) { entity(id: $id) { name description } }', { id: met })).entity;
    const both = expectNoGraphQLErrors(
      await api.gql('query Both($id: ID!) { person(id: "john-bolton") { meetings { node { id } } } entity(id: $id) { name description } }', { id: met }),
    );
    expect(both.entity).toEqual(alone);
    expect(alone.name).not.toBe(met);
  });
});

describe('look-ahead over GraphQL', () => {
  it('answers an actor card three levels deep in one round trip', async () => {
    api.recorder.reset();
    const card = expectNoGraphQLErrors(await api.gql(CARD)).person;
    expect(card.meetings.length).toBeGreaterThan(0);
    expect(card.statements.length).toBeGreaterThan(0);
    expect(api.recorder.names).toEqual(['relationsByKeys']);
  });

  it('gives at each far node the answer a lookup of that node gives', async () => {
    const card = expectNoGraphQLErrors(await api.gql(CARD)).person;
    for (const meeting of card.meetings) {
      const alone = expectNoGraphQLErrors(
        await api.gql(`query One($id: ID!) { node(id: $id) { id ... on Person { name roles { role node { id } } events { node { id ... on Event { name } } } } } }`, { id: meeting.node.id }),
      ).node;
      expect(JSON.stringify(meeting.node)).toBe(JSON.stringify(alone));
    }
  });

  it('lists the documents a lookup without look-ahead lists', async () => {
    const card = expectNoGraphQLErrors(await api.gql(CARD)).person;
    const own = expectNoGraphQLErrors(await api.gql('{ person(id: "john-bolton") { sources { id title } } }')).person;
    expect(JSON.stringify(card.sources)).toBe(JSON.stringify(own.sources));
    const meetings = expectNoGraphQLErrors(await api.gql('{ person(id: "john-bolton") { relationships(types: [MET_WITH]) { sources { id title } } } }')).person;
    expect(JSON.stringify(card.meetings.map((m: any) => m.sources))).toBe(JSON.stringify(meetings.relationships.map((r: any) => r.sources)));
    expect(card.meetings.flatMap((m: any) => m.sources).length).toBeGreaterThan(0);
  });

  it('reads no field the document skips', async () => {
    api.recorder.reset();
    const skipped = expectNoGraphQLErrors(await api.gql(CARD, { skip: true })).person;
    const [withSkip] = api.recorder.events;
    api.recorder.reset();
    expectNoGraphQLErrors(await api.gql(CARD, { skip: false }));
    const [without] = api.recorder.events;
    expect(skipped.meetings).toBeUndefined();
    expect(withSkip!.rows).toBeLessThan(without!.rows);
  });

  it('takes a round trip per two levels below a lookup: four levels in two', async () => {
    api.recorder.reset();
    const data = expectNoGraphQLErrors(
      await api.gql(`{
        person(id: "john-bolton") { statements { about { id ... on Event { participants { node { id ... on Person { roles { role } } } } } } } }
      }`),
    );
    const people = data.person.statements.flatMap((statement: any) => statement.about.flatMap((about: any) => about.participants ?? []));
    const fourth = people.flatMap((participant: any) => participant.node.roles ?? []);
    expect(fourth.length).toBeGreaterThan(0);
    expect(api.recorder.names).toEqual(['relationsByKeys', 'relationsByKeys']);
  });

  it('answers a lookup of an unknown id with a relation field with null, in one round trip', async () => {
    api.recorder.reset();
    expect(expectNoGraphQLErrors(await api.gql('{ person(id: "no-such-node") { meetings { node { id } } } }')).person).toBeNull();
    expect(api.recorder.names).toEqual(['relationsByKeys']);
  });
});
