import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult, Session } from 'neo4j-driver';
import type { GraphStore, Params, Routing, Row, StatementOptions, StoreHealth, TransactionScope, WriteTransactionOptions } from '../port.ts';
import { StoreUnavailableError } from '../port.ts';
import { isRetryable, isUnavailable, mayMeanStopped, translate } from './errors.ts';
import { createOutageGuard } from './outage.ts';
import { createNeo4jSearchIndex } from './text-index.ts';
import { toDriverParams, toPlainRow } from './values.ts';

export interface Neo4jStoreOptions {
  /** `bolt://host:7687`, or `neo4j://…` / `neo4j+s://…` to route across a cluster. */
  uri: string;
  user: string;
  password: string;
  /** Always set explicitly, so no round trip is spent resolving the home database. */
  database: string;
  /**
   * Budget of one transaction on the server; past it the server cancels it.
   * @default 10000
   */
  queryTimeoutMs?: number;
  /**
   * How long to wait for a connection (to open one, or to get one from the pool).
   * The driver's own defaults (30 s / 60 s) would make an outage look like a hang.
   * @default 5000
   */
  connectionTimeoutMs?: number;
  /**
   * How long a statement is retried after transient errors (a cluster electing a leader, say).
   * @default 5000
   */
  maxRetryTimeMs?: number;
  /**
   * While the server is unreachable, requests fail at once and a probe tries it this often.
   * @default 1000
   */
  probeIntervalMs?: number;
  /**
   * A search reads a tier of the relevance order with at most this many candidates in one
   * piece, a larger one shard by shard (cypher/search/walk.neo4j.cypher); 0 walks every tier
   * by shard.
   * @default 200
   */
  searchDense?: number;
}

/**
 * The Neo4j 5 / 2025+ backend on `neo4j-driver`: one driver per process. A read is one
 * auto-commit transaction (one network round trip; a managed one takes two: RUN and COMMIT),
 * retried on transient errors as managed ones are; writes are managed transactions.
 */
export function createNeo4jStore(options: Neo4jStoreOptions): GraphStore & { verify(): Promise<void> } {
  const connectionTimeout = options.connectionTimeoutMs ?? 5_000;
  const maxRetryTimeMs = options.maxRetryTimeMs ?? 5_000;
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    connectionTimeout,
    connectionAcquisitionTimeout: connectionTimeout,
    maxTransactionRetryTime: maxRetryTimeMs,
    userAgent: 'actor-graph',
  });
  const timeout = options.queryTimeoutMs ?? 10_000;
  const description = `neo4j (${options.uri}, database ${options.database})`;
  const fail = (error: unknown) => translate(error, options.uri, options.database);
  const toRows = (result: QueryResult): Row[] =>
    result.records.map((record) => toPlainRow(record.keys, (key) => record.get(key as string)));
  const session = (routing: Routing): Session =>
    driver.session({ database: options.database, defaultAccessMode: routing === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });

  const probe = async () => {
    const s = session('READ');
    try {
      await s.run('RETURN 1 AS ok', {}, { timeout: connectionTimeout });
    } finally {
      await s.close();
    }
  };
  const outage = createOutageGuard(probe, options.probeIntervalMs ?? 1000);
  // A closed driver would quietly open new connections; a closed store answers as the embedded one does.
  let closed = false;

  /**
   * What the server says, asked after a statement failed in a way that does not say whether the
   * server is still there. A server that is shutting down lets the statements it is running go on
   * to their timeout, and refuses new ones (after a wait of its own, ~2 s). One question at a time:
   * the statements that fail together share its answer. 'serving' also stands for "no telling".
   */
  let asking: Promise<'serving' | 'gone'> | undefined;
  function askServer(waitMs: number): Promise<'serving' | 'gone'> {
    asking ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      // Silent for the whole connection timeout counts as gone; for a shorter wait it says nothing.
      const silent = new Promise<'serving' | 'gone'>((resolve) => (timer = setTimeout(() => resolve(waitMs >= connectionTimeout ? 'gone' : 'serving'), waitMs)));
      const answered = probe().then(
        () => 'serving' as const,
        (error: unknown) => (isUnavailable(error) ? ('gone' as const) : ('serving' as const)),
      );
      try {
        return await Promise.race([answered, silent]);
      } finally {
        clearTimeout(timer);
        asking = undefined;
      }
    })();
    return asking;
  }

  /**
   * Runs `work`, failing fast during a known outage and recording one when it meets it. A failure
   * that may come from a server going away is answered as an outage when the outage is known
   * (another statement met it meanwhile) or when the server, asked, refuses or cannot answer
   * RETURN 1 within the connection timeout (as the driver's own wait for a connection counts);
   * a server that answers keeps the first error. No asking past the request's own time.
   */
  async function guarded<T>(work: () => Promise<T>, bounds: StatementOptions = {}): Promise<T> {
    if (closed) throw new StoreUnavailableError(`${description} is closed`);
    outage.check();
    const deadline = performance.now() + (bounds.timeoutMs ?? Number.POSITIVE_INFINITY);
    try {
      return await work();
    } catch (error) {
      let translated = fail(error);
      let gone = translated instanceof StoreUnavailableError && isUnavailable(error);
      if (!gone && !closed && mayMeanStopped(error, translated)) {
        const timeLeft = deadline - performance.now() - 100;
        if (outage.found.aborted || (timeLeft > 0 && (await askServer(Math.min(connectionTimeout, timeLeft))) === 'gone')) {
          translated = new StoreUnavailableError(`Neo4j at ${options.uri} stopped serving while the statement ran (${translated.message})`, { cause: error });
          gone = true;
        }
      }
      if (gone && !closed) outage.trip(translated as StoreUnavailableError);
      throw translated;
    }
  }

  /**
   * A read in one auto-commit round trip. The server stops it at the statement's budget (the
   * store's own, or what the request has left); when the request stops first, the session is
   * closed, which ends the query on the server too, and the wait ends with the request's reason.
   */
  async function read(text: string, params: Params, bounds: StatementOptions = {}): Promise<Row[]> {
    const started = performance.now();
    const budget = Math.max(1, Math.ceil(Math.min(timeout, bounds.timeoutMs ?? timeout)));
    for (let attempt = 0; ; attempt += 1) {
      bounds.signal?.throwIfAborted();
      // A retry stops as soon as another statement has found the outage, and so does the wait:
      // the reads still waiting on a stopping server answer the outage at once, instead of each
      // waiting for the server to time it out.
      if (attempt > 0) outage.check();
      const found = outage.found;
      const cut = () => bounds.signal?.aborted === true || found.aborted;
      const s = session('READ');
      try {
        return toRows(await abortable(s.run(text, toDriverParams(params) as Record<string, unknown>, { timeout: budget }), s, [bounds.signal, found]));
      } catch (error) {
        const delay = Math.min(1000, 100 * 2 ** attempt);
        if (cut() || !isRetryable(error) || performance.now() - started + delay > Math.min(maxRetryTimeMs, budget)) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      } finally {
        // A wait cut short has already closed its session, which may not finish while the server
        // is going away: the answer does not wait for it.
        if (cut()) void s.close().catch(() => {});
        else await s.close();
      }
    }
  }

  async function write<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = timeout): Promise<T> {
    const s = session('WRITE');
    try {
      return await s.executeWrite(work, { timeout: timeoutMs });
    } finally {
      await s.close();
    }
  }
  const run = async (tx: ManagedTransaction, text: string, params: Params = {}) =>
    toRows(await tx.run(text, toDriverParams(params) as Record<string, unknown>));

  const writeListeners = new Set<() => void>();
  const written = <T>(value: T): T => {
    for (const listener of writeListeners) listener();
    return value;
  };

  const writeTransaction = <T>(work: (tx: TransactionScope) => Promise<T>, writeOptions: WriteTransactionOptions = {}) =>
    guarded(async () => written(await write((tx) => work({ execute: (text, params) => run(tx, text, params) }), writeOptions.timeoutMs)));

  return {
    description,
    capabilities: { nativeShortestPaths: true, subqueries: true },
    onWrite(listener) {
      writeListeners.add(listener);
      return () => writeListeners.delete(listener);
    },
    execute: (text, params, routing, bounds) =>
      guarded(async () => (routing === 'READ' ? read(text, params, bounds) : written(await write((tx) => run(tx, text, params)))), bounds),
    writeTransaction,
    searchIndex: createNeo4jSearchIndex(writeTransaction, { dense: options.searchDense }),
    async health(): Promise<StoreHealth> {
      if (closed) return { ok: false, backend: description, detail: 'store is closed' };
      try {
        // A statement on the database, not just a handshake: a database still starting is not ready.
        await probe();
        outage.reset();
        return { ok: true, backend: description };
      } catch (error) {
        return { ok: false, backend: description, detail: fail(error).message };
      }
    },
    async verify() {
      try {
        await driver.verifyConnectivity({ database: options.database });
      } catch (error) {
        throw fail(error);
      }
    },
    async close() {
      closed = true;
      outage.stop();
      await driver.close();
    },
  };
}

/** `work`, or the first signal's reason as soon as one aborts (closing the session, which stops the query on the server). */
async function abortable<T>(work: Promise<T>, session: Session, signals: (AbortSignal | undefined)[]): Promise<T> {
  const watched = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  const onAbort: (() => void)[] = [];
  const aborted = new Promise<never>((_resolve, reject) => {
    for (const signal of watched) {
      const stop = () => {
        reject(signal.reason);
        void session.close().catch(() => {});
      };
      if (signal.aborted) stop();
      signal.addEventListener('abort', stop, { once: true });
      onAbort.push(stop);
    }
  });
  work.catch(() => {}); // a query whose wait was cut short may still fail later
  aborted.catch(() => {});
  try {
    return await Promise.race([work, aborted]);
  } finally {
    watched.forEach((signal, i) => signal.removeEventListener('abort', onAbort[i]!));
  }
}
