/**
 * Nested pods (docs/nested-topology.md#trunk-vm-procedure, docs/connectivity.md#nested-procedure) against the running
 * sandbox: a server on a trunk made through the real openstack CLI, a nested cluster on it
 * (`kdf-kube init --mode nested`), and the kuryr emulation adding each pod's port as a trunk subport with its own VLAN
 * id, the pod's eth0 being a VLAN device of the VM's eth0. Asserts the `segmentation_id == vlanId` cross-check, that
 * the pods answer (pod to pod, and through the ClusterIP), and that deleting the pods removes the subports and ports.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CommandRunner } from '../../src/runtime/command.js';
import { sandboxCommandRunner } from '../../src/sandbox/exec.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { host, layout, os, osRun, RUN_ID, sandboxState, waitFor } from './cloud.js';

jest.setTimeout(600_000);

type Row = Record<string, unknown>;
const ADMIN = 'devstack-admin';
const DEMO = 'devstack';
const name = (base: string): string => `e2e-kuryr-${base}-${RUN_ID}`;
const CLUSTER = name('nested');
const NS = `kuryr-n-${RUN_ID}`;
const KUBE_BIN = join(REPO_ROOT, 'sandbox', 'kube', 'bin');
const clusterDir = join(layout.root, 'kube', 'clusters', CLUSTER);
const kubeconfig = join(mkdtempSync(join(tmpdir(), 'kdf-kuryr-nested-')), 'kubeconfig');
const ALL_CODES = Array.from({ length: 256 }, (_, i) => i);

const created = { keypair: false, port: false, trunk: false, server: false, cluster: false };
let sbx: CommandRunner;
let serverId = '';
let trunkId = '';

async function kubectl(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await sbx.run(join(KUBE_BIN, 'kubectl'), ['--kubeconfig', kubeconfig, ...args], {
    allowedExitCodes: ALL_CODES,
    timeoutMs: 180_000,
    env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' },
  });
  return { code: r.exitCode ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function kubectlOk(...args: string[]): Promise<string> {
  const r = await kubectl(...args);
  if (r.code !== 0) throw new Error(`kubectl ${args.join(' ')}: exit ${r.code}: ${r.stderr}`);
  return r.stdout;
}

async function pods(): Promise<{ name: string; ip: string }[]> {
  const list = JSON.parse(await kubectlOk('-n', NS, 'get', 'pods', '-l', 'app=demo', '-o', 'json')) as {
    items: { metadata: { name: string }; status: { podIP?: string } }[];
  };
  return list.items.map((p) => ({ name: p.metadata.name, ip: p.status.podIP ?? '' }));
}

function kuryrFile(kind: 'pods' | 'services', obj: string): Row | undefined {
  const path = join(clusterDir, 'kuryr', kind, NS, `${obj}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Row) : undefined;
}

beforeAll(async () => {
  sandboxState();
  sbx = sandboxCommandRunner(host, layout);
  await osRun(DEMO, 'keypair', 'create', name('key'));
  created.keypair = true;
  const port0 = await os<Row>(
    DEMO,
    'port',
    'create',
    '--network',
    'private',
    '--security-group',
    'default',
    name('port0'),
  );
  created.port = true;
  const trunk = await os<Row>(DEMO, 'network', 'trunk', 'create', '--parent-port', String(port0.id), name('trunk0'));
  created.trunk = true;
  trunkId = String(trunk.id);
  const server = await os<Row>(
    DEMO,
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
  await waitFor(
    () => os<Row>(DEMO, 'server', 'show', serverId),
    (s) => s.status === 'ACTIVE' || s.status === 'ERROR',
    240_000,
  ).then((s) => expect(s.status).toBe('ACTIVE'));
  // the compute emulator gives the server its namespace with eth0 (the trunk parent)
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
    '10.0.0.164/30',
  ]);
  created.cluster = true;
  await kubectlOk('create', 'namespace', NS);
  await kubectlOk('-n', NS, 'create', 'deployment', 'demo', '--image=quay.io/kuryr/demo');
  await kubectlOk('-n', NS, 'scale', 'deploy/demo', '--replicas=2');
  await kubectlOk('-n', NS, 'rollout', 'status', 'deploy/demo', '--timeout=180s');
});

afterAll(async () => {
  if (created.cluster) {
    await kubectl('delete', 'namespace', NS);
    await waitFor(
      async () =>
        ['pods', 'services'].flatMap((k) => {
          const d = join(clusterDir, 'kuryr', k, NS);
          return existsSync(d) ? readdirSync(d) : [];
        }),
      (left) => left.length === 0,
      180_000,
    ).catch((err: unknown) => console.error(`cleanup: ${String(err)}`));
    rmSync(clusterDir, { recursive: true, force: true });
  }
  const steps: [boolean, () => Promise<void>][] = [
    [created.server, () => osRun(DEMO, 'server', 'delete', '--wait', serverId)],
    [created.trunk, () => osRun(DEMO, 'network', 'trunk', 'delete', name('trunk0'))],
    [created.port, () => osRun(DEMO, 'port', 'delete', name('port0'))],
    [created.keypair, () => osRun(DEMO, 'keypair', 'delete', name('key'))],
  ];
  for (const [done, step] of steps) if (done) await step().catch((err: unknown) => console.error(String(err)));
});

describe('kuryr emulation (nested)', () => {
  it('adds each pod port to the VM trunk as a VLAN subport whose segmentation_id is the pod vlanId', async () => {
    const running = await pods();
    expect(running).toHaveLength(2);
    const trunk = await os<Row>(ADMIN, 'network', 'trunk', 'show', trunkId);
    const subports = trunk.sub_ports as { port_id: string; segmentation_type: string; segmentation_id: number }[];
    const vlans = new Set<number>();
    for (const pod of running) {
      const rec = kuryrFile('pods', pod.name) ?? {};
      expect(rec).toMatchObject({ vifType: 'nested-vlan', ip: pod.ip, portName: pod.name, trunkId });
      const sub = subports.find((s) => s.port_id === rec.portId);
      expect(sub).toMatchObject({ segmentation_type: 'vlan', segmentation_id: rec.vlanId });
      vlans.add(Number(rec.vlanId));
      const port = await os<Row>(ADMIN, 'port', 'show', String(rec.portId));
      expect(port.status).toBe('ACTIVE');
      expect((port.fixed_ips as { ip_address: string }[]).map((f) => f.ip_address)).toEqual([pod.ip]);
    }
    expect(vlans.size).toBe(2);
  });

  it('the nested pods answer each other on 8080 and through the ClusterIP', async () => {
    const running = await pods();
    for (const from of running) {
      for (const to of running) {
        const r = await kubectl('-n', NS, 'exec', from.name, '--', 'curl', '-s', '-m', '5', `http://${to.ip}:8080`);
        expect([r.code, r.stdout]).toEqual([0, `${to.name}: HELLO! I AM ALIVE!!!\n`]);
      }
    }
    await kubectlOk('-n', NS, 'expose', 'deploy/demo', '--port=80', '--target-port=8080');
    await waitFor(
      async () => kuryrFile('services', 'demo') ?? {},
      (f) => f.provisioningStatus === 'ACTIVE' && Array.isArray(f.members) && f.members.length === 2,
      180_000,
    );
    const ip = (await kubectlOk('-n', NS, 'get', 'svc', 'demo', '-o', 'jsonpath={.spec.clusterIP}')).trim();
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const r = await kubectl(
        '-n',
        NS,
        'exec',
        String(running[0]?.name),
        '--',
        'curl',
        '-s',
        '-m',
        '5',
        `http://${ip}`,
      );
      expect(r.code).toBe(0);
      seen.add(r.stdout.split(':')[0] ?? '');
    }
    expect(seen).toEqual(new Set(running.map((p) => p.name)));
  });

  it('scaling down removes the subport and the port of the removed pod', async () => {
    const before = await pods();
    const recs = before.map((p) => kuryrFile('pods', p.name) ?? {});
    await kubectlOk('-n', NS, 'scale', 'deploy/demo', '--replicas=1');
    const after = await waitFor(pods, (p) => p.length === 1, 120_000);
    const gone = recs.filter((r) => r.portName !== after[0]?.name);
    expect(gone).toHaveLength(1);
    await waitFor(
      () => os<Row>(ADMIN, 'network', 'trunk', 'show', trunkId),
      (t) => !(t.sub_ports as { port_id: string }[]).some((s) => s.port_id === gone[0]?.portId),
      120_000,
    );
    await waitFor(
      () => os<Row[]>(ADMIN, 'port', 'list', '--name', String(gone[0]?.portName)),
      (rows) => rows.length === 0,
      60_000,
    );
  });
});
