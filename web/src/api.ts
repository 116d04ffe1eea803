// The explorer's only door to the data: POST /graphql, the same public API every client uses.

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

/** A GraphQL error the page can show as is: the API's messages name the argument and the limit. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Posts one operation and returns its data, or throws an ApiError with the API's own message. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached: is the server running?');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLErrorBody[] };
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(body.errors.map((error) => error.message).join(' '), first?.extensions?.code);
  }
  if (!response.ok || body.data === undefined) throw new ApiError(`The API answered HTTP ${response.status}.`);
  return body.data;
}
