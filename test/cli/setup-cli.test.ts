import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';

const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(cmd, args, { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });

describe('kdf setup and the diagnostics script (built CLI)', () => {
  it('kdf setup --dry-run runs preflight and lists the commands without touching the host', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-setup-cli-'));
    const r = run(
      process.execPath,
      [
        'bin/kdf.js',
        'setup',
        '--profile',
        'dragonflow',
        '--dry-run',
        'true',
        '--dest',
        join(dir, 'stack'),
        '--state-dir',
        join(dir, 'state'),
      ],
      {
        KDF_OS_RELEASE: join(REPO_ROOT, 'sandbox', 'devstack', 'os-release', 'ubuntu-18.04'),
        KDF_ADMIN_PASSWORD: 'Cli1Pass',
        KDF_LOCK_DIR: dir,
      },
    );
    expect(r.stderr).toMatch(/would run: \(as stack\) env .*\/stack\/devstack\/stack\.sh/);
    expect(r.stdout).toMatch(/^ok: dry run: preflight passed$/m);
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'stack'))).toBe(false);
    const results = JSON.parse(readFileSync(join(dir, 'state', 'setup-devstack.json'), 'utf8'));
    expect(results.cases.map((c: { id: string }) => c.id)).toEqual(['preflight']);
  });

  it('kdf setup refuses a distro the train does not support (exit 3)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-setup-cli-'));
    const r = run(
      process.execPath,
      ['bin/kdf.js', 'setup', '--dry-run', 'true', '--dest', join(dir, 'stack'), '--state-dir', dir],
      {
        KDF_OS_RELEASE: join(REPO_ROOT, 'sandbox', 'devstack', 'os-release', 'ubuntu-20.04'),
      },
    );
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/refuses ubuntu-20\.04 \(DISTRO=focal\)/);
  });

  it('scripts/collect-diagnostics.sh writes a bundle with an index of what was missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-diag-cli-'));
    const r = run('bash', ['scripts/collect-diagnostics.sh', join(dir, 'bundle'), join(dir, 'nostack'), 'nobody']);
    expect(r.status).toBe(0);
    const index = readFileSync(join(dir, 'bundle', 'INDEX.txt'), 'utf8');
    expect(index).toMatch(/^stack\.sh\.log: not collected/m);
    expect(index.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(12);
  });
});
