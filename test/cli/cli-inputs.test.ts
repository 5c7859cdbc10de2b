/**
 * Flags and files every `kdf` command refuses before doing any work, with exit 2 and one error line naming the flag
 * (issue #14): output directories, repeated flags, --set values, binary fragments, plugin refs, --log-dir.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { main } from '../../src/cli/main.js';

async function kdf(argv: string[], cwd = mkdtempSync(join(tmpdir(), 'kdf-cli-inputs-'))) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
    cwd,
    env: {},
  });
  return { status, stdout, stderr, cwd };
}

/** Exit 2 with exactly one line on stderr, matching `message`; nothing on stdout. */
async function refused(argv: string[], message: RegExp, cwd?: string) {
  const r = await kdf(argv, cwd);
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: '' });
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  return r;
}

const PLAN = ['plan', '--profile', 'dragonflow', '--admin-password', 'Passw0rd'];

describe('output directories (--out, --state-dir, --results-dir)', () => {
  it.each([
    [[...PLAN, '--out', '/proc/nope'], /--out '\/proc\/nope' is under \/proc, a kernel filesystem/],
    [[...PLAN, '--out', '/sys/kernel/kdf'], /--out '\/sys\/kernel\/kdf' is under \/sys/],
    [[...PLAN, '--out', '/dev/fd/kdf'], /--out '\/dev\/fd\/kdf' leads into \/proc/],
    [['diagnostics', '--out', '/proc/self/kdf'], /--out '\/proc\/self\/kdf' is under \/proc/],
    [['publish', '--results', 'x.json', '--dry-run', '--out', '/proc/kdf'], /--out '\/proc\/kdf' is under \/proc/],
    [['setup', '--state-dir', '/sys/kdf'], /--state-dir '\/sys\/kdf' is under \/sys/],
    [['connectivity', '--results-dir', '/proc/kdf'], /--results-dir '\/proc\/kdf' is under \/proc/],
    [['trunk-vm', 'up', '--image', 'cirros', '--state-dir', '/proc/kdf'], /--state-dir '\/proc\/kdf' is under \/proc/],
  ])('%j: refused without touching it', async (argv, message) => {
    await refused(argv, message);
  });

  it('refuses a file, and a path under a file, for every command that writes a directory', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kdf-cli-inputs-'));
    writeFileSync(join(cwd, 'taken'), 'a file\n');
    await refused(
      [...PLAN, '--out', 'taken'],
      /^kdf plan: error: --out 'taken' is a file; give a writable directory\.$/m,
      cwd,
    );
    await refused([...PLAN, '--out', 'taken/sub'], /--out 'taken\/sub' cannot be created: '.*\/taken' is a file/, cwd);
    await refused(['diagnostics', '--out', 'taken'], /--out 'taken' is a file/, cwd);
    await refused(['setup', '--state-dir', 'taken'], /--state-dir 'taken' is a file/, cwd);
    await refused(
      ['trunk-vm', 'up', '--image', 'cirros', '--state-dir', 'taken'],
      /--state-dir 'taken' is a file/,
      cwd,
    );
    await refused(['connectivity', '--results-dir', 'taken/x'], /--results-dir 'taken\/x' cannot be created/, cwd);
    await refused(['publish', '--results', 'r.json', '--dry-run', '--out', 'taken'], /--out 'taken' is a file/, cwd);
    expect(readdirSync(cwd)).toEqual(['taken']);
  });

  it('still creates a missing directory (with its parents)', async () => {
    const r = await kdf([...PLAN, '--out', 'a/b/c']);
    expect(r.status).toBe(0);
    expect(existsSync(join(r.cwd, 'a', 'b', 'c', 'plan.json'))).toBe(true);
  });
});

describe('flags', () => {
  it('refuses a value flag given twice (parseArgs kept the last one silently), in every command', async () => {
    await refused(
      ['plan', '--profile', 'dragonflow', '--profile', 'ovs'],
      /^kdf plan: error: --profile was given more than once; give it once \(it takes one value\)\.$/m,
    );
    await refused(['connectivity', '--replicas', '2', '--replicas=3'], /--replicas was given more than once/);
    await refused(['publish', '--results', 'a', '--name', 'x', '--name', 'y'], /--name was given more than once/);
    // repeatable ones stay repeatable
    const r = await kdf([...PLAN, '--set', 'A=1', '--set', 'B=2', '--out', 'o']);
    expect(r.status).toBe(0);
  });

  it('refuses plan --json --print (the JSON would be followed by a local.conf)', async () => {
    await refused([...PLAN, '--json', '--print'], /--json and --print cannot be combined/);
  });

  it('refuses a --set value with a newline (it would start a new local.conf section)', async () => {
    await refused(
      [...PLAN, '--set', 'LOGFILE=/tmp/x\n[[post-config|/etc/nova/nova.conf]]'],
      /--set LOGFILE: the value must be one line/,
    );
    await refused([...PLAN, '--set', 'X=a\rb'], /--set X: the value must be one line/);
  });

  it('refuses an unknown --plugin-ref plugin, naming the train and its plugins, and a bad ref naming the flag', async () => {
    await refused(
      [...PLAN, '--plugin-ref', 'kuryr=master'],
      /--plugin-ref: the ussuri train has no plugin 'kuryr'; its plugins: kuryr-kubernetes, dragonflow, /,
    );
    const r = await refused(
      [...PLAN, '--plugin-ref', 'kuryr-kubernetes=$(id)'],
      /--plugin-ref kuryr-kubernetes: '\$\(id\)' is not a branch/,
    );
    expect(r.stderr).not.toContain('kuryr-kubernetes-ref');
    expect((await kdf([...PLAN, '--plugin-ref', 'kuryr-kubernetes=stable/ussuri', '--out', 'o'])).status).toBe(0);
  });

  it('refuses a relative --log-dir for diagnostics', async () => {
    await refused(
      ['diagnostics', '--out', 'bundle', '--log-dir', 'logs'],
      /Input '--log-dir' must be an absolute path/,
    );
  });
});

describe('binary fragment files', () => {
  const binaries: [string, Buffer][] = [
    ['a NUL byte', Buffer.from('[[local|localrc]]\nA=1\n\0\0\0')],
    ['invalid UTF-8', Buffer.from([0x5b, 0x5b, 0xff, 0xfe, 0x0a])],
  ];

  it.each(binaries)('plan --local-conf with %s: an error naming the file, not a lint finding', async (why, bytes) => {
    const cwd = mkdtempSync(join(tmpdir(), 'kdf-cli-inputs-'));
    writeFileSync(join(cwd, 'frag.conf'), bytes);
    await refused(
      [...PLAN, '--local-conf', 'frag.conf', '--out', 'o'],
      why === 'a NUL byte'
        ? /--local-conf 'frag\.conf' is not a text file \(NUL byte at offset 22\)/
        : /--local-conf 'frag\.conf' is not a text file \(not valid UTF-8\)/,
      cwd,
    );
    await refused(['lint', 'frag.conf'], /'frag\.conf' is not a text file/, cwd);
  });

  it('a text fragment is still merged', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kdf-cli-inputs-'));
    mkdirSync(join(cwd, 'ci'));
    writeFileSync(join(cwd, 'ci', 'frag.conf'), '[[local|localrc]]\nLOGDAYS=3 # é\n');
    const r = await kdf([...PLAN, '--local-conf', 'ci/frag.conf', '--out', 'o', '--print'], cwd);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^LOGDAYS=3/m);
  });
});
