import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  GRAPH_STORE: z.enum(['embedded', 'neo4j']).default('embedded'),
  GRAFEO_PATH: z.string().min(1).default('data/graph.grafeo'),
  SEED_ON_START: flag.default(true),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
});

/** Where the graph lives: the embedded engine (a file, or memory) or a Neo4j server or cluster. */
export type StoreConfig =
  | { kind: 'embedded'; path: string | null }
  | { kind: 'neo4j'; uri: string; user: string; password: string; database: string };

export interface Config {
  port: number;
  host: string;
  store: StoreConfig;
  seedOnStart: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  production: boolean;
}

/** Every problem with the environment, listed together. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Parses the environment once; the only reader of `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (parsed.success && parsed.data.GRAPH_STORE === 'neo4j') {
    if (!parsed.data.NEO4J_URI) problems.push('NEO4J_URI: required when GRAPH_STORE=neo4j');
    if (!parsed.data.NEO4J_PASSWORD) problems.push('NEO4J_PASSWORD: required when GRAPH_STORE=neo4j');
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const data = parsed.data;
  const store: StoreConfig =
    data.GRAPH_STORE === 'neo4j'
      ? {
          kind: 'neo4j',
          uri: data.NEO4J_URI as string,
          user: data.NEO4J_USER,
          password: data.NEO4J_PASSWORD as string,
          database: data.NEO4J_DATABASE,
        }
      : { kind: 'embedded', path: data.GRAFEO_PATH === ':memory:' ? null : data.GRAFEO_PATH };
  return {
    port: data.PORT,
    host: data.HOST,
    store,
    seedOnStart: data.SEED_ON_START,
    logLevel: data.LOG_LEVEL,
    production: data.NODE_ENV === 'production',
  };
}
