/**
 * `npm run demo` end to end, as a newcomer runs it (the script, a child process), against the running sandbox: the
 * root action (committed bundle) runs once per leg through the runner harness — setup-devstack on the DevStack
 * double, trunk-vm with the overcloud stacked inside the VM, connectivity baremetal and nested, publish-results to
 * the GitHub API stub — plus the leg with the injected fault, then one combined check run. The outputs it names
 * exist and say what happened, the HTML preview renders in headless Chromium, and nothing is left behind.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DemoReport } from '../../sandbox/demo/main.js';
import type { CheckRunFile } from '../../sandbox/demo/preview.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { launchChromium } from '../helpers/chromium.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { layout, os, sandboxState } from './cloud.js';

jest.setTimeout(30 * 60_000);

const work = mkdtempSync(join(tmpdir(), 'kdf-demo-e2e-'));
const out = join(work, 'demo-out');
/** Where the demo lists every secret of its run (outside demo-out). */
const secretsFile = join(work, 'secrets.json');
let stdout = '';
let exitCode: number | null = null;
const users = (): string[] =>
  readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((l) => l.split(':')[0] as string)
    .filter((u) => /^kdf(e2e|vm)/.test(u));
let usersBefore: string[] = [];

beforeAll(async () => {
  usersBefore = users();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'sandbox', 'demo', 'main.ts'),
      '--skip-install',
      '--out',
      out,
      '--namespace',
      sandboxState().namespace,
      '--secrets-file',
      secretsFile,
    ],
    { cwd: REPO_ROOT, env: { ...process.env, KDF_SANDBOX_DIR: layout.root }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (stdout += d));
  exitCode = await new Promise<number | null>((res) => child.on('close', (code) => res(code)));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run demo', () => {
  it('exits 0 with a progress line per stage of every leg and the total time', () => {
    expect({ exitCode, tail: exitCode === 0 ? '' : stdout.slice(-4000) }).toEqual({ exitCode: 0, tail: '' });
    const line = (leg: string, stage: string, what: string) =>
      new RegExp(`\\] +${leg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} +${stage} +${what}`);
    for (const distro of ['ubuntu-18.04', 'fedora-31']) {
      for (const stage of ['setup-devstack', 'connectivity', 'publish-results']) {
        expect(stdout).toMatch(line(`${distro}/baremetal`, stage, '✓ done in \\d+ s'));
      }
      for (const stage of ['setup-devstack', 'trunk-vm', 'connectivity', 'publish-results']) {
        expect(stdout).toMatch(line(`${distro}/nested`, stage, '✓ done in \\d+ s'));
      }
    }
    // the Fedora legs' prerequisites went through dnf (the package-manager double), and the demo says what
    const prereqs = 'git gawk sudo iptables python3 redhat-lsb-core net-tools ca-certificates';
    expect(stdout).toContain(`fedora-31/baremetal: dnf (double) installed ${prereqs}`);
    expect(stdout).toContain(`fedora-31/nested: dnf (double) installed ${prereqs}`);
    expect(stdout).not.toMatch(/ubuntu-18\.04\/\S+: dnf/);
    const fault = 'ubuntu-18.04/baremetal · injected fault';
    expect(stdout).toMatch(line(fault, 'setup-devstack', '✗ failed in \\d+ s: .*ovsdb-server is not running'));
    expect(stdout).toMatch(line(fault, 'connectivity', '– skipped \\(setup-devstack failed\\)'));
    expect(stdout).toMatch(/demo finished in \d+ s/);
    for (const name of ['summary.md', 'check-run.json', 'index.html']) expect(stdout).toContain(join(name));
  });

  it('the combined check run fails on the injected fault only, with its annotation, as the stub stored it', () => {
    const file = JSON.parse(readFileSync(join(out, 'check-run.json'), 'utf8')) as CheckRunFile;
    expect(file.check_run).toMatchObject({ name: 'kuryr-dragonflow', status: 'completed', conclusion: 'failure' });
    const failures = file.annotations.filter((a) => a.annotation_level === 'failure');
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((a) => a.path.startsWith('results/5-injected-fault/'))).toBe(true);
    expect(failures.map((a) => a.message).join('\n')).toContain('ovsdb-server is not running');
    expect(file.check_run.output.annotations_count).toBe(file.annotations.length);

    const report = JSON.parse(readFileSync(join(out, 'demo.json'), 'utf8')) as DemoReport;
    expect(report.legs.map((l) => [l.name, l.exitCode, l.postExitCode])).toEqual([
      ['ubuntu-18.04/baremetal', 0, 0],
      ['ubuntu-18.04/nested', 0, 0],
      ['fedora-31/baremetal', 0, 0],
      ['fedora-31/nested', 0, 0],
      ['ubuntu-18.04/baremetal · injected fault', 1, 0],
    ]);
    // one check run per leg (the root action's own publish stage) plus the combined one
    expect(report.checkRuns).toHaveLength(6);
    expect(report.checkRuns.map((c) => [c.name, c.conclusion])).toEqual(
      expect.arrayContaining([
        ['kuryr-dragonflow', 'failure'],
        ['kuryr-dragonflow (ubuntu-18.04/baremetal · injected fault)', 'failure'],
        ['kuryr-dragonflow (ubuntu-18.04/baremetal)', 'success'],
        ['kuryr-dragonflow (ubuntu-18.04/nested)', 'success'],
        ['kuryr-dragonflow (fedora-31/baremetal)', 'success'],
        ['kuryr-dragonflow (fedora-31/nested)', 'success'],
      ]),
    );
  });

  it('the job summary has the matrix; the results say what ran in each leg', () => {
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toContain(
      [
        '#### Matrix',
        '| leg | setup-devstack | trunk-vm | connectivity | cases |',
        '| --- | --- | --- | --- | --- |',
      ].join('\n'),
    );
    expect(summary).toMatch(/\| ubuntu-18\.04\/baremetal \| ✅ passed \| — \| ✅ passed \| \d+ \|/);
    expect(summary).toMatch(/\| ubuntu-18\.04\/nested \| ✅ passed \| ✅ passed \| ✅ passed \| \d+ \|/);
    expect(summary).toMatch(/\| fedora-31\/baremetal \| ✅ passed \| — \| ✅ passed \| \d+ \|/);
    expect(summary).toMatch(/\| fedora-31\/nested \| ✅ passed \| ✅ passed \| ✅ passed \| \d+ \|/);
    expect(summary).toMatch(/\| ubuntu-18\.04\/baremetal · injected fault \| ❌ failed \| — \| ⏭️ skipped \| \d+ \|/);
    // the reachability tables keep the legs apart
    expect(summary).toContain('**ubuntu-18.04/baremetal · http/8080**');
    expect(summary).toMatch(/\*\*ubuntu-18\.04\/nested · [a-z]+\/\d+/);
    const doc = (leg: string, stage: string) =>
      JSON.parse(readFileSync(join(out, 'results', leg, `${stage}.json`), 'utf8')) as ResultsDocument;
    const nested = doc('2-ubuntu-nested', 'connectivity');
    expect(nested.run.extra).toMatchObject({ leg: 'ubuntu-18.04/nested', mode: 'nested' });
    expect(nested.cases.map((c) => c.id)).toEqual(
      expect.arrayContaining(['nested/ports-are-trunk-subports', 'nested/nested-pod-to-pod-http']),
    );
    expect(nested.cases.filter((c) => c.status !== 'passed' && c.status !== 'skipped')).toEqual([]);
    const bare = doc('1-ubuntu-baremetal', 'connectivity');
    expect(bare.run.extra).toMatchObject({ mode: 'baremetal' });
    expect(bare.cases.filter((c) => c.status === 'passed').length).toBeGreaterThan(5);
    expect(doc('2-ubuntu-nested', 'trunk-vm').run.status).toBe('passed');
    // each leg's results carry its distro, read from the os-release the leg ran with
    for (const [slug, distro] of [
      ['1-ubuntu-baremetal', 'ubuntu-18.04'],
      ['2-ubuntu-nested', 'ubuntu-18.04'],
      ['3-fedora-baremetal', 'fedora-31'],
      ['4-fedora-nested', 'fedora-31'],
      ['5-injected-fault', 'ubuntu-18.04'],
    ] as const) {
      expect([slug, doc(slug, 'pipeline').run.distro, doc(slug, 'setup-devstack').run.distro]).toEqual([
        slug,
        distro,
        distro,
      ]);
    }
    expect(doc('4-fedora-nested', 'trunk-vm').run.status).toBe('passed');
    const fedora = doc('3-fedora-baremetal', 'connectivity');
    expect(fedora.cases.filter((c) => c.status !== 'passed' && c.status !== 'skipped')).toEqual([]);
    expect(readFileSync(join(out, 'results', '3-fedora-baremetal', 'packages.installed'), 'utf8')).toMatch(
      /^git 2\.26\.2-1\.fc31\.x86_64@updates$/m,
    );
    expect(existsSync(join(out, 'results', '1-ubuntu-baremetal', 'connectivity-junit.xml'))).toBe(true);
    expect(
      doc('5-injected-fault', 'setup-devstack')
        .findings.map((f) => f.message)
        .join('\n'),
    ).toContain('ovsdb-server is not running');
  });

  it('the HTML preview renders the matrix and the annotations in headless Chromium, with no network request', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(join(out, 'index.html')).href;
      await page.goto(url);
      const rows = await page.$$eval('table#matrix tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
      );
      expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
        ['ubuntu-18.04/baremetal', '✅ passed', '—', '✅ passed'],
        ['ubuntu-18.04/nested', '✅ passed', '✅ passed', '✅ passed'],
        ['fedora-31/baremetal', '✅ passed', '—', '✅ passed'],
        ['fedora-31/nested', '✅ passed', '✅ passed', '✅ passed'],
        ['ubuntu-18.04/baremetal · injected fault', '❌ failed', '—', '⏭️ skipped'],
      ]);
      const annotations = page.locator('#annotations tr.annotation.level-failure');
      expect(await annotations.count()).toBeGreaterThan(0);
      expect(await annotations.first().isVisible()).toBe(true);
      expect(await page.locator('#annotations').innerText()).toContain('ovsdb-server is not running');
      expect(requests).toEqual([url]);
    } finally {
      await browser.close();
    }
  });

  it('no secret of the run is anywhere under demo-out (admin password, the VM private key, tokens); logs are 0600', () => {
    const known = JSON.parse(readFileSync(secretsFile, 'utf8')) as string[];
    // the list is the real one: it has the sandbox's admin password and the trunk VM's private key, line by line
    expect(known).toContain(sandboxState().adminPassword);
    expect(known.filter((s) => /^[A-Za-z0-9+/=]{40,}$/.test(s)).length).toBeGreaterThan(5);
    // the runner masks line by line: every line of a multi-line secret is a needle of its own
    const needles = [
      ...new Set(known.flatMap((s) => [s, ...s.split('\n').map((l) => l.trim())]).filter((s) => s.length >= 8)),
    ];
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((n) =>
        statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
      );
    })(out);
    expect(files.length).toBeGreaterThan(10);
    const leaks = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return needles.filter((n) => text.includes(n)).map((n) => `${f.slice(out.length + 1)}: ${n.slice(0, 12)}…`);
    });
    expect(leaks).toEqual([]);
    const logs = readdirSync(join(out, 'logs')).map((f) => join(out, 'logs', f));
    expect(logs.filter((f) => (statSync(f).mode & 0o077) !== 0)).toEqual([]);
  });

  it('leaves nothing behind: no trunk VM, trunk or nested cluster, no demo users', async () => {
    const servers = await os<{ Name: string }[]>('devstack-admin', 'server', 'list', '--all-projects');
    expect(servers.map((s) => s.Name)).not.toContain('overcloud_vm');
    const trunks = await os<{ Name: string }[]>('devstack-admin', 'network', 'trunk', 'list');
    expect(trunks.map((t) => t.Name)).not.toContain('trunk0');
    expect(existsSync(join(layout.root, 'kube', 'clusters', 'demo-nested'))).toBe(false);
    // the demo's own users are gone; it names them on stdout (the cloud e2e group and the unit tests make and remove
    // their own kdfe2e*/kdfvm* users meanwhile, so "no new user" would depend on the other group's timing)
    const named = /local users: stack user (kdfe2e\w+), VM login user (kdfvm\w+); host namespace (kdf-e2e-\S+)/.exec(
      stdout,
    );
    expect(named).not.toBeNull();
    const own = named ? [named[1] as string, named[2] as string] : [];
    expect(usersBefore.filter((u) => own.includes(u))).toEqual([]);
    expect(users().filter((u) => own.includes(u))).toEqual([]);
    // likewise its host namespace (the unit tests' DevStack double worlds make kdf-e2e-* namespaces of their own)
    const netns = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout.split('\n');
    expect(netns.map((l) => l.split(' ')[0])).not.toContain(named?.[3]);
    expect(readdirSync(join(out, 'logs'))).toEqual(expect.arrayContaining(['1-ubuntu-baremetal.log']));
  });
});
