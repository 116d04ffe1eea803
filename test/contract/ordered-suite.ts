/**
 * Search and the timeline answer the same, in the same order, byte for byte, on every
 * engine: each case's GraphQL answer on the backend under test must be the JSON text of
 * a reference embedded store's answer, and so must every page of their Connections, paged
 * to the end either way by the cursors each store gives. Both stores hold the seed graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/port.ts';
import { seedGraph } from '../../src/store/seed.ts';
import { seededEmbeddedStore, testApp } from '../testkit/graph.ts';
import type { ContractTarget } from './contract-suite.ts';

const HIT = 'matchType matchedField matchedText matchedAlias score node { id ... on Entity { name kind } }';
const EVENT = 'id name date endDate datePrecision eventType';

const search = (query: string, rest = '') => `{ search(query: ${JSON.stringify(query)}${rest}) { ${HIT} } }`;

/** Queries chosen to reach every grade and field, kinds, many and no hits, scripts and punctuation. */
export const ORDERED_CASES: [string, string][] = [
  ['search: an alias', search('Lukashenko', ', first: 20')],
  ['search: as it is typed', search('luka', ', first: 20')],
  ['search: two words, the last typed', search('alyaksandr luk')],
  ['search: many hits, the most allowed', search('bolton', ', first: 50')],
  ['search: a word shared by many names', search('visit', ', first: 50')],
  ['search: kinds', search('minsk', ', kinds: [PLACE, EVENT], first: 20')],
  ['search: a role', search('national security advisor')],
  ['search: a role word and a description word', search('analyst', ', first: 20')],
  ['search: Cyrillic', search('Лукашенко')],
  ['search: punctuation', search('tut.by')],
  ['search: an apostrophe', search('affaires')],
  ['search: one letter', search('b', ', first: 50')],
  ['search: a number, whole', search('2006')],
  ['search: a multi-word role', search('affiliated commentator')],
  ['search: nothing', search('zzzz')],
  ['timeline: everything, undated last', `{ timeline(first: 500) { ${EVENT} } }`],
  ['timeline: the first few', `{ timeline(first: 3) { ${EVENT} } }`],
  ['timeline: one year', `{ timeline(from: "2019-01-01", to: "2019-12-31") { ${EVENT} } }`],
  ['timeline: a range a period overlaps', `{ timeline(from: "2018-06-01", to: "2019-06-30") { ${EVENT} } }`],
  ['timeline: from a day on', `{ timeline(from: "2008-01-01", first: 4) { ${EVENT} } }`],
  ['timeline: up to a day', `{ timeline(to: "2006-12-31") { ${EVENT} } }`],
  ['timeline: some types', `{ timeline(kinds: [SANCTION, VISIT], first: 5) { ${EVENT} } }`],
  ['timeline: one participant', `{ timeline(participant: "john-bolton") { ${EVENT} } }`],
  ['timeline: one participant in a range', `{ timeline(participant: "belarus", from: "1998-01-01", to: "2010-12-31") { ${EVENT} } }`],
];

const EDGE = `cursor matchType matchedField matchedText matchedAlias score node { id name kind }`;
const PAGE_INFO = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Connections paged to their end, `first: 3` forward and `last: 3` backward: `%s` takes the paging arguments. */
export const PAGED_CASES: [string, string][] = [
  ['searchConnection by relevance', `{ searchConnection(query: "b", %s) { ${PAGE_INFO} edges { ${EDGE} } } }`],
  ['searchConnection by name', `{ searchConnection(query: "minsk", orderBy: NAME, %s) { ${PAGE_INFO} edges { ${EDGE} } } }`],
  ['searchConnection of roles and descriptions', `{ searchConnection(query: "analyst", %s) { ${PAGE_INFO} edges { ${EDGE} } } }`],
  ['searchConnection of two words', `{ searchConnection(query: "bolton visit", kinds: [EVENT, PERSON], %s) { ${PAGE_INFO} edges { ${EDGE} } } }`],
  ['timelineConnection, oldest first', `{ timelineConnection(%s) { ${PAGE_INFO} edges { cursor node { ${EVENT} } } } }`],
  ['timelineConnection, newest first', `{ timelineConnection(orderBy: DATE_DESC, %s) { ${PAGE_INFO} edges { cursor node { ${EVENT} } } } }`],
  ['timelineConnection over a range, of some types', `{ timelineConnection(from: "1998-01-01", to: "2019-09-30", kinds: [SANCTION, VISIT, MEETING, RELEASE], %s) { ${PAGE_INFO} edges { cursor node { ${EVENT} } } } }`],
  ['timelineConnection of a participant, newest first', `{ timelineConnection(participant: "belarus", orderBy: DATE_DESC, %s) { ${PAGE_INFO} edges { cursor node { ${EVENT} } } } }`],
];

/** The backend under test and the reference, both seeded, for the tests of a describe block. */
function seededPair(setup: () => Promise<ContractTarget>) {
  const pair = {} as { target: ContractTarget; reference: GraphStore };
  beforeAll(async () => {
    pair.target = await setup();
    await seedGraph(pair.target.store);
    pair.reference = await seededEmbeddedStore();
  }, 180_000);
  afterAll(async () => {
    await pair.target?.cleanup();
    await pair.reference?.close();
  });
  return pair;
}

export function orderedSuite(backend: string, setup: () => Promise<ContractTarget>): void {
  describe(`search and timeline in order: ${backend}`, () => {
    const stores = seededPair(setup);

    it.each(ORDERED_CASES)('%s gives the reference’s bytes', async (_name, query) => {
      const actual = await testApp(stores.target.store).gql(query);
      const expected = await testApp(stores.reference).gql(query);
      expect(actual.status).toBe(200);
      expect(expected.body.errors).toBeUndefined();
      expect(JSON.stringify(actual.body)).toBe(JSON.stringify(expected.body));
    });

    it.each(PAGED_CASES)('%s: every page gives the reference’s bytes, forward and backward', async (_name, document) => {
      const [target, reference] = [testApp(stores.target.store), testApp(stores.reference)];
      for (const [size, cursorArg, next] of [
        ['first: 3', 'after', 'endCursor'],
        ['last: 3', 'before', 'startCursor'],
      ] as const) {
        let cursor: string | null = null;
        for (let pages = 0; ; pages += 1) {
          const query = document.replace('%s', cursor ? `${size}, ${cursorArg}: ${JSON.stringify(cursor)}` : size);
          const [actual, expected] = [await target.gql(query), await reference.gql(query)];
          expect(expected.body.errors).toBeUndefined();
          expect(JSON.stringify(actual.body)).toBe(JSON.stringify(expected.body));
          const connection = Object.values(expected.body.data as Record<string, { edges: unknown[]; pageInfo: Record<string, string | boolean> }>)[0]!;
          if (pages === 0) expect(connection.edges.length).toBeGreaterThan(0);
          const more = connection.pageInfo[size.startsWith('first') ? 'hasNextPage' : 'hasPreviousPage'];
          if (!more) break;
          cursor = connection.pageInfo[next] as string;
          expect(pages).toBeLessThan(100);
        }
      }
    });

    it('has cases that return hits and events', async () => {
      const app = testApp(stores.reference);
      for (const [name, query] of ORDERED_CASES.filter(([name]) => name !== 'search: nothing')) {
        const body = (await app.gql(query)).body.data as Record<string, unknown[]>;
        expect(Object.values(body)[0]?.length, name).toBeGreaterThan(0);
      }
    });
  });
}
