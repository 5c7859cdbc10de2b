/**
 * Services and Kuryr's lifecycle in the kuryr emulation, against the running sandbox with real packets: a
 * `type: LoadBalancer` Service reachable on its floating IP from the host (the sandbox namespace, through the router's
 * DNAT to the VIP), the host reaching pods and ClusterIPs through its kubelet port, and the floating IP released with
 * the Service. (A load balancer deleted in Octavia and re-created by Kuryr, and `systemctl restart` of Kuryr's units,
 * are steps of the built-in `lifecycle` suite, run by test/e2e/connectivity.test.ts.)
 *
 * Needs `kdf sandbox up --kuryr-defaults` (kube-manager, compute-emulator, kuryr-emulator running).
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
const CLUSTER = `e2e-svc-${RUN_ID}`;
const NS = `svc-${RUN_ID}`;
const KUBE_BIN = join(REPO_ROOT, 'sandbox', 'kube', 'bin');
const clusterDir = join(layout.root, 'kube', 'clusters', CLUSTER);
const tmp = mkdtempSync(join(tmpdir(), 'kdf-svc-e2e-'));
const kubeconfig = join(tmp, 'kubeconfig');
const ALL_CODES = Array.from({ length: 256 }, (_, i) => i);

let sbx: CommandRunner;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** A program inside the sandbox namespace with `kdf sandbox exec`'s environment (its PATH: the doubles first). */
async function inSandbox(cmd: string, args: string[], timeoutMs = 120_000): Promise<Result> {
  const r = await sbx.run(cmd, args, { allowedExitCodes: ALL_CODES, timeoutMs });
  return { code: r.exitCode ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function kubectlOk(...args: string[]): Promise<string> {
  const r = await inSandbox(join(KUBE_BIN, 'kubectl'), ['--kubeconfig', kubeconfig, ...args], 180_000);
  if (r.code !== 0) throw new Error(`kubectl ${args.join(' ')}: exit ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** `curl` from the host (the sandbox namespace): exit code and body. */
async function curl(url: string): Promise<Result> {
  return inSandbox('curl', ['-s', '--connect-timeout', '3', '-m', '3', url]);
}

async function floatingIp(): Promise<string> {
  return kubectlOk('-n', NS, 'get', 'svc', 'web', '-o', 'jsonpath={.status.loadBalancer.ingress[0].ip}');
}

/** Waits until the host's requests to `url` are answered by the demo server (the body names the pod). */
async function answered(url: string, timeoutMs: number): Promise<Result> {
  return waitFor(
    () => curl(url),
    (r) => r.code === 0 && r.stdout.includes('HELLO! I AM ALIVE'),
    timeoutMs,
  );
}

let fip = '';

beforeAll(async () => {
  sbx = sandboxCommandRunner(host, layout);
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
    // a corner of k8s-service-subnet no other e2e cluster takes
    '--service-cluster-ip-range',
    '10.0.0.168/29',
  ]);
  await kubectlOk('create', 'namespace', NS);
  await kubectlOk('-n', NS, 'create', 'deployment', 'web', '--image=quay.io/kuryr/demo');
  const manifest = join(tmp, 'service.yaml');
  writeFileSync(
    manifest,
    [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: web}',
      'spec:',
      '  type: LoadBalancer',
      '  selector: {app: web}',
      '  ports: [{port: 80, targetPort: 8080, protocol: TCP}]',
      '',
    ].join('\n'),
  );
  await kubectlOk('-n', NS, 'apply', '-f', manifest);
  await kubectlOk('-n', NS, 'rollout', 'status', 'deploy/web', '--timeout=180s');
  fip = (await waitFor(floatingIp, (ip) => ip !== '', 240_000)).trim();
});

afterAll(async () => {
  if (sbx) {
    await inSandbox('systemctl', ['start', 'devstack@kuryr-kubernetes']).catch(() => undefined);
    await kubectlOk('delete', 'namespace', NS).catch(() => undefined);
    await waitFor(
      async () => {
        const d = join(clusterDir, 'kuryr', 'services', NS);
        return existsSync(d) ? readdirSync(d) : [];
      },
      (left) => left.length === 0,
      180_000,
    ).catch((err: unknown) => console.error(`cleanup: ${String(err)}`));
  }
  rmSync(clusterDir, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

describe('LoadBalancer services', () => {
  it('answers on its floating IP from the host, the KuryrLoadBalancer recording it', async () => {
    expect(fip).toMatch(/^172\.24\.4\.\d+$/);
    const [row] = await os<Row[]>(ADMIN, 'floating', 'ip', 'list', '--floating-ip-address', fip, '--long');
    const lb = await os<Row>(ADMIN, 'loadbalancer', 'show', `${NS}/web`);
    expect(row?.Port).toBe(lb.vip_port_id);
    const r = await answered(`http://${fip}/`, 60_000);
    expect(r.stdout).toMatch(/^web-[a-z0-9]+-[a-z0-9]+: HELLO! I AM ALIVE!!!/);
    const klb = JSON.parse(await kubectlOk('-n', NS, 'get', 'klb', 'web', '-o', 'json')) as {
      status: { loadbalancer: { id: string }; service_pub_ip_info: { ip_addr: string } };
    };
    expect(klb.status.loadbalancer.id).toBe(lb.id);
    expect(klb.status.service_pub_ip_info.ip_addr).toBe(fip);
  });

  it('is reachable from the host on a pod IP and on the ClusterIP (the host kubelet port)', async () => {
    const pod = JSON.parse(await kubectlOk('-n', NS, 'get', 'pods', '-l', 'app=web', '-o', 'json')) as {
      items: { status: { podIP: string } }[];
    };
    const clusterIp = await kubectlOk('-n', NS, 'get', 'svc', 'web', '-o', 'jsonpath={.spec.clusterIP}');
    expect((await curl(`http://${pod.items[0]?.status.podIP}:8080/`)).stdout).toContain('HELLO! I AM ALIVE');
    expect((await curl(`http://${clusterIp}/`)).stdout).toContain('HELLO! I AM ALIVE');
  });
});

// the load balancer deleted in Octavia and `systemctl restart` of Kuryr's units are steps of the built-in
// `lifecycle` suite (test/e2e/connectivity.test.ts)
describe('the floating IP', () => {
  it('releases the floating IP with the Service', async () => {
    await kubectlOk('-n', NS, 'delete', 'service', 'web');
    await waitFor(
      () => os<Row[]>(ADMIN, 'floating', 'ip', 'list', '--floating-ip-address', fip),
      (rows) => rows.length === 0,
      120_000,
    );
    await waitFor(
      () => kubectlOk('-n', NS, 'get', 'klb', '-o', 'name'),
      (out) => out === '',
      30_000,
    );
  });
});
