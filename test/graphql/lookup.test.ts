import { describe, expect, it } from 'vitest';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';
import { useSeededApi } from '../testkit/api.ts';

const api = useSeededApi();

const names = (list: { node: { name?: string } }[]) => list.map((item) => item.node.name).sort();

describe('node and nodes', () => {
  it('looks a node up by its readable id and resolves its kind', async () => {
    const data = expectNoGraphQLErrors(
      await api.gql('{ node(id: "john-bolton") { __typename id ... on Entity { name kind aliases } } }'),
    );
    expect(data.node).toMatchObject({ __typename: 'Person', id: 'john-bolton', name: 'John Bolton', kind: 'PERSON' });
    expect(data.node.aliases).toContain('John R. Bolton');
  });

  it('answers null, without an error, for an unknown id', async () => {
    const response = await api.gql('{ node(id: "no-such-node") { id } }');
    expect(response.body).toEqual({ data: { node: null } });
  });

  it('returns nodes in the order asked, null for unknown ids', async () => {
    const data = expectNoGraphQLErrors(
      await api.gql('{ nodes(ids: ["belarus-mfa", "nobody", "minsk"]) { __typename id } }'),
    );
    expect(data.nodes).toEqual([{ __typename: 'Organization', id: 'belarus-mfa' }, null, { __typename: 'Place', id: 'minsk' }]);
  });
});

describe('typed relationship fields', () => {
  it('gives a person’s roles, meetings and statements, each with sources', async () => {
    const data = expectNoGraphQLErrors(
      await api.gql(`{
        node(id: "john-bolton") { ... on Person {
          roles { role node { id } sources { id } }
          meetings { date node { ... on Entity { name } } sources { id } }
          statements { id quoteType reportedIn { id } }
          visits { node { id } }
        } }
      }`),
    );
    const bolton = data.node;
    expect(bolton.roles).toContainEqual(
      expect.objectContaining({ role: 'National Security Advisor', node: { id: 'us-government' } }),
    );
    expect(names(bolton.meetings)).toEqual(['Aliaksandr Lukashenka', 'Uladzimir Makei']);
    expect(bolton.meetings.every((m: { date: string }) => m.date === '2019-08-29')).toBe(true);
    expect(bolton.statements.length).toBeGreaterThanOrEqual(8);
    for (const statement of bolton.statements) expect(statement.reportedIn.length).toBeGreaterThan(0);
    expect(bolton.visits.map((v: { node: { id: string } }) => v.node.id)).toEqual(
      expect.arrayContaining(['minsk', 'yama-memorial', 'moldova', 'ukraine']),
    );
  });

  it('links events to participants, places and the documents that report them', async () => {
    const data = expectNoGraphQLErrors(
      await api.gql(`{
        node(id: "bolton-lukashenka-meeting-2019") { ... on Event {
          eventType date datePrecision
          participants { role node { id } }
          places { id }
          reportedIn { id }
        } }
      }`),
    );
    const meeting = data.node;
    expect(meeting).toMatchObject({ eventType: 'MEETING', date: '2019-08-29', datePrecision: 'DAY' });
    expect(meeting.participants.map((p: { node: { id: string } }) => p.node.id)).toEqual(
      expect.arrayContaining(['john-bolton', 'aliaksandr-lukashenka', 'uladzimir-makei']),
    );
    expect(meeting.places.map((p: { id: string }) => p.id)).toContain('minsk');
    expect(meeting.reportedIn.map((d: { id: string }) => d.id).sort()).toEqual([
      'belsat-bolton-visit-2019',
      'lukashenko-fresh-start-2019',
    ]);
  });

  it('links quotes and documents both ways', async () => {
    const data = expectNoGraphQLErrors(
      await api.gql(`{
        node(id: "belsat-bolton-visit-2019") { ... on Document {
          title outlet author
          statements { id speakers { id } reportedIn { id } }
          authors { id }
          publishedBy { id }
        } }
      }`),
    );
    const doc = data.node;
    expect(doc).toMatchObject({ outlet: 'Belsat', author: 'Alesia Rudnik', authors: [{ id: 'alesia-rudnik' }], publishedBy: [{ id: 'belsat' }] });
    const yahorau = doc.statements.find((s: { id: string }) => s.id === 'stmt-yahorau-too-early');
    expect(yahorau.speakers).toEqual([{ id: 'andrei-yahorau' }]);
    for (const statement of doc.statements) {
      expect(statement.reportedIn.map((d: { id: string }) => d.id)).toContain('belsat-bolton-visit-2019');
    }
  });

  it('names an organization’s people and a country’s leaders', async () => {
    const data = expectNoGraphQLErrors(
      await api.gql(`{
        mfa: node(id: "belarus-mfa") { ... on Organization { organizationType people { role node { id } } } }
        belarus: node(id: "belarus") { ... on Country { leaders { role node { id } } } }
      }`),
    );
    expect(data.mfa).toMatchObject({ organizationType: 'GOVERNMENT_BODY' });
    expect(data.mfa.people).toContainEqual({ role: 'Minister for Foreign Affairs', node: { id: 'uladzimir-makei' } });
    expect(data.belarus.leaders).toContainEqual({ role: 'President', node: { id: 'aliaksandr-lukashenka' } });
  });
});
