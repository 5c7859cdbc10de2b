/**
 * The package-manager doubles of the demo's Fedora legs (sandbox/devstack/host/bin), run for real with bash: `sudo`
 * hands dnf/yum/rpm to them and everything else to the real sudo; `dnf install` answers as Fedora 31's dnf 4 and
 * records what it would have installed; `rpm -q` reads that record.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { REPO_ROOT } from '../../helpers/paths.js';

const BIN = join(REPO_ROOT, 'sandbox', 'devstack', 'host', 'bin');
const dir = mkdtempSync(join(tmpdir(), 'kdf-pkg-double-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Runs a double with a record file of its own (a fresh one per `db` name). */
function run(tool: string, args: string[], db: string, extra: { uid?: number } = {}) {
  const r = spawnSync(join(BIN, tool), args, {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', KDF_DOUBLE_PKG_DB: join(dir, db) },
    ...(extra.uid === undefined ? {} : { uid: extra.uid, gid: extra.uid }),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const fresh = (): string => `db-${++n}`;

describe('the dnf double (through sudo, as setup-devstack calls it)', () => {
  it("installs setup-devstack's Fedora prerequisites: dnf's transaction output, exit 0, the record", () => {
    const db = fresh();
    const pkgs = ['git', 'gawk', 'sudo', 'iptables', 'python3', 'redhat-lsb-core', 'net-tools', 'ca-certificates'];
    const r = run('sudo', ['-n', 'dnf', 'install', '-y', ...pkgs], db);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Last metadata expiration check: .* ago on .*\.\nDependencies resolved\.\n=+\n/);
    expect(r.stdout).toMatch(/^Installing:\n git +x86_64 +2\.26\.2-1\.fc31 +updates/m);
    expect(r.stdout).toContain('\nInstall  8 Packages\n');
    expect(r.stdout).toMatch(/^Installed:\n {2}git-2\.26\.2-1\.fc31\.x86_64\n/m);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('Complete!');
    const record = readFileSync(join(dir, db), 'utf8').trim().split('\n');
    expect(record.map((l) => l.split(' ')[0])).toEqual(pkgs);
    expect(record[0]).toBe('git 2.26.2-1.fc31.x86_64@updates');
  });

  it('a second install of the same packages: already installed, nothing to do', () => {
    const db = fresh();
    run('sudo', ['-n', 'dnf', 'install', '-y', 'git'], db);
    const r = run('sudo', ['-n', 'dnf', 'install', '-y', 'git'], db);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Package git-2.26.2-1.fc31.x86_64 is already installed.\nDependencies resolved.\n');
    expect(r.stdout).toContain('Nothing to do.\nComplete!\n');
    expect(readFileSync(join(dir, db), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('a package Fedora 31 does not have: "No match for argument", exit 1, nothing recorded', () => {
    const db = fresh();
    const r = run('sudo', ['-n', 'dnf', 'install', '-y', 'git', 'lsb-release'], db);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('No match for argument: lsb-release\n');
    expect(r.stderr).toBe('Error: Unable to find a match: lsb-release\n');
    expect(() => readFileSync(join(dir, db))).toThrow(/ENOENT/);
  });

  it('without -y the transaction is aborted (no terminal to answer), as dnf does', () => {
    const r = run('sudo', ['-n', 'dnf', 'install', 'git'], fresh());
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Is this ok [y/N]: Operation aborted.');
  });

  it('not as root: the superuser error, exit 1', () => {
    const r = run('dnf', ['install', '-y', 'git'], fresh(), { uid: 65534 });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'Error: This command has to be run with superuser privileges (under the root user on most systems).\n',
    );
  });

  it('`sudo -n env VAR=x dnf` and `yum` reach the double too; `dnf -q list installed` lists the record', () => {
    const db = fresh();
    expect(run('sudo', ['-n', 'env', 'LANG=C', 'yum', 'install', '-y', 'gawk'], db).status).toBe(0);
    const r = run('dnf', ['-q', 'list', 'installed'], db);
    expect(r.stdout).toMatch(/^gawk +5\.0\.1-5\.fc31\.x86_64 +@fedora$/m);
  });
});

describe('rpm -q and the sudo pass-through', () => {
  it('rpm -q answers from the record: installed NAME-VERSION, or "is not installed" counted in the exit code', () => {
    const db = fresh();
    run('sudo', ['-n', 'dnf', 'install', '-y', 'git'], db);
    const r = run('sudo', ['-n', 'rpm', '-q', 'git', 'gawk', 'sudo'], db);
    expect(r.stdout).toBe('git-2.26.2-1.fc31.x86_64\npackage gawk is not installed\npackage sudo is not installed\n');
    expect(r.status).toBe(2);
  });

  it('any other command goes to the real sudo unchanged', () => {
    const r = run('sudo', ['-n', 'id', '-un'], fresh());
    expect(r).toMatchObject({ status: 0, stdout: 'root\n' });
    const u = run('sudo', ['-n', '-u', 'nobody', 'id', '-un'], fresh());
    expect(u).toMatchObject({ status: 0, stdout: 'nobody\n' });
  });
});
