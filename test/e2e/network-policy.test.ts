/**
 * A NetworkPolicy applied by hand on the sandbox behaves as on a Kuryr cluster: `kubectl apply -f` of a plain
 * NetworkPolicy makes the Kuryr emulation's policy driver create the security group `sg-<ns>-<policy>` with a rule per
 * allowed peer, put it (with service_pod_access) on the selected pod's port and record a KuryrNetworkPolicy; the data
 * plane enforces the port's groups, so a pod the policy does not allow times out (curl 28) while the allowed one gets
 * an answer; deleting the policy restores the defaults and the traffic.
 *
 * Needs `kdf sandbox up --kuryr-defaults` (kube-manager, kuryr-emulator, compute-emulator). Its own cluster, made with
 * `kdf-kube init --sg-driver policy`, so it does not depend on how cluster `kdf` was made.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CommandRunner } from '../../src/runtime/command.js';
import { sandboxCommandRunner } from '../../src/sandbox/exec.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { host, layout, os, RUN_ID, sandboxState, waitFor } from './cloud.js';

jest.setTimeout(300_000);

type Row = Record<string, unknown>;
const ADMIN = 'devstack-admin';
const CLUSTER = `e2e-np-${RUN_ID}`;
const NS = `np-${RUN_ID}`;
const POLICY = 'allow-friend';
const KUBE_BIN = join(REPO_ROOT, 'sandbox', 'kube', 'bin');
const clusterDir = join(layout.root, 'kube', 'clusters', CLUSTER);
const work = mkdtempSync(join(tmpdir(), 'kdf-np-e2e-'));
const kubeconfig = join(work, 'kubeconfig');
const policyFile = join(work, 'policy.yaml');
const ALL_CODES = Array.from({ length: 256 }, (_, i) => i);

let sbx: CommandRunner;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

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

/** The one pod of deployment `app`: name and IP. */
async function pod(app: string): Promise<{ name: string; ip: string }> {
  const list = JSON.parse(await kubectlOk('-n', NS, 'get', 'pods', '-l', `app=${app}`, '-o', 'json')) as {
    items: { metadata: { name: string }; status: { podIP?: string } }[];
  };
  const [p] = list.items;
  if (!p?.status.podIP) throw new Error(`no running pod of ${app}`);
  return { name: p.metadata.name, ip: p.status.podIP };
}

/** curl from a pod to the server (3 s budget): exit 0 with its answer, or 28 when the packets are dropped. */
async function curl(from: string, ip: string): Promise<Result> {
  return kubectl('-n', NS, 'exec', from, '--', 'curl', '-s', '--connect-timeout', '3', '-m', '3', `http://${ip}:8080`);
}

/** The Neutron security group ids of a pod's port (Kuryr names the port after the pod). */
async function portGroups(podName: string): Promise<string[]> {
  const port = await os<Row>(ADMIN, 'port', 'show', podName);
  return (port.security_group_ids as string[]).map(String).sort();
}

/** Polls curl until it gives `code` (the data plane follows Neutron within seconds); returns the last result. */
async function curlUntil(from: string, ip: string, code: number): Promise<Result> {
  return waitFor(
    () => curl(from, ip),
    (r) => r.code === code,
    30_000,
  ).catch(() => curl(from, ip));
}

let defaults: string[];

beforeAll(async () => {
  sbx = sandboxCommandRunner(host, layout);
  await host.run(join(KUBE_BIN, 'kdf-kube'), [
    'init',
    '--state-dir',
    layout.root,
    '--cluster',
    CLUSTER,
    '--kubeconfig',
    kubeconfig,
    '--namespace',
    sandboxState().namespace,
    '--sg-driver',
    'policy',
    '--service-cluster-ip-range',
    '10.0.0.160/30',
  ]);
  await kubectlOk('create', 'namespace', NS);
  for (const app of ['server', 'client', 'friend'])
    await kubectlOk('-n', NS, 'create', 'deployment', app, '--image=quay.io/kuryr/demo');
  for (const app of ['server', 'client', 'friend'])
    await kubectlOk('-n', NS, 'rollout', 'status', `deploy/${app}`, '--timeout=180s');
  const sgs = await os<Row[]>(ADMIN, 'security', 'group', 'list', '--project', 'k8s');
  defaults = sgs
    .filter((s) => ['default', 'service_pod_access'].includes(String(s.Name)))
    .map((s) => String(s.ID))
    .sort();
  writeFileSync(
    policyFile,
    [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata:',
      `  name: ${POLICY}`,
      `  namespace: ${NS}`,
      'spec:',
      '  podSelector:',
      '    matchLabels: {app: server}',
      '  policyTypes: [Ingress]',
      '  ingress:',
      '    - from:',
      '        - podSelector:',
      '            matchLabels: {app: friend}',
      '      ports:',
      '        - {protocol: TCP, port: 8080}',
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  if (sbx) {
    await kubectl('delete', '-f', policyFile);
    await kubectl('delete', 'namespace', NS);
    await waitFor(
      async () => {
        const d = join(clusterDir, 'kuryr', 'pods', NS);
        const knp = join(clusterDir, 'objects', 'kuryrnetworkpolicies', NS);
        return [...(existsSync(d) ? readdirSync(d) : []), ...(existsSync(knp) ? readdirSync(knp) : [])];
      },
      (left) => left.length === 0,
      120_000,
    ).catch((err: unknown) => console.error(`cleanup: ${String(err)}`));
  }
  rmSync(clusterDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('NetworkPolicy on the sandbox (kubectl apply -f, Kuryr policy driver)', () => {
  it('a policy allowing only `friend` into `server`: KNP + Neutron group, client times out, friend answered', async () => {
    const [server, client, friend] = [await pod('server'), await pod('client'), await pod('friend')];
    expect((await curl(client.name, server.ip)).code).toBe(0); // open before the policy

    expect(await kubectlOk('apply', '-f', policyFile)).toBe(`networkpolicy.networking.k8s.io/${POLICY} created\n`);
    const knp = await waitFor(
      async () => {
        const r = await kubectl('-n', NS, 'get', 'knp', POLICY, '-o', 'json');
        return r.code === 0 ? (JSON.parse(r.stdout) as Row) : {};
      },
      (k) => Boolean((k.status as Row | undefined)?.securityGroupId),
      30_000,
    );
    expect(knp).toMatchObject({ apiVersion: 'openstack.org/v1', kind: 'KuryrNetworkPolicy' });
    const spec = knp.spec as { ingressSgRules: { sgRule: Row }[]; egressSgRules: { sgRule: Row }[] };
    // the friend's rule, plus TCP and UDP from the service subnet (Octavia reaches the members from there)
    const ingress = spec.ingressSgRules.map((r) => r.sgRule);
    expect(ingress.filter((r) => r.port_range_min !== null)).toEqual([
      expect.objectContaining({
        direction: 'ingress',
        protocol: 'tcp',
        port_range_min: 8080,
        port_range_max: 8080,
        remote_ip_prefix: `${friend.ip}/32`,
      }),
    ]);
    const lbRules = ingress.filter((r) => r.port_range_min === null);
    expect(lbRules.map((r) => r.protocol).sort()).toEqual(['tcp', 'udp']);
    expect(new Set(lbRules.map((r) => r.remote_ip_prefix)).size).toBe(1);
    expect(lbRules[0]?.remote_ip_prefix).not.toBe(`${friend.ip}/32`);
    const status = knp.status as { securityGroupId: string; securityGroupRules: Row[]; podSelector: Row };
    expect(status.podSelector).toEqual({ matchLabels: { app: 'server' } });

    // Neutron: the group Kuryr names after the policy, its rules as the KNP status records them
    const sg = await os<Row>(ADMIN, 'security', 'group', 'show', status.securityGroupId);
    expect(sg.name).toBe(`sg-${NS}-${POLICY}`);
    const rules = sg.rules as Row[];
    expect(rules.map((r) => r.id).sort()).toEqual(status.securityGroupRules.map((r) => r.id).sort());
    expect(rules.filter((r) => r.direction === 'ingress' && r.port_range_min !== null)).toEqual([
      expect.objectContaining({ protocol: 'tcp', port_range_min: 8080, remote_ip_prefix: `${friend.ip}/32` }),
    ]);
    expect(rules.filter((r) => r.direction === 'ingress' && r.port_range_min === null)).toHaveLength(2);
    // the selected pod's port: the policy's group only (as Kuryr's policy driver); the others keep the defaults
    await waitFor(
      () => portGroups(server.name),
      (g) => JSON.stringify(g) === JSON.stringify([status.securityGroupId]),
      30_000,
    );
    expect(await portGroups(client.name)).toEqual(defaults);

    // the data plane: client's packets dropped (curl 28), friend answered
    expect((await curlUntil(client.name, server.ip, 28)).code).toBe(28);
    const ok = await curl(friend.name, server.ip);
    expect({ code: ok.code, body: ok.stdout }).toEqual({ code: 0, body: `${server.name}: HELLO! I AM ALIVE!!!\n` });
  });

  it('deleting the policy restores the defaults, removes the group and the KNP, and client is answered again', async () => {
    const [server, client] = [await pod('server'), await pod('client')];
    const sgId = (
      JSON.parse(await kubectlOk('-n', NS, 'get', 'knp', POLICY, '-o', 'json')) as {
        status: { securityGroupId: string };
      }
    ).status.securityGroupId;
    await kubectlOk('delete', 'networkpolicy', '-n', NS, POLICY);
    await waitFor(
      async () => (await kubectl('-n', NS, 'get', 'knp', POLICY, '-o', 'json')).code,
      (code) => code !== 0,
      30_000,
    );
    expect(await portGroups(server.name)).toEqual(defaults);
    const left = await os<Row[]>(ADMIN, 'security', 'group', 'list', '--project', 'k8s');
    expect(left.map((s) => s.ID)).not.toContain(sgId);
    expect((await curlUntil(client.name, server.ip, 0)).code).toBe(0);
  });
});
