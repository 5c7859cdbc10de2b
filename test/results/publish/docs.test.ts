/** README's generated action tables stay in step with every actions/<name>/action.yml (scripts/gen-docs.mjs). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

import { REPO_ROOT } from '../../helpers/paths.js';

const genDocs = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'gen-docs.mjs'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('scripts/gen-docs.mjs', () => {
  it('finds README.md up to date', () => {
    const r = genDocs('--check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails the check when a generated table drifts, and repairs it', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'kdf-docs-')), 'README.md');
    const original = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(original).toContain('<!-- action-docs:publish-results -->');
    writeFileSync(copy, original.replace(/\| `annotations-limit` [^\n]*\n/, ''));
    const check = genDocs('--check', '--readme', copy);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('out of date');
    expect(genDocs('--readme', copy).status).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(original);
  });
});
