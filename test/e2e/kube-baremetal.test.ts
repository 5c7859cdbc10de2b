/**
 * The baremetal connectivity procedure (docs/connectivity.md#baremetal-procedure) against the running sandbox, through
 * the sandbox's kubectl double on PATH inside the namespace: deploy the demo, scale 1 -> 5 -> 2, expose it; every pod
 * answers every other pod on 8080 with real packets; each pod's Neutron port carries its IP; the ClusterIP (Kuryr's
 * Octavia VIP, served by the kuryr emulator's amphora) reaches every backend. Needs `kdf sandbox up --kuryr-defaults`
 * with kube-manager and kuryr-emulator running.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { join } from 'node:path';

import type { CommandResult, CommandRunner } from '../../src/runtime/command.js';
import { sandboxCommandRunner } from '../../src/sandbox/exec.js';
import { RUN_ID, host, layout, os, sandboxState, waitFor } from './cloud.js';

jest.setTimeout(600_000);

const NS = `kdf-kube-${RUN_ID}`;
const KUBECONFIG = join(layout.root, 'kube', 'kubeconfig');
const ADMIN = 'devstack-admin';

type Pod = {
  metadata: { name: string; deletionTimestamp?: string };
  spec: { nodeName?: string };
  status: { phase?: string; podIP?: string };
};

let inNs: CommandRunner;

async function kubectl(args: readonly string[], allowedExitCodes: readonly number[] = [0]): Promise<CommandResult> {
  return inNs.run('kubectl', ['--kubeconfig', KUBECONFIG, ...args], { timeoutMs: 180_000, allowedExitCodes });
}

async function running(): Promise<Pod[]> {
  const { stdout } = await kubectl(['get', 'pods', '-n', NS, '-l', 'app=demo', '-o', 'json']);
  return (JSON.parse(stdout) as { items: Pod[] }).items.filter(
    (p) => p.status.phase === 'Running' && !p.metadata.deletionTimestamp,
  );
}

/** Every pod curls every pod on 8080 and must get `<that pod>: HELLO! I AM ALIVE!!!`. */
async function everyPodAnswersEveryOther(pods: Pod[]): Promise<void> {
  for (const from of pods)
    for (const to of pods) {
      const { stdout } = await kubectl([
        'exec',
        '-n',
        NS,
        from.metadata.name,
        '--',
        'curl',
        '-sS',
        '--connect-timeout',
        '2',
        '--max-time',
        '5',
        `http://${to.status.podIP}:8080/`,
      ]);
      expect(`${from.metadata.name} -> ${stdout}`).toBe(
        `${from.metadata.name} -> ${to.metadata.name}: HELLO! I AM ALIVE!!!\n`,
      );
    }
}

/** The Neutron ports Kuryr made for the namespace's pods: name -> [ip, status]. */
async function podPorts(): Promise<Map<string, [string, string]>> {
  const ports = await os<{ Name: string; Status: string; 'Fixed IP Addresses': { ip_address: string }[] }[]>(
    ADMIN,
    'port',
    'list',
    '--network',
    'k8s-pod-net',
    '--device-owner',
    'compute:kuryr',
    '--long',
  );
  return new Map(
    ports
      .filter((p) => p.Name.startsWith('demo-') || p.Name.startsWith(`${NS}/demo-`))
      .map((p) => [p.Name.replace(`${NS}/`, ''), [p['Fixed IP Addresses'][0]?.ip_address ?? '', p.Status]]),
  );
}

beforeAll(async () => {
  const state = sandboxState();
  if (!state.kuryrDefaults)
    throw new Error("the sandbox needs --kuryr-defaults: run 'kdf sandbox up --kuryr-defaults'");
  inNs = sandboxCommandRunner(host, layout);
  expect((await kubectl(['create', 'namespace', NS])).stdout).toBe(`namespace/${NS} created\n`);
});

afterAll(async () => {
  if (inNs) await kubectl(['delete', 'namespace', NS, '--timeout=180s'], [0, 1]);
});

describe('kubectl double on the sandbox (baremetal, docs/connectivity.md#baremetal-procedure)', () => {
  it('lists two Ready nodes and the API service at the API load balancer VIP', async () => {
    const nodes = (await kubectl(['get', 'nodes'])).stdout;
    expect(nodes.match(/\sReady\s/g)?.length).toBeGreaterThanOrEqual(2);
    const svc = (await kubectl(['get', 'svc', 'kubernetes', '-o', 'jsonpath={.spec.clusterIP}'])).stdout;
    expect(svc).toBe('10.0.0.129');
  });

  it('deploys the demo: one Running pod whose Neutron port has the pod IP and is ACTIVE', async () => {
    await kubectl(['create', 'deployment', 'demo', '--image=quay.io/kuryr/demo', '-n', NS]);
    const r = await kubectl(['rollout', 'status', 'deployment/demo', '-n', NS, '--timeout=180s']);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('deployment "demo" successfully rolled out');
    const pods = await running();
    expect(pods).toHaveLength(1);
    const ports = await waitFor(podPorts, (m) => m.get(pods[0]!.metadata.name)?.[1] === 'ACTIVE', 120_000);
    expect(ports.get(pods[0]!.metadata.name)).toEqual([pods[0]!.status.podIP, 'ACTIVE']);
    expect(pods[0]!.status.podIP).toMatch(/^10\.0\.0\.(6[5-9]|[7-9]\d|1[01]\d|12[0-5])$/); // k8s-pod-subnet pool
  });

  it('scales to 5 over both nodes; every pod answers every other pod on 8080', async () => {
    expect((await kubectl(['scale', 'deploy/demo', '-n', NS, '--replicas=5'])).stdout).toBe(
      'deployment.apps/demo scaled\n',
    );
    await kubectl(['rollout', 'status', 'deploy/demo', '-n', NS, '--timeout=300s']);
    const pods = await running();
    expect(pods).toHaveLength(5);
    expect(new Set(pods.map((p) => p.spec.nodeName)).size).toBe(2);
    const ports = await podPorts();
    for (const p of pods) expect(ports.get(p.metadata.name)).toEqual([p.status.podIP, 'ACTIVE']);
    await everyPodAnswersEveryOther(pods);
  });

  it('scales down to 2: the removed pods and their ports go away', async () => {
    await kubectl(['scale', 'deployment', 'demo', '-n', NS, '--replicas=2']);
    await kubectl(['rollout', 'status', 'deploy/demo', '-n', NS, '--timeout=300s']);
    const pods = await waitFor(running, (p) => p.length === 2, 120_000);
    const ports = await waitFor(podPorts, (m) => m.size === 2, 180_000);
    expect([...ports.keys()].sort()).toEqual(pods.map((p) => p.metadata.name).sort());
    await everyPodAnswersEveryOther(pods);
  });

  it('exposes the deployment; the ClusterIP reaches every backend', async () => {
    expect((await kubectl(['expose', 'deploy/demo', '-n', NS, '--port=80', '--target-port=8080'])).stdout).toBe(
      'service/demo exposed\n',
    );
    const vip = (await kubectl(['get', 'svc', 'demo', '-n', NS, '-o', 'jsonpath={.spec.clusterIP}'])).stdout;
    expect(vip).toMatch(/^10\.0\.0\.1(3\d|4\d|5[0-8])$/); // the apiserver's half of k8s-service-subnet, after .129
    const pods = await running();
    // Kuryr's load balancer for the service: VIP = ClusterIP, ACTIVE, one member per pod
    const lb = await waitFor(
      () => os<{ provisioning_status: string; vip_address: string }>(ADMIN, 'loadbalancer', 'show', `${NS}/demo`),
      (x) => x.provisioning_status === 'ACTIVE',
      300_000,
    ).catch((e: unknown) => {
      throw new Error(`no ACTIVE load balancer ${NS}/demo (is the kuryr emulator running?): ${String(e)}`);
    });
    expect(lb.vip_address).toBe(vip);
    // Kuryr makes the listener and the pool after the load balancer is ACTIVE: no pool yet counts as no members
    const members = (): Promise<{ name: string }[]> =>
      os<{ name: string }[]>(ADMIN, 'loadbalancer', 'member', 'list', `${NS}/demo:TCP:80`).catch((e: unknown) => {
        if (/Unable to locate .* in pools/.test(String(e))) return [];
        throw e;
      });
    await waitFor(members, (m) => m.length === pods.length, 300_000);
    // 10 requests per backend (kuryr-tempest-plugin's REPETITIONS_PER_BACKEND): every pod must answer
    const seen = new Set<string>();
    for (let i = 0; i < 10 * pods.length && seen.size < pods.length; i++) {
      const { stdout } = await kubectl(
        ['exec', '-n', NS, pods[0]!.metadata.name, '--', 'curl', '-sS', '--max-time', '5', `http://${vip}:80/`],
        [0, 7, 28, 52, 56],
      );
      const m = /^([a-z0-9.-]+): HELLO! I AM ALIVE!!!$/m.exec(stdout);
      if (m) seen.add(m[1]!);
    }
    expect([...seen].sort()).toEqual(pods.map((p) => p.metadata.name).sort());
  });
});
