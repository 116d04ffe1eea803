import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refusal, satisfies } from '../../scripts/check-node.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const RANGE = manifest.engines.node;
const SCRIPT = new URL('../../scripts/check-node.mjs', import.meta.url).pathname;

/** The system's own Node, where it is older than the range (this machine kind has Node 20 there). */
function olderSystemNode(): string | null {
  try {
    const version = execFileSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).trim();
    return satisfies(version, RANGE) ? null : version;
  } catch {
    return null;
  }
}
const older = olderSystemNode();

describe('the Node.js version check (scripts/check-node.mjs)', () => {
  it('reads the ranges package.json states', () => {
    expect(satisfies('v22.18.0', '^22.18.0 || >=24.11.0')).toBe(true);
    expect(satisfies('v22.17.9', '^22.18.0 || >=24.11.0')).toBe(false);
    expect(satisfies('v23.11.0', '^22.18.0 || >=24.11.0')).toBe(false);
    expect(satisfies('v24.10.0', '^22.18.0 || >=24.11.0')).toBe(false);
    expect(satisfies('v24.11.0', '^22.18.0 || >=24.11.0')).toBe(true);
    expect(satisfies('v26.0.0', '^22.18.0 || >=24.11.0')).toBe(true);
    expect(satisfies('v20.20.2', '^22.18.0 || >=24.11.0')).toBe(false);
    expect(() => satisfies('v24.1.0', '~24.1.0')).toThrow(/unsupported range in engines.node: "~24.1.0"/);
  });

  it('refuses Node 20 naming the range it needs and how to get Node 24', () => {
    const message = refusal('v20.20.2', RANGE);
    expect(message).toContain(`needs Node.js ${RANGE}`);
    expect(message).toContain('this is Node.js v20.20.2');
    expect(message).toContain('export PATH="$(bash scripts/install-node.sh):$PATH"');
    expect(refusal(process.version, RANGE)).toBeNull();
  });

  it('runs before every command that runs the TypeScript directly', () => {
    for (const name of ['start', 'seed', 'neo4j', 'test', 'test:neo4j', 'bench', 'bench:analytics', 'fuzz', 'load']) {
      expect(manifest.scripts[`pre${name}`], `pre${name}`).toBe('node scripts/check-node.mjs');
    }
  });

  it('passes quietly on this Node', () => {
    const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it.skipIf(older === null)(`stops ${older ?? 'an older system Node'} with the message, exit status 1`, () => {
    const run = spawnSync('/usr/bin/node', [SCRIPT], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`this is Node.js ${older}`);
    expect(run.stderr).toContain('bash scripts/install-node.sh');
  });
});
