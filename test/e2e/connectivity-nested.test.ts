/**
 * The built-in `nested` suite against the sandbox (docs/nested-topology.md#trunk-vm-procedure,
 * docs/connectivity.md#nested-procedure): a server on a trunk made with the real openstack CLI, a nested cluster on it
 * (`kdf-kube init --mode nested`), and `kdf connectivity --mode nested`: pod ports are subports of the VM's trunk whose
 * segmentation_id equals the VLAN id the pod's eth0 uses, nested pods reach each other and the service reaches every
 * backend.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { host, layout, os, osRun, RUN_ID, sandboxState, waitFor } from './cloud.js';

jest.setTimeout(900_000);

type Row = Record<string, unknown>;
// The admin project: other suites' trunk VMs (ds4G) may use up the demo project's 20 cores.
const OWNER = 'devstack-admin';
const name = (base: string): string => `e2e-conn-${base}-${RUN_ID}`;
const CLUSTER = name('nested');
const KUBE_BIN = join(REPO_ROOT, 'sandbox', 'kube', 'bin');
const clusterDir = join(layout.root, 'kube', 'clusters', CLUSTER);
const work = mkdtempSync(join(tmpdir(), 'kdf-conn-nested-'));
const kubeconfig = join(work, 'kubeconfig');
const ALL_CODES = Array.from({ length: 256 }, (_, i) => i);
const created = { keypair: false, port: false, trunk: false, server: false, cluster: false };
let serverId = '';

beforeAll(async () => {
  sandboxState();
  await osRun(OWNER, 'keypair', 'create', name('key'));
  created.keypair = true;
  const port0 = await os<Row>(OWNER, 'port', 'create', '--network', 'private', name('port0'));
  created.port = true;
  await os<Row>(OWNER, 'network', 'trunk', 'create', '--parent-port', String(port0.id), name('trunk0'));
  created.trunk = true;
  const server = await os<Row>(
    OWNER,
    'server',
    'create',
    '--image',
    'cirros-0.6.2-x86_64-disk',
    '--flavor',
    'm1.tiny',
    '--nic',
    `port-id=${String(port0.id)}`,
    '--key-name',
    name('key'),
    name('vm'),
  );
  created.server = true;
  serverId = String(server.id);
  const up = await waitFor(
    () => os<Row>(OWNER, 'server', 'show', serverId),
    (s) => s.status === 'ACTIVE' || s.status === 'ERROR',
    240_000,
  );
  expect(up.status).toBe('ACTIVE');
  const vmNetns = `${sandboxState().namespace}-vm-${serverId.slice(0, 8)}`;
  await waitFor(
    async () =>
      (await host.run('ip', ['-n', vmNetns, 'link', 'show', 'eth0'], { allowedExitCodes: ALL_CODES })).exitCode,
    (code) => code === 0,
    120_000,
  );
  const vmIp = (port0.fixed_ips as { ip_address: string }[]).map((f) => f.ip_address).find((ip) => ip.includes('.'));
  await host.run(join(KUBE_BIN, 'kdf-kube'), [
    'init',
    '--state-dir',
    layout.root,
    '--cluster',
    CLUSTER,
    '--mode',
    'nested',
    '--vm-server-id',
    serverId,
    '--node',
    `${name('vm')}=${String(vmIp)}`,
    '--kubeconfig',
    kubeconfig,
    '--namespace',
    sandboxState().namespace,
    '--service-cluster-ip-range',
    '10.0.0.184/29',
  ]);
  created.cluster = true;
});

afterAll(async () => {
  if (created.cluster) {
    // The engine deleted its namespace; wait until Kuryr removed the ports and load balancers, then drop the cluster.
    await waitFor(
      async () =>
        ['pods', 'services'].flatMap((k) => {
          const d = join(clusterDir, 'kuryr', k);
          return existsSync(d) ? readdirSync(d).flatMap((ns) => readdirSync(join(d, ns))) : [];
        }),
      (left) => left.length === 0,
      180_000,
    ).catch((err: unknown) => console.error(`cleanup: ${String(err)}`));
    rmSync(clusterDir, { recursive: true, force: true });
  }
  const steps: [boolean, () => Promise<void>][] = [
    [created.server, () => osRun(OWNER, 'server', 'delete', '--wait', serverId)],
    [created.trunk, () => osRun(OWNER, 'network', 'trunk', 'delete', name('trunk0'))],
    [created.port, () => osRun(OWNER, 'port', 'delete', name('port0'))],
    [created.keypair, () => osRun(OWNER, 'keypair', 'delete', name('key'))],
  ];
  for (const [done, step] of steps) if (done) await step().catch((err: unknown) => console.error(String(err)));
});

describe('nested suite', () => {
  it('passes in mode nested: subports with matching VLANs, nested pod<->pod, pod->service, pod->VM and VM->pod', async () => {
    let stdout = '';
    let stderr = '';
    const dir = join(work, 'results');
    const status = await main(
      [
        'connectivity',
        '--suites',
        'nested\nnested-vm',
        '--mode',
        'nested',
        '--kubeconfig',
        kubeconfig,
        '--kubectl',
        join(KUBE_BIN, 'kubectl'),
        '--prefix-netns',
        sandboxState().namespace,
        '--results-dir',
        dir,
      ],
      {
        stdout: { write: (c: string) => (stdout += c) },
        stderr: { write: (c: string) => (stderr += c) },
        cwd: work,
        env: { ...process.env, OS_CLIENT_CONFIG_FILE: layout.cloudsYaml },
      },
    );
    const doc = JSON.parse(readFileSync(join(dir, 'connectivity.json'), 'utf8')) as ResultsDocument;
    const bad = doc.cases.filter((c) => c.status !== 'passed');
    expect(bad.map((c) => `${c.id}: ${c.status}: ${c.message ?? ''}`)).toEqual([]);
    expect(doc.cases.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'nested/ports-are-trunk-subports',
        'nested/nested-pod-to-pod-http',
        'nested/nested-pod-to-service',
        // the pods ping the trunk VM on the overcloud node's InternalIP
        'nested-vm/nested-pods-ping-vm',
        // the VM pings the pods: dropped by their default group, answered once a rule admits the VM's address
        'nested-vm/vm-pings-pods/1-expect',
        'nested-vm/vm-pings-pods/2-security-group-rule',
      ]),
    );
    const ruleStep = doc.cases.find((c) => c.id === 'nested-vm/vm-pings-pods/2-security-group-rule');
    expect(ruleStep?.message).toMatch(/added \d+ ingress icmp rule\(s\) from \d+\.\d+\.\d+\.\d+/);
    // the scenario's end deleted the rules it added: no group of project k8s admits the VM's address any more
    const vmIp = /from (\S+) to security group/.exec(ruleStep?.message ?? '')?.[1] ?? '';
    const rules = await os<Row[]>(OWNER, 'security', 'group', 'rule', 'list', '--long');
    expect(rules.filter((r) => r['IP Range'] === `${vmIp}/32`)).toEqual([]);
    // Each pod's port is a subport with its own VLAN; where the pod can read its eth0's VLAN id it must be the
    // subport's segmentation_id (the sandbox kernel has no 8021q: its VLANs are a userspace switch, so pods there
    // cannot read one and the engine falls back to the subport checks).
    const vlans = doc.cases.find((c) => c.id === 'nested/ports-are-trunk-subports')?.evidence?.[0]?.data as {
      pods: { pod: string; segmentationId: number; vlanInPod?: number }[];
    };
    expect(vlans.pods.length).toBeGreaterThanOrEqual(2);
    for (const row of vlans.pods) if (row.vlanInPod !== undefined) expect(row.vlanInPod).toBe(row.segmentationId);
    expect(new Set(vlans.pods.map((r) => r.segmentationId)).size).toBe(vlans.pods.length);
    expect(status).toBe(0);
    expect(stderr).not.toContain('failure');
    expect(stdout).toMatch(/^ok: connectivity: all \d+ checks passed/m);
  });
});
