/**
 * What the lifecycle actions and expectations share: finding a deployed workload or service, the kubectl of a
 * workload's namespace, the cloud, and the bounded poll an expectation runs until its deadline. (References to
 * unknown workloads and services are load-time errors of the loader, src/kube/suite-refs.ts.)
 */
import type { OpenStackApi } from '../../openstack/api.js';
import type { Kubectl } from '../kubectl.js';
import { waitState, type PortCheckOptions, type WaitOutcome } from '../state.js';
import type { KubeService } from '../types.js';
import type { DeployedWorkload, StepContext } from './types.js';

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
export function needCloud(ctx: StepContext, what: string): OpenStackApi {
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
