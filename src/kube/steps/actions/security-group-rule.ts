/**
 * `security-group-rule {to, from, protocol, port?}`: lets one workload's pods in, in Neutron: an ingress rule per
 * address of `from`'s pods (`/32`) is added to every security group of the Neutron ports of `to`'s pods. It is how an
 * operator lets a VM reach pods whose group admits only its own members (Kuryr's DevStack plugin adds such an ICMP
 * rule when tempest runs), and what a suite needs before a trunk VM (a `hostNetwork` workload) can reach nested pods.
 * The rules the step made are deleted at the scenario's end, also after a failure or a cancel.
 */
import type { OpenStackApi, RuleSpec } from '../../../openstack/api.js';
import { getErrorMessage } from '../../../runtime/errors.js';
import { withNamespaceNetwork } from '../../pod-network.js';
import { portsOfPod } from '../../state.js';
import { kubectlOf, needCloud, portOptionsOf, workloadOf } from '../lookup.js';
import type { StepAction, StepContext } from '../types.js';

/** The argument of `security-group-rule`. */
export interface SecurityGroupRuleArg {
  /** The workload whose pods' groups get the rule. */
  to: string;
  /** The workload whose pods' addresses the rule admits. */
  from: string;
  protocol: 'icmp' | 'tcp' | 'udp';
  /** Destination port (tcp/udp only). */
  port?: number;
}

/** Rule ids the scenario's steps created, to delete at its end. */
const CREATED = new WeakMap<StepContext, string[]>();

/** The security group ids of the Neutron ports of `workload`'s pods (in their namespace's pod network). */
async function podGroups(ctx: StepContext, client: OpenStackApi, workload: string): Promise<string[]> {
  const w = workloadOf(ctx, workload);
  const options = await withNamespaceNetwork(kubectlOf(ctx, w), portOptionsOf(ctx, w));
  const ports = await client.portListLong({ network: options.names.podNetwork });
  const groups = new Set<string>();
  for (const pod of w.pods) {
    const mine = portsOfPod(ports, w.namespace, pod.metadata.name, pod.podIP);
    if (mine.length === 0)
      throw new Error(`pod ${w.namespace}/${pod.metadata.name} of ${workload} has no Neutron port`);
    for (const p of mine) p.securityGroups.forEach((g) => groups.add(g));
  }
  if (groups.size === 0) throw new Error(`the ports of ${workload}'s pods have no security group to add a rule to`);
  return [...groups].sort();
}

/** The `security-group-rule` action. */
export const securityGroupRuleAction: StepAction<SecurityGroupRuleArg> = {
  name: 'security-group-rule',
  validate(arg) {
    if (arg.port !== undefined && arg.protocol === 'icmp')
      return [{ path: ['security-group-rule', 'port'], message: "'port' applies to tcp and udp only, not icmp" }];
    return [];
  },
  async run(ctx, arg) {
    const client = needCloud(ctx, 'security-group-rule');
    await ctx.refresh();
    const sources = workloadOf(ctx, arg.from).pods.flatMap((p) => (p.podIP === undefined ? [] : [p.podIP]));
    if (sources.length === 0) throw new Error(`workload ${arg.from} has no running pod with an address to admit`);
    const groups = await podGroups(ctx, client, arg.to);
    const created = CREATED.get(ctx) ?? [];
    CREATED.set(ctx, created);
    let added = 0;
    for (const group of groups) {
      for (const ip of [...new Set(sources)]) {
        const spec: RuleSpec = { protocol: arg.protocol, remoteIp: `${ip}/32` };
        if (arg.port !== undefined) spec.dstPort = arg.port;
        const r = await client.ensureSecurityGroupRule(group, spec);
        if (r.created) {
          created.push(r.rule.id);
          added += 1;
        }
      }
    }
    const what = `${arg.protocol}${arg.port === undefined ? '' : `/${arg.port}`}`;
    return `added ${added} ingress ${what} rule(s) from ${[...new Set(sources)].join(', ')} to security group(s) ${groups.join(', ')} of ${arg.to}'s ports`;
  },
};

/** Deletes the rules the scenario's `security-group-rule` steps made; a failure is a warning naming the rule ids. */
export async function removeAddedRules(ctx: StepContext): Promise<void> {
  const ids = CREATED.get(ctx);
  if (!ids || ids.length === 0) return;
  CREATED.delete(ctx);
  const client = ctx.run.deps.client;
  if (!client) return;
  for (const id of ids) {
    try {
      await client.securityGroupRuleDelete(id);
    } catch (err) {
      ctx.run.deps.logger.warning(`could not delete security group rule ${id}: ${getErrorMessage(err)}`);
    }
  }
  ctx.run.deps.logger.info(`deleted ${ids.length} security group rule(s) the scenario added`);
}
