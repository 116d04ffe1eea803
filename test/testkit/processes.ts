/**
 * The project's own commands as child processes (`node src/main.ts` is `npm start`, `node
 * src/seed-cli.ts` is `npm run seed`), with their output collected, for tests that kill,
 * restart or starve them. Real processes, real sockets.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Proc {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/**
 * Runs a TypeScript file of the project with Node, as its npm script does (`node file.ts`,
 * type stripping), or through tsx when `tsx` is set (for files that need it).
 */
export function runNode(args: string[], env: Record<string, string> = {}, options: { tsx?: boolean } = {}): Proc {
  return run(process.execPath, [...(options.tsx ? ['--import', 'tsx'] : []), ...args], env);
}

/** A command of the project, in its root, with this environment over the test's: its output collected, its exit awaited. */
function run(command: string, args: string[], env: Record<string, string>): Proc {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exit, output: () => output };
}

/** Runs a TypeScript file of the project (as runNode) to its end: its exit code, its output and how long it took; killed after `ms`. */
export async function runToExit(args: string[], env: Record<string, string> = {}, ms = 20_000): Promise<{ code: number | null; output: string; ms: number }> {
  const started = performance.now();
  const proc = runNode(args, env);
  const killer = setTimeout(() => proc.child.kill('SIGKILL'), ms);
  const { code } = await proc.exit;
  clearTimeout(killer);
  return { code, output: proc.output(), ms: performance.now() - started };
}

/** Resolves once `pattern` shows up in the output, failing after `ms` (or when the process exits first). */
export function waitFor(proc: Proc, pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error, match?: RegExpMatchArray) => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve(match!);
    };
    const timer = setInterval(() => {
      const match = pattern.exec(proc.output());
      if (match) finish(undefined, match);
    }, 5);
    const deadline = setTimeout(() => finish(new Error(`no ${pattern} within ${ms} ms:\n${proc.output()}`)), ms);
    void proc.exit.then(() => {
      const match = pattern.exec(proc.output());
      if (match) finish(undefined, match);
      else setTimeout(() => finish(new Error(`exited without ${pattern}:\n${proc.output()}`)), 50);
    });
  });
}

export interface Service extends Proc {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** `npm start` itself (npm → sh → node), with its output collected. */
export function runNpmStart(env: Record<string, string> = {}): Proc {
  return run('npm', ['start', '--silent'], env);
}

/**
 * The service on a free port with this environment, as `node src/main.ts` (what `npm start`
 * runs), or through `npm start` itself with `npm: true`; resolves once it listens.
 */
export async function startService(env: Record<string, string>, timeoutMs = 120_000, options: { npm?: boolean } = {}): Promise<Service> {
  const serviceEnv = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env };
  const proc = options.npm ? runNpmStart(serviceEnv) : runNode(['src/main.ts'], serviceEnv);
  try {
    const [, url] = await waitFor(proc, /"graphiql":"(http:\/\/[^"]+)\/graphql"/, timeoutMs);
    return {
      ...proc,
      url: url!,
      stop: async () => {
        proc.child.kill('SIGTERM');
        return (await proc.exit).code;
      },
    };
  } catch (error) {
    proc.child.kill('SIGKILL');
    throw error;
  }
}

/** The service's environment for a Neo4j. */
export function neo4jEnv(connection: { uri: string; user: string; password: string; database: string }): Record<string, string> {
  return {
    GRAPH_STORE: 'neo4j',
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
  };
}
