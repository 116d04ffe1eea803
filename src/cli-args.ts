import { SETTINGS } from './config.ts';

/**
 * `npm start` and `npm run seed` take no arguments: every setting is an environment variable.
 * Given any, they say so (with `--help`, what they do and which variables there are) instead
 * of going on as if nothing was asked.
 */
export function refuseArguments(command: string, does: string, args: readonly string[]): void {
  if (args.length === 0) return;
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(
      [
        `Usage: ${command}`,
        '',
        does,
        '',
        'It takes no arguments: every setting is an environment variable, as in',
        '',
        `  PORT=5000 GRAFEO_PATH=:memory: ${command}`,
        '',
        "README gives each one's default and meaning (under Configuration, and HTTP for the cache, CORS",
        'and persisted documents):',
        '',
        ...lines(SETTINGS, 96).map((line) => `  ${line}`),
        '',
      ].join('\n'),
    );
    process.exit(0);
  }
  process.stderr.write(
    `${command} takes no arguments (got ${args.join(' ')}): settings are environment variables, e.g. PORT=5000 ${command}; \`${command} -- --help\` lists them.\n`,
  );
  process.exit(1);
}

/** Words joined by spaces into lines of at most `width` characters. */
function lines(words: readonly string[], width: number): string[] {
  const out: string[] = [];
  for (const word of words) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}
