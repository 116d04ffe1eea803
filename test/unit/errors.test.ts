import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every `code: 'X'` / `code: "X"` literal and every coded-error call in the source. */
function codesUsed(): Set<string> {
  const used = new Set<string>();
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.parentPath.includes('generated')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/\bcode: '([A-Z_]+)'|inputError\(\s*'([A-Z_]+)'/g)) used.add((match[1] ?? match[2])!);
  }
  return used;
}

describe('src/errors.ts', () => {
  it('lists every error code the source answers with, and no other', () => {
    expect([...codesUsed()].sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });
});
