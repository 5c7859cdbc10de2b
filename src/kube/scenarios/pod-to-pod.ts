/** `pod-to-pod`: every source pod probes every other pod of the workload, optionally only same-node or other-node pairs. */
import type { ProbeKind, ProbeTargets, ProbeTemplate, TargetContext } from './types.js';

function targets({ scenario, pods, sources, protocol, base }: TargetContext): ProbeTargets {
  const placement = scenario.placement ?? 'any';
  const probes: ProbeTemplate[] = [];
  for (const src of sources) {
    for (const dst of pods) {
      if (dst === src && pods.length > 1) continue;
      if (placement === 'same-node' && src.nodeName !== dst.nodeName) continue;
      if (placement === 'other-node' && src.nodeName === dst.nodeName) continue;
      probes.push({
        ...base,
        source: src.metadata.name,
        host: dst.podIP as string,
        port: protocol === 'icmp' ? undefined : scenario.port,
        target: dst.metadata.name,
        expectPod: protocol === 'http' || protocol === 'udp' ? dst.metadata.name : undefined,
      });
    }
  }
  if (probes.length > 0) return { probes };
  const nodes = [...new Set(pods.map((p) => p.nodeName ?? '?'))].join(', ');
  return { skip: `no ${placement} pod pairs among ${pods.length} pod(s) (nodes: ${nodes})` };
}

/** The pod-to-pod kind. */
export const podToPod: ProbeKind<'pod-to-pod'> = {
  kind: 'pod-to-pod',
  runs: 'batched',
  defaultFrom: 'every-pod',
  repliesLikeDemo: true,
  targets,
  validate(scenario, doc) {
    const problems =
      (doc.workload ?? doc.workloads?.[0])
        ? []
        : [{ path: ['kind'], message: `a ${scenario.kind} scenario needs a workload` }];
    if (scenario.port === undefined && scenario.protocol !== 'icmp') {
      problems.push({ path: [], message: `a ${scenario.protocol ?? ''} pod-to-pod scenario needs a port` });
    }
    return problems;
  },
};
