/**
 * Neo4j Community from the project's own files (neo4j/pom.xml and its one launcher class), for
 * `npm run neo4j`, `npm run test:neo4j` and the benchmark: resolve the classpath with Maven (cached
 * per version in neo4j/target/), pick a Java the version runs on, start the launcher and wait for
 * its Bolt URI. Nothing here is part of the service.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NEO4J_DIR = fileURLToPath(new URL('../neo4j/', import.meta.url));
const LAUNCHER = join(NEO4J_DIR, 'launcher/org/actorgraph/neo4j/Launcher.java');

/** The LTS line, the default. */
export const DEFAULT_NEO4J_VERSION = '5.26.30';

/** A Neo4j start that cannot happen here, with what to do about it. */
export class Neo4jSetupError extends Error {
  override readonly name = 'Neo4jSetupError';
}

export interface Java {
  /** The `java` executable. */
  bin: string;
  /** Its JDK folder, for Maven's JAVA_HOME. */
  home: string;
  major: number;
}

/** Java majors a Neo4j version runs on: 5.x on 17 and 21; 2025.01 on 21; 2025.10 and later on 21 and 25. */
export function javaRange(version: string): { min: number; max: number } {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major === 5) return { min: 17, max: 21 };
  if (major >= 2025) return { min: 21, max: major === 2025 && minor < 10 ? 21 : 25 };
  throw new Neo4jSetupError(`Neo4j ${version} is not supported here: use the 5.26 LTS line or a 2025/2026 release`);
}

/** What `java <args>` prints; the JVM writes `-version` and `-XshowSettings` to stderr. */
function javaSays(bin: string, args: string[]): string {
  const result = spawnSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return `${result.stdout ?? ''}${result.stderr ?? ''}`;
}

function javaMajor(bin: string): number | undefined {
  // openjdk version "17.0.15" 2025-04-15
  return parseJavaMajor(javaSays(bin, ['-version']));
}

function parseJavaMajor(text: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

function javaAt(home: string): Java | undefined {
  const bin = join(home, 'bin', 'java');
  if (!existsSync(bin)) return undefined;
  const major = javaMajor(bin);
  return major === undefined ? undefined : { bin, home, major };
}

/** The `java` on PATH, with its home (the folder above its real `bin/`). */
function javaOnPath(): Java | undefined {
  const home = /java\.home = (.+)/.exec(javaSays('java', ['-XshowSettings:properties', '-version']))?.[1]?.trim();
  return home ? javaAt(home) : undefined;
}

/**
 * A Java that `version` runs on: JAVA_HOME when it fits, else the `java` on PATH, else the newest
 * fitting JDK under /usr/lib/jvm (where Debian and the Temurin packages install them).
 */
export function findJava(version: string, env: NodeJS.ProcessEnv = process.env): Java {
  const { min, max } = javaRange(version);
  const jvmRoot = '/usr/lib/jvm';
  const candidates = [
    () => (env.JAVA_HOME ? javaAt(env.JAVA_HOME) : undefined),
    javaOnPath,
    () =>
      (existsSync(jvmRoot) ? readdirSync(jvmRoot).map((name) => javaAt(join(jvmRoot, name))) : [])
        .filter((java) => java !== undefined && java.major >= min && java.major <= max)
        .sort((a, b) => b!.major - a!.major)[0],
  ];
  const seen: Java[] = [];
  for (const candidate of candidates) {
    const java = candidate();
    if (java === undefined) continue;
    if (java.major >= min && java.major <= max) return java;
    seen.push(java);
  }
  throw new Neo4jSetupError(
    `Neo4j ${version} needs Java ${min === max ? min : `${min} to ${max}`}; found ${seen.length ? seen.map((java) => `${java.home} (Java ${java.major})`).join(', ') : 'no Java'}. ` +
      `Install a JDK ${min} (e.g. the Temurin ${min} package) or point JAVA_HOME at one.`,
  );
}

/** Where the resolved classpath of a version is kept. */
function classpathFile(version: string): string {
  return join(NEO4J_DIR, 'target', `classpath-${version}.txt`);
}

/**
 * The launcher's classpath for `version`: read from neo4j/target/ when every jar on it is still
 * in ~/.m2, else resolved by Maven from Maven Central (about 150 MB and 1.5 minutes the first time).
 */
export function resolveClasspath(version: string, java: Java, progress: (line: string) => void = () => {}): string {
  const file = classpathFile(version);
  if (existsSync(file)) {
    const cached = readFileSync(file, 'utf8').trim();
    if (cached && cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  progress(`resolving Neo4j ${version} with Maven (the first time downloads ~150 MB from Maven Central)…`);
  mkdirSync(join(NEO4J_DIR, 'target'), { recursive: true });
  const started = performance.now();
  try {
    execFileSync(
      'mvn',
      [
        '-q', '-B', '-f', join(NEO4J_DIR, 'pom.xml'),
        // By full coordinate: the bare `dependency:` prefix picked an old plugin version here.
        'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:build-classpath',
        `-Dneo4j.version=${version}`,
        `-Dmdep.outputFile=${file}`,
      ],
      { env: { ...process.env, JAVA_HOME: java.home }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
    );
  } catch (error) {
    const failure = error as { code?: string; stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') throw new Neo4jSetupError('Maven (`mvn`) is not on PATH: install Maven 3.8 or later to start Neo4j from its Maven artifacts');
    const output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Neo4jSetupError(`Maven could not resolve org.neo4j.test:neo4j-harness:${version}:\n${output}`);
  }
  progress(`resolved Neo4j ${version} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return readFileSync(file, 'utf8').trim();
}

export interface Neo4jServerOptions {
  /** @default DEFAULT_NEO4J_VERSION */
  version?: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. @default 0 */
  port?: number;
  /** The neo4j user's password, 8 characters or more. */
  password: string;
  /** Keep the database in this folder across starts; without it a temporary folder is deleted on exit. */
  data?: string;
  /** The neo4j database refuses writes (the folder must hold a database already). */
  readOnly?: boolean;
  /** JVM heap. @default '1g' */
  heap?: string;
  /** Longest wait for the launcher's READY line. @default 180000 */
  bootTimeoutMs?: number;
  /** Progress and the launcher's own output, line by line. */
  onLine?: (line: string) => void;
}

export interface Neo4jServer {
  version: string;
  uri: string;
  port: number;
  /** The database folder the launcher reports. */
  data: string;
  user: 'neo4j';
  password: string;
  java: Java;
  process: ChildProcess;
  /** Resolves when the JVM has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM: a clean shutdown (up to ~20 s), then SIGKILL past `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL: the JVM dies at once, as on a power cut. */
  kill(): Promise<void>;
}

/** Resolves, starts and waits for a Neo4j; rejects with the launcher's output when it does not come up. */
export async function startNeo4j(options: Neo4jServerOptions): Promise<Neo4jServer> {
  const version = options.version ?? DEFAULT_NEO4J_VERSION;
  const onLine = options.onLine ?? (() => {});
  const java = findJava(version);
  const classpath = resolveClasspath(version, java, onLine);
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    '-cp', classpath,
    LAUNCHER,
    '--port', String(options.port ?? 0),
    '--exit-with-stdin',
    ...(options.data ? ['--data', options.data] : []),
    ...(options.readOnly ? ['--read-only'] : []),
  ];
  const started = performance.now();
  onLine(`starting Neo4j ${version} on Java ${java.major} (${java.home})…`);
  // The password goes through the environment, not the command line other users can read.
  const child = spawn(java.bin, args, {
    env: { ...process.env, NEO4J_PASSWORD: options.password, JAVA_HOME: java.home },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C meant for the caller reaches the caller, which stops
    // Neo4j in order; if the caller dies instead, the closed stdin stops it (--exit-with-stdin).
    detached: true,
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let output = '';
  const ready = new Promise<{ uri: string; data: string }>((resolve, reject) => {
    let uri: string | undefined;
    let data = options.data ?? '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Neo4jSetupError(`Neo4j ${version} did not report READY within ${(options.bootTimeoutMs ?? 180_000) / 1000} s:\n${tail(output)}`));
    }, options.bootTimeoutMs ?? 180_000);
    const onText = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      for (const line of text.split('\n').filter(Boolean)) {
        onLine(line);
        if (line.startsWith('NEO4J_URI=')) uri = line.slice('NEO4J_URI='.length).trim();
        if (line.startsWith('NEO4J_DATA=')) data = line.slice('NEO4J_DATA='.length).replace(/ \(deleted on exit\)$/, '').trim();
        if (line.trim() === 'READY' && uri) {
          clearTimeout(timer);
          resolve({ uri, data });
        }
      }
    };
    child.stdout.on('data', onText);
    child.stderr.on('data', onText);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Neo4jSetupError(`cannot run ${java.bin}: ${error.message}`));
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Neo4jSetupError(`Neo4j ${version} exited before it was ready (${signal ?? `code ${code}`}):\n${tail(output)}`));
    });
  });
  const { uri, data } = await ready;
  onLine(`Neo4j ${version} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const waitExit = async (graceMs: number) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return {
    version,
    uri,
    port: Number(new URL(uri.replace(/^bolt/, 'http')).port),
    data,
    user: 'neo4j',
    password: options.password,
    java,
    process: child,
    exited,
    async stop(graceMs = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await waitExit(graceMs);
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function tail(text: string, lines = 25): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}
