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
      limits: { maxTokens: 1000, maxDepth: 8, maxAliases: 15, maxDirectives: 50, maxCost: 20_000, maxBodyBytes: 100_000, requestTimeoutMs: 15_000 },
    });
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
