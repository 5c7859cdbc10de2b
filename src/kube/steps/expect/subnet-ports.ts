/**
 * `subnet-ports: {namespace?, record: true}` / `{namespace?, added: N, steady?: DURATION}`: the number of Neutron ports
 * on a namespace's pod network, which is how Kuryr's ports pool shows from outside: a pod that finds the pool empty
 * makes Kuryr create a whole batch of ports, a pod that finds a free one creates none, and ports beyond the pool's
 * maximum go when pods go. `record` counts them now; `added` waits until the count is the recorded one plus N, then
 * (with `steady`) checks that it stays there for that long. The network is the namespace's KuryrNetwork's with the
 * namespace subnet driver (a record waits for it to exist), else the run's pod network (shared by every namespace,
 * so other pods' ports count too). Later counts are taken on the network the record counted.
 */
import type { PortDetail } from '../../../openstack/types/port.js';
import { parseDuration } from '../../../runtime/duration.js';
import { namespaceDriverInUse, namespaceNetworkId } from '../../pod-network.js';
import { needCloud, pollUntilDeadline, seconds } from '../lookup.js';
import type { ExpectationOutcome, StepContext, StepExpectation } from '../types.js';

/** What the expectation takes. */
export interface SubnetPortsArg {
  /** A key of the suite's `namespaces` (default: the run's namespace). */
  namespace?: string;
  record?: true;
  added?: number;
  steady?: string;
}

/** A record: the count and the network it was taken on (later counts are taken on the same network). */
interface Recorded {
  count: number;
  network: string;
}

const RECORDED = new WeakMap<object, Map<string, Recorded>>();

async function portsOfNetwork(ctx: StepContext, network: string): Promise<PortDetail[]> {
  return needCloud(ctx, 'subnet-ports').portListLong({ network });
}

/**
 * The network a record counts on. A namespace the scenario made moments ago may not have its network yet (Kuryr makes
 * it in the background, later still right after a controller restart); under the namespace subnet driver the record
 * waits for it rather than count the shared pod network, whose ports are not the ones the scenario means.
 */
async function networkToRecord(
  ctx: StepContext,
  namespace: string,
  deadline: number,
): Promise<{ network: string } | { problem: string }> {
  const kubectl = ctx.run.deps.kubectl;
  const own = await namespaceNetworkId(kubectl, namespace);
  if (own !== undefined) return { network: own };
  if (!(await namespaceDriverInUse(kubectl))) return { network: ctx.run.names.podNetwork };
  const outcome = await pollUntilDeadline(ctx, deadline, `the KuryrNetwork of ${namespace}`, async () => {
    const netId = await namespaceNetworkId(kubectl, namespace);
    return netId === undefined
      ? { problems: [`no network in the KuryrNetwork of ${namespace} yet`] }
      : { problems: [], value: netId };
  });
  if (outcome.ok && outcome.value !== undefined) return { network: outcome.value };
  return {
    problem:
      `nothing recorded for ${namespace}: the cluster runs the namespace subnet driver and Kuryr gave the namespace ` +
      `no network (KuryrNetwork ${namespace}/${namespace} with status.netId) in ${seconds(outcome.ms)}`,
  };
}

function evidenceOf(namespace: string, network: string, ports: readonly PortDetail[]): ExpectationOutcome['evidence'] {
  const data = ports.map((p) => ({ name: p.name, id: p.id, status: p.status, deviceOwner: p.deviceOwner }));
  return [{ kind: 'neutron-ports', title: `ports on the pod network of ${namespace} (${network})`, data }];
}

async function holdsSteady(
  ctx: StepContext,
  network: string,
  want: number,
  steadyMs: number,
): Promise<string | undefined> {
  const until = Date.now() + steadyMs;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, Math.min(ctx.intervalMs, Math.max(0, until - Date.now()))));
    ctx.run.checkCancelled();
    const now = (await portsOfNetwork(ctx, network)).length;
    if (now !== want) return `the count went from ${want} to ${now} within the steady ${seconds(steadyMs)}`;
  }
  return undefined;
}

async function check(ctx: StepContext, arg: SubnetPortsArg, deadline: number): Promise<ExpectationOutcome> {
  const namespace = ctx.namespaces.get(arg.namespace ?? '') ?? ctx.run.settings.namespace;
  const recorded = RECORDED.get(ctx.run) ?? new Map<string, Recorded>();
  RECORDED.set(ctx.run, recorded);
  if (arg.record) {
    const target = await networkToRecord(ctx, namespace, deadline);
    if ('problem' in target) return { ok: false, message: target.problem };
    const { network } = target;
    const ports = await portsOfNetwork(ctx, network);
    recorded.set(namespace, { count: ports.length, network });
    const message = `${ports.length} port(s) on the pod network of ${namespace} (${network}) (recorded)`;
    return { ok: true, message, convergedMs: 0 };
  }
  const record = recorded.get(namespace);
  if (record === undefined) {
    return {
      ok: false,
      message: `subnet-ports: nothing recorded for ${namespace} (an earlier step needs record: true)`,
    };
  }
  const { count: base, network } = record;
  const want = base + (arg.added ?? 0);
  let last: PortDetail[] | undefined;
  const outcome = await pollUntilDeadline(
    ctx,
    deadline,
    `${want} ports on the pod network of ${namespace}`,
    async () => {
      last = await portsOfNetwork(ctx, network);
      const n = last.length;
      return { problems: n === want ? [] : [`${n} port(s), want ${want} (${base} recorded + ${arg.added ?? 0})`] };
    },
  );
  const steadyMs = arg.steady === undefined ? 0 : (parseDuration(arg.steady) ?? 0);
  const drift = outcome.ok && steadyMs > 0 ? await holdsSteady(ctx, network, want, steadyMs) : undefined;
  if (outcome.ok && drift === undefined) {
    const steady = steadyMs > 0 ? `, steady for ${seconds(steadyMs)}` : '';
    const message = `${want} port(s) on the pod network of ${namespace} (${base} + ${arg.added ?? 0}) after ${seconds(outcome.ms)}${steady}`;
    return { ok: true, message, convergedMs: outcome.ms };
  }
  const why = drift ?? `not reached in ${seconds(outcome.ms)}: ${outcome.problems[0] ?? ''}`;
  const evidence = last ? evidenceOf(namespace, network, last) : undefined;
  return { ok: false, message: `ports on the pod network of ${namespace}: ${why}`, evidence };
}

/** The `subnet-ports` expectation. */
export const subnetPorts: StepExpectation<SubnetPortsArg> = {
  name: 'subnet-ports',
  validate(arg, doc) {
    const out = [];
    const keys = (doc.namespaces ?? []).map((n) => n.name);
    if (arg.namespace !== undefined && !keys.includes(arg.namespace))
      out.push({
        path: ['namespace'],
        message: `'${arg.namespace}' is not a name under the suite's namespaces (known: ${keys.join(', ') || 'none'})`,
      });
    if ((arg.record === true) === (arg.added !== undefined))
      out.push({ path: [], message: 'give either record: true or added: N' });
    if (arg.steady !== undefined && (arg.record === true || parseDuration(arg.steady) === undefined))
      out.push({ path: ['steady'], message: 'steady takes a duration (e.g. 10s) and goes with added' });
    return out;
  },
  check,
};
