/**
 * Extra kube clusters on a running sandbox, for tests and benchmarks that need Kuryr drivers other than those of
 * cluster `kdf` (`kdf sandbox up` makes that one). A cluster with Kuryr's namespace subnet driver leaves a network,
 * subnet and security group per namespace in project k8s; Kubernetes never deletes `default`, so removing the
 * cluster deletes what the driver made for it, and the other users of the sandbox find project k8s as it was.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { CommandRunner } from '../runtime/command.js';
import { PYTHON } from './commandlines.js';
import { sandboxCommandRunner } from './exec.js';
import type { SandboxLayout } from './layout.js';
import { sandboxAssetsRoot } from './services.js';
import { readState } from './state.js';

/** What a new cluster runs. */
export interface KubeClusterOptions {
  name: string;
  kubeconfig: string;
  /** Kuryr's security-group driver (`policy`: NetworkPolicy enforced). */
  sgDriver?: 'default' | 'policy';
  /** Kuryr's subnet driver (`namespace`: a network per namespace). */
  subnetDriver?: 'default' | 'namespace';
  /** The cluster's service CIDR; give clusters that run at once ranges that do not overlap. */
  serviceRange?: string;
  /** Text of the cluster's kuryr.conf (the Kuryr emulation reads it when it starts). */
  kuryrConf?: string;
}

/** The directory of cluster `name` in the sandbox's state. */
export function kubeClusterDir(layout: SandboxLayout, name: string): string {
  return join(layout.root, 'kube', 'clusters', name);
}

/** `kdf-kube init` of a baremetal cluster with the options; returns its directory. */
export async function makeKubeCluster(
  runner: CommandRunner,
  layout: SandboxLayout,
  o: KubeClusterOptions,
): Promise<string> {
  const namespace = readState(layout)?.namespace ?? 'kdf-sbx';
  const args = ['init', '--state-dir', layout.root, '--cluster', o.name, '--mode', 'baremetal'];
  args.push('--kubeconfig', o.kubeconfig, '--namespace', namespace);
  if (o.sgDriver) args.push('--sg-driver', o.sgDriver);
  if (o.subnetDriver) args.push('--subnet-driver', o.subnetDriver);
  if (o.serviceRange) args.push('--service-cluster-ip-range', o.serviceRange);
  const kdfKube = join(sandboxAssetsRoot(layout), 'kube', 'bin', 'kdf-kube');
  await runner.run(PYTHON, [kdfKube, ...args], { timeoutMs: 60_000, label: 'kdf-kube init' });
  const dir = kubeClusterDir(layout, o.name);
  if (o.kuryrConf !== undefined) writeFileSync(join(dir, 'kuryr.conf'), o.kuryrConf);
  return dir;
}

/** The namespaces of the cluster that have a KuryrNetwork. */
function kuryrNetworks(dir: string): string[] {
  const root = join(dir, 'objects', 'kuryrnetworks');
  return existsSync(root) ? readdirSync(root).filter((ns) => readdirSync(join(root, ns)).length > 0) : [];
}

/** Waits until only `default` has a KuryrNetwork; false when `timeoutMs` passed first. */
async function untilOnlyDefault(dir: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (kuryrNetworks(dir).some((ns) => ns !== 'default')) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return true;
}

/** The status (netId, subnetId, routerId, sgId) of each namespace's KuryrNetwork. */
function networkStatuses(dir: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const ns of kuryrNetworks(dir)) {
    const file = join(dir, 'objects', 'kuryrnetworks', ns, `${ns}.json`);
    if (!existsSync(file)) continue;
    out.set(ns, (JSON.parse(readFileSync(file, 'utf8')) as { status?: Record<string, string> }).status ?? {});
  }
  return out;
}

/**
 * Forgets cluster `name`: waits until only `default` has a KuryrNetwork (the runs deleted their namespaces and the
 * emulation their networks), removes the cluster's directory (the emulation stops looking at it), then deletes the
 * network, subnet and group of every namespace left (`default`; others too when the wait timed out, and then it
 * throws, saying so, after the clean-up).
 */
export async function removeKubeCluster(
  runner: CommandRunner,
  layout: SandboxLayout,
  name: string,
  timeoutMs = 180_000,
): Promise<void> {
  const dir = kubeClusterDir(layout, name);
  if (!existsSync(dir)) return;
  const drained = await untilOnlyDefault(dir, timeoutMs);
  const statuses = networkStatuses(dir);
  rmSync(dir, { recursive: true, force: true });
  const sbx = sandboxCommandRunner(runner, layout);
  const os = (...args: string[]): Promise<unknown> =>
    sbx.run('openstack', ['--os-cloud', 'devstack-admin', ...args], { timeoutMs: 120_000, label: 'openstack' });
  const failures: string[] = [];
  // each object on its own: one already gone (or half deleted by the emulation) must not keep the rest
  const attempt = async (what: string, ...args: string[]): Promise<void> => {
    await os(...args).catch((err: unknown) =>
      failures.push(`${what}: ${err instanceof Error ? err.message : String(err)}`),
    );
  };
  for (const [ns, st] of statuses) {
    if (st.routerId && st.subnetId)
      await attempt(`${ns} router interface`, 'router', 'remove', 'subnet', st.routerId, st.subnetId);
    if (st.netId) await attempt(`${ns} network`, 'network', 'delete', st.netId);
    if (st.sgId) await attempt(`${ns} group`, 'security', 'group', 'delete', st.sgId);
  }
  const left = [...statuses.keys()].filter((ns) => ns !== 'default');
  const late = drained ? '' : `the emulation had not deleted the networks of ${left.join(', ')} after ${timeoutMs} ms`;
  if (late || failures.length > 0) {
    throw new Error([late, ...failures].filter(Boolean).join('; '));
  }
}
