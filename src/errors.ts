import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` the API answers with, and what a client should do about it.
 * Expected failures carry one of these; anything else is masked as INTERNAL_SERVER_ERROR.
 * (test/unit/errors.test.ts holds the source to this list.)
 */
export const ERROR_CODES = {
  BAD_INPUT: 'An argument is malformed or below its minimum; the message names it. Fix the request.',
  LIMIT_EXCEEDED: 'An argument, or the operation as a whole, is over a limit; `argument` or `limit` names it and `max` gives it. Ask for less.',
  BAD_REQUEST: 'The HTTP request itself is malformed (e.g. bad JSON in GET parameters).',
  REQUEST_TIMEOUT: 'The request ran past its time budget and was stopped. Narrow it and try again.',
  CLIENT_CLOSED_REQUEST: 'The client went away; the request was stopped.',
  ANSWERED: 'The request was already answered; work still queued for it was not started.',
  OVERLOADED: 'Too much heavy work is in flight; retry after `retry-after` seconds.',
  STORE_UNAVAILABLE: 'The graph store cannot be reached; retry shortly.',
  STORE_TIMEOUT: 'A store statement ran past its budget; narrow the request or retry.',
  ANALYTICS_PENDING: 'The graph’s metrics are being computed (after a start or a write); retry shortly.',
  NOT_FOUND: 'No export at that path (an /export/ download): the message lists the ones there are.',
  METHOD_NOT_ALLOWED: 'Exports answer GET and HEAD only.',
  INTERNAL_SERVER_ERROR: 'An unexpected failure, logged by the server and masked in the answer.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A coded error about one argument: the message names it, `extensions.argument` too. */
export function inputError(code: ErrorCode, argument: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, argument, ...extra } });
}
