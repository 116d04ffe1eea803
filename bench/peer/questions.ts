/**
 * The questions `npm run bench -- --store neo4j` asks ours and `@neo4j/graphql` alike, each as
 * the GraphQL document a client of that API would send, over the same synthetic graph. The peer
 * cannot express a neighbourhood of any types in one call, nor paths: its 2-hop expansion is a
 * nested selection of the relationship fields the type definitions name.
 */
import { PROBE } from '../generate.ts';
import { operations } from '../operations.ts';
import type { SyntheticGraph } from '../generate.ts';

export interface Ask {
  query: string;
  variables: Record<string, unknown>;
}

export interface Question {
  name: string;
  ours: Ask;
  /** The peer's, or null when it cannot express the question. */
  peer: Ask | null;
}

const probe = { id: PROBE.centre };

/** Ours as the embedded benchmark asks it (bench/operations.ts), by its name there. */
function oursFrom(graph: SyntheticGraph, name: string): Ask {
  const op = operations(graph).find((candidate) => candidate.name === name);
  if (!op) throw new Error(`bench/operations.ts has no operation named ${name}`);
  return { query: op.query, variables: op.variables };
}

export function questions(graph: SyntheticGraph): Question[] {
  const lookup = oursFrom(graph, 'node (point lookup)');
  return [
    {
      name: 'point lookup',
      ours: lookup,
      peer: { query: 'query Node($id: ID!) { entities(where: { id: { eq: $id } }) { __typename id name aliases } }', variables: lookup.variables },
    },
    {
      name: 'actor card',
      ours: oursFrom(graph, 'actor card'),
      peer: {
        query: `query Card($id: ID!) {
          people(where: { id: { eq: $id } }) {
            id
            name
            rolesConnection { edges { properties { role } node { id name } } }
            meetingsConnection { edges { properties { date evidence sources } node { id name } } }
          }
        }`,
        variables: probe,
      },
    },
    {
      name: 'name search',
      ours: oursFrom(graph, 'search'),
      peer: { query: 'query Search($q: String!) { peopleByName(phrase: $q, first: 10) { edges { score node { id name } } } }', variables: { q: graph.searchTerm } },
    },
    {
      name: '2-hop, nested selections',
      ours: {
        query: `query TwoHops($id: ID!) {
          node(id: $id) {
            id
            ... on Person {
              meetings { node { id ... on Person { name events { node { id } } affiliations { node { id } } } } }
              roles { node { id } }
            }
          }
        }`,
        variables: probe,
      },
      peer: {
        query: `query TwoHops($id: ID!) {
          people(where: { id: { eq: $id } }) {
            id
            meetings { id name participatedIn { id } memberOf { id } }
            roles { id }
          }
        }`,
        variables: probe,
      },
    },
    { name: '2-hop neighbourhood (ours only)', ours: oursFrom(graph, 'neighborhood depth 2'), peer: null },
    { name: 'shortest path (ours only)', ours: oursFrom(graph, 'shortestPath'), peer: null },
    { name: 'all shortest paths (ours only)', ours: oursFrom(graph, 'allShortestPaths'), peer: null },
  ];
}
