import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createApp } from './server/create-app.ts';
import { seedNeeded, seedWithProgress } from './store/bootstrap.ts';
import { createStore } from './store/create-store.ts';
import type { GraphStore } from './store/port.ts';

/** Composition root: config → store → seed if empty → app → listen → graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let store: GraphStore | undefined;
  let server: Server | undefined;

  // Signals may come at any point of start-up: stop whatever has started.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    setTimeout(() => process.exit(1), 10_000).unref();
    const closeStore = async () => {
      await store?.close();
      logger.info('stopped');
      process.exit(0);
    };
    if (server?.listening) {
      server.close(() => void closeStore());
      server.closeIdleConnections();
    } else {
      void closeStore();
    }
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  store = await createStore(config.store);
  logger.info('store opened', { store: store.description });
  const reason = config.seedOnStart ? await seedNeeded(store) : undefined;
  if (reason) {
    logger.info(`${reason}: seeding from cypher/`);
    await seedWithProgress(store, logger, { timeoutMs: config.seedTimeoutMs });
  }
  if (stopping) return;

  const app = createApp({ store, logger, development: !config.production, limits: config.limits });
  server = createServer(app);
  const listening = server;
  await new Promise<void>((resolve, reject) => {
    listening.once('error', reject);
    listening.listen(config.port, config.host, resolve);
  });
  const address = listening.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host}:${port}`;
  logger.info('listening', { graphiql: `${base}/graphql`, health: `${base}/health`, ready: `${base}/ready` });
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `Failed to start: ${(error as Error).message ?? String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
