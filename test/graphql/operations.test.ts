/**
 * The operation library in schema/operations/, run through its generated typed documents: what a
 * typed client sends and gets. Results are typed by codegen, so selecting a field an operation
 * does not ask for is a compile error under `npm run typecheck`, not a runtime `undefined`.
 */
import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../src/generated/graphql/graphql.ts';
import {
  ActorCardDocument,
  AnalystToLukashenkaDocument,
  BoltonNeighborhoodDocument,
  BoltonNeighborhoodGraphologyDocument,
  OrganizationCardDocument,
  SearchAnySpellingDocument,
  SubgraphOfSelectionDocument,
  TimelineDocument,
  WhatBoltonSaidDocument,
  WhoMetBoltonDocument,
} from '../../src/generated/graphql/graphql.ts';
import { exampleOperations } from '../../src/server/example-operations.ts';
import { useSeededApi } from '../testkit/api.ts';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';

const BELSAT = 'belsat-bolton-visit-2019';
const FRESH_START = 'lukashenko-fresh-start-2019';

const api = useSeededApi();

/** Sends a typed document as a client would (its printed text) and returns its typed data. */
async function run<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  return expectNoGraphQLErrors(await api.gql<TResult>(print(document), variables as Record<string, unknown> | undefined));
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('the operation library', () => {
  const operations = exampleOperations().map(({ file, query }) => ({ file, document: parse(query) }));
  const documents = generated as unknown as Record<string, TypedDocumentNode | undefined>;

  it.each(operations.map(({ file, document }) => [file, document] as const))('%s has an up-to-date typed document', (_file, document) => {
    const [definition] = document.definitions;
    expect(document.definitions).toHaveLength(1);
    const name = definition?.kind === 'OperationDefinition' ? definition.name?.value : undefined;
    expect(name, 'a named operation').toBeDefined();
    const typed = documents[`${name}Document`];
    expect(typed, `${name}Document in src/generated (run \`npm run codegen\`)`).toBeDefined();
    expect(print(typed!)).toBe(print(document));
  });

  it('covers what analysts do: search, card, neighbourhood, path, subgraph, timeline, statements', () => {
    const fields = operations.flatMap(({ document }) =>
      document.definitions.flatMap((definition) =>
        definition.kind === 'OperationDefinition' ? definition.selectionSet.selections.map((selection) => (selection.kind === 'Field' ? selection.name.value : '')) : [],
      ),
    );
    expect(new Set(fields)).toEqual(new Set(['person', 'organization', 'entity', 'shortestPath', 'neighborhood', 'timelineConnection', 'searchConnection', 'statementsConnection', 'subgraph']));
  });
});

describe('operations answer from the articles', () => {
  it('WhoMetBolton: Lukashenka and Makei on 29 August 2019, each meeting with its articles', async () => {
    const { person: node } = await run(WhoMetBoltonDocument);
    if (!node) throw new Error('expected a Person');
    expect(node.roles.map((role) => [role.role, role.node.id])).toEqual([['National Security Advisor', 'us-government']]);
    expect(ids(node.meetings.map((meeting) => meeting.node)).sort()).toEqual(['aliaksandr-lukashenka', 'uladzimir-makei']);
    const lukashenka = node.meetings.find((meeting) => meeting.node.id === 'aliaksandr-lukashenka')!;
    expect(lukashenka.date).toBe('2019-08-29');
    expect(lukashenka.evidence).toMatch(/two-hour meeting/);
    expect(ids(lukashenka.sources).sort()).toEqual([BELSAT, FRESH_START]);
  });

  it('AnalystToLukashenka: two hops through the visit, each with evidence and its article', async () => {
    const { shortestPath: path } = await run(AnalystToLukashenkaDocument);
    expect(path?.length).toBe(2);
    expect(ids(path!.entities)).toEqual(['arsen-sivistky', 'bolton-visit-minsk-2019', 'aliaksandr-lukashenka']);
    path!.edges.forEach((edge, i) => {
      expect([edge.source, edge.target].sort()).toEqual([path!.entities[i]!.id, path!.entities[i + 1]!.id].sort());
      expect(edge.evidence).toBeTruthy();
      expect(ids(edge.sourceDocuments)).toContain(BELSAT);
    });
    expect(path!.edges[0]!.type).toBe('COMMENTED_ON');
  });

  it('AnalystToLukashenka: null when maxDepth is too short', async () => {
    expect((await run(AnalystToLukashenkaDocument, { maxDepth: 1 })).shortestPath).toBeNull();
  });

  it('BoltonNeighborhood: Cytoscape elements whose counts and endpoints agree', async () => {
    const { neighborhood } = await run(BoltonNeighborhoodDocument);
    expect(neighborhood.truncated).toBe(false);
    expect(neighborhood.nodes).toHaveLength(neighborhood.nodeCount);
    expect(neighborhood.edges).toHaveLength(neighborhood.edgeCount);
    const nodeIds = new Set(neighborhood.nodes.map((node) => node.data.id));
    expect(nodeIds).toContain('aliaksandr-lukashenka');
    expect(nodeIds).toContain('bolton-visit-minsk-2019');
    for (const { data } of neighborhood.edges) {
      expect(nodeIds.has(data.source) && nodeIds.has(data.target), data.id).toBe(true);
    }
    expect(neighborhood.edges.map(({ data }) => data.id)).toContain('john-bolton:MET_WITH:aliaksandr-lukashenka');
  });

  it('BoltonNeighborhoodGraphology: the same neighbourhood in { key, attributes } form', async () => {
    const cytoscape = (await run(BoltonNeighborhoodDocument)).neighborhood;
    const { neighborhood } = await run(BoltonNeighborhoodGraphologyDocument);
    expect(neighborhood.nodes.map((node) => node.key).sort()).toEqual(cytoscape.nodes.map((node) => node.data.id).sort());
    expect(neighborhood.edges.map((edge) => edge.key).sort()).toEqual(cytoscape.edges.map((edge) => edge.data.id).sort());
    expect(neighborhood.nodes.find((node) => node.key === 'john-bolton')?.attributes).toEqual({ id: 'john-bolton', label: 'John Bolton', kind: 'PERSON' });
  });

  it('Timeline: 1993 to 2019 in date order, from Clinton’s visit to Bolton’s', async () => {
    const timeline = (await run(TimelineDocument, { first: 500 })).timelineConnection.edges.map((edge) => edge.node);
    const dates = timeline.map((event) => event.date!);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date >= '1993-01-01' && date <= '2019-12-31')).toBe(true);
    expect(timeline[0]?.id).toBe('clinton-visit-minsk-1993');
    const visit = timeline.find((event) => event.id === 'bolton-visit-minsk-2019');
    expect(visit?.eventType).toBe('VISIT');
    expect(visit?.participants.find((participant) => participant.node.id === 'john-bolton')?.role).toBe('visitor');
  });

  it('Timeline: narrowed to a participant and to event types', async () => {
    const events = async (variables: VariablesOf<typeof TimelineDocument>) => (await run(TimelineDocument, variables)).timelineConnection.edges.map((edge) => edge.node);
    expect(ids(await events({ participant: 'john-bolton' })).sort()).toEqual(['bolton-lukashenka-meeting-2019', 'bolton-visit-minsk-2019', 'bolton-yama-visit-2019']);
    expect(ids(await events({ kinds: ['SANCTION'] }))).toEqual(['us-entry-ban-1998', 'us-sanctions-2006', 'us-sanctions-2010']);
    expect(ids(await events({ kinds: ['SANCTION'], orderBy: 'DATE_DESC' }))).toEqual(['us-sanctions-2010', 'us-sanctions-2006', 'us-entry-ban-1998']);
  });

  it.each(['Lukashenko', 'Lukashenka', 'Alyaksandr Lukashenko', 'Александр Лукашенко'])('SearchAnySpelling: “%s” finds Aliaksandr Lukashenka first', async (query) => {
    const search = (await run(SearchAnySpellingDocument, { query })).searchConnection.edges;
    expect(search[0]?.node.id).toBe('aliaksandr-lukashenka');
    expect(search[0]?.node.name).toBe('Aliaksandr Lukashenka');
  });

  it('SearchAnySpelling: $kinds keeps only people', async () => {
    const search = (await run(SearchAnySpellingDocument, { query: 'Lukashenka', kinds: ['PERSON'] })).searchConnection.edges;
    expect(search.map((hit) => [hit.node.kind, hit.matchType])).toEqual([['PERSON', 'EXACT']]);
  });

  it('WhatBoltonSaid: his quotes and claims, each reported in an article', async () => {
    const { nodes: statements, totalCount } = (await run(WhatBoltonSaidDocument)).statementsConnection;
    expect(statements.length).toBe(13);
    expect(totalCount).toBe(13);
    for (const statement of statements) {
      expect(ids(statement.speakers)).toContain('john-bolton');
      expect(statement.reportedIn.length).toBeGreaterThan(0);
    }
    const independence = statements.find((statement) => statement.id === 'stmt-bolton-belarusians-want-independence');
    expect(independence?.text).toMatch(/they want independence/);
    expect(independence?.quoteType).toBe('DIRECT');
  });

  it('WhatBoltonSaid: $about narrows to human rights', async () => {
    const statements = (await run(WhatBoltonSaidDocument, { about: 'human-rights' })).statementsConnection.nodes;
    expect(ids(statements).sort()).toEqual(['stmt-bolton-common-ground', 'stmt-bolton-human-rights-focus']);
    expect(statements.every((statement) => ids(statement.about).includes('human-rights'))).toBe(true);
  });

  it('ActorCard: Lukashenka, President of Belarus, who met Bolton and spoke of a new chapter', async () => {
    const { person: node } = await run(ActorCardDocument);
    if (!node) throw new Error('expected a Person');
    expect(node.name).toBe('Aliaksandr Lukashenka');
    expect(node.aliases).toEqual(expect.arrayContaining(['Lukashenko', 'Александр Лукашенко']));
    expect(node.roles.map((role) => [role.role, role.node.id])).toEqual([['President', 'belarus']]);
    expect(node.meetings.map((meeting) => [meeting.node.id, meeting.date])).toEqual([['john-bolton', '2019-08-29']]);
    expect(node.statements.find((statement) => statement.id === 'stmt-lukashenka-new-chapter')?.text).toMatch(/new chapter/);
    expect(ids(node.sources).sort()).toEqual([BELSAT, FRESH_START]);
  });

  it('ActorCard: an organization shows its people', async () => {
    expect((await run(ActorCardDocument, { id: 'belarus-mfa' })).person).toBeNull();
    const { organization: node } = await run(OrganizationCardDocument, { id: 'belarus-mfa' });
    if (!node) throw new Error('expected an Organization');
    expect(node.organizationType).toBe('GOVERNMENT_BODY');
    expect(node.people.map((person) => [person.role, person.node.id])).toEqual([['Minister for Foreign Affairs', 'uladzimir-makei']]);
  });

  it('ActorCard: null for an unknown id', async () => {
    expect((await run(ActorCardDocument, { id: 'nobody' })).person).toBeNull();
  });

  it('SubgraphOfSelection: the meetings and Makei’s office among four chosen nodes', async () => {
    const { subgraph } = await run(SubgraphOfSelectionDocument);
    expect(subgraph.nodeCount).toBe(4);
    expect(subgraph.edges.map((edge) => edge.id).sort()).toEqual([
      'john-bolton:MET_WITH:aliaksandr-lukashenka',
      'john-bolton:MET_WITH:uladzimir-makei',
      'uladzimir-makei:HOLDS_ROLE:belarus-mfa',
    ]);
    expect(subgraph.edges.find((edge) => edge.type === 'HOLDS_ROLE')?.sources).toEqual([BELSAT]);
    const met = await run(SubgraphOfSelectionDocument, { relationshipTypes: ['MET_WITH'] });
    expect(met.subgraph.edges.map((edge) => edge.type)).toEqual(['MET_WITH', 'MET_WITH']);
  });
});

describe('typed results', () => {
  it('are checked by the compiler (a misspelt or unselected field does not compile)', () => {
    type Path = NonNullable<ResultOf<typeof AnalystToLukashenkaDocument>['shortestPath']>;
    type Variables = VariablesOf<typeof SubgraphOfSelectionDocument>;
    const lengthOf = (path: Path) => path.length;
    // @ts-expect-error `lenght` is misspelt
    const misspelt = (path: Path) => path.lenght;
    // @ts-expect-error AnalystToLukashenka does not select `score`
    const unselected = (path: Path) => path.entities[0]?.score;
    // @ts-expect-error SubgraphOfSelection has no `depth` variable
    const badVariables: Variables = { depth: 2 };
    expect([lengthOf, misspelt, unselected, badVariables]).toHaveLength(4);
  });
});
