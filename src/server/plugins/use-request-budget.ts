import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphContext } from '../context.ts';

/**
 * Holds every operation to its request's budget (src/server/budget.ts): past the
 * deadline, over the answer-size budget, or once the client has gone, the
 * operation is answered at once with the one coded error that stopped it
 * (`REQUEST_TIMEOUT`, `LIMIT_EXCEEDED`), whatever it had resolved so far, and
 * no further store query starts for it.
 */
export function useRequestBudget(): Plugin<GraphContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const { budget } = args.contextValue as GraphContext;
      budget.arm();
      setExecuteFn(async (executeArgs) => {
        const stopped = new Promise<ExecutionResult>((resolve) => {
          const answer = () => resolve({ data: null, errors: [budget.failure!] });
          if (budget.signal.aborted) answer();
          else budget.signal.addEventListener('abort', answer, { once: true });
        });
        const result = await Promise.race([executeFn(executeArgs) as Promise<ExecutionResult>, stopped]);
        budget.disarm();
        // An answer that came in past the deadline (the timer could not fire in time) is late all the same.
        const answer = budget.stoppedOrLate() ? { data: null, errors: [budget.failure!] } : result;
        budget.finish();
        return answer;
      });
    },
  };
}
