import { z } from 'zod';
import type { OperationLimits } from './server/operation-limits.ts';
import { DEFAULT_LIMITS } from './server/operation-limits.ts';
import type { AdmissionOptions } from './server/plugins/use-admission.ts';
import { DEFAULT_ADMISSION } from './server/plugins/use-admission.ts';
import type { HttpOptions } from './server/http-server.ts';
import { DEFAULT_HTTP } from './server/http-server.ts';
import { DEFAULT_RESPONSE_CACHE } from './server/plugins/use-response-cache.ts';
import type { ResponseCacheOptions } from './server/plugins/use-response-cache.ts';
import { DEFAULT_SEED_TIMEOUT_MS } from './store/seed.ts';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * A whole number written as plain decimal digits, within [min, max]: `4e3`, `0x10dc`,
 * ` 80`, `80.0` and the empty string are refused (Number() would take most of them).
 */
const int = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/, `must be a whole number written in decimal digits (${min} to ${max})`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .default(fallback);

/** A text setting that, when set, says something: an empty value is refused, not taken as "unset". */
const text = () => z.string().trim().min(1, 'must not be empty');

const EnvSchema = z.object({
  PORT: int(0, 65_535, 4000),
  HOST: text().default('127.0.0.1'),
  GRAPH_STORE: z.enum(['embedded', 'neo4j']).default('embedded'),
  GRAFEO_PATH: text().default('data/graph.grafeo'),
  SEED_ON_START: flag.default(true),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USER: text().default('neo4j'),
  NEO4J_PASSWORD: text().optional(),
  NEO4J_DATABASE: text().default('neo4j'),
  QUERY_TIMEOUT_MS: int(100, 600_000, 10_000),
  SEED_TIMEOUT_MS: int(1_000, 3_600_000, DEFAULT_SEED_TIMEOUT_MS),
  MAX_TOKENS: int(10, 1_000_000, DEFAULT_LIMITS.maxTokens),
  MAX_DEPTH: int(2, 1_000, DEFAULT_LIMITS.maxDepth),
  MAX_ALIASES: int(0, 10_000, DEFAULT_LIMITS.maxAliases),
  MAX_DIRECTIVES: int(0, 10_000, DEFAULT_LIMITS.maxDirectives),
  MAX_COST: int(1, 100_000_000, DEFAULT_LIMITS.maxCost),
  MAX_RESULT_OBJECTS: int(1, 100_000_000, DEFAULT_LIMITS.maxResultObjects),
  MAX_BODY_BYTES: int(1024, 100_000_000, DEFAULT_LIMITS.maxBodyBytes),
  REQUEST_TIMEOUT_MS: int(100, 600_000, DEFAULT_LIMITS.requestTimeoutMs),
  ADMISSION_CAPACITY: int(1, 100_000_000, DEFAULT_ADMISSION.capacity),
  ADMISSION_FREE_COST: int(0, 100_000_000, DEFAULT_ADMISSION.freeCost),
  ADMISSION_QUEUE: int(0, 100_000, DEFAULT_ADMISSION.maxQueue),
  ADMISSION_WAIT_MS: int(0, 600_000, DEFAULT_ADMISSION.maxWaitMs),
  ADMISSION_REFUSAL_DELAY_MS: int(0, 60_000, DEFAULT_ADMISSION.refusalDelayMs),
  HTTP_HEADERS_TIMEOUT_MS: int(1_000, 600_000, DEFAULT_HTTP.headersTimeoutMs),
  HTTP_REQUEST_TIMEOUT_MS: int(1_000, 600_000, DEFAULT_HTTP.requestTimeoutMs),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: int(100, 600_000, DEFAULT_HTTP.keepAliveTimeoutMs),
  SHUTDOWN_DRAIN_MS: int(0, 600_000, DEFAULT_HTTP.drainMs),
  RESPONSE_CACHE_ENTRIES: int(0, 1_000_000, DEFAULT_RESPONSE_CACHE.maxEntries),
  RESPONSE_CACHE_TTL_MS: int(1_000, 86_400_000, DEFAULT_RESPONSE_CACHE.ttlMs),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .refine((origins) => origins.every((origin) => origin === '*' || /^https?:\/\/[^/\s]+$/.test(origin)), 'must be a comma-separated list of origins like https://host:port, or *'),
  PERSISTED_DOCUMENTS: z.enum(['any', 'only'], { message: 'must be any or only' }).default('any'),
  ANALYTICS_BETWEENNESS_SOURCES: int(1, 10_000_000, 256),
});

/** The environment variables the service reads (README's Configuration and HTTP sections give each one's default and meaning). */
export const SETTINGS: readonly string[] = Object.keys(EnvSchema.shape);

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
  admission: AdmissionOptions;
  http: HttpOptions;
  responseCache: Pick<ResponseCacheOptions, 'maxEntries' | 'ttlMs'>;
  /** Origins allowed to call the API from a browser (`*` for any). */
  corsOrigins: string[];
  /** Run only the trusted documents of schema/persisted-documents.json. */
  persistedOnly: boolean;
  /** Graph analytics: the most sources betweenness searches from (larger graphs are sampled). */
  analytics: { betweennessSources: number };
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
      maxResultObjects: data.MAX_RESULT_OBJECTS,
    },
    admission: {
      capacity: data.ADMISSION_CAPACITY,
      freeCost: data.ADMISSION_FREE_COST,
      maxQueue: data.ADMISSION_QUEUE,
      maxWaitMs: data.ADMISSION_WAIT_MS,
      refusalDelayMs: data.ADMISSION_REFUSAL_DELAY_MS,
    },
    http: {
      headersTimeoutMs: data.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: data.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: data.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      drainMs: data.SHUTDOWN_DRAIN_MS,
    },
    responseCache: { maxEntries: data.RESPONSE_CACHE_ENTRIES, ttlMs: data.RESPONSE_CACHE_TTL_MS },
    corsOrigins: data.CORS_ORIGINS,
    analytics: { betweennessSources: data.ANALYTICS_BETWEENNESS_SOURCES },
    persistedOnly: data.PERSISTED_DOCUMENTS === 'only',
  };
}
