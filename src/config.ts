import { z } from 'zod';
import type { OperationLimits } from './server/operation-limits.ts';
import { DEFAULT_LIMITS } from './server/operation-limits.ts';
import { DEFAULT_SEED_TIMEOUT_MS } from './store/seed.ts';

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
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  SEED_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(DEFAULT_SEED_TIMEOUT_MS),
  MAX_TOKENS: z.coerce.number().int().min(10).default(DEFAULT_LIMITS.maxTokens),
  MAX_DEPTH: z.coerce.number().int().min(2).default(DEFAULT_LIMITS.maxDepth),
  MAX_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxAliases),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxDirectives),
  MAX_COST: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxCost),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_LIMITS.maxBodyBytes),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_LIMITS.requestTimeoutMs),
});

/** Where the graph lives: the embedded engine (a file, or memory) or a Neo4j server or cluster. */
export type StoreConfig =
  | { kind: 'embedded'; path: string | null; queryTimeoutMs: number }
  | { kind: 'neo4j'; uri: string; user: string; password: string; database: string; queryTimeoutMs: number };

export interface Config {
  port: number;
  host: string;
  store: StoreConfig;
  seedOnStart: boolean;
  /** Budget of the seed (each schema statement, and the data transaction), apart from QUERY_TIMEOUT_MS. */
  seedTimeoutMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  production: boolean;
  limits: OperationLimits;
}

/** Every problem with the environment, listed together. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
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
          queryTimeoutMs: data.QUERY_TIMEOUT_MS,
        }
      : { kind: 'embedded', path: data.GRAFEO_PATH === ':memory:' ? null : data.GRAFEO_PATH, queryTimeoutMs: data.QUERY_TIMEOUT_MS };
  return {
    port: data.PORT,
    host: data.HOST,
    store,
    seedOnStart: data.SEED_ON_START,
    seedTimeoutMs: data.SEED_TIMEOUT_MS,
    logLevel: data.LOG_LEVEL,
    production: data.NODE_ENV === 'production',
    limits: {
      maxTokens: data.MAX_TOKENS,
      maxDepth: data.MAX_DEPTH,
      maxAliases: data.MAX_ALIASES,
      maxDirectives: data.MAX_DIRECTIVES,
      maxCost: data.MAX_COST,
      maxBodyBytes: data.MAX_BODY_BYTES,
      requestTimeoutMs: data.REQUEST_TIMEOUT_MS,
    },
  };
}
