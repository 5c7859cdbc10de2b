/**
 * A suite policy as the NetworkPolicy object to apply: metadata.name = its key, its namespace's real name, and the
 * placeholders of its strings resolved at apply time: `${podIP:<workload>}` (the workload's first ready pod's IP) and
 * `${cidr:<namespace>}` (the namespace's subnet: its KuryrNetwork's `subnetCIDR` with the namespace subnet driver,
 * else the pod subnet every namespace shares).
 */
import type { SuitePolicy } from '../../suite-objects.js';
import type { StepContext } from '../types.js';

const PLACEHOLDER = /\$\{(podIP|cidr):([^}]*)\}/g;

/** The policy `key` of the suite (throws for an unknown one: the loader rejects those first). */
export function suitePolicy(ctx: StepContext, key: string): SuitePolicy {
  const p = ctx.suite.policies?.[key];
  if (!p) throw new Error(`no policy '${key}' in the suite`);
  return p;
}

/** The real namespace of a policy. */
export function policyNamespace(ctx: StepContext, policy: SuitePolicy): string {
  const ns = ctx.namespaces.get(policy.namespace ?? '');
  if (ns === undefined) throw new Error(`namespace '${policy.namespace ?? ''}' was not created`);
  return ns;
}

/** The first ready pod's IP of a workload. */
function podIP(ctx: StepContext, workload: string): string {
  const ip = ctx.workloads.get(workload)?.pods.find((p) => p.podIP !== undefined)?.podIP;
  if (ip === undefined) throw new Error(`\${podIP:${workload}}: workload '${workload}' has no ready pod with an IP`);
  return ip;
}

/** The CIDR of a suite namespace: its KuryrNetwork's subnetCIDR, else the shared pod subnet's. */
export async function namespaceCidr(ctx: StepContext, key: string): Promise<string> {
  const real = ctx.namespaces.get(key);
  if (real === undefined) throw new Error(`\${cidr:${key}}: namespace '${key}' was not created`);
  const { kubectl, client } = ctx.run.deps;
  const networks = await kubectl.inNamespace(real).optionalList('kuryrnetworks');
  for (const o of networks ?? []) {
    const meta = o.metadata as { name?: unknown } | undefined;
    const status = o.status as { subnetCIDR?: unknown } | undefined;
    if (meta?.name === real && typeof status?.subnetCIDR === 'string') return status.subnetCIDR;
  }
  if (!client) throw new Error(`\${cidr:${key}}: no KuryrNetwork for ${real} and no cloud to read the pod subnet from`);
  return (await client.subnetShow(ctx.run.names.podSubnet)).cidr;
}

/** Replaces the placeholders in every string of `value` (deeply). */
export async function resolvePlaceholders(ctx: StepContext, value: unknown): Promise<unknown> {
  if (typeof value === 'string') {
    let out = '';
    let last = 0;
    for (const m of value.matchAll(PLACEHOLDER)) {
      const [text, kind, name = ''] = m;
      out += value.slice(last, m.index) + (kind === 'podIP' ? podIP(ctx, name) : await namespaceCidr(ctx, name));
      last = m.index + text.length;
    }
    return out + value.slice(last);
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolvePlaceholders(ctx, v)));
  if (value !== null && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await resolvePlaceholders(ctx, v)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/**
 * The NetworkPolicy object named `name` (a suite key) with the spec of policy `specOf` (default: the same key).
 * @returns the object and its real namespace
 */
export async function policyManifest(
  ctx: StepContext,
  name: string,
  specOf: string = name,
): Promise<{ manifest: Record<string, unknown>; namespace: string }> {
  const namespace = policyNamespace(ctx, suitePolicy(ctx, name));
  const spec = await resolvePlaceholders(ctx, suitePolicy(ctx, specOf).spec);
  const manifest = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'kuryr-dragonflow-actions' } },
    spec,
  };
  return { manifest, namespace };
}
