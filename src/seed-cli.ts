import { refuseArguments } from './cli-args.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { seedWithProgress } from './store/bootstrap.ts';
import { createStore } from './store/create-store.ts';

/** `npm run seed`: apply the constraints and seed scripts to the configured store (idempotent). */
async function seed(): Promise<void> {
  refuseArguments('npm run seed', 'Applies the constraints and the seed scripts (cypher/) to the configured graph, all or nothing;\nrun again, it changes nothing.', process.argv.slice(2));
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'info');
  const store = await createStore(config.store);
  try {
    logger.info('seeding', { store: store.description });
    const { counts } = await seedWithProgress(store, logger, { timeoutMs: config.seedTimeoutMs });
    process.stdout.write(
      `Seeded ${store.description}: ${counts.nodes} nodes, ${counts.relationships} relationships.\n`,
    );
  } finally {
    await store.close();
  }
}

seed().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `Seed failed: ${(error as Error).message}`;
  process.stderr.write(`${message}\nNothing was written: the seed runs in one transaction.\n`);
  process.exit(1);
});
