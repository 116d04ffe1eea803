import { GraphQLError } from 'graphql';

export interface BudgetOptions {
  /** Milliseconds the request may run. */
  timeoutMs: number;
  /** Most objects (entities, relations, edges, hits…) the answer may hold. */
  maxObjects: number;
  /** Aborts with the request: the client went away. */
  signal?: AbortSignal | null;
}

/**
 * What one request may still spend: time until its deadline and objects in its
 * answer. Once spent, or once the client has gone, the request is stopped: its
 * `signal` aborts, every further resolver and store call throws `failure`, and
 * the answer is that one coded error.
 */
export class RequestBudget {
  readonly deadline: number;
  readonly maxObjects: number;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  /** Objects the answer holds so far. */
  objects = 0;
  private sinceYield = 0;
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;

  constructor(options: BudgetOptions) {
    this.timeoutMs = options.timeoutMs;
    this.deadline = performance.now() + options.timeoutMs;
    this.maxObjects = options.maxObjects;
    this.signal = this.controller.signal;
    const client = options.signal;
    if (client) {
      if (client.aborted) this.stop(clientGone());
      else client.addEventListener('abort', () => this.stop(clientGone()), { once: true });
    }
  }

  /** Why the request was stopped, once it was. */
  get failure(): GraphQLError | undefined {
    return this.signal.aborted ? (this.signal.reason as GraphQLError) : undefined;
  }

  /** Milliseconds left before the deadline (0 once past it). */
  remainingMs(): number {
    return Math.max(0, this.deadline - performance.now());
  }

  /** Starts the deadline's timer: at the deadline the request stops even while it waits on the store. */
  arm(): void {
    this.timer ??= setTimeout(() => this.stop(timedOut(this.timeoutMs)), this.remainingMs());
    this.timer.unref();
  }

  /** Clears the timer once the request is answered. */
  disarm(): void {
    clearTimeout(this.timer);
  }

  /** Throws the failure if the request was stopped or is past its deadline. */
  check(): void {
    if (this.stoppedOrLate()) throw this.signal.reason;
  }

  /** Whether the request was stopped, or is past its deadline (which stops it). */
  stoppedOrLate(): boolean {
    if (!this.signal.aborted && performance.now() > this.deadline) this.stop(timedOut(this.timeoutMs));
    return this.signal.aborted;
  }

  /** Counts the objects a resolver returned; stops the request once the answer holds too many. */
  spend<T>(value: T): T {
    const count = Array.isArray(value) ? value.length : value === null || value === undefined ? 0 : 1;
    this.objects += count;
    if (this.objects > this.maxObjects) this.stop(tooLarge(this.maxObjects));
    this.check();
    return value;
  }

  /**
   * The answer is decided (graphql-js may settle a result while resolvers it no longer
   * waits for still run): nothing more may reach the store for this request.
   */
  finish(): void {
    this.stop(ANSWERED);
  }

  /**
   * True once every YIELD_EVERY objects: a large answer then lets the event loop serve
   * other requests before it goes on (graphql-js would otherwise resolve it in one go).
   */
  dueToYield(): boolean {
    if (this.objects - this.sinceYield < YIELD_EVERY) return false;
    this.sinceYield = this.objects;
    return true;
  }

  stop(reason: GraphQLError): void {
    if (this.signal.aborted) return;
    this.controller.abort(reason);
    this.disarm();
  }
}

/** Objects an answer may grow by between two turns of the event loop. */
const YIELD_EVERY = 200;

function timedOut(timeoutMs: number): GraphQLError {
  return new GraphQLError(`The request ran past its time budget of ${timeoutMs} ms and was cancelled; narrow it and try again.`, {
    extensions: { code: 'REQUEST_TIMEOUT', limit: 'time', max: timeoutMs, http: { status: 504 } },
  });
}

function tooLarge(maxObjects: number): GraphQLError {
  return new GraphQLError(
    `The answer grew past ${maxObjects} objects and the request was stopped; ask for fewer items or a smaller traversal.`,
    { extensions: { code: 'LIMIT_EXCEEDED', limit: 'objects', max: maxObjects } },
  );
}

/** One shared reason for every request's end (never sent: the answer is already out). */
const ANSWERED = new GraphQLError('The request was already answered.', { extensions: { code: 'ANSWERED' } });

function clientGone(): GraphQLError {
  return new GraphQLError('The client closed the connection; the request was stopped.', {
    extensions: { code: 'CLIENT_CLOSED_REQUEST' },
  });
}
