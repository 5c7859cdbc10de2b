/**
 * The KDF_* variables: declared once (src/runtime/env.ts), read only through it and never at import time, and
 * listed in the README exactly as declared.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { ENV_VARIABLES, kdfEnv, kdfEnvSecondsMs } from '../../src/runtime/env.js';
import { REPO_ROOT } from '../helpers/paths.js';

const SRC = join(REPO_ROOT, 'src');
const srcFiles = (d: string = SRC): string[] =>
  readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? srcFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
const declared = new Set<string>(Object.values(ENV_VARIABLES).map((v) => v.name));

/** The README's table row of a variable. */
const row = (v: { name: string; audience: string; meaning: string }): string =>
  `| \`${v.name}\` | ${v.audience} | ${v.meaning.replace(/\|/g, '\\|')} |`;

describe('KDF_* environment variables', () => {
  it('every KDF_* name in src/ is declared in runtime/env.ts', () => {
    const used = new Map<string, string>();
    for (const f of srcFiles()) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bKDF_[A-Z0-9_]+/g)) used.set(m[0], f);
    }
    const undeclared = [...used].filter(([name]) => !declared.has(name));
    expect(undeclared).toEqual([]);
  });

  it('are read by name in no src file but runtime/env.ts (no env.KDF_X, env["KDF_X"] or module-load reads)', () => {
    const direct = /\benv(\.KDF_|\[\s*['"`]KDF_)|process\.env\.KDF_/;
    const readers = srcFiles()
      .filter((f) => direct.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(REPO_ROOT.length + 1));
    expect(readers.filter((f) => f !== 'src/runtime/env.ts')).toEqual([]);
  });

  it('no src file sets a variable in the process environment for a later step (no side channels)', () => {
    const assignment = /process\.env(\.[A-Za-z_][A-Za-z0-9_]*|\[[^\]]+\])\s*(=(?!=)|\?\?=)/;
    const writers = srcFiles()
      .filter((f) => assignment.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(REPO_ROOT.length + 1));
    expect(writers).toEqual([]);
  });

  it('are read when asked for, not when the module loaded', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(kdfEnv('kubectl', env)).toBeUndefined();
    env.KDF_KUBECTL = '/opt/kubectl';
    env.KDF_LOCK_WAIT_SECONDS = '3';
    expect(kdfEnv('kubectl', env)).toBe('/opt/kubectl');
    expect(kdfEnvSecondsMs('lockWaitSeconds', env)).toBe(3000);
    expect(kdfEnvSecondsMs('heartbeatSeconds', env)).toBeUndefined();
  });

  it('the README lists every declared variable, as declared', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const block = /<!-- kdf-env -->\n([\s\S]*?)<!-- \/kdf-env -->/.exec(readme)?.[1] ?? '';
    // prettier pads the columns: compare with runs of blanks collapsed
    const squeeze = (l: string): string => l.replace(/ +/g, ' ');
    const rows = block.split('\n').filter((l) => l.startsWith('| `KDF_'));
    expect(rows.map(squeeze)).toEqual(Object.values(ENV_VARIABLES).map(row).map(squeeze));
  });
});
