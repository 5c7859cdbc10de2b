/**
 * `kdf sandbox fault`: flag validation through the CLI's main() and the kdf-fault command line, plus the pure Python
 * logic of the kuryr emulation behind it (names, VLAN ids, member diffing, the amphora proxy on 127.0.0.1), run with
 * Debian's python3 (no sandbox needed).
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { faultCommand, FAULT_KINDS, SANDBOX_HELP } from '../../src/cli/commands/sandbox.js';
import { main } from '../../src/cli/main.js';
import { sandboxLayout } from '../../src/sandbox/layout.js';
import { REPO_ROOT } from '../helpers/paths.js';

async function kdf(args: string[]) {
  let stdout = '';
  let stderr = '';
  const cwd = mkdtempSync(join(tmpdir(), 'kdf-sandbox-fault-'));
  const status = await main(args, {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
    cwd,
    env: {},
  });
  return { status, stdout, stderr, cwd };
}

describe('kdf sandbox fault', () => {
  it('is in the help with every kind', () => {
    expect(SANDBOX_HELP).toContain('kdf sandbox fault <kind>');
    for (const kind of FAULT_KINDS) expect(SANDBOX_HELP).toMatch(new RegExp(`^ +${kind} `, 'm'));
  });

  it.each([
    [['sandbox', 'fault'], /a fault kind is required/],
    [['sandbox', 'fault', 'unplug-everything', 'default/demo'], /unknown fault 'unplug-everything'/],
    [['sandbox', 'up', '--cluster', 'kdf'], /--cluster only applies to 'kdf sandbox fault'/],
  ])('%j exits 2 naming the problem before touching anything', async (args, message) => {
    const r = await kdf(args);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(existsSync(join(r.cwd, '.kdf'))).toBe(false);
  });

  it('runs sandbox/kuryr/bin/kdf-fault with the state dir, namespace, cluster and the fault', () => {
    const layout = sandboxLayout('/tmp', {}, '/var/tmp/sbx');
    const [command, args] = faultCommand(layout, 'kdf-sbx', 'delay-pod', ['default/demo-1', '500'], 'kdf');
    expect(command).toBe('/usr/bin/python3');
    expect(args).toEqual([
      join(REPO_ROOT, 'sandbox', 'kuryr', 'bin', 'kdf-fault'),
      '--state-dir',
      '/var/tmp/sbx',
      '--namespace',
      'kdf-sbx',
      '--cluster',
      'kdf',
      'delay-pod',
      'default/demo-1',
      '500',
    ]);
    expect(existsSync(args[0] ?? '')).toBe(true);
    expect(faultCommand(layout, 'kdf-sbx', 'clear', [])[1].slice(3)).toEqual(['--namespace', 'kdf-sbx', 'clear']);
  });
});

describe('the kuryr emulation (sandbox/kuryr, Python)', () => {
  it('passes its unit tests (naming, VLAN ids, Octavia tree, member diffing, proxy, security-group renderer)', () => {
    const r = spawnSync('/usr/bin/python3', ['-B', '-m', 'unittest', 'discover', '-v', '-s', 'tests', '-t', '.'], {
      cwd: join(REPO_ROOT, 'sandbox', 'kuryr'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toMatch(/^Ran \d+ tests/m);
    expect(r.stderr).toMatch(/^OK/m);
    expect(r.stderr).toMatch(/^test_every_rule_shape .* \.\.\. ok$/m);
    expect(r.status).toBe(0);
  });
});
