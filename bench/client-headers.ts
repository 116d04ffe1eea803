/**
 * The headers real GraphQL clients send with a query: Apollo Client 3/4 (`HttpLink`),
 * urql (`fetchExchange`) and graphql-request all ask for the GraphQL-over-HTTP response type
 * first and JSON second. Every GraphQL request the benchmark and the load script make carries these.
 */
export const CLIENT_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json;q=0.9',
} as const;

export const CLIENT_HEADERS_NOTE = 'GraphQL requests carry the headers Apollo Client and urql send (accept: application/graphql-response+json, application/json;q=0.9)';
