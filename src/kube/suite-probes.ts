/**
 * Load-time rules of a workload's `readinessProbe` and `ready` that the JSON Schema cannot express: `ready: false`
 * needs a probe (without one a pod is Ready as soon as it runs), and a probe's named port must name a port of the
 * container, whose ports the engine writes unnamed. Each problem carries its path in the suite document, so the loader
 * reports it at its `file:line`.
 */
import type { KindProblem } from './scenarios/types.js';
import type { ReadinessProbe } from './suite-objects.js';
import type { SuiteDocument } from './suite.js';
import { suiteWorkloads } from './suite-refs.js';

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
  return out;
}
