/**
 * Planning a reachability matrix: each cell's endpoints resolved against the deployed workloads (`<workload>` = all
 * its ready pods, `<workload>/<n>` = its n-th pod, `service:<name>` = the ClusterIP and service port,
 * `service:<name>@external` = its LoadBalancer IP, `host` = the runner, `node` = every node's InternalIP, which in
 * nested mode is the trunk VM), one probe per source and destination, and the expectation of the cell (allowed: the
 * demo server answers, or the node answers the ping; denied: every probe times out).
 */
import { DEMO_REPLY, type ProbeExpectation } from '../../classify.js';
import { DEFAULT_CONNECT_S, DEFAULT_MAX_S } from '../../plan.js';
import type { ProbeTemplate } from '../../scenarios/types.js';
import type { ProbeProtocol } from '../../script.js';
import type { ReachabilityCellSpec, ReachabilitySpec } from '../../suite-objects.js';
import type { KubePod } from '../../types.js';
import type { StepContext } from '../types.js';

/** The source name of probes sent from the runner (no pod name contains `@`). */
export const HOST_SOURCE = '@host';

/** One planned cell. */
export interface CellPlan {
  spec: ReachabilityCellSpec;
  /** `cell<i>`: the caseId of its probes. */
  key: string;
  probes: ProbeTemplate[];
  expectation: ProbeExpectation;
  /** Set when the cell cannot be probed (no ready pod, a service without an IP): it never matches. */
  error?: string;
  /** Pods involved (sources and destinations), with their namespace, for the evidence. */
  pods: { pod: KubePod; namespace: string }[];
}

/** The pod port probed when the cell does not go through a service. */
export function defaultPort(spec: ReachabilitySpec): number | undefined {
  const protocol = spec.protocol ?? 'http';
  if (protocol === 'icmp') return undefined;
  return spec.port ?? (protocol === 'udp' ? 9090 : 8080);
}

type Resolved = { error: string } | { pods: { pod: KubePod; namespace: string }[] };

function podsOf(ctx: StepContext, end: string): Resolved {
  const [name = '', index] = end.split('/');
  const w = ctx.workloads.get(name);
  if (!w) return { error: `no workload '${name}'` };
  const pods = [...w.pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  if (index === undefined) {
    return pods.length > 0
      ? { pods: pods.map((pod) => ({ pod, namespace: w.namespace })) }
      : { error: `workload '${name}' has no ready pod` };
  }
  const pod = pods[Number(index)];
  if (!pod) return { error: `workload '${name}' has ${pods.length} ready pod(s), no pod ${index}` };
  return { pods: [{ pod, namespace: w.namespace }] };
}

/** Where probes go for a `service:` target: host, port and display name, or why it cannot be probed. */
function serviceTarget(
  ctx: StepContext,
  to: string,
  protocol: ProbeProtocol,
): { error: string } | { host: string; port?: number; target: string } {
  const m = /^service:([^@]+)(@external)?$/.exec(to);
  const name = m?.[1] ?? '';
  const svc = [...ctx.workloads.values()].map((w) => w.services.get(name)).find((s) => s !== undefined);
  if (!svc) return { error: `no service '${name}'` };
  const host = m?.[2] ? svc.loadBalancerIP : svc.clusterIP;
  if (host === undefined) return { error: `service '${name}' has no ${m?.[2] ? 'external IP' : 'cluster IP'}` };
  if (protocol === 'icmp') return { host, target: to };
  const wanted = protocol === 'udp' ? 'UDP' : 'TCP';
  const port = svc.ports.find((p) => p.protocol === wanted);
  if (!port) return { error: `service '${name}' has no ${wanted} port` };
  return { host, port: port.port, target: to };
}

/** The expectation of a cell's probes. */
export function cellExpectation(cell: ReachabilityCellSpec, protocol: ProbeProtocol): ProbeExpectation {
  if (cell.result === 'denied') return { outcome: 'timeout' };
  const demo = protocol === 'http' || protocol === 'udp';
  return { outcome: 'ok', body: demo ? DEMO_REPLY : undefined };
}

/** The destination word for the cluster's nodes (their InternalIP; in nested mode the trunk VM). */
export const NODE_TARGET = 'node';

/** A node a `node` cell pings: its name and InternalIP. */
export interface NodeAddress {
  name: string;
  ip: string;
}

/** Plans every cell of the matrix; `nodes` are the addresses `to: node` probes. */
export function planCells(ctx: StepContext, spec: ReachabilitySpec, nodes: readonly NodeAddress[] = []): CellPlan[] {
  const protocol: ProbeProtocol = spec.protocol ?? 'http';
  return spec.matrix.map((cell, i) => {
    const key = `cell${i}`;
    const plan: CellPlan = { spec: cell, key, probes: [], expectation: cellExpectation(cell, protocol), pods: [] };
    const base = { caseId: key, protocol, connectTimeoutS: DEFAULT_CONNECT_S, maxTimeS: DEFAULT_MAX_S };
    const sources = cell.from === 'host' ? { pods: [] } : podsOf(ctx, cell.from);
    if ('error' in sources) return { ...plan, error: sources.error };
    const from = cell.from === 'host' ? [HOST_SOURCE] : sources.pods.map((p) => p.pod.metadata.name);
    plan.pods.push(...sources.pods);
    if (cell.to === NODE_TARGET) {
      if (nodes.length === 0) return { ...plan, error: 'no node with an InternalIP address' };
      plan.probes = from.flatMap((source) =>
        nodes.map((n) => ({ ...base, source, host: n.ip, port: defaultPort(spec), target: `node ${n.name}` })),
      );
      return plan;
    }
    if (cell.to.startsWith('service:')) {
      const t = serviceTarget(ctx, cell.to, protocol);
      if ('error' in t) return { ...plan, error: t.error };
      plan.probes = from.map((source) => ({ ...base, source, host: t.host, port: t.port, target: t.target }));
      return plan;
    }
    const dest = podsOf(ctx, cell.to);
    if ('error' in dest) return { ...plan, error: dest.error };
    plan.pods.push(...dest.pods.filter((d) => !plan.pods.some((p) => p.pod === d.pod)));
    for (const source of from) {
      for (const { pod } of dest.pods) {
        if (pod.metadata.name === source || pod.podIP === undefined) continue;
        const allowedDemo = cell.result === 'allowed' && (protocol === 'http' || protocol === 'udp');
        plan.probes.push({
          ...base,
          source,
          host: pod.podIP,
          port: defaultPort(spec),
          target: pod.metadata.name,
          ...(allowedDemo ? { expectPod: pod.metadata.name } : {}),
        });
      }
    }
    if (plan.probes.length === 0)
      return { ...plan, error: `no probe: ${cell.from} -> ${cell.to} has no pair of distinct pods` };
    return plan;
  });
}
