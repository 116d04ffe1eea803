import fc from 'fast-check';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { DegreeStatistics } from '../../src/graph/statistics.ts';
import type { ListBounds } from '../../src/graph/statistics.ts';
import { RELATIONSHIP_TYPES } from '../../src/graph/vocabulary.ts';
import { schema } from '../../src/schema/index.ts';
import { operationCost } from '../../src/server/cost.ts';
import { exampleOperations } from '../../src/server/example-operations.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import { useSeededApi } from '../testkit/api.ts';
import { QueryRecorder } from '../testkit/graph.ts';
import { createApp } from '../../src/server/create-app.ts';
import { fuzzDocument } from './fuzz/shapes.ts';

/**
 * The cost estimate is an upper bound on the work: for every document the API
 * answers, neither the store rows it read nor the objects in its answer exceed
 * the estimate. The corpus: the example operations, generated documents (their
 * arguments as literals, variables and variable defaults, through fragments and
 * aliases), and documents aimed at the seed graph's hubs.
 */
const api = useSeededApi();
let bounds: ListBounds;
/** An app that refuses nothing for its cost, so that every document runs and can be measured. */
let roomy: ReturnType<typeof createApp>;
const recorder = new QueryRecorder();

beforeAll(async () => {
  bounds = await new DegreeStatistics(createQueryRunner(api.store)).bounds();
  roomy = createApp({ store: api.store, queryListeners: [recorder.listener], limits: { maxCost: 10_000_000, maxResultObjects: 10_000_000 } });
});

const ALL_TYPES = Object.keys(RELATIONSHIP_TYPES);
const HUBS = ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019', 'john-bolton', 'aliaksandr-lukashenka', 'belarus', 'bolton-visit-minsk-2019'];

/** Documents aimed at the nodes with the most relationships, in every encoding of their arguments. */
const HUB_HEAVY: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'hubs × every type × two hops, through a fragment, values as variable defaults',
    query: `query($ids: [ID!]! = ${JSON.stringify(HUBS)}, $t: [RelationshipType!]! = [${ALL_TYPES.join(', ')}]) {
      a0: nodes(ids: $ids) { ...F } a1: nodes(ids: $ids) { ...F }
    }
    fragment F on Entity { relationships(types: $t) { node { ... on Entity { relationships(types: $t) { node { id } } } } } }`,
  },
  {
    name: 'the same with the values sent as variables',
    query: `query($ids: [ID!]!, $t: [RelationshipType!]!) { nodes(ids: $ids) { ... on Entity { relationships(types: $t) { type node { id ... on Entity { sources { id } } } } } } }`,
    variables: { ids: HUBS, t: ALL_TYPES },
  },
  {
    name: 'document hubs: everything an article reports, with its sources',
    query: `{ a: node(id: "belsat-bolton-visit-2019") { ... on Document { statements { id speakers { id } about { id } reportedIn { id } } events { id participants { node { id } sources { id } } } } }
           b: node(id: "lukashenko-fresh-start-2019") { ... on Document { statements { id } events { id related { node { id } } } } } }`,
  },
  {
    name: 'a depth-3 neighbourhood of the biggest hub, edges with their documents, twice',
    query: `{ x: neighborhood(id: "belsat-bolton-visit-2019", depth: 3, limit: 500) { nodes { id } edges { id sourceDocuments { id } } }
           y: neighborhood(id: "john-bolton", depth: 2, limit: 200) { nodes { data { id } } edges { data { id } } } }`,
  },
  {
    name: 'paths between hubs',
    query: `{ allShortestPaths(from: "arsen-sivistky", to: "belsat-bolton-visit-2019", first: 50) { nodes { id } edges { id } } }`,
  },
  {
    name: 'search through the text index: the most hits allowed, every order, with counts, roles and descriptions',
    query: `{ a: search(query: "b", first: 50) { score node { id } } b: searchConnection(query: "bolton", first: 50) { totalCount edges { matchedField node { id } } }
           c: searchConnection(query: "b", orderBy: NAME, last: 50) { totalCount edges { node { id } } } d: searchConnection(query: "analyst", first: 50) { totalCount nodes { id } } }`,
  },
  {
    name: 'the timeline through its buckets: every event either way, a range of some types, with counts',
    query: `{ a: timelineConnection(first: 500) { totalCount nodes { id } } b: timelineConnection(orderBy: DATE_DESC, last: 500) { totalCount nodes { id } }
           c: timelineConnection(from: "1998-03-01", to: "2019-08-31", kinds: [SANCTION, VISIT, MEETING], first: 500) { totalCount nodes { id } } d: timeline(first: 500) { id } }`,
  },
  {
    name: 'a subgraph of the hubs',
    query: `query($ids: [ID!]! = ${JSON.stringify(HUBS)}) { subgraph(ids: $ids) { nodes { id } edges { id sourceDocuments { id } } } }`,
  },
];

/** Objects in an answer, counted as the estimate counts them: every object in `data`, list items one each. */
function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((total, item) => total + objectsIn(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Object.values(value).reduce<number>((total, item) => total + objectsIn(item), 0);
}

interface Measured {
  name: string;
  estimate: number;
  rows: number;
  objects: number;
}

async function measure(name: string, query: string, variables: Record<string, unknown> | undefined, operationName?: string | null): Promise<Measured | undefined> {
  // Introspection answers from the schema, not the graph: the estimate leaves it out.
  if (/__schema|__type\b/.test(query)) return undefined;
  let estimate: number | undefined;
  try {
    estimate = operationCost(schema, parse(query), variables, operationName, bounds);
  } catch {
    return undefined; // not GraphQL: nothing runs
  }
  recorder.reset();
  const response = await roomy.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const body = (await response.json()) as { data?: { [key: string]: unknown } | null; errors?: unknown[] };
  if (estimate === undefined || body.errors || !body.data) return undefined; // refused or invalid: nothing ran to compare
  const requestId = response.headers.get('x-request-id');
  const rows = recorder.events.filter((event) => event.requestId === requestId).reduce((total, event) => total + event.rows, 0);
  return { name, estimate, rows, objects: objectsIn(Object.values(body.data)) };
}

describe('the cost estimate bounds the work', () => {
  it('is never below the store rows read or the objects answered, over examples, generated and hub-heavy documents', { timeout: 120_000 }, async () => {
    const measured: Measured[] = [];
    const keep = (result: Measured | undefined) => result && measured.push(result);
    for (const operation of exampleOperations()) keep(await measure(operation.file, operation.query, undefined));
    for (const document of HUB_HEAVY) keep(await measure(document.name, document.query, document.variables));
    const generated = fc.sample(fc.gen().map((g) => fuzzDocument(g, schema)), { numRuns: 1500, seed: 20_190_829 });
    for (const [i, document] of generated.entries()) {
      keep(await measure(`generated #${i} (${document.shape})`, document.query, document.variables, document.operationName as string | null | undefined));
    }

    const over = measured.filter((m) => m.rows > m.estimate || m.objects > m.estimate);
    const worst = [...measured].sort((a, b) => Math.max(b.rows, b.objects) / b.estimate - Math.max(a.rows, a.objects) / a.estimate)[0]!;
    console.log(
      `cost bound: ${measured.length} answered documents; worst actual/estimate ${(Math.max(worst.rows, worst.objects) / worst.estimate).toFixed(3)} ` +
        `(${worst.name}: estimate ${worst.estimate}, rows ${worst.rows}, objects ${worst.objects}); ` +
        `hub-heavy: ${measured.filter((m) => HUB_HEAVY.some((d) => d.name === m.name)).map((m) => `${m.estimate}≥${Math.max(m.rows, m.objects)}`).join(', ')}`,
    );
    expect(measured.length).toBeGreaterThan(250);
    expect(measured.filter((m) => HUB_HEAVY.some((d) => d.name === m.name))).toHaveLength(HUB_HEAVY.length);
    expect(over).toEqual([]);
  });

  it('costs arguments the same however the document encodes them', () => {
    const ids = JSON.stringify(HUBS);
    const types = `[${ALL_TYPES.join(', ')}]`;
    const body = 'relationships(types: $t) { node { id } }';
    const costs = [
      operationCost(schema, parse(`{ nodes(ids: ${ids}) { ... on Entity { relationships(types: ${types}) { node { id } } } } }`), {}, undefined, bounds),
      operationCost(schema, parse(`query($ids: [ID!]!, $t: [RelationshipType!]!) { nodes(ids: $ids) { ... on Entity { ${body} } } }`), { ids: HUBS, t: ALL_TYPES }, undefined, bounds),
      operationCost(schema, parse(`query($ids: [ID!]! = ${ids}, $t: [RelationshipType!]! = ${types}) { nodes(ids: $ids) { ... on Entity { ${body} } } }`), {}, undefined, bounds),
      operationCost(schema, parse(`query($ids: [ID!]! = ${ids}, $t: [RelationshipType!]! = ${types}) { nodes(ids: $ids) { ...F } } fragment F on Entity { ${body} }`), {}, undefined, bounds),
    ];
    expect(new Set(costs).size).toBe(1);
    // An alias asks for the work again, and is costed again.
    const twice = operationCost(schema, parse(`query($ids: [ID!]! = ${ids}, $t: [RelationshipType!]! = ${types}) { a: nodes(ids: $ids) { ...F } b: nodes(ids: $ids) { ...F } } fragment F on Entity { ${body} }`), {}, undefined, bounds);
    expect(twice).toBe(2 * costs[0]!);
  });

  it('refuses the attack that hid its sizes in variable defaults, as it refuses them sent as variables', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => HUBS[i % HUBS.length]);
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: nodes(ids: $ids) { ...F }`).join(' ');
    const fragment = 'fragment F on Entity { relationships(types: $t) { node { ... on Entity { relationships(types: $t) { node { id } } } } } }';
    const withDefaults = `query($ids: [ID!]! = ${JSON.stringify(ids)}, $t: [RelationshipType!]! = [${ALL_TYPES.join(', ')}]) { ${aliases} } ${fragment}`;
    const withVariables = `query($ids: [ID!]!, $t: [RelationshipType!]!) { ${aliases} } ${fragment}`;
    api.recorder.reset();
    const refused = (await api.gql(withDefaults)).body.errors?.[0];
    const alsoRefused = (await api.gql(withVariables, { ids, t: ALL_TYPES })).body.errors?.[0];
    expect(refused?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'cost' });
    expect(alsoRefused?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'cost', cost: refused?.extensions?.cost });
    expect(api.recorder.names.filter((name) => name !== 'degreeStatistics')).toEqual([]);
  });
});
