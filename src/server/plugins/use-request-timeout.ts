import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphContext } from '../context.ts';

export interface RequestTimeoutOptions {
  /**
   * Time budget of one operation’s execution.
   * @default 15000
   */
  timeoutMs?: number;
}

/**
 * Answers an operation that runs past its budget with a REQUEST_TIMEOUT error,
 * and cancels the request so that no further store query starts for it.
 */
export function useRequestTimeout(options: RequestTimeoutOptions = {}): Plugin<GraphContext> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => executeWithin(timeoutMs, args.contextValue as GraphContext, () => executeFn(args) as Promise<ExecutionResult>));
    },
  };
}

/** Runs `execute` within `timeoutMs`; past it, cancels the request's context and answers REQUEST_TIMEOUT. */
export async function executeWithin(timeoutMs: number, context: GraphContext, execute: () => Promise<ExecutionResult> | ExecutionResult): Promise<ExecutionResult> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<ExecutionResult>((resolve) => {
    timer = setTimeout(() => {
      context.cancel();
      resolve({
        data: null,
        errors: [
          new GraphQLError(`The request ran past its time budget of ${timeoutMs} ms and was cancelled; narrow it and try again.`, {
            extensions: { code: 'REQUEST_TIMEOUT', limit: 'time', max: timeoutMs, http: { status: 504 } },
          }),
        ],
      });
    }, timeoutMs);
  });
  try {
    return await Promise.race([execute(), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
