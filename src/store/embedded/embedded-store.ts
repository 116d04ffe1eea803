import { accessSync, constants, existsSync, mkdirSync, statfsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pkg from '@grafeo-db/js';
import type { GraphStore, Params, Row, StatementOptions, StoreHealth, TransactionScope } from '../port.ts';
import { StoreTimeoutError, StoreUnavailableError } from '../port.ts';
import { createEmbeddedBulkWriter } from './bulk.ts';
import { plainRows } from './row-slicer.ts';
import { createEmbeddedSearchIndex } from './text-index.ts';
import { toPlainRow } from './values.ts';

// @grafeo-db/js is CommonJS: a named import type-checks but fails at run time.
const { GrafeoDB } = pkg;
type Database = InstanceType<typeof GrafeoDB>;

export interface EmbeddedStoreOptions {
  /**
   * Database file; `null` keeps the graph in memory (tests).
   * The folder is created when missing.
   */
  path: string | null;
  /**
   * Open an existing file for reading only (shared lock, no writes), e.g. when nothing
   * needs seeding. A file that cannot be written (a read-only mount) opens so anyway.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Budget of one statement. The engine cannot cancel a running statement, so past
   * the budget the caller gets a StoreTimeoutError and the statement's result is dropped.
   * @default 10000
   */
  queryTimeoutMs?: number;
}

/** The in-process default backend on `@grafeo-db/js`. */
export function createEmbeddedStore(options: EmbeddedStoreOptions): GraphStore {
  const { db, readOnly } = open(options.path, options.readOnly ?? false);
  const description = options.path === null ? 'embedded (memory)' : `embedded (${resolve(options.path)}${readOnly ? ', read-only' : ''})`;
  let closed = false;
  const timeoutMs = options.queryTimeoutMs ?? 10_000;
  // The store's own capabilities wait for its indexes, and refuse once it is closed.
  const ready = (): Promise<void> => (closed ? Promise.reject(new StoreUnavailableError(`${description} is closed`)) : indexed);
  const searchIndex = createEmbeddedSearchIndex(db, () => ready());
  // The engine does not back the Entity.id unique constraint with an index: without this
  // one every lookup by id scans every node (0.2 ms → 40 ms at 100k nodes). Neo4j's
  // constraint has its own index, so this statement is the embedded adapter's alone. The
  // text index is (re)built from the stored search documents when the store opens (a
  // read-only store too: building it writes nothing to the file).
  const indexed = (readOnly ? Promise.resolve() : db.executeCypher(ENTITY_ID_INDEX)).then(() => searchIndex.prepare());

  const writeListeners = new Set<() => void>();
  const written = () => {
    for (const listener of writeListeners) listener();
  };
  return {
    description,
    readOnly,
    searchIndex,
    bulk: createEmbeddedBulkWriter(db, ready, searchIndex, written),
    onWrite(listener) {
      writeListeners.add(listener);
      return () => writeListeners.delete(listener);
    },
    async execute(text: string, params: Params, routing, options: StatementOptions = {}): Promise<Row[]> {
      if (closed) throw new StoreUnavailableError(`${description} is closed`);
      options.signal?.throwIfAborted();
      await indexed;
      const result = await bounded(db.executeCypher(text, params), Math.min(timeoutMs, options.timeoutMs ?? timeoutMs), options.signal);
      if (routing === 'WRITE') written();
      return plainRows(result);
    },
    async writeTransaction<T>(work: (tx: TransactionScope) => Promise<T>): Promise<T> {
      if (closed) throw new StoreUnavailableError(`${description} is closed`);
      await indexed;
      const tx = db.beginTransaction();
      const scope: TransactionScope = {
        async execute(text, params = {}) {
          const result = await tx.executeCypher(text, params);
          return result.toArray().map(toPlainRow);
        },
      };
      try {
        const value = await work(scope);
        tx.commit();
        written();
        return value;
      } catch (error) {
        if (tx.isActive) tx.rollback();
        throw error;
      }
    },
    async health(): Promise<StoreHealth> {
      if (closed) return { ok: false, backend: description, detail: 'store is closed' };
      try {
        await db.executeCypher('RETURN 1 AS ok');
        return { ok: true, backend: description };
      } catch (error) {
        return { ok: false, backend: description, detail: (error as Error).message };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}

const ENTITY_ID_INDEX = 'CREATE INDEX entity_id_lookup IF NOT EXISTS FOR (n:Entity) ON (n.id)';

/**
 * Resolves as `work` does, or rejects with StoreTimeoutError after `ms`, or with the
 * signal's reason when it aborts. The engine cannot stop a running statement: its
 * result is dropped, and the request that asked for it starts no other.
 */
async function bounded<T>(work: Promise<T>, ms: number, signal: AbortSignal | undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(`embedded query ran past ${ms} ms`)), ms);
    onAbort = () => reject(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  work.catch(() => {}); // a statement whose wait was cut short may still fail later
  try {
    return await Promise.race([work, stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

function open(path: string | null, readOnly: boolean): { db: Database; readOnly: boolean } {
  if (path === null) return { db: GrafeoDB.create(), readOnly: false };
  const file = resolve(path);
  const fail = (why: string, cause?: unknown) => new StoreUnavailableError(`cannot open the embedded graph file ${file}: ${why}`, { cause });
  usableLocation(file, fail);
  try {
    if (existsSync(file)) {
      if (readOnly || !writable(file)) return { db: GrafeoDB.openReadOnly(file), readOnly: true };
      return { db: GrafeoDB.open(file), readOnly: false };
    }
    makeFolders(dirname(file));
    return { db: GrafeoDB.create(file), readOnly: false };
  } catch (error) {
    const message = (error as Error).message;
    if (LOCKED.test(message)) throw fail(`another process has it open (another \`npm start\` or \`npm run seed\` on the same file?); stop that one, or give this one a file of its own (GRAFEO_PATH=other.grafeo, or GRAFEO_PATH=:memory: for a graph in memory). The engine said: ${message}`, error);
    throw fail(message, error);
  }
}

/** The engine's words for a file another process holds (it locks the file for as long as it has it open). */
const LOCKED = /cannot be locked/i;

/** Kernel file systems (statfs magic numbers) that hold no data: a graph file there can never work. */
const PSEUDO_FILE_SYSTEMS = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0xcafe4a11, 'bpf'],
]);

/**
 * Refuses, at once, a location that cannot hold the graph: below a file, or on a pseudo
 * file system (Node's recursive mkdir spins forever under /proc, and the engine with it).
 */
function usableLocation(file: string, fail: (why: string) => Error): void {
  let existing = dirname(file);
  while (!existsSync(existing)) existing = dirname(existing);
  if (!statSync(existing).isDirectory()) throw fail(`${existing} is a file, not a folder`);
  const kind = PSEUDO_FILE_SYSTEMS.get(statfsSync(existing).type);
  if (kind) throw fail(`${existing} is on the ${kind} pseudo file system, which cannot hold data; choose a folder on a disk`);
}

/** Creates each missing folder in turn (no recursive mkdir: see usableLocation). */
function makeFolders(folder: string): void {
  if (existsSync(folder)) return;
  makeFolders(dirname(folder));
  mkdirSync(folder);
}

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
