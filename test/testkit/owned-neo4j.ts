/**
 * A Neo4j a test owns and may stop, kill and start again on the same data, apart from the
 * run's shared one: the project's own server (scripts/neo4j-server.ts) in a folder of its own,
 * on a port that stays the same across restarts so clients reconnect as they would in production.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { findJava } from '../../scripts/neo4j-server.ts';
import { NEO4J_VERSION, startProjectNeo4j } from './neo4j.ts';
import type { Neo4jConnection } from './neo4j.ts';

/** Why the project's own Neo4j cannot start here (no fitting Java, no Maven), or null. */
export function projectNeo4jMissing(): string | null {
  try {
    findJava(NEO4J_VERSION);
    execFileSync('mvn', ['-v'], { stdio: 'ignore' });
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'Maven (mvn) is not on PATH' : (error as Error).message;
  }
}

/**
 * For a test file that needs its own Neo4j: the reason it cannot run here, printed, or null.
 * Under REQUIRE_NEO4J=1 the reason is a failing test instead of a skip.
 */
export function ownedNeo4jSkip(what: string): string | null {
  const reason = projectNeo4jMissing();
  if (reason === null) return null;
  console.warn(`${what} skipped: ${reason}`);
  if (process.env.REQUIRE_NEO4J === '1') {
    it(`${what} has the project's own Neo4j to run on (REQUIRE_NEO4J=1)`, ({ expect }) => {
      expect.fail(reason);
    });
  }
  return reason;
}

export interface RestartableNeo4j {
  /** The same URI, user and password across restarts. */
  connection: Neo4jConnection;
  /** The database folder, kept across restarts. */
  data: string;
  /** Stops the current server cleanly (SIGTERM). */
  stop(): Promise<void>;
  /** Kills the current server's JVM at once (SIGKILL), as a power cut would. */
  kill(): Promise<void>;
  /** Starts a server again on the same folder and port, optionally with the database read-only. */
  start(options?: { readOnly?: boolean }): Promise<void>;
  /** Stops it and deletes its folder. */
  dispose(): Promise<void>;
}

/** The project's own Neo4j in a fresh folder, started once; `start` brings it back after a stop or a kill. */
export async function restartableNeo4j(): Promise<RestartableNeo4j> {
  const data = mkdtempSync(join(tmpdir(), 'actor-graph-neo4j-owned-'));
  let current: Awaited<ReturnType<typeof startProjectNeo4j>>;
  try {
    current = await startProjectNeo4j({ data });
  } catch (error) {
    rmSync(data, { recursive: true, force: true });
    throw error;
  }
  const port = current.server.port;
  return {
    connection: current.connection,
    data,
    stop: () => current.server.stop(),
    kill: () => current.server.kill(),
    async start(options = {}) {
      current = await startProjectNeo4j({ data, port, readOnly: options.readOnly });
    },
    async dispose() {
      await current.server.stop();
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/** For a describe block: its own Neo4j, started before its tests and deleted after them. Read `owned.neo4j` inside tests. */
export function useRestartableNeo4j(): { neo4j: RestartableNeo4j } {
  const owned = {} as { neo4j: RestartableNeo4j };
  beforeAll(async () => {
    owned.neo4j = await restartableNeo4j();
  });
  afterAll(() => owned.neo4j?.dispose());
  return owned;
}
