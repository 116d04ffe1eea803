/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query WhoMetBolton {\n  node(id: \"john-bolton\") {\n    id\n    ... on Person {\n      name\n      roles {\n        role\n        node {\n          id\n          ... on Entity {\n            name\n          }\n        }\n      }\n      meetings {\n        date\n        evidence\n        node {\n          id\n          ... on Entity {\n            name\n            aliases\n          }\n        }\n        sources {\n          title\n          outlet\n        }\n      }\n    }\n  }\n}": typeof types.WhoMetBoltonDocument,
    "query AnalystToLukashenka($from: ID! = \"arsen-sivistky\", $to: ID! = \"aliaksandr-lukashenka\") {\n  shortestPath(from: $from, to: $to, maxDepth: 6) {\n    length\n    nodes {\n      id\n      label\n      kind\n    }\n    edges {\n      id\n      type\n      source\n      target\n      evidence\n      sourceDocuments {\n        title\n      }\n    }\n  }\n}": typeof types.AnalystToLukashenkaDocument,
    "query BoltonNeighborhood($id: ID! = \"john-bolton\", $depth: Int! = 1) {\n  neighborhood(id: $id, depth: $depth, limit: 100) {\n    truncated\n    nodes {\n      data {\n        id\n        label\n        kind\n      }\n    }\n    edges {\n      data {\n        id\n        source\n        target\n        type\n        label\n      }\n    }\n  }\n}": typeof types.BoltonNeighborhoodDocument,
    "query Timeline($from: Date = \"1993-01-01\", $to: Date = \"2019-12-31\") {\n  timeline(from: $from, to: $to) {\n    id\n    name\n    date\n    datePrecision\n    eventType\n    participants {\n      role\n      node {\n        id\n        ... on Entity {\n          name\n        }\n      }\n    }\n    reportedIn {\n      title\n    }\n  }\n}": typeof types.TimelineDocument,
    "query SearchAnySpelling($query: String! = \"Lukashenko\") {\n  search(query: $query, first: 5) {\n    matchType\n    matchedAlias\n    node {\n      id\n      ... on Entity {\n        name\n        kind\n        aliases\n      }\n    }\n  }\n}": typeof types.SearchAnySpellingDocument,
    "query WhatBoltonSaid($speaker: ID = \"john-bolton\") {\n  statements(speaker: $speaker) {\n    id\n    text\n    quoteType\n    date\n    about {\n      id\n      ... on Entity {\n        name\n      }\n    }\n    reportedIn {\n      title\n      outlet\n    }\n  }\n}": typeof types.WhatBoltonSaidDocument,
};
const documents: Documents = {
    "query WhoMetBolton {\n  node(id: \"john-bolton\") {\n    id\n    ... on Person {\n      name\n      roles {\n        role\n        node {\n          id\n          ... on Entity {\n            name\n          }\n        }\n      }\n      meetings {\n        date\n        evidence\n        node {\n          id\n          ... on Entity {\n            name\n            aliases\n          }\n        }\n        sources {\n          title\n          outlet\n        }\n      }\n    }\n  }\n}": types.WhoMetBoltonDocument,
    "query AnalystToLukashenka($from: ID! = \"arsen-sivistky\", $to: ID! = \"aliaksandr-lukashenka\") {\n  shortestPath(from: $from, to: $to, maxDepth: 6) {\n    length\n    nodes {\n      id\n      label\n      kind\n    }\n    edges {\n      id\n      type\n      source\n      target\n      evidence\n      sourceDocuments {\n        title\n      }\n    }\n  }\n}": types.AnalystToLukashenkaDocument,
    "query BoltonNeighborhood($id: ID! = \"john-bolton\", $depth: Int! = 1) {\n  neighborhood(id: $id, depth: $depth, limit: 100) {\n    truncated\n    nodes {\n      data {\n        id\n        label\n        kind\n      }\n    }\n    edges {\n      data {\n        id\n        source\n        target\n        type\n        label\n      }\n    }\n  }\n}": types.BoltonNeighborhoodDocument,
    "query Timeline($from: Date = \"1993-01-01\", $to: Date = \"2019-12-31\") {\n  timeline(from: $from, to: $to) {\n    id\n    name\n    date\n    datePrecision\n    eventType\n    participants {\n      role\n      node {\n        id\n        ... on Entity {\n          name\n        }\n      }\n    }\n    reportedIn {\n      title\n    }\n  }\n}": types.TimelineDocument,
    "query SearchAnySpelling($query: String! = \"Lukashenko\") {\n  search(query: $query, first: 5) {\n    matchType\n    matchedAlias\n    node {\n      id\n      ... on Entity {\n        name\n        kind\n        aliases\n      }\n    }\n  }\n}": types.SearchAnySpellingDocument,
    "query WhatBoltonSaid($speaker: ID = \"john-bolton\") {\n  statements(speaker: $speaker) {\n    id\n    text\n    quoteType\n    date\n    about {\n      id\n      ... on Entity {\n        name\n      }\n    }\n    reportedIn {\n      title\n      outlet\n    }\n  }\n}": types.WhatBoltonSaidDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoMetBolton {\n  node(id: \"john-bolton\") {\n    id\n    ... on Person {\n      name\n      roles {\n        role\n        node {\n          id\n          ... on Entity {\n            name\n          }\n        }\n      }\n      meetings {\n        date\n        evidence\n        node {\n          id\n          ... on Entity {\n            name\n            aliases\n          }\n        }\n        sources {\n          title\n          outlet\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query WhoMetBolton {\n  node(id: \"john-bolton\") {\n    id\n    ... on Person {\n      name\n      roles {\n        role\n        node {\n          id\n          ... on Entity {\n            name\n          }\n        }\n      }\n      meetings {\n        date\n        evidence\n        node {\n          id\n          ... on Entity {\n            name\n            aliases\n          }\n        }\n        sources {\n          title\n          outlet\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystToLukashenka($from: ID! = \"arsen-sivistky\", $to: ID! = \"aliaksandr-lukashenka\") {\n  shortestPath(from: $from, to: $to, maxDepth: 6) {\n    length\n    nodes {\n      id\n      label\n      kind\n    }\n    edges {\n      id\n      type\n      source\n      target\n      evidence\n      sourceDocuments {\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query AnalystToLukashenka($from: ID! = \"arsen-sivistky\", $to: ID! = \"aliaksandr-lukashenka\") {\n  shortestPath(from: $from, to: $to, maxDepth: 6) {\n    length\n    nodes {\n      id\n      label\n      kind\n    }\n    edges {\n      id\n      type\n      source\n      target\n      evidence\n      sourceDocuments {\n        title\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoltonNeighborhood($id: ID! = \"john-bolton\", $depth: Int! = 1) {\n  neighborhood(id: $id, depth: $depth, limit: 100) {\n    truncated\n    nodes {\n      data {\n        id\n        label\n        kind\n      }\n    }\n    edges {\n      data {\n        id\n        source\n        target\n        type\n        label\n      }\n    }\n  }\n}"): (typeof documents)["query BoltonNeighborhood($id: ID! = \"john-bolton\", $depth: Int! = 1) {\n  neighborhood(id: $id, depth: $depth, limit: 100) {\n    truncated\n    nodes {\n      data {\n        id\n        label\n        kind\n      }\n    }\n    edges {\n      data {\n        id\n        source\n        target\n        type\n        label\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Timeline($from: Date = \"1993-01-01\", $to: Date = \"2019-12-31\") {\n  timeline(from: $from, to: $to) {\n    id\n    name\n    date\n    datePrecision\n    eventType\n    participants {\n      role\n      node {\n        id\n        ... on Entity {\n          name\n        }\n      }\n    }\n    reportedIn {\n      title\n    }\n  }\n}"): (typeof documents)["query Timeline($from: Date = \"1993-01-01\", $to: Date = \"2019-12-31\") {\n  timeline(from: $from, to: $to) {\n    id\n    name\n    date\n    datePrecision\n    eventType\n    participants {\n      role\n      node {\n        id\n        ... on Entity {\n          name\n        }\n      }\n    }\n    reportedIn {\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchAnySpelling($query: String! = \"Lukashenko\") {\n  search(query: $query, first: 5) {\n    matchType\n    matchedAlias\n    node {\n      id\n      ... on Entity {\n        name\n        kind\n        aliases\n      }\n    }\n  }\n}"): (typeof documents)["query SearchAnySpelling($query: String! = \"Lukashenko\") {\n  search(query: $query, first: 5) {\n    matchType\n    matchedAlias\n    node {\n      id\n      ... on Entity {\n        name\n        kind\n        aliases\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhatBoltonSaid($speaker: ID = \"john-bolton\") {\n  statements(speaker: $speaker) {\n    id\n    text\n    quoteType\n    date\n    about {\n      id\n      ... on Entity {\n        name\n      }\n    }\n    reportedIn {\n      title\n      outlet\n    }\n  }\n}"): (typeof documents)["query WhatBoltonSaid($speaker: ID = \"john-bolton\") {\n  statements(speaker: $speaker) {\n    id\n    text\n    quoteType\n    date\n    about {\n      id\n      ... on Entity {\n        name\n      }\n    }\n    reportedIn {\n      title\n      outlet\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;