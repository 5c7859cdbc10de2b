/**
 * Load-time rules of a workload's `readinessProbe` and `ready` that the JSON Schema cannot express: `ready: false`
 * needs a probe (without one a pod is Ready as soon as it runs), a probe's named port must name a port of the
 * container, whose ports the engine writes unnamed, and the pods of a never-ready workload cannot be probed from or to
 * in a matrix, nor its services' backends (those use ready pods, and it has none); a hostNetwork workload has no
 * services. Each problem carries its path in
 * the suite document, so the loader reports it at its `file:line`.
 */
import type { KindProblem } from './scenarios/types.js';
import type { ReadinessProbe } from './suite-objects.js';
import type { SuiteDocument } from './suite.js';
import { suiteServices, suiteWorkloads } from './suite-refs.js';

type Path = (string | number)[];

/** The handler of a probe that has a port, with its key. */
function portHandler(probe: ReadinessProbe): { key: 'httpGet' | 'tcpSocket'; port: number | string } | undefined {
  if (probe.httpGet) return { key: 'httpGet', port: probe.httpGet.port };
  if (probe.tcpSocket) return { key: 'tcpSocket', port: probe.tcpSocket.port };
  return undefined;
}

/** Every readiness rule of the suite's workloads; paths are absolute in the document. */
export function readinessProblems(doc: SuiteDocument): KindProblem[] {
  const out: KindProblem[] = [];
  for (const { spec, name, path } of suiteWorkloads(doc)) {
    if (spec.ready === false && spec.readinessProbe === undefined) {
      out.push({
        path: [...path, 'ready'],
        message: `workload ${name}: 'ready: false' needs a readinessProbe (without one its pods are Ready once running)`,
      });
    }
    const handler = spec.readinessProbe && portHandler(spec.readinessProbe);
    if (typeof handler?.port === 'string') {
      out.push({
        path: [...path, 'readinessProbe', handler.key, 'port'],
        message: `workload ${name}: the container has no port named '${handler.port}' (its ports 8080/TCP and 9090/UDP are unnamed): give the number`,
      });
    }
  }
  out.push(...neverReadyUseProblems(doc), ...hostNetworkProblems(doc));
  return out;
}

/**
 * A hostNetwork workload has its node's address and no Kuryr port: it cannot back a service (its members would be
 * the node), nor wait for readiness it is never expected to lack.
 */
function hostNetworkProblems(doc: SuiteDocument): KindProblem[] {
  return suiteWorkloads(doc).flatMap(({ spec, name, path }) => {
    if (spec.hostNetwork !== true) return [];
    const out: KindProblem[] = [];
    if ((spec.services ?? []).length > 0)
      out.push({
        path: [...path, 'services'],
        message: `workload ${name}: a hostNetwork workload cannot have services (its pods have no Kuryr port); put the services on a workload of pods`,
      });
    if (spec.ready === false)
      out.push({
        path: [...path, 'ready'],
        message: `workload ${name}: 'ready: false' is not supported with hostNetwork`,
      });
    return out;
  });
}

/** Steps that probe the ready pods of a workload with `ready: false` (it has none). */
function neverReadyUseProblems(doc: SuiteDocument): KindProblem[] {
  const never = new Set(suiteWorkloads(doc).flatMap((w) => (w.spec.ready === false ? [w.name] : [])));
  if (never.size === 0) return [];
  const services = suiteServices(doc);
  const why = (w: string): string => `workload ${w} has 'ready: false': it never has a ready pod to probe`;
  const out: KindProblem[] = [];
  doc.scenarios.forEach((s, i) =>
    (s.steps ?? []).forEach((step, j) => {
      const at: Path = ['scenarios', i, 'steps', j, 'expect'];
      (step.expect?.everyBackend ?? []).forEach((svc, n) => {
        const w = services.get(svc)?.workload;
        if (w !== undefined && never.has(w)) out.push({ path: [...at, 'everyBackend', n], message: why(w) });
      });
      (step.expect?.reachability?.matrix ?? []).forEach((cell, n) => {
        for (const key of ['from', 'to'] as const) {
          const w = cell[key].split('/')[0] ?? '';
          if (never.has(w)) out.push({ path: [...at, 'reachability', 'matrix', n, key], message: why(w) });
        }
      });
    }),
  );
  return out;
}
