/**
 * The {@link StepContext} of a suite: its deployed workloads (by name, in their real namespaces), the namespace map,
 * and `refresh()`, which re-reads every workload's ready pods and services and rewrites the Endpoints of services
 * without a selector when the pods changed.
 */
import type { Kubectl } from '../kubectl.js';
import type { Run } from '../run.js';
import { livePods } from '../state.js';
import type { Suite } from '../suite.js';
import { listItems, parsePod, parseService, type KubePod, type KubeService } from '../types.js';
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
    // one `kubectl get pods,services` per namespace, all at once: a call per workload and service made every step
    // of a suite with seven workloads spend three seconds here
    const byNamespace = new Map<string, SuiteWorkload[]>();
    for (const w of sources.values())
      byNamespace.set(w.kubectl.namespace, [...(byNamespace.get(w.kubectl.namespace) ?? []), w]);
    const read = await Promise.all(
      [...byNamespace.values()].map(async (ws) => ({ ws, objects: await namespaceObjects(ws[0]!.kubectl) })),
    );
    for (const { ws, objects } of read) {
      for (const w of ws) {
        const before = w.pods.map((p) => p.podIP).join(',');
        w.pods = livePods(objects.pods.filter((p) => p.metadata.labels.app === w.app)).filter(
          (p) => p.ready && p.podIP !== undefined,
        );
        for (const svc of [...w.services.keys()])
          w.services.set(svc, objects.services.get(svc) ?? (await w.kubectl.service(svc)));
        if (w.pods.map((p) => p.podIP).join(',') !== before) await syncEndpoints(w);
        const d = workloads.get(w.app);
        if (d) d.pods = w.pods;
      }
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

/** The pods and services of the kubectl's namespace, read in one call. */
async function namespaceObjects(kubectl: Kubectl): Promise<{ pods: KubePod[]; services: Map<string, KubeService> }> {
  const items = listItems('get pods,services', await kubectl.run(['get', 'pods,services', '-o', 'json']));
  const pods = items.filter((o) => o.kind === 'Pod').map((o) => parsePod(o));
  const services = new Map(
    items
      .filter((o) => o.kind === 'Service')
      .map((o) => {
        const svc = parseService(o, 'get services');
        return [svc.metadata.name, svc] as const;
      }),
  );
  return { pods, services };
}
