import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../src/config.ts';
import { runToExit } from '../testkit/processes.ts';

const run = (file: string, args: string[]) => runToExit([file, ...args], { GRAFEO_PATH: ':memory:', PORT: '0' }, 15_000);

describe('npm start and npm run seed take no arguments', () => {
  it.each([
    ['npm start', 'src/main.ts'],
    ['npm run seed', 'src/seed-cli.ts'],
  ])('%s -- --port 5000 is refused, pointing at the environment variable', async (command, file) => {
    const { code, output } = await run(file, ['--port', '5000']);
    expect(code).toBe(1);
    expect(output).toBe(
      `${command} takes no arguments (got --port 5000): settings are environment variables, e.g. PORT=5000 ${command}; \`${command} -- --help\` lists them.\n`,
    );
  });

  it.each([
    ['npm start', 'src/main.ts'],
    ['npm run seed', 'src/seed-cli.ts'],
  ])('%s -- --help says what it does and names every setting, then exits 0', async (command, file) => {
    const { code, output } = await run(file, ['--help']);
    expect(code).toBe(0);
    expect(output).toMatch(new RegExp(`^Usage: ${command}\n`));
    expect(output).toContain(`PORT=5000 GRAFEO_PATH=:memory: ${command}`);
    const listed = new Set(output.split(/\s+/));
    expect(SETTINGS.filter((name) => !listed.has(name))).toEqual([]);
  });

  it("names settings README's Configuration and HTTP sections each document", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Configuration\n'), readme.indexOf('\n## Neo4j\n'));
    expect(section).toMatch(/^\n## Configuration\n[\s\S]*\n## HTTP: caching/);
    expect(SETTINGS.length).toBeGreaterThan(30);
    expect(SETTINGS.filter((name) => !section.includes(`\`${name}\``))).toEqual([]);
  });
});
