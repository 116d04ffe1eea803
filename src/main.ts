import { createServer } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createApp } from './server/create-app.ts';
import { graphCounts, seedWithProgress } from './store/bootstrap.ts';
import { createStore } from './store/create-store.ts';

/** Composition root: config → store → seed if empty → app → listen → graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const store = await createStore(config.store);
  logger.info('store opened', { store: store.description });

  if (config.seedOnStart && (await graphCounts(store)).nodes === 0) {
    logger.info('graph is empty: seeding from cypher/');
    await seedWithProgress(store, logger);
  }

  const app = createApp({ store, logger, exposeErrors: !config.production });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info('listening', { graphiql: `http://${config.host}:${port}/graphql`, health: `http://${config.host}:${port}/health` });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(async () => {
      await store.close();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${(error as Error).message ?? String(error)}\n`);
  }
  process.exit(1);
});
