import { refuseArguments } from './cli-args.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createApp } from './server/create-app.ts';
import { createHttpServer } from './server/http-server.ts';
import type { HttpServer } from './server/http-server.ts';
import { seedNeeded, seedWithProgress } from './store/bootstrap.ts';
import { createStore } from './store/create-store.ts';
import type { GraphStore } from './store/port.ts';

/** Composition root: config → store → seed if empty → app → listen → graceful shutdown. */
async function main(): Promise<void> {
  refuseArguments('npm start', 'Serves the GraphQL API, GraphiQL and the explorer; seeds an empty graph first.', process.argv.slice(2));
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let store: GraphStore | undefined;
  let http: HttpServer | undefined;

  // Signals may come at any point of start-up: stop whatever has started.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal, drainMs: config.http.drainMs });
    // A store that will not close must not keep the process alive.
    setTimeout(() => {
      logger.error('stop timed out');
      process.exit(1);
    }, config.http.drainMs + 10_000).unref();
    const report = http?.server.listening ? await http.drain() : { finished: 0, cut: 0 };
    await store?.close().catch((error: unknown) => logger.error('closing the store failed', { error }));
    if (report.cut > 0) {
      logger.error('stopped, cutting answers still in flight', { ...report });
      process.exit(1);
    }
    logger.info('stopped', { ...report });
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // `npm start` runs `sh -c "node src/main.ts"`: a SIGTERM to npm ends npm and the shell, not this
  // process. Outliving the parent that started it means someone asked it to stop.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent exited');
  }, 250).unref();

  store = await createStore(config.store, { readOnly: !config.seedOnStart });
  logger.info('store opened', { store: store.description });
  const reason = config.seedOnStart ? await seedNeeded(store) : undefined;
  if (reason && store.readOnly) {
    throw new Error(`${store.description} can only be read, and it needs the seed (${reason}): make it writable, or point GRAFEO_PATH at a seeded graph`);
  }
  if (reason) {
    logger.info(`${reason}: seeding from cypher/`);
    await seedWithProgress(store, logger, { timeoutMs: config.seedTimeoutMs });
  }
  if (stopping) return;

  const app = createApp({
    store,
    logger,
    development: !config.production,
    limits: config.limits,
    admission: config.admission,
    responseCache: config.responseCache,
    corsOrigins: config.corsOrigins,
    persisted: { only: config.persistedOnly },
    // Metrics are computed at start and after every write, not when first asked for.
    analytics: { eager: true, betweennessSources: config.analytics.betweennessSources },
  });
  http = createHttpServer(app, config.http);
  const { server } = http;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(listenError(error, config.host, config.port)));
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host}:${port}`;
  logger.info('listening', { graphiql: `${base}/graphql`, health: `${base}/health`, ready: `${base}/ready`, pid: process.pid });
}

/** A refusal to listen, saying which setting to change. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new Error(`${where} is taken: another process listens there. Stop it, or set PORT to another port (PORT=0 takes any free one)`, { cause: error });
    case 'EADDRNOTAVAIL':
      return new Error(`HOST=${host} is not an address of this machine. Use 127.0.0.1 (the default), 0.0.0.0 for every interface, or one of the machine's own addresses`, { cause: error });
    case 'EACCES':
      return new Error(`${where} needs privileges this process lacks (ports below 1024 do). Set PORT to 1024 or above (the default is 4000)`, { cause: error });
    default:
      return error;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `Failed to start: ${(error as Error).message ?? String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
