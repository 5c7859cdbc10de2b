/**
 * `policy-objects {policy: KEY, present: bool}`: whether what Kuryr's policy driver made for the suite policy KEY
 * exists: its KuryrNetworkPolicy `<ns>/KEY` (`kubectl get kuryrnetworkpolicies`) and its Neutron security group
 * `sg-<ns>-KEY` (the name Kuryr gives it). `present: false` holds when both are gone (after `delete-policy` or
 * `delete-namespace`), `present: true` when both exist. Polls until the deadline. The cloud user must see Kuryr's
 * project (an admin does): assert `present: true` first in a scenario, so that a group it cannot see is not taken
 * for a deleted one.
 */
import { sleepUnlessAborted } from '../../../runtime/cancel.js';
import { isKubeNotFound } from '../../kubectl.js';
import { parseKubeJson } from '../../types.js';
import type { ExpectationOutcome, StepContext, StepExpectation } from '../types.js';

/** The argument of `policy-objects`. */
export interface PolicyObjectsArg {
  policy: string;
  present: boolean;
}

/** The Neutron security group name Kuryr's policy driver gives a policy. */
export function policyGroupName(namespace: string, policy: string): string {
  return `sg-${namespace}-${policy}`;
}

function policyNamespace(ctx: StepContext, key: string): string {
  const policies = (ctx.suite as { policies?: Record<string, { namespace?: string }> }).policies ?? {};
  const p = policies[key];
  if (!p) throw new Error(`no policy '${key}' in the suite`);
  const ns = ctx.namespaces.get(p.namespace ?? '');
  if (ns === undefined) throw new Error(`namespace '${p.namespace ?? ''}' of policy '${key}' was not created`);
  return ns;
}

interface Seen {
  knp?: Record<string, unknown>;
  groups: { id: string; name: string }[];
}

async function look(ctx: StepContext, ns: string, key: string): Promise<Seen> {
  const { kubectl, client } = ctx.run.deps;
  if (!client) throw new Error('policy-objects needs the OpenStack cloud (os-cloud)');
  let knp: Record<string, unknown> | undefined;
  try {
    const out = await kubectl.run(['-n', ns, 'get', 'kuryrnetworkpolicies', key, '-o', 'json'], { namespaced: false });
    knp = parseKubeJson('get kuryrnetworkpolicies', out);
  } catch (err) {
    if (!isKubeNotFound(err)) throw err;
  }
  const name = policyGroupName(ns, key);
  const rows = await client.securityGroupList();
  return { knp, groups: rows.filter((g) => g.name === name) };
}

function problems(seen: Seen, ns: string, key: string, present: boolean): string[] {
  const out: string[] = [];
  const group = policyGroupName(ns, key);
  if (present && !seen.knp) out.push(`no KuryrNetworkPolicy ${ns}/${key}`);
  if (!present && seen.knp) out.push(`KuryrNetworkPolicy ${ns}/${key} still exists`);
  if (present && seen.groups.length === 0) out.push(`no security group ${group}`);
  if (!present && seen.groups.length > 0)
    out.push(`security group ${group} still exists (${seen.groups.map((g) => g.id).join(', ')})`);
  return out;
}

async function check(ctx: StepContext, arg: PolicyObjectsArg, deadline: number): Promise<ExpectationOutcome> {
  const ns = policyNamespace(ctx, arg.policy);
  const started = Date.now();
  let last: { seen?: Seen; problems: string[] } = { problems: [] };
  for (;;) {
    try {
      const seen = await look(ctx, ns, arg.policy);
      last = { seen, problems: problems(seen, ns, arg.policy, arg.present) };
    } catch (err) {
      if (ctx.run.deps.signal?.aborted) throw err;
      last = { problems: [err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)] };
    }
    const convergedMs = Date.now() - started;
    const what = `KuryrNetworkPolicy ${ns}/${arg.policy} and security group ${policyGroupName(ns, arg.policy)}`;
    if (last.problems.length === 0) {
      const state = arg.present ? 'exist' : 'are gone';
      return { ok: true, message: `${what} ${state} (${(convergedMs / 1000).toFixed(1)} s)`, convergedMs };
    }
    if (Date.now() + ctx.intervalMs > deadline) {
      return {
        ok: false,
        message: `${what}: ${last.problems.join('; ')} after ${(convergedMs / 1000).toFixed(1)} s`,
        evidence: [
          { kind: 'kuryrnetworkpolicy', title: `${ns}/${arg.policy}`, data: last.seen?.knp ?? null },
          { kind: 'security-groups', title: policyGroupName(ns, arg.policy), data: last.seen?.groups ?? [] },
        ],
      };
    }
    await sleepUnlessAborted(ctx.intervalMs, ctx.run.deps.signal);
  }
}

/** The policy-objects expectation. */
export const policyObjects: StepExpectation<PolicyObjectsArg> = {
  name: 'policy-objects',
  validate(arg, doc) {
    const policies = (doc as { policies?: Record<string, unknown> }).policies ?? {};
    const out = [];
    if (typeof arg?.policy !== 'string' || !Object.hasOwn(policies, arg.policy))
      out.push({
        path: ['policy'],
        message: `'${String(arg?.policy)}' is not a key of the suite's policies (known: ${Object.keys(policies).join(', ') || 'none'})`,
      });
    if (typeof arg?.present !== 'boolean') out.push({ path: ['present'], message: 'present must be true or false' });
    return out;
  },
  check,
};
