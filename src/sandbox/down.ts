/**
 * `kdf sandbox down [--wipe]`: stops every daemon by its pid file (process group by process group), ends whatever
 * else still runs in the namespace (it can only be ours), deletes the namespace and, with `--wipe`, the state
 * directory's contents. Afterwards no process, listener or namespace of the sandbox remains.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import type { CommandRunner } from '../runtime/command.js';
import type { Logger } from '../runtime/logger.js';
import { pollUntil } from '../runtime/wait.js';
import { SANDBOX } from './config.js';
import { Daemons, isAlive, type StopOutcome } from './daemons.js';
import type { SandboxLayout } from './layout.js';
import { isValidNamespaceName, Namespace, NETNS_DIR } from './netns.js';
import { allServiceNames, OPTIONAL_PROGRAM_DAEMONS } from './services.js';
import { readState } from './state.js';

/** What `down` did. */
export interface DownReport {
  namespace: string;
  /** Outcome per daemon that had a pid file. */
  daemons: Record<string, StopOutcome>;
  /** Pids found in the namespace and in its data-plane namespaces after the daemons were stopped, and killed. */
  strays: number[];
  namespaceDeleted: boolean;
  wiped: boolean;
}

/** Dependencies of {@link sandboxDown}. */
export interface DownDeps {
  runner: CommandRunner;
  layout: SandboxLayout;
  logger?: Logger;
}

// Services first (in parallel: they are independent), then the message bus and the database they write to.
const INFRA = ['rabbitmq', 'epmd', 'mariadb'];
const GRACE_MS = 10_000;

/** Stops the sandbox; `namespace` overrides the one in state.json (default `kdf-sbx`). */
export async function sandboxDown(
  deps: DownDeps,
  options: { wipe?: boolean; namespace?: string } = {},
): Promise<DownReport> {
  const { layout, runner, logger } = deps;
  const namespace = new Namespace(runner, options.namespace ?? readState(layout)?.namespace ?? SANDBOX.namespace);
  const daemons = new Daemons(runner, namespace, layout);
  const outcomes: Record<string, StopOutcome> = {};
  const stop = async (name: string): Promise<void> => {
    if (daemons.pid(name) === undefined) return;
    outcomes[name] = await daemons.stop(name, GRACE_MS);
    logger?.info(`${name}: ${outcomes[name]}`);
  };
  const names = [...new Set([...allServiceNames(layout), ...OPTIONAL_PROGRAM_DAEMONS])];
  await Promise.all(names.filter((n) => !INFRA.includes(n)).map(stop));
  for (const name of INFRA) await stop(name);

  // The data plane's namespaces (VMs, routers, pods, the internet host: `<namespace>-*`), processes first.
  const strays: number[] = [];
  const children = childNamespaces(namespace.name).map((n) => new Namespace(runner, n));
  for (const child of children) strays.push(...(await endProcesses(child, logger)));
  for (const child of children) await child.delete();
  rmSync(join(DATAPLANE_RUN_DIR, namespace.name), { recursive: true, force: true });

  // Anything left in the namespace (a daemon's orphaned child, a command started with `kdf sandbox exec`).
  strays.push(...(await endProcesses(namespace, logger)));
  const existed = namespace.exists();
  await namespace.delete();

  let wiped = false;
  if (options.wipe) {
    wipe(layout);
    wiped = true;
  } else if (existsSync(layout.run)) {
    // leftover pid files of daemons that were not running
    for (const f of readdirSync(layout.run)) if (f.endsWith('.pid')) rmSync(join(layout.run, f), { force: true });
  }
  return { namespace: namespace.name, daemons: outcomes, strays, namespaceDeleted: existed, wiped };
}

/** Where the data plane keeps its runtime registry (the VLAN switch's, see sandbox/dataplane/kdfdp/vlanswitch.py). */
export const DATAPLANE_RUN_DIR = '/run/kdfdp';

/** The namespaces the data plane made for sandbox `name`: every one called `<name>-…`. */
export function childNamespaces(name: string): string[] {
  if (!existsSync(NETNS_DIR)) return [];
  return readdirSync(NETNS_DIR)
    .filter((n) => n.startsWith(`${name}-`) && isValidNamespaceName(n))
    .sort();
}

/** SIGTERM, then SIGKILL after 5 s, to every process in `namespace`; returns their pids. */
async function endProcesses(namespace: Namespace, logger?: Logger): Promise<number[]> {
  const pids = await namespace.pids();
  if (pids.length) {
    logger?.info(`ending ${pids.length} stray process(es) in ${namespace.name}: ${pids.join(' ')}`);
    pids.forEach((pid) => signal(pid, 'SIGTERM'));
    const gone = (): boolean => !pids.some(isAlive);
    await pollUntil(gone, { timeoutMs: 5000, intervalMs: 100 });
    pids.filter(isAlive).forEach((pid) => signal(pid, 'SIGKILL'));
    await pollUntil(gone, { timeoutMs: 5000, intervalMs: 100 });
  }
  return pids;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    /* gone */
  }
}

/**
 * Removes what `up` and its daemons created in the state directory (and the directory itself when nothing else is in
 * it). `kube/` (the emulated clusters, Kuryr's records) and `dataplane/` go too: their pods and VMs point at Neutron
 * ports of the wiped databases, so a later `up` must not find them.
 */
function wipe(layout: SandboxLayout): void {
  const daemonState = [join(layout.root, 'kube'), join(layout.root, 'dataplane')];
  for (const path of [
    layout.etc,
    layout.data,
    layout.log,
    layout.run,
    layout.cloudsYaml,
    layout.stateFile,
    ...daemonState,
  ]) {
    rmSync(path, { recursive: true, force: true });
  }
  if (existsSync(layout.root) && readdirSync(layout.root).length === 0) rmSync(layout.root, { recursive: true });
}
