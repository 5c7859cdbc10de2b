/**
 * Resource states: the predicates behind the waits (bounded polling, convergence time recorded) and the `state`
 * scenarios, and the evidence dumped for failing cases (pods, Neutron ports and their security group rules,
 * LB/listener/pool/member statuses, trunk subports, Kuryr CRDs). Each predicate returns the list of problems
 * (empty = holds), so a timed-out wait says exactly what was still wrong.
 */
import type { OpenStackApi } from '../openstack/api.js';
import type { LbMember, LbStatusTree } from '../openstack/types/loadbalancer.js';
import type { PortDetail } from '../openstack/types/port.js';
import { waitFor, WaitTimeoutError } from '../runtime/wait.js';
import { CancelledError } from '../runtime/cancel.js';
import { getErrorMessage } from '../runtime/errors.js';
import type { Kubectl } from './kubectl.js';
import { deploymentReady, type KubePod, type KubeService } from './types.js';
import type { Evidence } from '../results/model.js';

/** Names of the Kuryr/DevStack objects (docs/nested-topology.md#kuryr-objects). */
export interface KuryrNames {
  podNetwork: string;
  podSubnet: string;
  serviceSubnet: string;
  /** The VM's trunk in nested mode. */
  trunk: string;
}

/** DevStack/Kuryr defaults. */
export const DEFAULT_KURYR_NAMES: KuryrNames = {
  podNetwork: 'k8s-pod-net',
  podSubnet: 'k8s-pod-subnet',
  serviceSubnet: 'k8s-service-subnet',
  trunk: 'trunk0',
};

/** The result of a wait. */
export interface WaitOutcome<T> {
  ok: boolean;
  /** Convergence time (ms) until the state held, or the time waited. */
  ms: number;
  value?: T;
  /** What was still wrong at the timeout (or the error that ended the wait). */
  problems: string[];
}

/** The first pauses of a state wait: Kuryr's pods, ports and policies mostly settle within a second or two. */
export const STATE_RAMP_MS: readonly number[] = [500, 1000];

/**
 * Polls `check` until it reports no problems or `timeoutMs` passes (the first polls sooner: {@link STATE_RAMP_MS});
 * checks start an interval apart, counted from the previous check's start.
 * @returns whether the state was reached, the convergence time and the last problems
 */
export async function waitState<T>(
  check: () => Promise<{ problems: string[]; value?: T }>,
  options: { timeoutMs: number; intervalMs: number; what: string; signal?: AbortSignal },
): Promise<WaitOutcome<T>> {
  const started = Date.now();
  let last: { problems: string[]; value?: T } = { problems: [`${options.what}: not checked yet`] };
  try {
    const value = await waitFor(
      async () => {
        try {
          last = await check();
        } catch (err) {
          last = { problems: [getErrorMessage(err).split('\n')[0] ?? 'error'] };
        }
        return last.problems.length === 0 ? { value: last.value } : undefined;
      },
      {
        timeoutMs: options.timeoutMs,
        intervalMs: options.intervalMs,
        rampMs: STATE_RAMP_MS,
        // a check reads Octavia or Neutron (often several calls): the next one is due an interval after this one began
        fromPollStart: true,
        describe: options.what,
        signal: options.signal,
      },
    );
    return { ok: true, ms: Date.now() - started, value: value.value, problems: [] };
  } catch (err) {
    if (err instanceof CancelledError) throw err; // the run stops; not a failed wait
    const problems = err instanceof WaitTimeoutError ? last.problems : [getErrorMessage(err)];
    return { ok: false, ms: Date.now() - started, value: last.value, problems };
  }
}

/** Live (not terminating) pods of the workload, sorted by name. */
export async function workloadPods(kubectl: Kubectl, app: string): Promise<KubePod[]> {
  return livePods(await kubectl.pods(`app=${app}`));
}

/** The pods that are not terminating, sorted by name. */
export function livePods(pods: readonly KubePod[]): KubePod[] {
  return pods
    .filter((p) => p.metadata.deletionTimestamp === undefined)
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}

/** Deployment rolled out and `replicas` pods Running, Ready, with an IP. */
export async function checkDeployment(
  kubectl: Kubectl,
  name: string,
  replicas: number,
): Promise<{ problems: string[]; value?: KubePod[] }> {
  const d = await kubectl.deployment(name);
  const pods = await workloadPods(kubectl, name);
  const problems: string[] = [];
  if (!deploymentReady(d)) {
    problems.push(
      `deployment ${name}: ${d.readyReplicas}/${d.replicas} ready, ${d.updatedReplicas} updated, ${d.availableReplicas} available`,
    );
  }
  const running = pods.filter((p) => p.phase === 'Running' && p.ready && p.podIP !== undefined);
  if (running.length !== replicas || pods.length !== replicas) {
    problems.push(`pods: ${running.length} of ${replicas} Running+Ready with an IP (${pods.length} exist)`);
  }
  for (const p of pods.filter((x) => !running.includes(x))) {
    problems.push(
      `pod ${p.metadata.name}: ${p.phase}${p.waitingReason ? ` (${p.waitingReason})` : ''}${p.podIP ? '' : ', no IP'}`,
    );
  }
  return { problems, value: running };
}

/** An IPv4 address in a CIDR. */
export function ipInCidr(ip: string, cidr: string): boolean {
  const [net, bits] = cidr.split('/');
  const toInt = (a: string): number | undefined => {
    const parts = a.split('.').map(Number);
    if (parts.length !== 4 || parts.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) return undefined;
    return parts.reduce((acc, x) => acc * 256 + x, 0);
  };
  const a = toInt(ip);
  const b = toInt(net ?? '');
  const n = Number(bits);
  if (a === undefined || b === undefined || !Number.isInteger(n)) return false;
  const size = 2 ** (32 - n);
  return Math.floor(a / size) === Math.floor(b / size);
}

/** The first host address of a CIDR (the API LB's VIP: `10.0.0.128/26` → `10.0.0.129`). */
export function firstHost(cidr: string): string {
  const [net] = cidr.split('/');
  const parts = (net ?? '').split('.').map(Number);
  const v = parts.reduce((acc, x) => acc * 256 + x, 0) + 1;
  return [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join('.');
}

/** The Neutron port(s) of a pod: named `<pod>` (df-era Kuryr) or `<ns>/<pod>` (later Kuryr). */
export function portsOfPod(ports: readonly PortDetail[], namespace: string, pod: string, ip?: string): PortDetail[] {
  const named = ports.filter((p) => p.name === pod || p.name === `${namespace}/${pod}`);
  const withIp = ip === undefined ? [] : named.filter((p) => p.fixedIps.some((f) => f.ipAddress === ip));
  return withIp.length > 0 ? withIp : named;
}

/** Options of {@link checkPorts}. */
export interface PortCheckOptions {
  namespace: string;
  mode: 'baremetal' | 'nested';
  names: KuryrNames;
}

/**
 * One ACTIVE Neutron port per pod with the pod's IP; `device_owner compute:kuryr` in baremetal mode, a subport of the
 * VM's trunk in nested mode (checked by {@link checkTrunkSubports}).
 */
export async function checkPorts(
  client: OpenStackApi,
  pods: readonly KubePod[],
  options: PortCheckOptions,
): Promise<{ problems: string[]; value?: PortDetail[] }> {
  const ports = await client.portListLong({ network: options.names.podNetwork });
  const problems: string[] = [];
  for (const pod of pods) {
    const named = portsOfPod(ports, options.namespace, pod.metadata.name);
    // Another cluster's pod (or a stale port) may carry the same name: the pod's port is the one with its IP.
    const withIp =
      pod.podIP === undefined ? named : named.filter((p) => p.fixedIps.some((f) => f.ipAddress === pod.podIP));
    const mine = withIp.length > 0 ? withIp : named;
    if (mine.length !== 1) {
      problems.push(
        `pod ${pod.metadata.name}: ${mine.length} Neutron ports named after it${pod.podIP ? ` with IP ${pod.podIP}` : ''} (expected 1)`,
      );
      continue;
    }
    const port = mine[0] as PortDetail;
    const ips = port.fixedIps.map((f) => f.ipAddress);
    if (port.status !== 'ACTIVE') problems.push(`port ${port.name} (${port.id}) is ${port.status}, not ACTIVE`);
    if (pod.podIP !== undefined && !ips.includes(pod.podIP)) {
      problems.push(`port ${port.name} has ${ips.join(', ') || 'no IP'}, pod IP is ${pod.podIP}`);
    }
    if (options.mode === 'baremetal' && port.deviceOwner !== 'compute:kuryr') {
      problems.push(`port ${port.name}: device_owner '${port.deviceOwner}', expected compute:kuryr`);
    }
  }
  return { problems, value: ports };
}

/**
 * Nested mode: every pod's port is a subport of the trunk, segmentation type vlan, and its VLAN id is the one the pod
 * uses when Kubernetes shows it (pod annotation `openstack.org/kuryr-vif`), else unique among the subports.
 */
export async function checkTrunkSubports(
  client: OpenStackApi,
  pods: readonly KubePod[],
  options: PortCheckOptions & {
    /** The trunk's name; unset: the trunk that carries the first pod's port (searched among all trunks). */
    trunk?: string;
    /** The VLAN id the pod's eth0 uses, read inside the pod (undefined when it cannot be read). */
    vlanInPod?: (pod: KubePod) => Promise<number | undefined>;
  },
): Promise<{ problems: string[]; value?: unknown }> {
  const ports = await client.portListLong({ network: options.names.podNetwork });
  const first = pods
    .map((p) => portsOfPod(ports, options.namespace, p.metadata.name, p.podIP)[0])
    .find((p) => p !== undefined);
  let trunk = options.trunk === undefined ? undefined : await client.trunkShow(options.trunk);
  for (const id of trunk || !first ? [] : await client.trunkIds()) {
    const t = await client.trunkShow(id);
    if (t.subPorts.some((s) => s.portId === first?.id)) {
      trunk = t;
      break;
    }
  }
  if (!trunk) return { problems: [`no trunk has the port of a pod as a subport${first ? ` (${first.name})` : ''}`] };
  const problems: string[] = [];
  const vlans = new Map<number, string>();
  const rows: { pod: string; port: string; segmentationId?: number; vlanInPod?: number }[] = [];
  for (const pod of pods) {
    const port = portsOfPod(ports, options.namespace, pod.metadata.name, pod.podIP)[0];
    if (!port) {
      problems.push(`pod ${pod.metadata.name}: no Neutron port`);
      continue;
    }
    const sub = trunk.subPorts.find((s) => s.portId === port.id);
    if (!sub) {
      problems.push(`port ${port.name} (${port.id}) is not a subport of trunk ${trunk.name}`);
      continue;
    }
    if (sub.segmentationType !== 'vlan')
      problems.push(`subport ${port.name}: segmentation type ${sub.segmentationType}`);
    const other = vlans.get(sub.segmentationId);
    if (other !== undefined) problems.push(`VLAN ${sub.segmentationId} used by ${other} and ${pod.metadata.name}`);
    vlans.set(sub.segmentationId, pod.metadata.name);
    const vlan = vlanOfPod(pod) ?? (await options.vlanInPod?.(pod));
    rows.push({ pod: pod.metadata.name, port: port.id, segmentationId: sub.segmentationId, vlanInPod: vlan });
    if (vlan !== undefined && vlan !== sub.segmentationId) {
      problems.push(
        `pod ${pod.metadata.name} uses VLAN ${vlan}, its subport has segmentation_id ${sub.segmentationId}`,
      );
    }
  }
  if (trunk.status !== 'ACTIVE') problems.push(`trunk ${trunk.name} is ${trunk.status}`);
  return { problems, value: { trunk: trunk.name, trunkId: trunk.id, status: trunk.status, pods: rows } };
}

/** The VLAN id Kuryr recorded on the pod (annotation `openstack.org/kuryr-vif`, any era's JSON layout). */
export function vlanOfPod(pod: KubePod): number | undefined {
  const raw = pod.metadata.annotations['openstack.org/kuryr-vif'];
  if (raw === undefined) return undefined;
  const m = /"vlan_id"\s*:\s*(\d+)/.exec(raw);
  return m ? Number(m[1]) : undefined;
}

/** Kuryr's names for a service port: `<ns>/<svc>:<PROTO>:<port>`. */
export function listenerName(namespace: string, svc: string, protocol: string, port: number): string {
  return `${namespace}/${svc}:${protocol}:${port}`;
}

/** The members of a service without a selector: the addresses its Endpoints list (the members carry no pod name). */
export interface ManualMembers {
  addresses: readonly string[];
}

/** What keeps a pool of a service without a selector from having exactly `addresses` as ACTIVE members. */
function manualMemberProblems(pool: string, members: readonly LbMember[], addresses: readonly string[]): string[] {
  const have = members.map((m) => m.address);
  const problems: string[] = [];
  const missing = addresses.filter((a) => !have.includes(a));
  const extra = have.filter((a) => !addresses.includes(a));
  if (missing.length > 0) problems.push(`pool ${pool} lacks members at ${missing.join(', ')}`);
  if (extra.length > 0) problems.push(`pool ${pool} has extra members at ${extra.join(', ')}`);
  for (const m of members.filter((x) => x.provisioningStatus !== 'ACTIVE')) {
    problems.push(`member ${m.name || m.address} is ${m.provisioningStatus}`);
  }
  return problems;
}

/**
 * The service's load balancer `<ns>/<svc>` ACTIVE with VIP = clusterIP, a listener and pool per port named
 * `<ns>/<svc>:<PROTO>:<port>` ACTIVE, and (with `pods`) members `<ns>/<pod>:<targetPort>` == ready pods, ACTIVE, or
 * (with {@link ManualMembers}) members at exactly the Endpoints' addresses, ACTIVE.
 */
export async function checkLoadBalancer(
  client: OpenStackApi,
  namespace: string,
  svc: KubeService,
  pods: readonly KubePod[] | ManualMembers | undefined,
): Promise<{ problems: string[]; value?: LbStatusTree }> {
  const name = `${namespace}/${svc.metadata.name}`;
  const lbs = await client.loadBalancerList({ name });
  if (lbs.length !== 1) return { problems: [`${lbs.length} load balancers named ${name} (expected 1)`] };
  const lb = lbs[0];
  const problems: string[] = [];
  if (lb?.provisioningStatus !== 'ACTIVE') problems.push(`load balancer ${name} is ${lb?.provisioningStatus ?? '?'}`);
  if (svc.clusterIP !== undefined && lb?.vipAddress !== svc.clusterIP) {
    problems.push(`load balancer ${name} VIP ${lb?.vipAddress ?? '?'} != clusterIP ${svc.clusterIP}`);
  }
  const tree = await client.loadBalancerStatus(lb?.id ?? name);
  for (const port of svc.ports) {
    const lname = listenerName(namespace, svc.metadata.name, port.protocol, port.port);
    const listener = tree.listeners.find((l) => l.name === lname);
    if (!listener) {
      problems.push(`no listener ${lname}`);
      continue;
    }
    if (listener.provisioningStatus !== 'ACTIVE') problems.push(`listener ${lname} is ${listener.provisioningStatus}`);
    const pool = listener.pools.find((p) => p.name === lname);
    if (!pool) {
      problems.push(`no pool ${lname}`);
      continue;
    }
    if (pool.provisioningStatus !== 'ACTIVE') problems.push(`pool ${lname} is ${pool.provisioningStatus}`);
    if (pods === undefined) continue;
    if (!Array.isArray(pods)) {
      problems.push(...manualMemberProblems(lname, pool.members, (pods as ManualMembers).addresses));
      continue;
    }
    const wanted = pods.map((p) => `${namespace}/${p.metadata.name}:${String(port.targetPort)}`).sort();
    const have = pool.members.map((m) => m.name).sort();
    const missing = wanted.filter((w) => !have.includes(w));
    const extra = have.filter((h) => !wanted.includes(h));
    if (missing.length > 0) problems.push(`pool ${lname} lacks members ${missing.join(', ')}`);
    if (extra.length > 0) problems.push(`pool ${lname} has extra members ${extra.join(', ')}`);
    for (const m of pool.members.filter((x) => x.provisioningStatus !== 'ACTIVE')) {
      problems.push(`member ${m.name} is ${m.provisioningStatus}`);
    }
    for (const pod of pods) {
      const m = pool.members.find((x) => x.name === `${namespace}/${pod.metadata.name}:${String(port.targetPort)}`);
      if (m && pod.podIP !== undefined && m.address !== pod.podIP) {
        problems.push(`member ${m.name} address ${m.address} != pod IP ${pod.podIP}`);
      }
    }
  }
  return { problems, value: tree };
}

/** DevStack's API load balancer `default/kubernetes`: ACTIVE, listener/pool `default/kubernetes:443`, VIP = first host of the service subnet. */
export async function checkApiLoadBalancer(
  client: OpenStackApi,
  names: KuryrNames,
): Promise<{ problems: string[]; value?: unknown }> {
  const subnet = await client.subnetShow(names.serviceSubnet);
  const lbs = await client.loadBalancerList({ name: 'default/kubernetes' });
  const lb = lbs[0];
  if (!lb) return { problems: ['no load balancer default/kubernetes'] };
  const problems: string[] = [];
  if (lb.provisioningStatus !== 'ACTIVE') problems.push(`default/kubernetes is ${lb.provisioningStatus}`);
  const vip = firstHost(subnet.cidr);
  if (lb.vipAddress !== vip)
    problems.push(`default/kubernetes VIP ${lb.vipAddress} != first host of ${subnet.cidr} (${vip})`);
  const tree = await client.loadBalancerStatus(lb.id);
  const listener = tree.listeners.find((l) => l.name === 'default/kubernetes:443');
  if (!listener) problems.push('no listener default/kubernetes:443');
  else if (!listener.pools.some((p) => p.name === 'default/kubernetes:443'))
    problems.push('no pool default/kubernetes:443');
  return { problems, value: { loadBalancer: lb, status: tree } };
}

/** Evidence for a failing case: pods, their ports and SG rules, LB trees, trunk, Kuryr CRDs. Never throws. */
export async function collectEvidence(
  deps: { kubectl: Kubectl; client?: OpenStackApi },
  what: { pods: readonly KubePod[]; services: readonly KubeService[]; options: PortCheckOptions },
): Promise<Evidence[]> {
  const out: Evidence[] = [];
  const safe = async (kind: string, title: string, fn: () => Promise<unknown>): Promise<void> => {
    try {
      out.push({ kind, title, data: await fn() });
    } catch (err) {
      out.push({ kind, title, data: { error: getErrorMessage(err).split('\n').slice(0, 3).join('\n') } });
    }
  };
  out.push({
    kind: 'kubernetes-pods',
    title: 'pods (name, node, phase, IP)',
    data: what.pods.map((p) => ({
      name: p.metadata.name,
      node: p.nodeName,
      phase: p.phase,
      ready: p.ready,
      podIP: p.podIP,
      hostIP: p.hostIP,
      waiting: p.waitingReason,
    })),
  });
  const { client } = deps;
  if (client) {
    let ports: PortDetail[] = [];
    await safe('neutron-ports', 'Neutron ports of the pods', async () => {
      const all = await client.portListLong({ network: what.options.names.podNetwork });
      ports = what.pods.flatMap((p) => portsOfPod(all, what.options.namespace, p.metadata.name, p.podIP));
      return ports;
    });
    const groups = new Set(ports.flatMap((p) => p.securityGroups));
    for (const port of ports.slice(0, 5)) {
      if (port.securityGroups.length > 0) continue;
      for (const g of await client.portSecurityGroupIds(port.id).catch(() => [])) groups.add(g);
    }
    for (const g of groups)
      await safe('security-group-rules', `rules of security group ${g}`, () => client.securityGroupRuleList(g));
    for (const svc of what.services) {
      await safe('octavia-loadbalancer', `load balancer ${what.options.namespace}/${svc.metadata.name}`, () =>
        client.loadBalancerStatus(`${what.options.namespace}/${svc.metadata.name}`),
      );
    }
    if (what.options.mode === 'nested')
      await safe('neutron-trunk', `trunk ${what.options.names.trunk}`, () =>
        client.trunkShow(what.options.names.trunk),
      );
  }
  for (const crd of ['kuryrports', 'kuryrloadbalancers']) {
    const items = await deps.kubectl.optionalList(crd);
    if (items !== undefined && items.length > 0) out.push({ kind: 'kuryr-crd', title: crd, data: items.slice(0, 20) });
  }
  return out;
}
