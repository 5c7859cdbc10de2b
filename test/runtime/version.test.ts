/** One version: runtime/version.ts equals package.json's, and no other src file writes the version out itself. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';

import { VERSION } from '../../src/runtime/version.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('VERSION', () => {
  it('is package.json`s version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it('is written in src/runtime/version.ts only', () => {
    const literal = new RegExp(`['"\`]${VERSION.replace(/\./g, '\\.')}['"\`]`);
    const spelled = sourceFiles(join(ROOT, 'src'))
      .filter((f) => literal.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(ROOT.length + 1));
    expect(spelled).toEqual(['src/runtime/version.ts']);
  });
});
