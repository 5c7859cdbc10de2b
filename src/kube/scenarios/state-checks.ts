/**
 * The checks of `state` scenarios, one entry per `check` value: each returns the problems (empty = the state holds)
 * and the value it looked at (kept as evidence when the check fails). A new check is a new entry here and a new value
 * in the schema's `check` enum.
 */
import type { OpenStackApi } from '../../openstack/api.js';
import type { Evidence } from '../../results/model.js';
import type { Kubectl } from '../kubectl.js';
import {
  checkApiLoadBalancer,
  checkLoadBalancer,
  checkPorts,
  checkTrunkSubports,
  ipInCidr,
  workloadPods,
} from '../state.js';
import type { LocatedScenario, StateCheck } from '../suite.js';
import type { KubeService } from '../types.js';
import type { ScenarioContext } from './types.js';

/** What a state check found. */
export interface CheckFinding {
  problems: string[];
  value?: unknown;
  /** Set when the check does not apply (the case is skipped with this reason). */
  skip?: string;
  /** Evidence kept even when the check passes (the proof of a claim, e.g. the VLAN table of nested mode). */
  proof?: Evidence[];
}

type Check = (ctx: ScenarioContext, s: LocatedScenario) => Promise<CheckFinding>;

function needCloud(ctx: ScenarioContext, s: LocatedScenario): OpenStackApi {
  const client = ctx.run.deps.client;
  if (!client) throw new Error(`the ${s.check ?? ''} check needs the OpenStack cloud (os-cloud)`);
  return client;
}

function serviceOf(ctx: ScenarioContext, s: LocatedScenario): KubeService {
  const name = s.resource ?? [...ctx.services.keys()][0];
  const svc = name === undefined ? undefined : ctx.services.get(name);
  if (!svc) throw new Error(`no service ${name ?? ''} in the workload`);
  return svc;
}

const podsRunning: Check = async (ctx) => {
  const want = ctx.run.settings.replicas;
  const live = await workloadPods(ctx.run.deps.kubectl, ctx.app);
  const bad = live.filter((p) => p.phase !== 'Running' || !p.ready);
  const problems = bad.map(
    (p) => `pod ${p.metadata.name} is ${p.phase}${p.waitingReason ? ` (${p.waitingReason})` : ''}`,
  );
  if (live.length === 0) problems.push('no pods');
  const value = live.map((p) => ({
    name: p.metadata.name,
    phase: p.phase,
    node: p.nodeName,
    ip: p.podIP,
    wanted: want,
  }));
  return { problems, value };
};

const podIpsInSubnet: Check = async (ctx, s) => {
  const subnet = await needCloud(ctx, s).subnetShow(s.resource ?? ctx.run.names.podSubnet);
  const problems = ctx.pods
    .filter((p) => !p.podIP || !ipInCidr(p.podIP, subnet.cidr))
    .map((p) => `pod ${p.metadata.name} IP ${p.podIP ?? 'none'} is not in ${subnet.name} (${subnet.cidr})`);
  if (ctx.pods.length === 0) problems.push('no ready pods');
  return { problems, value: { subnet: subnet.cidr, ips: ctx.pods.map((p) => p.podIP) } };
};

const trunkSubports: Check = async (ctx, s) => {
  if (ctx.run.settings.mode !== 'nested') return { problems: [], skip: 'trunk subports apply to mode nested' };
  const kubectl = ctx.run.deps.kubectl;
  const r = await checkTrunkSubports(needCloud(ctx, s), ctx.pods, {
    ...ctx.portOptions,
    trunk: s.resource,
    vlanInPod: (pod) => vlanInPod(kubectl, pod.metadata.name),
  });
  // The VLAN table is the proof of the nested claim: kept for passing cases too.
  return { ...r, proof: [{ kind: 'trunk-subports', data: r.value }] };
};

const subnetExists: Check = async (ctx, s) => {
  const subnet = await needCloud(ctx, s).subnetShow(s.resource ?? ctx.run.names.podSubnet);
  const wrong = s.cidr !== undefined && subnet.cidr !== s.cidr;
  return {
    problems: wrong ? [`subnet ${subnet.name} is ${subnet.cidr}, expected ${s.cidr ?? ''}`] : [],
    value: subnet,
  };
};

/** Every state check by its `check` value. */
export const STATE_CHECKS: Readonly<Record<StateCheck, Check>> = {
  'pods-running': podsRunning,
  'pod-ips-in-subnet': podIpsInSubnet,
  'pod-ports-active': (ctx, s) => checkPorts(needCloud(ctx, s), ctx.pods, ctx.portOptions),
  'trunk-subports': trunkSubports,
  'loadbalancer-active': (ctx, s) =>
    checkLoadBalancer(needCloud(ctx, s), ctx.run.settings.namespace, serviceOf(ctx, s), undefined),
  'loadbalancer-members': (ctx, s) =>
    checkLoadBalancer(needCloud(ctx, s), ctx.run.settings.namespace, serviceOf(ctx, s), ctx.pods),
  'network-exists': async (ctx, s) => ({
    problems: [],
    value: await needCloud(ctx, s).networkShow(s.resource ?? ctx.run.names.podNetwork),
  }),
  'subnet-exists': subnetExists,
  'security-group-exists': async (ctx, s) => ({
    problems: [],
    value: await needCloud(ctx, s).securityGroupRuleList(s.resource ?? 'service_pod_access'),
  }),
  'api-loadbalancer': (ctx, s) => checkApiLoadBalancer(needCloud(ctx, s), ctx.run.names),
};

/** The VLAN id in `/proc/net/vlan/eth0` (`VID: 101`) or `ip -d link show eth0` (`vlan protocol 802.1Q id 101`). */
export function parseVlanId(text: string): number | undefined {
  const m = /VID:\s*(\d+)/.exec(text) ?? /vlan protocol 802\.1[Qq] id (\d+)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * The VLAN id of the pod's eth0 as the kernel reports it inside the pod (eth0 is a VLAN device with Kuryr's
 * nested-vlan driver); undefined when it cannot be read (no 8021q in the kernel, no such tools in the image).
 */
export async function vlanInPod(kubectl: Kubectl, pod: string): Promise<number | undefined> {
  try {
    const script = 'cat /proc/net/vlan/eth0 2>/dev/null || ip -d link show eth0 2>/dev/null';
    return parseVlanId((await kubectl.exec(pod, ['sh', '-c', script], { timeoutMs: 30_000 })).stdout);
  } catch {
    return undefined;
  }
}
