/** `kdf connectivity` through the CLI's main(): help, input validation, suite errors with lines, exit codes. */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { OS_VARIABLES_CLOUD } from '../__fixtures__/openstack/os-variables.js';

async function kdf(args: string[], files: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const cwd = mkdtempSync(join(tmpdir(), 'kdf-conn-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  const status = await main(['connectivity', ...args], {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
    cwd,
    env,
  });
  return { status, stdout, stderr, cwd };
}

describe('kdf connectivity', () => {
  it('--help lists every input flag and the knobs', async () => {
    const r = await kdf(['--help']);
    expect(r.status).toBe(0);
    for (const flag of [
      '--suites',
      '--kubeconfig',
      '--os-cloud',
      '--namespace',
      '--mode',
      '--filter',
      '--repeat',
      '--external-target',
      '--kubectl',
      '--exec-mode',
    ]) {
      expect(r.stdout).toContain(flag);
    }
  });

  it.each([
    [['--mode', 'metal'], /Input 'mode' must be one of: baremetal, nested \(got 'metal'\)/],
    [['--replicas', '0'], /Input 'replicas' must be an integer between 1 and 200/],
    [['--namespace', 'Bad_NS'], /Input 'namespace' must be a DNS label/],
    [['--exec-mode', 'sometimes'], /KDF_CONNECTIVITY_EXEC_MODE must be batched or per-probe/],
  ])('rejects %j with exit 2', async (args, message) => {
    const r = await kdf(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it.each([
    [
      'a missing suite file',
      'ci/missing.yaml',
      {},
      /^ci\/missing\.yaml:1: failure: suite file 'ci\/missing\.yaml' does not exist/m,
      1,
    ],
    [
      'a YAML alias bomb',
      'bomb.yaml',
      {
        'bomb.yaml':
          'name: bomb\nvariables:\n  a: &a [x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
          '  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nscenarios: []\n',
      },
      /^bomb\.yaml:4: failure: YAML aliases expand too much/m,
      4,
    ],
  ])(
    '%s is reported at the suite file, not at action.yml:1, with exit 2',
    async (_what, spec, files, message, line) => {
      const r = await kdf(['--suites', spec, '--results-dir', 'out'], files as Record<string, string>);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toContain('action.yml');
      const doc = JSON.parse(readFileSync(join(r.cwd, 'out', 'connectivity.json'), 'utf8')) as ResultsDocument;
      expect(doc.findings.map((f) => `${f.file}:${f.line}`)).toEqual([`${spec}:${line}`]);
    },
  );

  it('an invalid suite: exit 2, file:line on stderr, an error case and findings in the results', async () => {
    const r = await kdf(['--suites', 'mine.yaml', '--results-dir', 'out'], {
      'mine.yaml': 'name: mine\nscenarios:\n  - name: a\n    kind: pod-to-pod\n    protocol: htp\n',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("mine.yaml:5: failure: 'scenarios.0.protocol' must be one of: http, tcp, icmp, udp");
    const doc = JSON.parse(readFileSync(join(r.cwd, 'out', 'connectivity.json'), 'utf8')) as ResultsDocument;
    expect(doc.run.status).toBe('error');
    expect(doc.findings[0]).toMatchObject({
      file: 'mine.yaml',
      line: 5,
      column: 15,
      rule: 'connectivity/suite-schema',
    });
    expect(readFileSync(join(r.cwd, 'out', 'connectivity-junit.xml'), 'utf8')).toContain('<error message=');
  });

  // Issue #14 item 10: these used to run, poll and wait before failing with exit 1; the preflight refuses in seconds.
  const CLOUDS = 'clouds:\n  devstack-admin:\n    auth: {}\n  devstack:\n    auth: {}\n';

  it('a kubectl that cannot reach the cluster: exit 2 at the preflight, naming kubeconfig, no namespace case', async () => {
    const t0 = Date.now();
    const r = await kdf(['--suites', 'basic', '--kubectl', '/bin/false', '--namespace', 'x', '--results-dir', 'out'], {
      'clouds.yaml': CLOUDS,
    });
    expect(r.stderr).toMatch(
      /^kdf connectivity: error: Input 'kubeconfig': the Kubernetes API server of .* does not answer/m,
    );
    expect(r.status).toBe(2);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(existsSync(join(r.cwd, 'out', 'connectivity.json'))).toBe(false);
  });

  it('a cloud missing from clouds.yaml: exit 2 naming os-cloud, the clouds it has and OS_AUTH_URL', async () => {
    const r = await kdf(['--os-cloud', 'nope', '--kubectl', '/bin/true', '--results-dir', 'out'], {
      'clouds.yaml': CLOUDS,
    });
    expect(r.stderr).toBe(
      `kdf connectivity: error: Input 'os-cloud': cloud 'nope' is not in ${join(r.cwd, 'clouds.yaml')}; it has: devstack-admin, devstack, and OS_AUTH_URL is not set.\n`,
    );
    expect(r.status).toBe(2);
  });

  it('with the openstack CLI client the cloud must be in clouds.yaml, whatever OS_* say', async () => {
    const r = await kdf(
      ['--os-cloud', 'nope', '--kubectl', '/bin/true', '--results-dir', 'out'],
      { 'clouds.yaml': CLOUDS },
      { KDF_OPENSTACK_CLIENT: 'cli', OS_AUTH_URL: 'http://127.0.0.1:1/identity' },
    );
    expect(r.stderr).toBe(
      `kdf connectivity: error: Input 'os-cloud': cloud 'nope' is not in ${join(r.cwd, 'clouds.yaml')}; it has: devstack-admin, devstack.\n`,
    );
    expect(r.status).toBe(2);
  });

  it('a cloud only OS_* describe passes the cloud check (the next check, kubectl, is what fails here)', async () => {
    const os = OS_VARIABLES_CLOUD;
    const r = await kdf(['--os-cloud', 'envvars', '--kubectl', '/bin/false', '--results-dir', 'out'], {}, os);
    expect(r.stderr).toMatch(
      /^kdf connectivity: error: Input 'kubeconfig': the Kubernetes API server .* does not answer/m,
    );
    expect(r.stderr).not.toContain('os-cloud');
    expect(r.status).toBe(2);
  });

  it('no kubectl: exit 2 naming --kubectl', async () => {
    const r = await kdf(['--kubectl', 'kdf-no-such-kubectl', '--results-dir', 'out'], { 'clouds.yaml': CLOUDS });
    expect(r.stderr).toMatch(/kubectl 'kdf-no-such-kubectl' cannot be run \(ENOENT\)/);
    expect(r.status).toBe(2);
  });
});
