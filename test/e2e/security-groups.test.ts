/**
 * Security groups enforced in the sandbox's data plane (sandbox/kuryr/README.md, "security groups"): two pods of a
 * fresh cluster answer each other through the `default` group's rule; `kdf sandbox fault drop-sg-rule default`
 * deletes that rule in Neutron and the same probe times out (curl 28) within seconds; `clear` creates the rule again
 * and the probe answers. Needs `kdf sandbox up --kuryr-defaults` with kube-manager and a kuryr-emulator of this
 * checkout (the one enforcing the groups) on the state directory.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '../../src/cli/main.js';
import type { CommandRunner } from '../../src/runtime/command.js';
import { sandboxCommandRunner } from '../../src/sandbox/exec.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { host, layout, RUN_ID, sandboxState, waitFor } from './cloud.js';

jest.setTimeout(300_000);

const CLUSTER = `e2e-sg-${RUN_ID}`;
const NS = `sg-${RUN_ID}`;
const KUBE_BIN = join(REPO_ROOT, 'sandbox', 'kube', 'bin');
const clusterDir = join(layout.root, 'kube', 'clusters', CLUSTER);
const kubeconfig = join(mkdtempSync(join(tmpdir(), 'kdf-sg-e2e-')), 'kubeconfig');
const ALL_CODES = Array.from({ length: 256 }, (_, i) => i);

let sbx: CommandRunner;
let client = '';
let serverIp = '';

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

/** `kdf sandbox fault ARGS…` through the CLI; its stdout. */
async function fault(...args: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await main(['sandbox', 'fault', '--cluster', CLUSTER, ...args], {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
    cwd: process.cwd(),
    env: process.env,
  });
  if (code !== 0) throw new Error(`kdf sandbox fault ${args.join(' ')}: exit ${code}: ${stderr}`);
  return stdout;
}

/** curl's exit code for client -> server:8080 (2 s budget: a dropped SYN is exit 28). */
async function probe(): Promise<number> {
  return (await kubectl('-n', NS, 'exec', client, '--', 'curl', '-s', '-m', '2', `http://${serverIp}:8080`)).code;
}

/** Waits until the probe gives `code`; returns how long that took (ms). */
async function probeBecomes(code: number, timeoutMs: number): Promise<number> {
  const start = Date.now();
  await waitFor(probe, (c) => c === code, timeoutMs);
  return Date.now() - start;
}

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
  ]);
  await kubectlOk('create', 'namespace', NS);
  await kubectlOk('-n', NS, 'create', 'deployment', 'demo', '--image=quay.io/kuryr/demo', '--replicas=2');
  await kubectlOk('-n', NS, 'rollout', 'status', 'deploy/demo', '--timeout=180s');
  const pods = JSON.parse(await kubectlOk('-n', NS, 'get', 'pods', '-o', 'json')) as {
    items: { metadata: { name: string }; status: { podIP?: string } }[];
  };
  client = pods.items[0]?.metadata.name ?? '';
  serverIp = pods.items[1]?.status.podIP ?? '';
});

afterAll(async () => {
  if (!sbx) return;
  await fault('clear').catch(() => undefined);
  await kubectl('delete', 'namespace', NS);
  await waitFor(
    async () =>
      existsSync(join(clusterDir, 'kuryr', 'pods', NS)) ? readdirSync(join(clusterDir, 'kuryr', 'pods', NS)) : [],
    (left) => left.length === 0,
    120_000,
  ).catch((err: unknown) => console.error(`cleanup: ${String(err)}`));
  rmSync(clusterDir, { recursive: true, force: true });
});

describe('security groups in the data plane', () => {
  it('a rule deleted in Neutron stops the traffic it allowed (curl 28); clear restores it', async () => {
    expect(await probeBecomes(0, 30_000)).toBeLessThan(30_000);
    // the pods' chains exist and the server's port is in default + service_pod_access
    const rec = JSON.parse(readFileSync(join(clusterDir, 'kuryr', 'pods', NS, `${client}.json`), 'utf8')) as {
      netns: string;
    };
    // the emulator renders a pod's chains within a sync round or two of wiring it: the probe can answer before
    const chain = await waitFor(
      () =>
        sbx.run('ip', ['netns', 'exec', rec.netns, 'iptables', '-S', 'kdf-sg-ingress'], {
          allowedExitCodes: ALL_CODES,
        }),
      (r) => /^-A kdf-sg-ingress -j DROP$/m.test(r.stdout),
      30_000,
    );
    expect(chain.stdout).toMatch(/^-A kdf-sg-ingress -j DROP$/m);

    const dropped = JSON.parse(await fault('drop-sg-rule', 'default')) as { sgName: string; dropped: string };
    expect(dropped).toMatchObject({
      sgName: 'default',
      dropped: expect.stringMatching(/^ingress IPv4 any from group /),
    });
    const denyMs = await probeBecomes(28, 20_000);
    await fault('clear', 'default');
    const allowMs = await probeBecomes(0, 20_000);
    console.log(`security groups: rule dropped -> curl 28 after ${denyMs} ms; restored -> 0 after ${allowMs} ms`);
  });
});
