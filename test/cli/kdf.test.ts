/**
 * The built `kdf` (bin/kdf.js → dist/cli/index.js) run as a subprocess, as users run it. `npm test` builds first.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForReading } from '../../sandbox/world/double-tree.js';
import { REFERENCE, REPO_ROOT } from '../helpers/paths.js';

const KDF = join(REPO_ROOT, 'bin', 'kdf.js');

function kdf(
  args: string[],
  cwd = REPO_ROOT,
  env: NodeJS.ProcessEnv = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [KDF, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * bin/kdf.js and its bundle copied where every user can read them: nobody may not reach the clone (root's home is
 * 0700), and the bundle needs nothing else from it.
 */
function readableCopyOfKdf(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-bin-'));
  for (const p of ['package.json', join('bin', 'kdf.js'), join('dist', 'cli')]) {
    cpSync(join(REPO_ROOT, p), join(dir, p), { recursive: true });
  }
  openForReading(dir);
  return join(dir, 'bin', 'kdf.js');
}

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'index.js')))
    throw new Error('dist/cli/index.js is missing: run npm run build (npm test does)');
});

describe('kdf plan', () => {
  it('writes local.conf (0600) and plan.json and prints a summary', () => {
    const out = mkdtempSync(join(tmpdir(), 'kdf-plan-'));
    const r = kdf([
      'plan',
      '--profile',
      'dragonflow',
      '--distro',
      'ubuntu-18.04',
      '--out',
      out,
      '--admin-password',
      'Passw0rd',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Profile {4}dragonflow/m);
    expect(r.stdout).toMatch(/^Preflight {2}ok/m);
    expect(statSync(join(out, 'local.conf')).mode & 0o777).toBe(0o600);
    const conf = readFileSync(join(out, 'local.conf'), 'utf8');
    expect(conf).toMatch(
      /^enable_plugin dragonflow https:\/\/opendev.org\/openstack\/dragonflow 4dc36ed6490e2ed53b47dece883cdbd78ea96033$/m,
    );
    expect(conf).toMatch(/^ADMIN_PASSWORD=Passw0rd$/m);
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    expect(plan.train.name).toBe('ussuri');
    expect(plan.preflight.ok).toBe(true);
    expect(plan.lint).toEqual([]);
    expect(plan.commands.map((c: { step: string }) => c.step)).toContain('stack');
    expect(JSON.stringify(plan)).not.toContain('Passw0rd');
  });

  it('--print masks the passwords', () => {
    const out = mkdtempSync(join(tmpdir(), 'kdf-plan-'));
    const r = kdf(['plan', '--profile', 'ovs', '--out', out, '--print'], REPO_ROOT, {
      KDF_ADMIN_PASSWORD: 'Sekr1tValue',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ADMIN_PASSWORD=***');
    expect(r.stdout).not.toContain('Sekr1tValue');
    expect(readFileSync(join(out, 'local.conf'), 'utf8')).toContain('ADMIN_PASSWORD=Sekr1tValue');
  });

  it('exits 3 for a refused combination, with the reason and an alternative, and writes no local.conf', () => {
    const out = mkdtempSync(join(tmpdir(), 'kdf-plan-'));
    const r = kdf(['plan', '--profile', 'dragonflow', '--distro', 'ubuntu-22.04', '--out', out]);
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(
      /refused: DevStack ussuri-eol refuses ubuntu-22.04 \(DISTRO=jammy\).*Instead: run on ubuntu-18.04 or fedora-31/,
    );
    expect(existsSync(join(out, 'local.conf'))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')).preflight.ok).toBe(false);
  });

  it('exits 2 for configuration errors, naming the flag', () => {
    const cases: [string[], RegExp][] = [
      [['plan'], /^kdf plan: error: --profile is required/],
      [['plan', '--profile', 'nope'], /Unknown profile 'nope'.*dragonflow/],
      [['plan', '--profile', 'dragonflow', '--bogus'], /kdf plan: .*--bogus/],
      [['plan', '--profile', 'overcloud-nested-vlan'], /SERVICE_HOST[\s\S]*--set SERVICE_HOST=<value>/],
      [
        ['plan', '--profile', 'dragonflow', '--local-conf', '/nonexistent.conf'],
        /--local-conf '\/nonexistent.conf' cannot be read: ENOENT/,
      ],
      [['plan', '--profile', 'dragonflow', '--set', 'X'], /--set 'X' must look like NAME=value/],
      [['plan', '--profile', 'dragonflow', '--admin-password', 'a b'], /admin-password.*alphanumeric/],
    ];
    for (const [args, message] of cases) {
      const r = kdf([...args, '--out', mkdtempSync(join(tmpdir(), 'kdf-plan-'))]);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr).toMatch(message);
    }
  });

  it('a broken fragment fails with findings at the fragment lines (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-plan-'));
    writeFileSync(join(dir, 'extra.conf'), '[[local|localrc]]\nKURYR_ENABLED_HANDLERS = vif,lb\n');
    const r = kdf(['plan', '--profile', 'dragonflow', '--local-conf', 'extra.conf', '--out', 'o'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^extra.conf:2: error LC\d+: /m);
  });
});

describe('kdf lint', () => {
  const sample = join(REFERENCE, 'kuryr-kubernetes', 'df-era', 'local.conf.df.sample');

  it('prints text findings and exits 1 when there is an error', () => {
    const r = kdf(['lint', sample]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/local\.conf\.df\.sample:14: error LC403: LOGFILE=devstack.log is relative/);
    expect(r.stderr).toMatch(/1 file\(s\): \d+ error\(s\)/);
  });

  it('--format json prints exactly {file,line,endLine,rule,severity,message}', () => {
    const r = kdf(['lint', '--format', 'json', sample]);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings)
      expect(Object.keys(f).sort()).toEqual(['endLine', 'file', 'line', 'message', 'rule', 'severity']);
    expect(findings).toContainEqual(expect.objectContaining({ line: 3, endLine: 4, severity: 'error' }));
  });

  it('exits 0 on a clean file and 2 on an unreadable one or a bad flag', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-lint-'));
    writeFileSync(
      join(dir, 'ok.conf'),
      '[[local|localrc]]\nADMIN_PASSWORD=a\nDATABASE_PASSWORD=a\nRABBIT_PASSWORD=a\nSERVICE_PASSWORD=a\nLOGFILE=/opt/stack/logs/stack.sh.log\n',
    );
    expect(kdf(['lint', 'ok.conf'], dir).status).toBe(0);
    expect(kdf(['lint', 'missing.conf'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/Cannot read 'missing.conf': ENOENT/),
    });
    expect(kdf(['lint', '--format', 'xml', 'ok.conf'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--format must be text or json/),
    });
  });

  it('lints the plan it generated without errors', () => {
    const out = mkdtempSync(join(tmpdir(), 'kdf-plan-'));
    expect(kdf(['plan', '--profile', 'dragonflow-undercloud', '--out', out]).status).toBe(0);
    const r = kdf(['lint', join(out, 'local.conf')]);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('kdf', () => {
  it('prints its version (kept equal to package.json) and usage', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(kdf(['version']).stdout.trim()).toBe(pkg.version);
    expect(kdf(['--help'])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/Commands:[\s\S]*plan[\s\S]*lint/),
    });
    expect(kdf(['frobnicate'])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/unknown command 'frobnicate'/),
    });
  });
});

describe('kdf as a process: output that cannot go where it was sent', () => {
  it('a reader that went away (kdf lint --list-rules | head) ends kdf quietly, with its own exit code', () => {
    // `:` exits before node has started, so every write meets a closed pipe (EPIPE)
    const r = spawnSync(
      'bash',
      ['-c', `'${process.execPath}' '${KDF}' lint --list-rules | :; echo "kdf=\${PIPESTATUS[0]}"`],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('kdf=0\n');
  });

  it('--out under /proc exits 2 at once instead of hanging', () => {
    const started = Date.now();
    const r = kdf(['plan', '--profile', 'dragonflow', '--out', '/proc/nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "kdf plan: error: --out '/proc/nope' is under /proc, a kernel filesystem; give a writable directory.\n",
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('an --out this user cannot write exits 2 naming it (was exit 4 with a stack trace)', () => {
    const parent = mkdtempSync(join(tmpdir(), 'kdf-unwritable-'));
    const asRoot = process.getuid?.() === 0;
    // root writes anywhere: run kdf as nobody against root's directory; otherwise take the write bit away
    if (asRoot) chmodSync(parent, 0o755);
    else chmodSync(parent, 0o555);
    const bin = asRoot ? readableCopyOfKdf() : KDF;
    const r = spawnSync(process.execPath, [bin, 'plan', '--profile', 'dragonflow', '--out', join(parent, 'o')], {
      cwd: tmpdir(),
      encoding: 'utf8',
      timeout: 30_000,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `kdf plan: error: --out '${join(parent, 'o')}' cannot be created: '${parent}' is not writable; give a writable directory.\n`,
    );
    expect(existsSync(join(parent, 'o'))).toBe(false);
  });
});
