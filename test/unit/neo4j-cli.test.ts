import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runToExit } from '../testkit/processes.ts';

/** `npm run neo4j` with these arguments: its exit code and output. Each case here stops before Java or Maven is asked. */
async function neo4jCli(args: string[]): Promise<{ code: number | null; output: string }> {
  const { code, output } = await runToExit(['scripts/neo4j.ts', ...args], {}, 15_000);
  return { code, output };
}

describe('npm run neo4j: its arguments', () => {
  it('prints its options with --help', async () => {
    const { code, output } = await neo4jCli(['--help']);
    expect(code).toBe(0);
    expect(output).toMatch(/^Usage: npm run neo4j \[-- options\]/);
    for (const option of ['--version V', '--port N', '--password P', '--data DIR', '--temporary', '--read-only', '--resolve']) expect(output).toContain(option);
  });

  it('names an unknown option and shows the usage, exit status 1', async () => {
    const { code, output } = await neo4jCli(['--prot', '7687']);
    expect(code).toBe(1);
    expect(output).toMatch(/^npm run neo4j: Unknown option '--prot'/);
    expect(output).toContain('Usage: npm run neo4j');
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses a Bolt port another process listens on, in one line, before starting Java', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      const { code, output } = await neo4jCli(['--port', String(port), '--temporary', '--password', 'long-enough']);
      expect(code).toBe(1);
      expect(output.trim()).toBe(
        `npm run neo4j: 127.0.0.1:${port} is taken: another process (another Neo4j?) listens there. Stop it, or choose another port: --port N (0 for any free one)`,
      );
    } finally {
      taken.close();
    }
  });

  it('refuses a short password and a port out of range', async () => {
    expect(await neo4jCli(['--password', 'short'])).toEqual({ code: 1, output: 'npm run neo4j: the password must have 8 characters or more (Neo4j refuses shorter ones)\n' });
    expect(await neo4jCli(['--port', '70000', '--password', 'long-enough'])).toEqual({ code: 1, output: 'npm run neo4j: --port must be 0 to 65535, got 70000\n' });
  });
});
