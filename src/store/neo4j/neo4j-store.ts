import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult, Session } from 'neo4j-driver';
import type { GraphStore, Params, Routing, Row, StoreHealth, TransactionScope, WriteTransactionOptions } from '../port.ts';
import { StoreUnavailableError } from '../port.ts';
import { isRetryable, isUnavailable, translate } from './errors.ts';
import { createOutageGuard } from './outage.ts';
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

  /** Runs `work`, failing fast during a known outage and recording one when it meets it. */
  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    if (closed) throw new StoreUnavailableError(`${description} is closed`);
    outage.check();
    try {
      return await work();
    } catch (error) {
      const translated = fail(error);
      if (translated instanceof StoreUnavailableError && isUnavailable(error) && !closed) outage.trip(translated);
      throw translated;
    }
  }

  async function read(text: string, params: Params): Promise<Row[]> {
    const started = performance.now();
    for (let attempt = 0; ; attempt += 1) {
      const s = session('READ');
      try {
        return toRows(await s.run(text, toDriverParams(params) as Record<string, unknown>, { timeout }));
      } catch (error) {
        const delay = Math.min(1000, 100 * 2 ** attempt);
        if (!isRetryable(error) || performance.now() - started + delay > maxRetryTimeMs) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      } finally {
        await s.close();
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

  return {
    description,
    capabilities: { nativeShortestPaths: true },
    execute: (text, params, routing) =>
      guarded(() => (routing === 'READ' ? read(text, params) : write((tx) => run(tx, text, params)))),
    writeTransaction: <T>(work: (tx: TransactionScope) => Promise<T>, writeOptions: WriteTransactionOptions = {}) =>
      guarded(() => write((tx) => work({ execute: (text, params) => run(tx, text, params) }), writeOptions.timeoutMs)),
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
