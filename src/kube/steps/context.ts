/**
 * The {@link StepContext} of a suite: its deployed workloads (by name, in their real namespaces), the namespace map,
 * and `refresh()`, which re-reads every workload's ready pods and services and rewrites the Endpoints of services
 * without a selector when the pods changed.
 */
import type { Run } from '../run.js';
import { workloadPods } from '../state.js';
import type { Suite } from '../suite.js';
import { syncEndpoints, type SuiteWorkload } from '../workload.js';
import type { DeployedWorkload, StepContext } from './types.js';

/** The step context of `suite` over its deployed workloads. */
export function createStepContext(
  run: Run,
  suite: Suite,
  deployed: readonly SuiteWorkload[],
  namespaces: ReadonlyMap<string, string>,
): StepContext {
  const workloads = new Map<string, DeployedWorkload>();
  const sources = new Map<string, SuiteWorkload>();
  for (const w of deployed) {
    sources.set(w.app, w);
    workloads.set(w.app, {
      name: w.app,
      namespace: w.portOptions.namespace,
      labels: { ...w.spec?.labels, app: w.app },
      pods: w.pods,
      services: w.services,
    });
  }
  const refresh = async (): Promise<void> => {
    for (const [name, w] of sources) {
      const before = w.pods.map((p) => p.podIP).join(',');
      w.pods = (await workloadPods(w.kubectl, name)).filter((p) => p.ready && p.podIP !== undefined);
      for (const svc of [...w.services.keys()]) w.services.set(svc, await w.kubectl.service(svc));
      if (w.pods.map((p) => p.podIP).join(',') !== before) await syncEndpoints(w);
      const d = workloads.get(name);
      if (d) d.pods = w.pods;
    }
  };
  return {
    run,
    suite,
    workloads,
    namespaces,
    refresh,
    intervalMs: deployed[0]?.interval ?? run.deps.intervalMs ?? 2000,
  };
}
