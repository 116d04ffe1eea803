import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { GraphStore, Params, Routing, Row, StoreHealth, TransactionScope } from '../port.ts';
import { StoreTimeoutError, StoreUnavailableError } from '../port.ts';
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
   * How long the driver keeps retrying a transaction after transient errors.
   * @default 5000
   */
  maxRetryTimeMs?: number;
}

/** The Neo4j 5 backend on `neo4j-driver`: one driver per process, managed transactions. */
export function createNeo4jStore(options: Neo4jStoreOptions): GraphStore & { verify(): Promise<void> } {
  const connectionTimeout = options.connectionTimeoutMs ?? 5_000;
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    connectionTimeout,
    connectionAcquisitionTimeout: connectionTimeout,
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 5_000,
    userAgent: 'actor-graph',
  });
  const txConfig = { timeout: options.queryTimeoutMs ?? 10_000 };
  const description = `neo4j (${options.uri}, database ${options.database})`;
  const run = async (tx: ManagedTransaction, text: string, params: Params = {}): Promise<Row[]> => {
    const result: QueryResult = await tx.run(text, toDriverParams(params) as Record<string, unknown>);
    return result.records.map((record) => toPlainRow(record.keys, (key) => record.get(key as string)));
  };

  async function withSession<T>(routing: Routing, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = driver.session({
      database: options.database,
      defaultAccessMode: routing === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return routing === 'READ'
        ? await session.executeRead(work, txConfig)
        : await session.executeWrite(work, txConfig);
    } catch (error) {
      throw translate(error, options.uri);
    } finally {
      await session.close();
    }
  }

  return {
    description,
    execute: (text, params, routing) => withSession(routing, (tx) => run(tx, text, params)),
    searchIndex: createNeo4jSearchIndex((text, params, routing) => withSession(routing, (tx) => run(tx, text, params))),
    writeTransaction: <T>(work: (tx: TransactionScope) => Promise<T>) =>
      withSession('WRITE', (tx) => work({ execute: (text, params) => run(tx, text, params) })),
    async health(): Promise<StoreHealth> {
      try {
        await driver.verifyConnectivity({ database: options.database });
        return { ok: true, backend: description };
      } catch (error) {
        return { ok: false, backend: description, detail: translate(error, options.uri).message };
      }
    },
    async verify() {
      try {
        await driver.verifyConnectivity({ database: options.database });
      } catch (error) {
        throw translate(error, options.uri);
      }
    },
    close: () => driver.close(),
  };
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Driver errors that mean "the database is not there" or "too slow" become the port's errors. */
function translate(error: unknown, uri: string): Error {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (UNAVAILABLE_CODES.has(code) || /acquisition timed out|connection.*(refused|closed|timed out)|ECONNREFUSED|ENOTFOUND/i.test(message)) {
    return new StoreUnavailableError(`Neo4j at ${uri} is unavailable: ${message}`, { cause: error });
  }
  if (code.includes('TransactionTimedOut') || /terminated.*timeout|timed out/i.test(message)) {
    return new StoreTimeoutError(`Neo4j query timed out: ${message}`, { cause: error });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new StoreUnavailableError(`Neo4j at ${uri} refused the credentials: ${message}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(message);
}
