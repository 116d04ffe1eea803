/**
 * `npm run neo4j`: a Neo4j Community server for the API, from Maven Central, on 127.0.0.1.
 *
 *   npm run neo4j                                  # 5.26 LTS on bolt://127.0.0.1:7687, data in data/neo4j-5.26.30/
 *   NEO4J_VERSION=2026.08.1 npm run neo4j          # the 2026 line (Java 21 or later)
 *   npm run neo4j -- --port 0 --temporary          # a free port, a database deleted on exit
 *   npm run neo4j -- --resolve                     # only fetch it (and pick a Java), then exit
 *
 * Options (or the environment variable in brackets): --version [NEO4J_VERSION], --port [NEO4J_PORT],
 * --password [NEO4J_PASSWORD], --data DIR [NEO4J_DATA], --temporary, --read-only, --help.
 * Stops cleanly on Ctrl-C, SIGTERM, and when the process that started it goes away.
 */
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { DEFAULT_NEO4J_VERSION, Neo4jSetupError, findJava, resolveClasspath, startNeo4j } from './neo4j-server.ts';
import type { Neo4jServer } from './neo4j-server.ts';

const USAGE = `Usage: npm run neo4j [-- options]

Starts Neo4j Community (from Maven Central, cached in ~/.m2) on 127.0.0.1 and prints the
NEO4J_URI and NEO4J_PASSWORD for the API. Each option's environment variable is in brackets.

  --version V      Neo4j version [NEO4J_VERSION] (default ${DEFAULT_NEO4J_VERSION}; 2026.x needs Java 21+)
  --port N         Bolt port, 0 for any free one [NEO4J_PORT] (default 7687)
  --password P     the neo4j user's password, 8 characters or more [NEO4J_PASSWORD]
                   (default change-me-please)
  --data DIR       where the database lives [NEO4J_DATA] (default data/neo4j-<version>)
  --temporary      a database deleted on exit
  --read-only      serve the database read-only
  --resolve        only fetch Neo4j (and pick a Java), then exit
  --help           this text
`;

function options() {
  try {
    return parseArgs({
      options: {
        version: { type: 'string', default: process.env.NEO4J_VERSION || DEFAULT_NEO4J_VERSION },
        port: { type: 'string', default: process.env.NEO4J_PORT || '7687' },
        password: { type: 'string', default: process.env.NEO4J_PASSWORD || 'change-me-please' },
        data: { type: 'string', default: process.env.NEO4J_DATA },
        temporary: { type: 'boolean', default: false },
        'read-only': { type: 'boolean', default: false },
        resolve: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`npm run neo4j: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(1);
  }
}
const values = options();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

/** Refuses a Bolt port another process already listens on, before Java and Maven are asked for anything. */
async function portFree(port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Neo4jSetupError(`127.0.0.1:${port} is taken: another process (another Neo4j?) listens there. Stop it, or choose another port: --port N (0 for any free one)`)
          : error,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

// Taken first: a parent that dies during the boot must still be noticed.
const parent = process.ppid;
const say = (line: string) => process.stdout.write(`neo4j: ${line}\n`);

let server: Neo4jServer | undefined;
let stopping = false;
/** Stops Neo4j (a clean shutdown), then this process; before Neo4j is up, exiting closes its stdin, which stops it too. */
async function stop(why: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  say(`${why}: stopping Neo4j…`);
  await server?.stop();
  say('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGHUP', () => void stop('SIGHUP'));
// When whatever started this process dies, it is re-parented: stop with it.
setInterval(() => {
  if (process.ppid !== parent) void stop('parent process gone');
}, 1000).unref();

async function main(): Promise<void> {
  if (values.resolve) {
    const java = findJava(values.version);
    const jars = resolveClasspath(values.version, java, say).split(':').length;
    say(`Neo4j ${values.version}: ${jars} jars resolved, runs on Java ${java.major} (${java.home})`);
    process.exit(0);
  }
  if (values.password.length < 8) throw new Neo4jSetupError('the password must have 8 characters or more (Neo4j refuses shorter ones)');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Neo4jSetupError(`--port must be 0 to 65535, got ${values.port}`);
  await portFree(port);
  const data = values.temporary ? undefined : (values.data ?? `data/neo4j-${values.version}`);
  server = await startNeo4j({
    version: values.version,
    port,
    password: values.password,
    data,
    readOnly: values['read-only'],
    onLine: say,
  });
  void server.exited.then(({ code, signal }) => {
    if (stopping) return;
    say(`Neo4j exited unexpectedly (${signal ?? `code ${code}`})`);
    process.exit(1);
  });

  const password = values.password === 'change-me-please' ? 'change-me-please' : '<the password you gave>';
  process.stdout.write(
    [
      '',
      `Neo4j ${server.version} is ready at ${server.uri}${data ? ` (data in ${data}, kept across starts)` : ' (temporary data, deleted on exit)'}.`,
      'In another terminal, start the API on it (it seeds an empty database on first start):',
      '',
      `  GRAPH_STORE=neo4j NEO4J_URI=${server.uri} NEO4J_PASSWORD=${password} npm start`,
      '',
      `or run the test suite on it: NEO4J_URI=${server.uri} NEO4J_PASSWORD=${password} npm run test:neo4j`,
      'Ctrl-C stops Neo4j.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Neo4jSetupError ? error.message : ((error as Error).stack ?? String(error));
  process.stderr.write(`npm run neo4j: ${message}\n`);
  process.exit(1);
});
