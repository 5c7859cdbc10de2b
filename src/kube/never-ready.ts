/**
 * The deployment wait of a workload with `ready: false`: its pods Running with an IP and not Ready, and still so after
 * the readiness probe had its chance to pass (a pod is not ready before its first probe either, so one look proves
 * nothing). The state must hold on consecutive polls spanning the probe's initial delay, one period per success
 * needed plus one (a kubelet may start probing up to a period late) and its timeout.
 */
import type { Kubectl } from './kubectl.js';
import { workloadPods } from './state.js';
import type { ReadinessProbe } from './suite-objects.js';
import type { KubePod } from './types.js';

type Check<T> = () => Promise<{ problems: string[]; value?: T }>;

/** Kubernetes' probe defaults (seconds, counts). */
const PROBE_DEFAULTS = { initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1 };

/** How long (ms) a probe needs at most to make a container ready, had it passed. */
export function readinessWindowMs(probe: ReadinessProbe | undefined): number {
  const p = { ...PROBE_DEFAULTS, ...probe };
  return (p.initialDelaySeconds + p.periodSeconds * (p.successThreshold + 1) + p.timeoutSeconds) * 1000;
}

/** `check`, holding only once it held on `polls` consecutive polls. */
export function heldFor<T>(check: Check<T>, polls: number): Check<T> {
  let streak = 0;
  return async () => {
    const r = await check();
    streak = r.problems.length === 0 ? streak + 1 : 0;
    if (r.problems.length > 0 || streak >= polls) return r;
    return { ...r, problems: [`held on ${streak} of ${polls} consecutive polls so far`] };
  };
}

/**
 * `replicas` pods Running with an IP and not Ready (a workload whose readiness probe never passes); a pod that is
 * Ready is a problem. The Deployment's own rollout never completes then, so only the pods are checked.
 */
export async function checkDeploymentNotReady(
  kubectl: Kubectl,
  name: string,
  replicas: number,
): Promise<{ problems: string[]; value?: KubePod[] }> {
  const pods = await workloadPods(kubectl, name);
  const problems: string[] = [];
  const running = pods.filter((p) => p.phase === 'Running' && !p.ready && p.podIP !== undefined);
  if (running.length !== replicas || pods.length !== replicas) {
    problems.push(`pods: ${running.length} of ${replicas} Running, not Ready, with an IP (${pods.length} exist)`);
  }
  for (const p of pods.filter((x) => !running.includes(x))) {
    const state = p.ready
      ? 'Ready, expected never ready'
      : `${p.phase}${p.waitingReason ? ` (${p.waitingReason})` : ''}`;
    problems.push(`pod ${p.metadata.name}: ${state}${p.podIP ? '' : ', no IP'}`);
  }
  return { problems, value: running };
}

/**
 * The never-ready check of a workload: {@link checkDeploymentNotReady}, held on as many consecutive polls as the
 * probe's window spans at `intervalMs` between polls.
 */
export function neverReadyCheck(
  kubectl: Kubectl,
  name: string,
  replicas: number,
  probe: ReadinessProbe | undefined,
  intervalMs: number,
): Check<KubePod[]> {
  const polls = Math.ceil(readinessWindowMs(probe) / Math.max(1, intervalMs)) + 1;
  return heldFor(() => checkDeploymentNotReady(kubectl, name, replicas), polls);
}
