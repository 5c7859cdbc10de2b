/**
 * What the lifecycle actions and expectations share: finding a workload or a service of the suite (at load time in
 * the suite document, at run time in the deployed context), the kubectl of a workload's namespace, the cloud, and
 * the bounded poll an expectation runs until its deadline.
 */
import type { OpenStackClient } from '../../openstack/client.js';
import type { Kubectl } from '../kubectl.js';
import { waitState, type PortCheckOptions, type WaitOutcome } from '../state.js';
import type { SuiteDocument } from '../suite.js';
import type { KubeService } from '../types.js';
import type { KindProblem } from '../scenarios/types.js';
import type { DeployedWorkload, StepContext } from './types.js';

/** A workload as the suite document declares it: its name and the names of its services. */
export interface DeclaredWorkload {
  name: string;
  services: string[];
}

interface WorkloadLike {
  name?: unknown;
  services?: unknown;
}

function declared(w: WorkloadLike | undefined, fallbackName?: string): DeclaredWorkload[] {
  if (!w) return [];
  const name = typeof w.name === 'string' ? w.name : fallbackName;
  if (name === undefined) return [];
  const services = Array.isArray(w.services)
    ? w.services.flatMap((s: unknown) =>
        s !== null && typeof s === 'object' && typeof (s as { name?: unknown }).name === 'string'
          ? [(s as { name: string }).name]
          : [],
      )
    : [];
  return [{ name, services }];
}

/**
 * The workloads a suite declares: the `workloads` list and the single `workload` (named `demo` when it has no name,
 * as the engine deploys it).
 */
export function declaredWorkloads(doc: SuiteDocument): DeclaredWorkload[] {
  const many = (doc as { workloads?: unknown }).workloads;
  const list = Array.isArray(many) ? (many as WorkloadLike[]).flatMap((w) => declared(w)) : [];
  return [...list, ...declared(doc.workload as WorkloadLike | undefined, 'demo')];
}

/** A problem when `name` is not a workload of the suite; `path` points at the reference. */
export function unknownWorkload(doc: SuiteDocument, name: unknown, path: (string | number)[]): KindProblem[] {
  const known = declaredWorkloads(doc).map((w) => w.name);
  if (typeof name === 'string' && known.includes(name)) return [];
  const list = known.length > 0 ? known.join(', ') : 'none';
  return [{ path, message: `workload '${String(name)}' is not a workload of the suite (workloads: ${list})` }];
}

/** A problem when `name` is not a service of any workload of the suite. */
export function unknownService(doc: SuiteDocument, name: unknown, path: (string | number)[]): KindProblem[] {
  const known = declaredWorkloads(doc).flatMap((w) => w.services);
  if (typeof name === 'string' && known.includes(name)) return [];
  const list = known.length > 0 ? known.join(', ') : 'none';
  return [{ path, message: `service '${String(name)}' is not a service of any workload (services: ${list})` }];
}

/** The deployed workload `name`; throws (a suite the loader accepted names only known workloads). */
export function workloadOf(ctx: StepContext, name: string): DeployedWorkload {
  const w = ctx.workloads.get(name);
  if (!w) throw new Error(`workload ${name} is not deployed (deployed: ${[...ctx.workloads.keys()].join(', ')})`);
  return w;
}

/** A deployed service with the workload that serves it. */
export interface OwnedService {
  workload: DeployedWorkload;
  service: KubeService;
}

/** The deployed service `name` and its workload, or undefined. */
export function serviceOf(ctx: StepContext, name: string): OwnedService | undefined {
  for (const workload of ctx.workloads.values()) {
    const service = workload.services.get(name);
    if (service) return { workload, service };
  }
  return undefined;
}

/** The run's kubectl for the workload's namespace. */
export function kubectlOf(ctx: StepContext, w: DeployedWorkload): Kubectl {
  return ctx.run.deps.kubectl.inNamespace(w.namespace);
}

/** The port check options of the workload's namespace (Kuryr names its ports and members after it). */
export function portOptionsOf(ctx: StepContext, w: DeployedWorkload): PortCheckOptions {
  return { namespace: w.namespace, mode: ctx.run.settings.mode, names: ctx.run.names };
}

/** The OpenStack client, or an error naming what needs it. */
export function needCloud(ctx: StepContext, what: string): OpenStackClient {
  const client = ctx.run.deps.client;
  if (!client) throw new Error(`${what} needs the OpenStack cloud (os-cloud)`);
  return client;
}

/**
 * Polls `check` until it reports no problems or `deadline` (epoch ms) passes (at least one check either way); a
 * check that throws is a problem of that round, not the end of the wait. A cancelled run throws.
 */
export function pollUntilDeadline<T>(
  ctx: StepContext,
  deadline: number,
  what: string,
  check: () => Promise<{ problems: string[]; value?: T }>,
): Promise<WaitOutcome<T>> {
  return waitState(check, {
    timeoutMs: Math.max(0, deadline - Date.now()),
    intervalMs: ctx.intervalMs,
    signal: ctx.run.deps.signal,
    what,
  });
}

/** `1.2 s` for a message. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
