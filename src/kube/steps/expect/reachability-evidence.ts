/**
 * The evidence of a reachability matrix that did not converge: the mismatching cells as a matrix and their failing
 * probes, the NetworkPolicies in force (YAML), Kuryr's KuryrNetworkPolicy objects of the namespaces involved, and
 * each involved pod's Neutron port with its security groups and their rules. Never throws: a part that cannot be
 * read says why in its place.
 */
import { stringify } from 'yaml';
import type { PortDetail } from '../../../openstack/types/port.js';
import type { Evidence } from '../../../results/model.js';
import { getErrorMessage } from '../../../runtime/errors.js';
import { portsOfPod } from '../../state.js';
import { appliedPolicies } from '../actions/policy-state.js';
import type { StepContext } from '../types.js';
import type { CellResult } from './reachability.js';
import { HOST_SOURCE } from './reachability-plan.js';

const firstLines = (err: unknown): string => getErrorMessage(err).split('\n').slice(0, 3).join('\n');

function matrix(results: readonly CellResult[], protocol: string): Evidence[] {
  const bad = results.filter((r) => !r.ok);
  const cells = bad.map((r) => ({
    from: r.plan.spec.from,
    to: r.plan.spec.to,
    protocol,
    expected: r.plan.spec.result,
    observed: r.observed,
    passed: false,
  }));
  const probes = bad.flatMap((r) =>
    r.verdicts
      .filter((v) => !v.passed)
      .slice(0, 10)
      .map(({ probe: p, ...v }) => ({
        cell: `${r.plan.spec.from} -> ${r.plan.spec.to}`,
        from: p.source === HOST_SOURCE ? 'host' : p.source,
        to: p.target,
        host: p.host,
        port: p.port,
        observed: v.observed,
        exitCode: v.exitCode,
        stderr: v.stderr,
      })),
  );
  return [
    { kind: 'reachability', title: 'mismatching cells (expected vs observed)', data: cells },
    { kind: 'probes', title: 'failing probes', data: probes },
  ];
}

/** `kubectl get knp -n NS -o yaml` for each namespace; a cluster without the kind says so. */
async function knps(ctx: StepContext, namespaces: readonly string[]): Promise<Evidence[]> {
  const out: Evidence[] = [];
  for (const ns of namespaces) {
    const title = `kubectl get knp -n ${ns} -o yaml`;
    try {
      out.push({
        kind: 'kuryr-crd',
        title,
        data: await ctx.run.deps.kubectl.inNamespace(ns).run(['get', 'knp', '-o', 'yaml']),
      });
    } catch (err) {
      out.push({ kind: 'kuryr-crd', title, data: { error: `KuryrNetworkPolicy not readable: ${firstLines(err)}` } });
    }
  }
  return out;
}

/** Each pod's Neutron port with its security groups (name, id, rules). */
async function ports(ctx: StepContext, pods: readonly CellResult['plan']['pods'][number][]): Promise<Evidence[]> {
  const { client } = ctx.run.deps;
  if (!client || pods.length === 0) return [];
  let all: PortDetail[];
  try {
    all = await client.portListLong();
  } catch (err) {
    return [{ kind: 'neutron-ports', title: 'Neutron ports of the pods', data: { error: firstLines(err) } }];
  }
  const rows = [];
  for (const { pod, namespace } of pods.slice(0, 10)) {
    const port = portsOfPod(all, namespace, pod.metadata.name, pod.podIP)[0];
    if (!port) {
      rows.push({ pod: `${namespace}/${pod.metadata.name}`, ip: pod.podIP, port: null });
      continue;
    }
    const ids =
      port.securityGroups.length > 0 ? port.securityGroups : await client.portSecurityGroupIds(port.id).catch(() => []);
    const groups = [];
    for (const id of ids) {
      const name = await client.securityGroupShow(id).then(
        (g) => g.name,
        () => '',
      );
      const rules = await client.securityGroupRuleList(id).catch((err: unknown) => ({ error: firstLines(err) }));
      groups.push({ id, name, rules });
    }
    const { id, name, status, fixedIps } = port;
    rows.push({
      pod: `${namespace}/${pod.metadata.name}`,
      ip: pod.podIP,
      port: { id, name, status, fixedIps },
      securityGroups: groups,
    });
  }
  return [{ kind: 'neutron-ports', title: "pods' Neutron ports, their security groups and rules", data: rows }];
}

/** Everything that explains a matrix that did not converge. */
export async function reachabilityEvidence(
  ctx: StepContext,
  results: readonly CellResult[],
  protocol: string,
): Promise<Evidence[]> {
  const out = matrix(results, protocol);
  const policies = [...appliedPolicies(ctx).values()];
  out.push({
    kind: 'network-policies',
    title: 'NetworkPolicies in force (as applied)',
    data:
      policies.length === 0
        ? '# none applied by this scenario\n'
        : policies.map((p) => stringify(p.manifest)).join('---\n'),
  });
  const bad = results.filter((r) => !r.ok);
  const pods = bad.flatMap((r) => r.plan.pods).filter((p, i, a) => a.findIndex((q) => q.pod === p.pod) === i);
  const namespaces = [...new Set([...pods.map((p) => p.namespace), ...policies.map((p) => p.namespace)])].sort();
  out.push(...(await knps(ctx, namespaces)));
  out.push(...(await ports(ctx, pods)));
  return out;
}
