import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { StoreTimeoutError, StoreUnavailableError } from '../port.ts';
import type { UnavailableReason } from '../port.ts';

/** Driver and server codes that mean "the database cannot be reached or is not serving". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Thrown when the database refuses writes (`server.databases.read_only`, or a read replica). */
export class StoreReadOnlyError extends Error {
  override readonly name = 'StoreReadOnlyError';
}

/** Whether the error means the server is gone (as opposed to a bad statement or a timeout). */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? '';
  return UNAVAILABLE_CODES.has(code) || /acquisition timed out|connection.*(refused|closed|timed out)|ECONNREFUSED|ECONNRESET|ENOTFOUND|Pool is closed/i.test(message);
}

/**
 * Whether a failure that is not itself an outage may still come from one, so the server is worth
 * asking: a timeout (a stopping server lets running statements reach it), or anything that is not a
 * statement the server refused on its merits (a client error), the request's own stop or read-only.
 */
export function mayMeanStopped(error: unknown, translated: Error): boolean {
  if (translated instanceof StoreTimeoutError) return true;
  if (translated instanceof GraphQLError || translated instanceof StoreReadOnlyError || translated instanceof StoreUnavailableError) return false;
  const code = (error as { code?: string }).code ?? '';
  return !code.startsWith('Neo.ClientError.');
}

/** Whether a read may be tried again (the driver's own rule for managed transactions). */
export function isRetryable(error: unknown): boolean {
  return neo4j.isRetryableError(error);
}

/**
 * Why the driver could not reach the server, where its error says: it keeps only the socket
 * error's message (`… Caused by: connect ECONNREFUSED 127.0.0.1:7687`), not its `code`, so the
 * message is what there is to read; and a `neo4j://` URI no server answers for gives only
 * "Could not perform discovery. No routing servers available", whatever the socket said.
 */
function unreachableReason(error: unknown): UnavailableReason | null {
  const message = (error as Error).message ?? '';
  if (/\bECONNREFUSED\b/.test(message)) return 'refused';
  if (/Could not perform discovery|No routing servers available/.test(message)) return 'no-routing';
  if (/\b(ENOTFOUND|EAI_AGAIN)\b/.test(message)) return 'unresolved';
  return null;
}

/** Driver errors that mean "not there", "too slow", "wrong password" or "read-only" become the port's errors, with one clear message. */
export function translate(error: unknown, uri: string, database: string): Error {
  if (error instanceof StoreUnavailableError || error instanceof StoreTimeoutError || error instanceof StoreReadOnlyError) return error;
  // The request stopped (deadline, answer size, client gone): its own coded reason, untouched.
  if (error instanceof GraphQLError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (isUnavailable(error)) {
    return new StoreUnavailableError(`Neo4j at ${uri} is unavailable: ${message}`, { cause: error, reason: unreachableReason(error) });
  }
  if (code.includes('TransactionTimedOut') || /terminated.*timeout|timed out/i.test(message)) {
    return new StoreTimeoutError(`Neo4j query timed out: ${message}`, { cause: error });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreUnavailableError(`Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${message}`, { cause: error, reason: 'credentials' });
  }
  if (code === 'Neo.ClientError.General.WriteOnReadOnlyAccessDatabase' || code === 'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase') {
    return new StoreReadOnlyError(`Neo4j database ${database} at ${uri} is read-only: it cannot be seeded or written to (${message})`, { cause: error });
  }
  return error instanceof Error ? error : new Error(message);
}
