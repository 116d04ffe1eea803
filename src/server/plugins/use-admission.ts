import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestBudget } from '../budget.ts';
import type { GraphContext } from '../context.ts';

export interface AdmissionOptions {
  /** Total estimated cost that may execute at once. @default 20000 */
  capacity: number;
  /** Operations costing no more than this never wait: lookups keep moving under load. @default 200 */
  freeCost: number;
  /** Most operations waiting for capacity; one more is refused at once. @default 32 */
  maxQueue: number;
  /** Longest wait for capacity, in milliseconds (never past the request's deadline). @default 2000 */
  maxWaitMs: number;
  /**
   * While heavy work runs or waits, how long a refusal (queue full, or over the cost limit)
   * is held before it is answered, so that a client retrying at once cannot turn refusals
   * into a busy loop that starves everyone else. @default 250
   */
  refusalDelayMs: number;
}

export const DEFAULT_ADMISSION: AdmissionOptions = { capacity: 20_000, freeCost: 200, maxQueue: 32, maxWaitMs: 2_000, refusalDelayMs: 250 };

interface Waiter {
  weight: number;
  admit(): void;
  refuse(error: GraphQLError): void;
}

/**
 * Admits operations by their estimated cost (a weighted semaphore with a short
 * queue): cheap ones run at once; heavy ones share `capacity` and wait their turn,
 * first come first served; when the queue is full or the wait too long, the
 * operation is refused with `OVERLOADED` (HTTP 503, `Retry-After`), so that
 * overload slows heavy work down instead of everything.
 */
export class Admission {
  private inUse = 0;
  private readonly queue: Waiter[] = [];
  readonly options: AdmissionOptions;

  constructor(options: AdmissionOptions) {
    this.options = options;
  }

  /** Operations executing or waiting, and the cost in use, for metrics. */
  get state() {
    return { inUse: this.inUse, waiting: this.queue.length };
  }

  /** Resolves with the weight to give back once the operation is done. */
  acquire(cost: number, budget: RequestBudget): Promise<number> {
    if (cost <= this.options.freeCost) return Promise.resolve(0);
    const weight = Math.min(cost, this.options.capacity);
    if (this.queue.length === 0 && this.inUse + weight <= this.options.capacity) {
      this.inUse += weight;
      return Promise.resolve(weight);
    }
    if (this.queue.length >= this.options.maxQueue) {
      const waiting = this.queue.length;
      return this.penalty(budget).then(() => Promise.reject(overloaded(`${waiting} operations are already waiting`)));
    }
    return new Promise<number>((resolve, reject) => {
      const leave = () => {
        clearTimeout(timer);
        budget.signal.removeEventListener('abort', onAbort);
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
      };
      const waiter: Waiter = {
        weight,
        admit: () => {
          leave();
          resolve(weight);
        },
        refuse: (error) => {
          leave();
          reject(error);
          this.drain(); // the head may have been holding back smaller operations behind it
        },
      };
      const onAbort = () => waiter.refuse(budget.failure!);
      const wait = Math.min(this.options.maxWaitMs, budget.remainingMs());
      const timer = setTimeout(() => waiter.refuse(overloaded(`no capacity within ${Math.round(wait)} ms`)), wait);
      budget.signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  /** Holds a refusal for `refusalDelayMs` while heavy work runs or waits (never past the request's deadline). */
  penalty(budget: RequestBudget): Promise<void> {
    if (this.inUse === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => setTimeout(resolve, Math.min(this.options.refusalDelayMs, budget.remainingMs())));
  }

  release(weight: number): void {
    if (weight === 0) return;
    this.inUse -= weight;
    this.drain();
  }

  private drain(): void {
    for (let head = this.queue[0]; head && this.inUse + head.weight <= this.options.capacity; head = this.queue[0]) {
      this.inUse += head.weight;
      head.admit();
    }
  }
}

function overloaded(why: string): GraphQLError {
  return new GraphQLError(`The service is busy (${why}); retry in a moment, or ask for less.`, {
    extensions: { code: 'OVERLOADED', http: { status: 503, headers: { 'retry-after': '1' } } },
  });
}

/** Runs every operation through `admission`, by the cost the cost limit left on the context. */
export function useAdmission(admission: Admission): Plugin<GraphContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as GraphContext;
      setExecuteFn(async (executeArgs) => {
        let weight: number;
        try {
          weight = await admission.acquire(context.cost ?? admission.options.capacity, context.budget);
        } catch (error) {
          return { errors: [error as GraphQLError] } satisfies ExecutionResult;
        }
        try {
          return await (executeFn(executeArgs) as Promise<ExecutionResult>);
        } finally {
          admission.release(weight);
        }
      });
    },
  };
}
