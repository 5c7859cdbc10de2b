/**
 * The demo's parts that need no sandbox: stage progress from the root action's real output shapes, the leg
 * selection, the double's control file (sourced by a real bash, as stack.sh sources it), the server list parser.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEDORA_HOST_BIN, legEnvironment, selectLegs, type Leg } from '../../../sandbox/demo/legs.js';
import { runDemo } from '../../../sandbox/demo/main.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { firstIpv4 } from '../../../sandbox/demo/nested-cluster.js';
import { failedCases, formatStageEvent, StageProgress, type StageEvent } from '../../../sandbox/demo/progress.js';
import { writeLegControl, type DemoWorld } from '../../../sandbox/demo/world.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('StageProgress', () => {
  it('reads the pipeline lines across chunk boundaries: started, done, failed, skipped', () => {
    const events: StageEvent[] = [];
    const p = new StageProgress((e) => events.push(e));
    const text = [
      '::group::▶ setup-devstack',
      'stack.sh output',
      '::endgroup::',
      'setup-devstack: failed (stack.sh: [ERROR]: ovsdb-server is not running) in 5 s',
      '::notice::connectivity: skipped, setup-devstack failed',
      '::group::▶ publish-results',
      'publish-results: done in 0 s',
    ].join('\r\n');
    for (let i = 0; i < text.length; i += 7) p.push(text.slice(i, i + 7));
    p.end();
    expect(events).toEqual([
      { kind: 'started', stage: 'setup-devstack' },
      { kind: 'failed', stage: 'setup-devstack', seconds: 5, reason: 'stack.sh: [ERROR]: ovsdb-server is not running' },
      { kind: 'skipped', stage: 'connectivity', reason: 'setup-devstack failed' },
      { kind: 'started', stage: 'publish-results' },
      { kind: 'done', stage: 'publish-results', seconds: 0 },
    ]);
    expect(events.map((e) => formatStageEvent('leg', e))).toEqual([
      undefined,
      expect.stringMatching(/^ {2}leg +setup-devstack +✗ failed in 5 s: stack\.sh: \[ERROR\]: ovsdb-server/),
      expect.stringMatching(/connectivity +– skipped \(setup-devstack failed\)$/),
      undefined,
      expect.stringMatching(/publish-results +✓ done in 0 s$/),
    ]);
  });

  it('ignores look-alike lines that are not the pipeline’s', () => {
    const events: StageEvent[] = [];
    const p = new StageProgress((e) => events.push(e));
    p.push('  setup-devstack: done in 5 s\nsetup-devstack: done in five s\n::group::setup-devstack\n');
    p.end();
    expect(events).toEqual([]);
  });
});

describe('failedCases', () => {
  it('lists the failed and errored checks of every results file, first line of the message, at most ten', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-demo-failed-'));
    try {
      const doc = (cases: object[]) => JSON.stringify({ schemaVersion: 1, cases, findings: [] });
      writeFileSync(
        join(dir, 'connectivity.json'),
        doc([
          { id: 'a', suite: 'pods', name: 'pod to pod', status: 'passed' },
          {
            id: 'b',
            suite: 'services',
            name: 'every backend',
            status: 'failed',
            message: 'member 10.0.0.5 silent\nmore',
          },
          { id: 'c', suite: 'dns', name: 'lookup', status: 'error', message: 'kubectl exec timed out' },
          { id: 'd', suite: 'dns', name: 'other', status: 'skipped', message: 'no dns' },
        ]),
      );
      writeFileSync(join(dir, 'broken.json'), '{');
      writeFileSync(join(dir, 'junit.xml'), '<testsuites/>');
      expect(failedCases(dir)).toEqual([
        'failed: services / every backend: member 10.0.0.5 silent',
        'error: dns / lookup: kubectl exec timed out',
      ]);
      const many = Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, suite: 's', name: `n${i}`, status: 'failed' }));
      writeFileSync(join(dir, 'connectivity.json'), doc(many));
      const lines = failedCases(dir);
      expect(lines).toHaveLength(11);
      expect(lines[10]).toBe('… and 2 more');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the command line', () => {
  it('--help prints the usage (exit 0); an unknown option names itself and exits 2, before anything runs', async () => {
    const out: string[] = [];
    const write = (chunk: string | Uint8Array): boolean => (out.push(String(chunk)), true);
    const [stdout, stderr] = [process.stdout.write, process.stderr.write];
    process.stdout.write = write as typeof process.stdout.write;
    process.stderr.write = write as typeof process.stderr.write;
    try {
      expect(await runDemo(['--help'])).toBe(0);
      expect(out.join('')).toContain('Usage: npm run demo -- [--keep] [--all-green]');
      out.length = 0;
      expect(await runDemo(['--bogus'])).toBe(2);
      expect(out.join('')).toMatch(/^Unknown option '--bogus'/);
    } finally {
      process.stdout.write = stdout;
      process.stderr.write = stderr;
    }
  });
});

describe('legs', () => {
  it('the default run has one leg with an injected fault; --all-green leaves it out', () => {
    const all = selectLegs(false);
    expect(all.map((l) => l.topology)).toEqual(['baremetal', 'nested', 'baremetal', 'nested', 'baremetal']);
    expect(all.filter((l) => l.fail).map((l) => l.fail)).toEqual(['die:dragonflow:install']);
    expect(selectLegs(true).some((l) => l.fail)).toBe(false);
    // the reusable workflow's matrix: both distro families, each baremetal and nested
    expect(selectLegs(true).map((l) => l.name)).toEqual([
      'ubuntu-18.04/baremetal',
      'ubuntu-18.04/nested',
      'fedora-31/baremetal',
      'fedora-31/nested',
    ]);
    expect(new Set(all.map((l) => l.slug)).size).toBe(all.length);
    for (const l of all)
      expect(existsSync(join(REPO_ROOT, 'sandbox', 'devstack', 'os-release', l.osRelease))).toBe(true);
  });

  it('a Fedora leg finds the package-manager doubles first on PATH and records into its file; Ubuntu does not', () => {
    const [ubuntu, , fedora] = selectLegs(true) as Leg[];
    const env = legEnvironment(fedora as Leg, '/x/packages.installed');
    expect(env.PATH?.split(':')[0]).toBe(FEDORA_HOST_BIN);
    expect(env.KDF_DOUBLE_PKG_DB).toBe('/x/packages.installed');
    for (const tool of ['sudo', 'dnf', 'rpm']) expect(existsSync(join(FEDORA_HOST_BIN, tool))).toBe(true);
    const plain = legEnvironment(ubuntu as Leg, '/x/packages.installed');
    expect(plain.PATH?.split(':')).not.toContain(FEDORA_HOST_BIN);
    expect(plain.KDF_DOUBLE_PKG_DB).toBeUndefined();
  });
});

describe('the double control file', () => {
  const world = (dir: string, vmUser: string): DemoWorld =>
    ({
      host: {
        dir,
        user: 'stack',
        dest: join(dir, 'stack'),
        gitBase: dir,
        etc: join(dir, 'etc'),
        netns: 'n',
        password: 'p',
        doubleDir: join(dir, 'sandbox', 'devstack'),
      },
      vm: { name: vmUser, home: '/nonexistent', dir: join(dir, "vm's"), systemctlCalls: () => [] },
      hostKubeconfig: join(dir, 'kubeconfig'),
      nestedKubeconfig: join(dir, 'nested-kubeconfig'),
      vmEtc: join(dir, "vm's", 'etc'),
    }) as DemoWorld;
  const source = (file: string): Record<string, string> => {
    const out = execFileSync(
      'bash',
      [
        '-c',
        'set -a; source "$1"; for v in KDF_DOUBLE_DEST KDF_DOUBLE_ETC HOST_IP_IFACE KDF_DOUBLE_KUBECONFIG KDF_DOUBLE_KUBECONFIG_WAIT KDF_DOUBLE_KEYSTONE_URI KDF_DOUBLE_FAIL KDF_DOUBLE_OS_RELEASE; do printf "%s=%s\\n" "$v" "${!v}"; done',
        'x',
        file,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH } },
    );
    return Object.fromEntries(
      out
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
  };
  const me = execFileSync('id', ['-un'], { encoding: 'utf8' }).trim();

  it('gives the host stack.sh its DEST, etc, lo, Keystone, kubeconfig and the fault', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-demo-ctl-'));
    dirs.push(dir);
    writeLegControl(world(dir, `${me}-not`), {
      osRelease: 'ubuntu-18.04',
      keystoneUri: 'http://127.0.0.1:5000/v3',
      fail: 'die:dragonflow:install',
    });
    expect(source(join(dir, 'kdf-double.env'))).toMatchObject({
      KDF_DOUBLE_DEST: join(dir, 'stack'),
      KDF_DOUBLE_ETC: join(dir, 'etc'),
      HOST_IP_IFACE: 'lo',
      KDF_DOUBLE_KUBECONFIG: join(dir, 'kubeconfig'),
      KDF_DOUBLE_KUBECONFIG_WAIT: '',
      KDF_DOUBLE_KEYSTONE_URI: 'http://127.0.0.1:5000/v3',
      KDF_DOUBLE_FAIL: 'die:dragonflow:install',
      // the world's copy of the double, which the stack user can read wherever the clone is
      KDF_DOUBLE_OS_RELEASE: join(dir, 'sandbox', 'devstack', 'os-release', 'ubuntu-18.04'),
    });
  });

  it('gives the overcloud inside the VM (its login user) its own DEST, etc, eth0 and the waited-for kubeconfig', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-demo-ctl-'));
    dirs.push(dir);
    writeLegControl(world(dir, me), { osRelease: 'ubuntu-18.04', keystoneUri: 'http://x/identity' });
    expect(source(join(dir, 'kdf-double.env'))).toMatchObject({
      KDF_DOUBLE_DEST: join(dir, "vm's", 'stack'),
      KDF_DOUBLE_ETC: join(dir, "vm's", 'etc'),
      HOST_IP_IFACE: 'eth0',
      KDF_DOUBLE_KUBECONFIG: join(dir, 'nested-kubeconfig'),
      KDF_DOUBLE_KUBECONFIG_WAIT: '300',
      KDF_DOUBLE_KEYSTONE_URI: '',
      KDF_DOUBLE_FAIL: '',
    });
  });
});

describe('firstIpv4', () => {
  it('reads the Networks column in both client shapes', () => {
    expect(firstIpv4({ private: ['10.0.0.34', 'fd12::5', '172.24.4.20'] })).toBe('10.0.0.34');
    expect(firstIpv4('private=10.0.0.34, 172.24.4.20')).toBe('10.0.0.34');
    expect(firstIpv4({})).toBeUndefined();
  });
});
