/**
 * The kuryr emulation against the running sandbox (baremetal mode), with real packets: a cluster made by
 * `kdf-kube init`, the demo deployment through the `kubectl` double, then Neutron ports per pod, an Octavia tree per
 * Service, the ClusterIP answering from every backend through the amphora emulator, and each `kdf sandbox fault`
 * producing the curl exit code a real cluster gives (28 timeout, 7 refused), undone by `clear`.
 *
 * Needs `kdf sandbox up --kuryr-defaults` with the kube-manager, compute-emulator (router) and kuryr-emulator
 * daemons; a kuryr-emulator is started for the run when none is running.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '../../src/cli/main.js';
import type { CommandRunner } from '../../src/runtime/command.js';
import { sandboxCommandRunner } from '../../src/sandbox/exec.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { host, layout, os, RUN_ID, sandboxState, waitFor } from './cloud.js';

jest.setTimeout(600_000);

type Row = Record<string, unknown>;
const ADMIN = 'devstack-admin';
const CLUSTER = `e2e-kuryr-${RUN_ID}`;
const NS = `kuryr-${RUN_ID}`;
const KUBE_BIN = join(REPO_ROOT, 'sandbox', 'kube', 'bin');
const EMULATOR = join(REPO_ROOT, 'sandbox', 'kuryr', 'bin', 'kuryr-emulator');
const clusterDir = join(layout.root, 'kube', 'clusters', CLUSTER);
const kubeconfig = join(mkdtempSync(join(tmpdir(), 'kdf-kuryr-e2e-')), 'kubeconfig');
const ALL_CODES = Array.from({ length: 256 }, (_, i) => i);

let sbx: CommandRunner;
let ownEmulator: ChildProcess | undefined;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** `kubectl ARGS…` (the sandbox's double) inside the sandbox namespace; any exit code is returned. */
async function kubectl(...args: string[]): Promise<Result> {
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

/** `kdf sandbox fault ARGS…` through the CLI (the TS subcommand, the CommandRunner port, kdf-fault). */
async function fault(...args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await main(['sandbox', 'fault', '--cluster', CLUSTER, ...args], {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
    cwd: process.cwd(),
    env: process.env,
  });
  if (code !== 0) throw new Error(`kdf sandbox fault ${args.join(' ')}: exit ${code}: ${stderr}`);
  return { code, stdout, stderr };
}

interface Pod {
  name: string;
  ip: string;
  node: string;
  uid: string;
}

async function pods(): Promise<Pod[]> {
  const list = JSON.parse(await kubectlOk('-n', NS, 'get', 'pods', '-l', 'app=demo', '-o', 'json')) as {
    items: { metadata: { name: string; uid: string }; spec: { nodeName: string }; status: { podIP?: string } }[];
  };
  return list.items
    .map((p) => ({ name: p.metadata.name, uid: p.metadata.uid, node: p.spec.nodeName, ip: p.status.podIP ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `curl` from inside a pod (kubectl exec), returning curl's exit code and body. */
async function curlFrom(pod: string, url: string, maxTime = 3): Promise<Result> {
  return kubectl(
    '-n',
    NS,
    'exec',
    pod,
    '--',
    'curl',
    '-s',
    '--connect-timeout',
    String(maxTime),
    '-m',
    String(maxTime),
    url,
  );
}

function kuryrFile(kind: 'pods' | 'services', name: string): Row | undefined {
  const path = join(clusterDir, 'kuryr', kind, NS, `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Row) : undefined;
}

function emulatorRunning(): boolean {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .some((pid) => {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return cmd.includes('kuryr/bin/kuryr-emulator') && cmd.includes(layout.root);
      } catch {
        return false;
      }
    });
}

/**
 * Waits until the Octavia tree of a service is ACTIVE with exactly `members` (names) in each of its `listeners`, and
 * the amphora emulator's proxy serves them (its `.applied` report): state gates, never sleeps.
 */
async function serviceSettled(name: string, members: string[], listeners = 1): Promise<Row> {
  return waitFor(
    async () => {
      const rec = kuryrFile('services', name) ?? {};
      const applied = join(layout.root, 'kube', 'amphora', `${String(rec.loadBalancerId)}.json.applied`);
      const served = existsSync(applied)
        ? (JSON.parse(readFileSync(applied, 'utf8')) as { listeners: { members: string[] }[] }).listeners
        : [];
      return { rec, served };
    },
    ({ rec, served }) =>
      rec.provisioningStatus === 'ACTIVE' &&
      Array.isArray(rec.listeners) &&
      rec.listeners.length === listeners &&
      JSON.stringify((rec.members as Row[]).map((m) => String(m.name).replace(/:\d+$/, '')).sort()) ===
        JSON.stringify(members.flatMap((m) => Array<string>(listeners).fill(`${NS}/${m}`)).sort()) &&
      served.length === listeners &&
      served.every((l) => l.members.length === members.length),
    120_000,
  ).then((v) => v.rec);
}

beforeAll(async () => {
  sandboxState();
  sbx = sandboxCommandRunner(host, layout);
  if (!emulatorRunning()) {
    ownEmulator = spawn(
      'ip',
      ['netns', 'exec', sandboxState().namespace, '/usr/bin/python3', EMULATOR, '--state-dir', layout.root],
      { stdio: 'ignore', detached: true },
    );
  }
  await host.run(join(KUBE_BIN, 'kdf-kube'), [
    'init',
    '--state-dir',
    layout.root,
    '--cluster',
    CLUSTER,
    '--mode',
    'baremetal',
    '--kubeconfig',
    kubeconfig,
    '--namespace',
    sandboxState().namespace,
    // a corner of the apiserver half of k8s-service-subnet that other clusters do not use first
    '--service-cluster-ip-range',
    '10.0.0.176/29',
  ]);
  await kubectlOk('create', 'namespace', NS);
  await kubectlOk('-n', NS, 'create', 'deployment', 'demo', '--image=quay.io/kuryr/demo');
  await kubectlOk('-n', NS, 'scale', 'deploy/demo', '--replicas=3');
  await kubectlOk('-n', NS, 'rollout', 'status', 'deploy/demo', '--timeout=180s');
});

afterAll(async () => {
  if (sbx) {
    await fault('clear').catch(() => undefined);
    await kubectl('delete', 'namespace', NS);
    // kuryr deletes every port and load balancer it made once the objects are gone
    await waitFor(
      async () =>
        ['pods', 'services'].flatMap((k) => {
          const d = join(clusterDir, 'kuryr', k, NS);
          return existsSync(d) ? readdirSync(d) : [];
        }),
      (left) => left.length === 0,
      180_000,
    ).catch((err: unknown) => console.error(`cleanup: ${String(err)}`));
  }
  rmSync(clusterDir, { recursive: true, force: true });
  if (ownEmulator?.pid) process.kill(-ownEmulator.pid, 'SIGTERM');
});

describe('kuryr emulation (baremetal)', () => {
  it('gives every pod an ACTIVE Neutron port named after it, with the pod IP, compute:kuryr, bound to its node', async () => {
    const running = await pods();
    expect(running).toHaveLength(3);
    const sgs = await os<Row[]>(ADMIN, 'security', 'group', 'list', '--project', 'k8s');
    const expectedSgs = sgs.filter((s) => ['default', 'service_pod_access'].includes(String(s.Name))).map((s) => s.ID);
    for (const pod of running) {
      const [row] = await os<Row[]>(ADMIN, 'port', 'list', '--device-owner', 'compute:kuryr', '--name', pod.name);
      const port = await os<Row>(ADMIN, 'port', 'show', String(row?.ID));
      expect(port.status).toBe('ACTIVE');
      expect(port.device_owner).toBe('compute:kuryr');
      expect(port['binding_host_id']).toBe(pod.node);
      expect((port.fixed_ips as { ip_address: string }[]).map((f) => f.ip_address)).toEqual([pod.ip]);
      expect([...(port.security_group_ids as string[])].sort()).toEqual([...expectedSgs].sort());
      const rec = kuryrFile('pods', pod.name);
      expect(rec).toMatchObject({
        portId: port.id,
        portName: pod.name,
        ip: pod.ip,
        vifType: 'neutron-vif',
        vlanId: null,
      });
    }
    // both nodes carry pods (the scheduler spreads them): same-node and cross-node paths exist
    expect(new Set(running.map((p) => p.node)).size).toBeGreaterThanOrEqual(2);
  });

  it('every pod answers every other pod on 8080 over the pod bridge', async () => {
    const running = await pods();
    for (const from of running) {
      for (const to of running) {
        const r = await curlFrom(from.name, `http://${to.ip}:8080`);
        expect({ from: from.name, code: r.code, body: r.stdout }).toEqual({
          from: from.name,
          code: 0,
          body: `${to.name}: HELLO! I AM ALIVE!!!\n`,
        });
      }
    }
  });

  it('exposes TCP and UDP services as Octavia load balancers named as kuryr names them, ACTIVE', async () => {
    await kubectlOk('-n', NS, 'expose', 'deploy/demo', '--port=80', '--target-port=8080');
    await kubectlOk(
      '-n',
      NS,
      'expose',
      'deploy/demo',
      '--name',
      'demo-udp',
      '--protocol',
      'UDP',
      '--port=90',
      '--target-port=9090',
    );
    const running = await pods();
    for (const [svc, proto, port, target] of [
      ['demo', 'TCP', 80, 8080],
      ['demo-udp', 'UDP', 90, 9090],
    ] as const) {
      const rec = await serviceSettled(
        svc,
        running.map((p) => p.name),
      );
      const clusterIp = (await kubectlOk('-n', NS, 'get', 'svc', svc, '-o', 'jsonpath={.spec.clusterIP}')).trim();
      const lb = await os<Row>(ADMIN, 'loadbalancer', 'show', String(rec.loadBalancerId));
      expect(lb).toMatchObject({ name: `${NS}/${svc}`, vip_address: clusterIp, provisioning_status: 'ACTIVE' });
      const subnet = await os<Row>(ADMIN, 'subnet', 'show', 'k8s-service-subnet');
      expect(lb.vip_subnet_id).toBe(subnet.id);
      const listeners = await os<Row[]>(ADMIN, 'loadbalancer', 'listener', 'list', '--loadbalancer', String(lb.id));
      expect(listeners.map((l) => [l.name, l.protocol, l.protocol_port])).toEqual([
        [`${NS}/${svc}:${proto}:${port}`, proto, port],
      ]);
      const pools = await os<Row[]>(ADMIN, 'loadbalancer', 'pool', 'list', '--loadbalancer', String(lb.id));
      expect(pools.map((p) => [p.name, p.protocol, p.lb_algorithm])).toEqual([
        [`${NS}/${svc}:${proto}:${port}`, proto, 'ROUND_ROBIN'],
      ]);
      const members = await os<Row[]>(ADMIN, 'loadbalancer', 'member', 'list', String(pools[0]?.id));
      expect(members.map((m) => [m.name, m.address, m.protocol_port]).sort()).toEqual(
        running.map((p) => [`${NS}/${p.name}:${target}`, p.ip, target]).sort(),
      );
    }
  });

  it('the ClusterIP reaches every backend round-robin, over TCP and UDP (the amphora emulator balances)', async () => {
    const running = await pods();
    const client = running[0]?.name ?? '';
    const tcpIp = (await kubectlOk('-n', NS, 'get', 'svc', 'demo', '-o', 'jsonpath={.spec.clusterIP}')).trim();
    const udpIp = (await kubectlOk('-n', NS, 'get', 'svc', 'demo-udp', '-o', 'jsonpath={.spec.clusterIP}')).trim();
    const seen: string[] = [];
    for (let i = 0; i < 2 * running.length; i++) {
      const r = await curlFrom(client, `http://${tcpIp}`);
      expect(r.code).toBe(0);
      seen.push(r.stdout.split(':')[0] ?? '');
    }
    // round robin: each window of N consecutive answers holds every backend once
    expect(new Set(seen.slice(0, running.length))).toEqual(new Set(running.map((p) => p.name)));
    expect(new Set(seen.slice(running.length))).toEqual(new Set(running.map((p) => p.name)));
    const udpSeen = new Set<string>();
    for (let i = 0; i < 2 * running.length; i++) {
      const r = await kubectl('-n', NS, 'exec', client, '--', 'sh', '-c', `printf hello | nc -w 2 -u ${udpIp} 90`);
      udpSeen.add(r.stdout.split(':')[0] ?? '');
    }
    expect(udpSeen).toEqual(new Set(running.map((p) => p.name)));
  });

  it('drop-pod times out (28), clear restores', async () => {
    const [client, target] = await pods();
    await fault('drop-pod', `${NS}/${target?.name}`);
    expect((await curlFrom(String(client?.name), `http://${target?.ip}:8080`, 2)).code).toBe(28);
    await fault('clear', `${NS}/${target?.name}`);
    expect((await curlFrom(String(client?.name), `http://${target?.ip}:8080`)).code).toBe(0);
  });

  it('blackhole-member: that backend times out through the ClusterIP, the others answer; clear restores', async () => {
    const running = await pods();
    const [client, , victim] = running;
    const ip = (await kubectlOk('-n', NS, 'get', 'svc', 'demo', '-o', 'jsonpath={.spec.clusterIP}')).trim();
    await fault('blackhole-member', `${NS}/demo`, `${NS}/${victim?.name}`);
    const codes: number[] = [];
    const names = new Set<string>();
    for (let i = 0; i < running.length; i++) {
      const r = await curlFrom(String(client?.name), `http://${ip}`, 2);
      codes.push(r.code);
      if (r.code === 0) names.add(r.stdout.split(':')[0] ?? '');
    }
    expect(codes.filter((c) => c === 28)).toHaveLength(1);
    expect(codes.filter((c) => c === 0)).toHaveLength(running.length - 1);
    expect(names.has(String(victim?.name))).toBe(false);
    await fault('clear', `${NS}/demo`);
    for (let i = 0; i < running.length; i++)
      expect((await curlFrom(String(client?.name), `http://${ip}`)).code).toBe(0);
  });

  it('port-down disables the Neutron port and the pod drops off (28); clear re-enables it', async () => {
    const [client, target] = await pods();
    const rec = kuryrFile('pods', String(target?.name)) ?? {};
    await fault('port-down', `${NS}/${target?.name}`);
    expect((await os<Row>(ADMIN, 'port', 'show', String(rec.portId))).admin_state_up).toBe(false);
    await waitFor(
      async () => (await curlFrom(String(client?.name), `http://${target?.ip}:8080`, 2)).code,
      (code) => code === 28,
      30_000,
    );
    await fault('clear', `${NS}/${target?.name}`);
    expect((await os<Row>(ADMIN, 'port', 'show', String(rec.portId))).admin_state_up).toBe(true);
    await waitFor(
      async () => (await curlFrom(String(client?.name), `http://${target?.ip}:8080`)).code,
      (code) => code === 0,
      30_000,
    );
  });

  it('delay-pod delays every reply: a short deadline times out (28), a long one answers late; clear restores', async () => {
    const [client, target] = await pods();
    await fault('delay-pod', `${NS}/${target?.name}`, '2000');
    expect((await curlFrom(String(client?.name), `http://${target?.ip}:8080`, 1)).code).toBe(28);
    const started = Date.now();
    const slow = await curlFrom(String(client?.name), `http://${target?.ip}:8080`, 6);
    expect(slow.code).toBe(0);
    expect(slow.stdout).toBe(`${target?.name}: HELLO! I AM ALIVE!!!\n`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    await fault('clear', `${NS}/${target?.name}`);
    const fast = Date.now();
    expect((await curlFrom(String(client?.name), `http://${target?.ip}:8080`)).code).toBe(0);
    expect(Date.now() - fast).toBeLessThan(2000);
  });

  it('scaling 3 -> 2 deletes the port of the removed pod and its members', async () => {
    const before = await pods();
    await kubectlOk('-n', NS, 'scale', 'deploy/demo', '--replicas=2');
    await waitFor(pods, (p) => p.length === 2 && p.every((x) => x.ip), 120_000);
    const after = await pods();
    const gone = before.filter((p) => !after.some((a) => a.name === p.name));
    expect(gone.length).toBeGreaterThanOrEqual(1);
    await serviceSettled(
      'demo',
      after.map((p) => p.name),
    );
    await serviceSettled(
      'demo-udp',
      after.map((p) => p.name),
    );
    for (const pod of gone) {
      await waitFor(
        () => os<Row[]>(ADMIN, 'port', 'list', '--device-owner', 'compute:kuryr', '--name', pod.name),
        (rows) => rows.length === 0,
        60_000,
      );
      expect(kuryrFile('pods', pod.name)).toBeUndefined();
    }
    const rec = kuryrFile('services', 'demo') ?? {};
    expect((rec.members as Row[]).map((m) => m.name).sort()).toEqual(after.map((p) => `${NS}/${p.name}:8080`).sort());
  });
  it('kill-pod: the pod refuses connections (7)', async () => {
    const [client, target] = await pods();
    await fault('kill-pod', `${NS}/${target?.name}`);
    expect((await curlFrom(String(client?.name), `http://${target?.ip}:8080`)).code).toBe(7);
    const listed = JSON.parse((await fault('list')).stdout) as Row[];
    expect(listed.map((f) => [f.kind, f.target])).toEqual([['kill-pod', `${NS}/${target?.name}`]]);
    await fault('clear');
    expect(JSON.parse((await fault('list')).stdout)).toEqual([]);
  });
});
