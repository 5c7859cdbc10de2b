/**
 * `members: [service, …]`: each service's Octavia load balancer (`<namespace>/<service>`) is ACTIVE with its VIP, a
 * listener and pool per port, and members == the workload's ready pods at `<pod IP>:<targetPort>` (none at zero
 * replicas), polled until it holds or the step's deadline. The checks are the state checks' (state.ts).
 */
import type { OpenStackApi } from '../../../openstack/api.js';
import type { LbStatusTree } from '../../../openstack/types/loadbalancer.js';
import type { Evidence } from '../../../results/model.js';
import { checkLoadBalancer, collectEvidence } from '../../state.js';
import { pollUntilDeadline, portOptionsOf, seconds, serviceOf, type OwnedService } from '../lookup.js';
import type { StepContext, StepExpectation } from '../types.js';

/** One pool of the members table: who should be a member and who is. */
interface PoolRow {
  pool: string;
  status: string;
  expected: string[];
  members: { name: string; address: string; port: number; status: string }[];
}

/** The members table of a load balancer (evidence): per pool, the expected members next to the actual ones. */
export function membersTable(owned: OwnedService, tree: LbStatusTree | undefined): Record<string, unknown> {
  const { workload: w, service } = owned;
  const pools: PoolRow[] = (tree?.listeners ?? []).flatMap((l) =>
    l.pools.map((p) => {
      const targetPort = service.ports.find((x) => l.name.endsWith(`:${x.protocol}:${x.port}`))?.targetPort;
      return {
        pool: p.name,
        status: p.provisioningStatus,
        expected: w.pods.map(
          (pod) => `${w.namespace}/${pod.metadata.name}:${String(targetPort ?? '?')} ${pod.podIP ?? ''}`,
        ),
        members: p.members.map((m) => ({
          name: m.name,
          address: m.address,
          port: m.protocolPort,
          status: m.provisioningStatus,
        })),
      };
    }),
  );
  const status = tree?.provisioningStatus ?? 'missing';
  return { loadBalancer: `${w.namespace}/${service.metadata.name}`, status, readyPods: w.pods.length, pools };
}

interface Checked {
  owned: OwnedService;
  tree?: LbStatusTree;
}

async function checkAll(
  ctx: StepContext,
  client: OpenStackApi,
  services: readonly string[],
): Promise<{ problems: string[]; value: Checked[] }> {
  await ctx.refresh();
  const problems: string[] = [];
  const value: Checked[] = [];
  for (const name of services) {
    const owned = serviceOf(ctx, name);
    if (!owned) {
      problems.push(`service ${name} is not deployed`);
      continue;
    }
    const w = owned.workload;
    const about = `service ${name} (workload ${w.namespace}/${w.name}, ${w.pods.length} ready pod(s))`;
    try {
      const r = await checkLoadBalancer(client, w.namespace, owned.service, w.pods);
      problems.push(...r.problems.map((p) => `${about}: ${p}`));
      value.push({ owned, tree: r.value });
    } catch (err) {
      problems.push(`${about}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      value.push({ owned });
    }
  }
  return { problems, value };
}

async function evidenceOf(ctx: StepContext, checked: readonly Checked[]): Promise<Evidence[]> {
  const out: Evidence[] = [];
  for (const c of checked) {
    const title = `load balancer members of ${c.owned.workload.namespace}/${c.owned.service.metadata.name}`;
    out.push({ kind: 'state', title, data: membersTable(c.owned, c.tree) });
    out.push(
      ...(await collectEvidence(ctx.run.deps, {
        pods: c.owned.workload.pods,
        services: [c.owned.service],
        options: portOptionsOf(ctx, c.owned.workload),
      })),
    );
  }
  return out;
}

/** The `members` expectation. */
export const membersExpectation: StepExpectation<string[]> = {
  name: 'members',
  async check(ctx, arg, deadline) {
    const client = ctx.run.deps.client;
    if (!client) return { ok: false, message: 'members: checking load balancer members needs the OpenStack cloud' };
    const outcome = await pollUntilDeadline(ctx, deadline, `members of ${arg.join(', ')}`, () =>
      checkAll(ctx, client, arg),
    );
    const checked = outcome.value ?? [];
    if (outcome.ok) {
      const counts = checked.map((c) => `${c.owned.service.metadata.name}: ${c.owned.workload.pods.length}`);
      return {
        ok: true,
        message: `load balancer members == ready pods (${counts.join(', ')}) after ${seconds(outcome.ms)}`,
        convergedMs: outcome.ms,
      };
    }
    return {
      ok: false,
      message: `members not converged in ${seconds(outcome.ms)}: ${outcome.problems[0] ?? ''}`,
      details: outcome.problems.join('\n'),
      evidence: await evidenceOf(ctx, checked),
    };
  },
};
