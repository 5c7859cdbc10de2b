/**
 * Cluster DNS on the sandbox, for real: a `dns` scenario of `kdf connectivity` resolves a service by name from a pod
 * (the pod's resolv.conf → the kube-dns ClusterIP → Kuryr's Octavia UDP load balancer and the amphora proxy → the
 * coredns pod's dns-server), and fails with the lookups and the resolv.conf as evidence once `kdf-fault stop-dns`
 * scaled CoreDNS to 0.
 *
 * The cluster is `kdf` of the sandbox (`kdf sandbox up --kuryr-defaults`), given cluster DNS here by the idempotent
 * `kdf-kube init --cluster-dns` if `sandbox up` has not done it. KDF_E2E_KUBE_STATE and KDF_E2E_KUBE_CLUSTER point the
 * test at another cluster of the same cloud (a private state directory with its own kube-manager and kuryr-emulator).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { layout, RUN_ID, sandboxState } from './cloud.js';

jest.setTimeout(300_000);

const STATE = process.env.KDF_E2E_KUBE_STATE ?? layout.root;
const CLUSTER = process.env.KDF_E2E_KUBE_CLUSTER ?? 'kdf';
const PY = '/usr/bin/python3';
const KUBECTL = join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kubectl');
const work = mkdtempSync(join(tmpdir(), 'kdf-dns-e2e-'));
const KUBECONFIG = join(work, 'kubeconfig');
const NS = `kdf-dns-${RUN_ID}`;

function kubectl(...args: string[]): string {
  return execFileSync(KUBECTL, ['--kubeconfig', KUBECONFIG, ...args], { encoding: 'utf8' });
}

function fault(...args: string[]): string {
  const program = join(REPO_ROOT, 'sandbox', 'kuryr', 'bin', 'kdf-fault');
  return execFileSync(PY, [program, '--state-dir', STATE, '--cluster', CLUSTER, ...args], { encoding: 'utf8' });
}

/** A suite with one workload service and a dns scenario resolving it; returns the file and the scenario's line. */
function suiteFile(name: string, within: string): { file: string; line: number } {
  const text = [
    'name: dns-e2e',
    'workload:',
    '  name: demo-dns',
    '  replicas: 1',
    '  services:',
    '    - {name: demo-dns, port: 80, targetPort: 8080}',
    'scenarios:',
    '  - name: resolve',
    '    kind: dns',
    '    to: demo-dns',
    `    within: ${within}`,
    '',
  ].join('\n');
  const file = join(work, name);
  writeFileSync(file, text);
  return { file, line: 8 };
}

async function connectivity(suite: string, dir: string): Promise<{ status: number; doc: ResultsDocument }> {
  const status = await main(
    [
      'connectivity',
      '--kubeconfig',
      KUBECONFIG,
      '--kubectl',
      KUBECTL,
      '--prefix-netns',
      sandboxState().namespace,
      '--namespace',
      NS,
      '--suites',
      suite,
      '--results-dir',
      dir,
    ],
    {
      stdout: { write: () => undefined },
      stderr: { write: () => undefined },
      cwd: work,
      env: { ...process.env, OS_CLIENT_CONFIG_FILE: layout.cloudsYaml },
    },
  );
  return { status, doc: JSON.parse(readFileSync(join(dir, 'connectivity.json'), 'utf8')) as ResultsDocument };
}

let dnsIP = '';

beforeAll(() => {
  const out = execFileSync(
    PY,
    [
      join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kdf-kube'),
      'init',
      '--state-dir',
      STATE,
      '--cluster',
      CLUSTER,
      '--kubeconfig',
      KUBECONFIG,
      '--namespace',
      sandboxState().namespace,
      '--cluster-dns',
    ],
    { encoding: 'utf8' },
  );
  dnsIP = (JSON.parse(out) as { clusterDNS: string[] }).clusterDNS[0] ?? '';
  // the run's namespace outlives each connectivity run (it did not create it): the second run reuses the workload
  kubectl('create', 'namespace', NS);
});

afterAll(() => {
  fault('clear', 'kube-system/coredns');
  kubectl('delete', 'namespace', NS, '--wait=false');
});

describe('cluster DNS on the sandbox', () => {
  it('a pod resolves the service by short name and FQDN to its ClusterIP through kube-dns', async () => {
    const { file } = suiteFile('dns.yaml', '120s');
    const r = await connectivity(file, join(work, 'ok'));
    const c = r.doc.cases.find((x) => x.id === 'dns-e2e/resolve');
    expect([c?.status, c?.message]).toEqual(['passed', undefined]);
    expect(r.status).toBe(0);
    const svc = JSON.parse(kubectl('-n', NS, 'get', 'svc', 'demo-dns', '-o', 'json')) as {
      spec: { clusterIP: string };
    };
    expect(c?.evidence).toEqual([
      {
        kind: 'dns',
        title: 'resolved',
        data: [
          expect.objectContaining({
            tool: 'getent',
            names: ['demo-dns', `demo-dns.${NS}.svc.cluster.local`],
            address: svc.spec.clusterIP,
          }),
        ],
      },
    ]);
  });

  it('with CoreDNS stopped (fault stop-dns) the scenario fails at its line with the lookups and the resolv.conf', async () => {
    fault('stop-dns');
    const { file, line } = suiteFile('dns-down.yaml', '5s');
    const r = await connectivity(file, join(work, 'down'));
    expect(r.status).toBe(1);
    const c = r.doc.cases.find((x) => x.id === 'dns-e2e/resolve');
    expect(c?.status).toBe('failed');
    expect(c?.message).toMatch(
      /^demo-dns and demo-dns\..+ did not resolve to [\d.]+ from demo-dns-.+: getent demo-dns: exit/,
    );
    const resolv = c?.evidence?.find((e) => e.title?.startsWith('/etc/resolv.conf of '));
    expect(resolv?.data).toContain(
      `nameserver ${dnsIP}\nsearch ${NS}.svc.cluster.local svc.cluster.local cluster.local`,
    );
    const finding = r.doc.findings.find((f) => f.caseId === 'dns-e2e/resolve');
    expect(finding).toMatchObject({ line, rule: 'connectivity/dns', level: 'failure' });
    expect(finding?.details).toContain(`$ cat /etc/resolv.conf\nnameserver ${dnsIP}`);
  });
});
