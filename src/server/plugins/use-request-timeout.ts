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
      setExecuteFn(async (args) => {
        const context = args.contextValue as GraphContext;
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
          return (await Promise.race([executeFn(args), timedOut])) as ExecutionResult;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
