import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded store in data/graph.grafeo on 127.0.0.1:4000', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      store: { kind: 'embedded', path: 'data/graph.grafeo', queryTimeoutMs: 10_000 },
      seedOnStart: true,
      seedTimeoutMs: 300_000,
      logLevel: 'info',
      production: false,
      limits: {
        maxTokens: 1000,
        maxDepth: 8,
        maxAliases: 15,
        maxDirectives: 50,
        maxCost: 20_000,
        maxBodyBytes: 100_000,
        requestTimeoutMs: 15_000,
        maxResultObjects: 20_000,
      },
      admission: { capacity: 20_000, freeCost: 200, maxQueue: 32, maxWaitMs: 2_000, refusalDelayMs: 250 },
      http: { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, drainMs: 10_000 },
      responseCache: { maxEntries: 1000, ttlMs: 300_000 },
      corsOrigins: [],
      persistedOnly: false,
      analytics: { betweennessSources: 256 },
    });
  });

  it.each([
    ['PORT', ''],
    ['PORT', '4e3'],
    ['PORT', '0x10dc'],
    ['PORT', ' 4000'],
    ['PORT', '4000.0'],
    ['PORT', '-1'],
    ['PORT', '65536'],
    ['MAX_ALIASES', ''],
    ['MAX_COST', '1e9'],
    ['REQUEST_TIMEOUT_MS', '50'],
    ['HOST', ''],
    ['GRAFEO_PATH', ''],
    ['NEO4J_USER', ''],
    ['CORS_ORIGINS', 'evil.example'],
    ['PERSISTED_DOCUMENTS', 'some'],
  ])('refuses %s=%j, naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: must`));
  });

  it('takes plain decimal numbers, PORT=0 for a free port', () => {
    const config = loadConfig({ PORT: '0', MAX_ALIASES: '0', MAX_COST: '50000', SHUTDOWN_DRAIN_MS: '2500' });
    expect(config.port).toBe(0);
    expect(config.limits.maxAliases).toBe(0);
    expect(config.limits.maxCost).toBe(50_000);
    expect(config.http.drainMs).toBe(2500);
  });

  it('keeps the graph in memory for GRAFEO_PATH=:memory:', () => {
    expect(loadConfig({ GRAFEO_PATH: ':memory:' }).store).toEqual({ kind: 'embedded', path: null, queryTimeoutMs: 10_000 });
  });

  it('gives the seed its own time budget, apart from the per-statement one', () => {
    const config = loadConfig({ SEED_TIMEOUT_MS: '60000', QUERY_TIMEOUT_MS: '2000' });
    expect([config.seedTimeoutMs, config.store.queryTimeoutMs]).toEqual([60_000, 2000]);
    expect(() => loadConfig({ SEED_TIMEOUT_MS: '10' })).toThrow(/SEED_TIMEOUT_MS/);
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', GRAPH_STORE: 'mysql', SEED_ON_START: 'maybe' });
      expect.unreachable('loadConfig accepted a bad environment');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/GRAPH_STORE/);
      expect(problems).toMatch(/SEED_ON_START/);
    }
  });

  it('requires the Neo4j URI and password for GRAPH_STORE=neo4j', () => {
    expect(() => loadConfig({ GRAPH_STORE: 'neo4j' })).toThrow(/NEO4J_URI[\s\S]*NEO4J_PASSWORD/);
    expect(() => loadConfig({ GRAPH_STORE: 'neo4j', NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'p' })).toThrow(
      /bolt:\/\/ or neo4j:\/\//,
    );
    expect(loadConfig({ GRAPH_STORE: 'neo4j', NEO4J_URI: 'neo4j+s://db.example', NEO4J_PASSWORD: 'p' }).store).toEqual({
      kind: 'neo4j',
      uri: 'neo4j+s://db.example',
      user: 'neo4j',
      password: 'p',
      database: 'neo4j',
      queryTimeoutMs: 10_000,
    });
  });
});
