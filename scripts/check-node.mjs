// Run before `npm start`, `npm test` and the other commands that run the project's TypeScript
// directly: on a Node.js older than package.json's `engines.node`, says so and how to get a
// newer one, instead of Node's own ERR_UNKNOWN_FILE_EXTENSION (Node 20 cannot run `.ts` files).
// Plain JavaScript, so that any Node runs it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Major, minor and patch of a version such as `v24.21.0` or `22.18.0`. */
function parts(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  if (!match) throw new Error(`not a Node.js version: ${JSON.stringify(version)}`);
  return match.slice(1, 4).map(Number);
}

function compare(a, b) {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Whether `version` is in `range`: comparators `^x.y.z` (same major, at least x.y.z) and
 * `>=x.y.z`, alternatives joined by `||` — the forms package.json's `engines.node` uses.
 */
export function satisfies(version, range) {
  const have = parts(version);
  return range.split('||').some((alternative) => {
    const text = alternative.trim();
    if (text.startsWith('^')) {
      const want = parts(text.slice(1));
      return have[0] === want[0] && compare(have, want) >= 0;
    }
    if (text.startsWith('>=')) return compare(have, parts(text.slice(2))) >= 0;
    throw new Error(`unsupported range in engines.node: ${JSON.stringify(text)}`);
  });
}

/** The message for a Node.js outside the range, or null when it is inside. */
export function refusal(version, range) {
  if (satisfies(version, range)) return null;
  return [
    `This project needs Node.js ${range} (24 LTS recommended); this is Node.js ${version}.`,
    'It runs its TypeScript with Node\'s own type stripping, which older versions do not have.',
    'To get Node 24 without changing the system\'s Node:',
    '',
    '  export PATH="$(bash scripts/install-node.sh):$PATH"',
    '',
    'then run the command again.',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const message = refusal(process.version, manifest.engines.node);
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
