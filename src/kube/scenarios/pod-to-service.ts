/**
 * `pod-to-service`: a source pod probes a service of the workload through its ClusterIP; with `everyBackend`,
 * requestsPerBackend × pods requests, and every pod must answer at least once.
 */
import type { KubePod } from '../types.js';
import type { KindProblem, ProbeKind, ProbeTargets, ProbeTemplate, TargetContext } from './types.js';

function targets({ scenario, facts, pods, sources, protocol, base }: TargetContext): ProbeTargets {
  const svc = facts.services.get(scenario.to ?? '');
  if (!svc?.clusterIP) return { error: `service '${scenario.to ?? ''}' has no cluster IP` };
  const wanted = protocol === 'udp' ? 'UDP' : 'TCP';
  const port = svc.ports.find(
    (p) => (scenario.port === undefined || p.port === scenario.port) && p.protocol === wanted,
  );
  if (!port) return { error: `service '${svc.metadata.name}' has no ${wanted} port ${scenario.port ?? ''}`.trim() };
  const every = scenario.expect?.everyBackend ?? false;
  const total = every ? (scenario.expect?.requestsPerBackend ?? 10) * pods.length : sources.length;
  const probes: ProbeTemplate[] = [];
  for (let i = 0; i < total; i++) {
    const src = sources[i % sources.length] as KubePod;
    probes.push({
      ...base,
      source: src.metadata.name,
      host: svc.clusterIP,
      port: port.port,
      target: `svc/${svc.metadata.name}`,
    });
  }
  return every ? { probes, everyBackend: pods.map((p) => p.metadata.name) } : { probes };
}

/** The pod-to-service kind. */
export const podToService: ProbeKind<'pod-to-service'> = {
  kind: 'pod-to-service',
  runs: 'batched',
  defaultFrom: 'one-pod',
  repliesLikeDemo: true,
  targets,
  validate(scenario, doc) {
    const problems: KindProblem[] = [];
    // with `workloads`, the probe scenarios look at the first one
    const workload = doc.workload ?? doc.workloads?.[0];
    const services = new Set((workload?.services ?? []).map((s) => s.name));
    if (scenario.to !== undefined && !services.has(scenario.to)) {
      problems.push({ path: ['to'], message: `service '${scenario.to}' is not one of workload.services` });
    }
    if (!workload) problems.push({ path: ['kind'], message: `a ${scenario.kind} scenario needs a workload` });
    return problems;
  },
};
