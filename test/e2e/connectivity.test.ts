/**
 * `kdf connectivity` against the sandbox: the kubectl double (sandbox/kube) and the Kuryr emulation (sandbox/kuryr)
 * on the real OpenStack APIs with real packets. Every built-in suite passes; each injected fault fails with the right
 * classification (drop → timeout 28, kill → refused 7), evidence and the suite line.
 *
 * Needs `kdf sandbox up --kuryr-defaults` with the kube-manager and kuryr-emulator daemons; the cluster `kdf` is
 * initialised here if `sandbox up` has not done it yet (`kdf-kube init` is idempotent).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { deploymentManifest } from '../../src/kube/workload.js';
import type { ResultsDocument, TestCase } from '../../src/results/model.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { layout, RUN_ID, sandboxState } from './cloud.js';

jest.setTimeout(900_000);

const STATE = layout.root;
const KUBECONFIG = join(STATE, 'kube', 'kubeconfig');
const KUBECTL = join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kubectl');
const KURYR_BIN = join(REPO_ROOT, 'sandbox', 'kuryr', 'bin');
const PY = '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'kdf-conn-e2e-'));

function kubectl(...args: string[]): string {
  return execFileSync(KUBECTL, ['--kubeconfig', KUBECONFIG, ...args], { encoding: 'utf8' });
}

function fault(...args: string[]): void {
  const sbx = sandboxState().namespace;
  execFileSync(
    'ip',
    [
      'netns',
      'exec',
      sbx,
      PY,
      join(REPO_ROOT, 'sandbox', 'kuryr', 'bin', 'kdf-fault'),
      '--state-dir',
      STATE,
      '--namespace',
      sbx,
      '--cluster',
      'kdf',
      ...args,
    ],
    { encoding: 'utf8' },
  );
}

async function connectivity(
  args: string[],
  dir: string,
): Promise<{ status: number; stdout: string; stderr: string; doc: ResultsDocument }> {
  let stdout = '';
  let stderr = '';
  const status = await main(
    [
      'connectivity',
      '--kubeconfig',
      KUBECONFIG,
      '--kubectl',
      KUBECTL,
      '--prefix-netns',
      sandboxState().namespace,
      '--results-dir',
      dir,
      ...args,
    ],
    {
      stdout: { write: (c: string) => (stdout += c) },
      stderr: { write: (c: string) => (stderr += c) },
      cwd: work,
      env: { ...process.env, OS_CLIENT_CONFIG_FILE: layout.cloudsYaml },
    },
  );
  const doc = JSON.parse(readFileSync(join(dir, 'connectivity.json'), 'utf8')) as ResultsDocument;
  return { status, stdout, stderr, doc };
}

const statuses = (doc: ResultsDocument): Record<string, string> =>
  Object.fromEntries(doc.cases.map((c) => [c.id, c.status]));

const savedPath = process.env.PATH;

beforeAll(() => {
  // the sandbox's systemctl double first on PATH, as `kdf sandbox exec` puts it: the steps `restart` and
  // `controller-stable` run systemctl on the host through the process runner, which inherits this process's PATH
  process.env.PATH = `${KURYR_BIN}:${savedPath ?? ''}`;
  execFileSync(PY, [
    join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kdf-kube'),
    'init',
    '--state-dir',
    STATE,
    '--cluster',
    'kdf',
    '--mode',
    'baremetal',
    '--kubeconfig',
    KUBECONFIG,
    '--namespace',
    sandboxState().namespace,
  ]);
});

afterAll(() => {
  process.env.PATH = savedPath;
});

describe('built-in suites pass in the sandbox', () => {
  it.each([['default-config'], ['basic'], ['udp']])('%s', async (suite) => {
    const r = await connectivity(['--suites', suite], join(work, suite));
    const bad = r.doc.cases.filter((c) => c.status !== 'passed');
    expect(bad.map((c) => `${c.id}: ${c.status}: ${c.message ?? ''}`)).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.doc.run.status).toBe('passed');
    expect(readFileSync(join(work, suite, 'connectivity-junit.xml'), 'utf8')).toContain(`<testsuite name="${suite}"`);
  });

  // the suites of Kuryr's own scenario tests (docs/coverage.md); the namespace subnet driver's scenarios need a
  // cluster with that driver (cluster kdf runs the default subnet driver)
  it.each([['network-policy'], ['services'], ['lifecycle'], ['namespaces']])('%s', async (suite) => {
    const r = await connectivity(['--suites', suite, '--filter', '!tag:namespace-subnet-driver'], join(work, suite));
    const bad = r.doc.cases.filter((c) => c.status !== 'passed');
    expect(bad.map((c) => `${c.id}: ${c.status}: ${c.message ?? ''}`)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('external: a pod reaches the sandbox internet host through the router', async () => {
    const r = await connectivity(
      ['--suites', 'external', '--external-target', '198.51.100.10:80'],
      join(work, 'external'),
    );
    expect(statuses(r.doc)).toMatchObject({ 'external/pod-to-external-http': 'passed' });
    expect(r.status).toBe(0);
  });

  it('nested is skipped in baremetal mode', async () => {
    const r = await connectivity(['--suites', 'nested'], join(work, 'nested'));
    expect(new Set(r.doc.cases.map((c) => c.status))).toEqual(new Set(['skipped']));
    expect(r.status).toBe(0);
  });
});

describe('injected faults fail with the right classification, evidence and suite line', () => {
  const ns = `kdf-fault-${RUN_ID}`;
  const suiteFile = join(work, 'faults.yaml');
  let pods: string[] = [];

  beforeAll(async () => {
    // The suite's workload is the one deployed here, so the faults can be injected before the engine probes.
    writeFileSync(
      suiteFile,
      [
        'name: faults',
        'workload:',
        '  name: demo',
        '  replicas: 2',
        'scenarios:',
        '  - name: pod-to-pod-http',
        '    kind: pod-to-pod',
        '    protocol: http',
        '    port: 8080',
        '',
      ].join('\n'),
    );
    kubectl('create', 'namespace', ns);
    // The very object the engine applies, so its `kubectl apply` is a no-op and the faulted pods stay.
    execFileSync(KUBECTL, ['--kubeconfig', KUBECONFIG, '-n', ns, 'apply', '-f', '-'], {
      input: JSON.stringify(deploymentManifest('demo', 'quay.io/kuryr/demo', 2, 'spread')),
    });
    kubectl('-n', ns, 'rollout', 'status', 'deployment/demo', '--timeout=300s');
    const list = JSON.parse(kubectl('-n', ns, 'get', 'pods', '-l', 'app=demo', '-o', 'json')) as {
      items: { metadata: { name: string } }[];
    };
    pods = list.items.map((p) => p.metadata.name).sort();
  });

  afterAll(() => {
    try {
      fault('clear');
    } finally {
      kubectl('delete', 'namespace', ns);
    }
  });

  const failingCase = (doc: ResultsDocument): TestCase =>
    doc.cases.find((c) => c.id === 'faults/pod-to-pod-http') as TestCase;

  it('drop-pod: probes to that pod time out (curl 28)', async () => {
    const victim = pods[1] as string;
    fault('drop-pod', `${ns}/${victim}`);
    try {
      const r = await connectivity(['--suites', suiteFile, '--namespace', ns], join(work, 'drop'));
      expect(r.status).toBe(1);
      const c = failingCase(r.doc);
      expect(c.status).toBe('failed');
      expect(c.message).toMatch(
        new RegExp(`-> ${victim} \\(http [\\d.]+:8080\\) round 1: expected ok, got timeout \\(exit 28\\)`),
      );
      expect(c.location).toEqual({ file: 'faults.yaml', line: 6, endLine: 9 });
      expect(c.evidence?.map((e) => e.kind)).toEqual(
        expect.arrayContaining(['reachability', 'probes', 'kubernetes-pods', 'neutron-ports']),
      );
      expect(r.doc.findings.find((f) => f.caseId === c.id)).toMatchObject({
        file: 'faults.yaml',
        line: 6,
        level: 'failure',
      });
      // The namespace was given, so it is kept.
      expect(kubectl('get', 'namespace', ns, '-o', 'name').trim()).toBe(`namespace/${ns}`);
    } finally {
      fault('clear', `${ns}/${victim}`);
    }
  });

  it('nothing listening: refused (curl 7) at the scenario line; `expect: refused` asserts how it fails', async () => {
    // (kill-pod is not used here: the sandbox kubelet restarts the demo process, as a real kubelet would, before the
    // engine's wait for a ready deployment is over.)
    const closed = join(work, 'closed.yaml');
    writeFileSync(
      closed,
      [
        'name: closed',
        'workload:',
        '  name: demo',
        '  replicas: 2',
        'scenarios:',
        '  - name: closed-port',
        '    kind: pod-to-pod',
        '    protocol: http',
        '    port: 8081',
        '  - name: closed-port-is-refused',
        '    kind: pod-to-pod',
        '    protocol: http',
        '    port: 8081',
        '    expect:',
        '      outcome: refused',
        '',
      ].join('\n'),
    );
    const r = await connectivity(['--suites', closed, '--namespace', ns], join(work, 'closed'));
    expect(r.status).toBe(1);
    const c = r.doc.cases.find((x) => x.id === 'closed/closed-port') as TestCase;
    expect(c.status).toBe('failed');
    expect(c.message).toMatch(
      /^2 of 2 probes failed; first: .* \(http [\d.]+:8081\) round 1: expected ok, got refused \(exit 7\)/,
    );
    expect(c.location).toEqual({ file: 'closed.yaml', line: 6, endLine: 9 });
    expect(r.doc.findings.find((f) => f.caseId === c.id)).toMatchObject({ file: 'closed.yaml', line: 6 });
    expect(r.doc.cases.find((x) => x.id === 'closed/closed-port-is-refused')?.status).toBe('passed');
  });
});
