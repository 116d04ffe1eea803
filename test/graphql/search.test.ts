import { describe, expect, it } from 'vitest';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';
import { useSeededApi } from '../testkit/api.ts';

const api = useSeededApi();

const SEARCH = `query Search($query: String!, $kinds: [Kind!], $first: Int! = 10) {
  search(query: $query, kinds: $kinds, first: $first) { matchType matchedField matchedText matchedAlias score node { id } }
}`;

async function search(query: string, kinds?: string[], first?: number) {
  return expectNoGraphQLErrors(await api.gql(SEARCH, { query, kinds, first })).search as {
    matchType: string;
    matchedField: string;
    matchedText: string | null;
    matchedAlias: string | null;
    score: number;
    node: { id: string };
  }[];
}

describe('search', () => {
  it.each([
    'Lukashenka',
    'Lukashenko',
    'LUKASHENKO',
    'Alexander Lukashenko',
    'Aliaksandr Lukashenka',
    'Alyaksandr Lukashenka',
    'Alyaksandr Lukashenko',
    'Александр Лукашенко',
  ])('finds Lukashenka as the first person hit for %s', async (query) => {
    const hits = await search(query, ['PERSON']);
    expect(hits[0]?.node.id).toBe('aliaksandr-lukashenka');
  });

  it('ranks an exact alias above prefix and contains matches, naming the alias matched', async () => {
    const hits = await search('lukashenko');
    expect(hits[0]).toMatchObject({ matchType: 'EXACT', matchedAlias: 'Lukashenko', node: { id: 'aliaksandr-lukashenka' } });
    const order = ['EXACT', 'PREFIX', 'CONTAINS', 'WORDS'];
    const ranks = hits.map((hit) => order.indexOf(hit.matchType));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(hits.length).toBeGreaterThan(1);
  });

  it('finds a node by the beginning of any word of its names, as it is typed', async () => {
    expect((await search('luka', ['PERSON']))[0]?.node.id).toBe('aliaksandr-lukashenka');
    expect((await search('Alyaksandr Luk'))[0]?.node.id).toBe('aliaksandr-lukashenka');
    expect((await search('lukashenko meet'))[0]?.node.id).toBe('bolton-lukashenka-meeting-2019');
    expect((await search('sivit', ['PERSON']))[0]?.node.id).toBe('arsen-sivistky');
    expect((await search('affaires'))[0]?.node.id).toBe('charge-daffaires-since-2008');
  });

  it('does not match text inside a word', async () => {
    expect(await search('ashenka')).toEqual([]);
  });

  it('ignores accents and punctuation', async () => {
    expect((await search('charge d affaires'))[0]?.node.id).toBe('charge-daffaires-since-2008');
    expect((await search('tut.by'))[0]?.node.id).toBe('tut-by');
  });

  it('finds the analysts by any spelling', async () => {
    expect((await search('Sivitsky'))[0]?.node.id).toBe('arsen-sivistky');
    expect((await search('Egorov'))[0]?.node.id).toBe('andrei-yahorau');
    expect((await search('Melyantsov'))[0]?.node.id).toBe('dzianis-meliantsou');
  });

  it('filters by kind and honours first', async () => {
    const hits = await search('bolton', ['EVENT']);
    expect(hits.length).toBeGreaterThan(2);
    const kinds = expectNoGraphQLErrors(
      await api.gql('{ search(query: "bolton", kinds: [EVENT], first: 2) { node { ... on Entity { kind } } } }'),
    ).search;
    expect(kinds).toEqual([{ node: { kind: 'EVENT' } }, { node: { kind: 'EVENT' } }]);
  });

  it('returns nothing, without an error, when nothing matches or the query is only punctuation', async () => {
    expect(await search('zzzz-nothing')).toEqual([]);
    expect(await search('!!!')).toEqual([]);
  });

  it('treats Cypher and regex syntax in the query as plain text', async () => {
    expect(await search("') MATCH (n) DETACH DELETE n //")).toEqual([]);
    expect(await search('.*')).toEqual([]);
    expect(expectNoGraphQLErrors(await api.gql('{ node(id: "john-bolton") { id } }')).node).toEqual({ id: 'john-bolton' });
  });

  it('finds a node by a number in its name, typed whole', async () => {
    expect((await search('2006', ['EVENT'])).map((hit) => hit.node.id)).toContain('us-sanctions-2006');
    expect((await search('sanctions 20', ['EVENT'])).map((hit) => hit.node.id)).toContain('us-sanctions-2006');
  });

  it('finds people by the roles they hold, saying which role matched', async () => {
    const [hit] = await search('national security advisor', ['PERSON']);
    expect(hit).toMatchObject({ node: { id: 'john-bolton' }, matchedField: 'ROLE', matchedText: 'National Security Advisor', matchType: 'EXACT', matchedAlias: null });
    expect((await search('expert', ['PERSON']))[0]).toMatchObject({ node: { id: 'arsen-sivistky' }, matchedField: 'ROLE', matchedText: 'expert' });
  });

  it('finds nodes by their descriptions, saying so, below every name match', async () => {
    const analysts = await search('analyst', ['PERSON']);
    expect(analysts.map((hit) => hit.node.id)).toContain('dzianis-meliantsou');
    expect(analysts.every((hit) => hit.matchedField === 'DESCRIPTION' && hit.matchedText !== null)).toBe(true);
    const bolton = await search('bolton', undefined, 50);
    const fields = bolton.map((hit) => hit.matchedField);
    expect(fields[0]).toBe('NAME');
    expect(fields).toContain('DESCRIPTION');
    expect(fields.slice(fields.indexOf('DESCRIPTION')).every((field) => field === 'DESCRIPTION')).toBe(true);
    expect(bolton.map((hit) => hit.score)).toEqual([...bolton.map((hit) => hit.score)].sort((a, b) => b - a));
  });
});
