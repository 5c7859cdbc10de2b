/**
 * `ports: true`: for every workload, one ACTIVE Neutron port per ready pod carrying the pod's IP (the state checks'
 * rule, state.ts), and no port left bound to a pod of the workload that no longer exists. A port of a gone pod that is
 * back in Kuryr's pool (no device_id) counts as released. Polled until it holds or the step's deadline.
 */
import type { OpenStackApi } from '../../../openstack/api.js';
import type { PortDetail } from '../../../openstack/types/port.js';
import type { Evidence } from '../../../results/model.js';
import { getErrorMessage } from '../../../runtime/errors.js';
import { checkPorts, collectEvidence, portsOfPod, workloadPods, type PortCheckOptions } from '../../state.js';
import { withNamespaceNetwork } from '../../pod-network.js';
import { kubectlOf, pollUntilDeadline, portOptionsOf, seconds } from '../lookup.js';
import type { DeployedWorkload, StepContext, StepExpectation } from '../types.js';

/** A row of the ports table (evidence). */
interface PortRow {
  pod: string;
  podIP?: string;
  port?: string;
  portId?: string;
  ips?: string;
  status?: string;
  note?: string;
}

/** True when `name` has the shape of a pod name of Deployment `workload` (`<workload>-<hash>-<suffix>`). */
export function isPodNameOf(workload: string, name: string): boolean {
  if (!name.startsWith(`${workload}-`)) return false;
  return /^[a-z0-9]{1,10}-[a-z0-9]{5}$/.test(name.slice(workload.length + 1));
}

/** The pod a port is named after in `namespace` (`<pod>` or `<namespace>/<pod>`), or undefined. */
function podOfPort(port: PortDetail, namespace: string): string {
  const slash = port.name.indexOf('/');
  if (slash < 0) return port.name;
  return port.name.slice(0, slash) === namespace ? port.name.slice(slash + 1) : '';
}

/** The workload's port options; with Kuryr's namespace driver its pods' network is the namespace's KuryrNetwork's. */
function optionsOf(ctx: StepContext, w: DeployedWorkload): Promise<PortCheckOptions> {
  return withNamespaceNetwork(ctx.run.deps.kubectl, portOptionsOf(ctx, w));
}

/** Ports named after a pod of the workload that is gone, and still bound to it (not back in the pool). */
async function leftovers(
  ctx: StepContext,
  client: OpenStackApi,
  w: DeployedWorkload,
  ports: readonly PortDetail[],
): Promise<{ port: PortDetail; pod: string; deviceId: string }[]> {
  const live = new Set((await workloadPods(kubectlOf(ctx, w), w.name)).map((p) => p.metadata.name));
  const out: { port: PortDetail; pod: string; deviceId: string }[] = [];
  for (const port of ports) {
    const pod = podOfPort(port, w.namespace);
    if (!isPodNameOf(w.name, pod) || live.has(pod)) continue;
    const { deviceId } = await client.portShow(port.id);
    // back in Kuryr's pool: unbound (nested subports carry no device_id at all, so there it proves nothing)
    if (deviceId === '' && ctx.run.settings.mode === 'baremetal') continue;
    out.push({ port, pod, deviceId });
  }
  return out;
}

interface Checked {
  workload: DeployedWorkload;
  options: PortCheckOptions;
  rows: PortRow[];
}

async function checkWorkload(
  ctx: StepContext,
  client: OpenStackApi,
  w: DeployedWorkload,
): Promise<{ problems: string[]; checked: Checked }> {
  const options = await optionsOf(ctx, w);
  const about = `workload ${w.namespace}/${w.name}`;
  const r = await checkPorts(client, w.pods, options);
  const ports = r.value ?? [];
  const problems = r.problems.map((p) => `${about}: ${p}`);
  const rows: PortRow[] = w.pods.map((pod) => {
    const port = portsOfPod(ports, w.namespace, pod.metadata.name, pod.podIP)[0];
    const ips = port?.fixedIps.map((f) => f.ipAddress).join(', ');
    return { pod: pod.metadata.name, podIP: pod.podIP, port: port?.name, portId: port?.id, ips, status: port?.status };
  });
  for (const left of await leftovers(ctx, client, w, ports)) {
    const ips = left.port.fixedIps.map((f) => f.ipAddress).join(', ');
    const bound = left.deviceId === '' ? '' : ` (device_id ${left.deviceId})`;
    problems.push(
      `${about}: port ${left.port.name} (${left.port.id}, ${ips}) is still bound${bound} though pod ${left.pod} is gone`,
    );
    rows.push({
      pod: left.pod,
      port: left.port.name,
      portId: left.port.id,
      ips,
      status: left.port.status,
      note: 'pod gone, port not released',
    });
  }
  return { problems, checked: { workload: w, options, rows } };
}

/** True when the suite's workload `name` has `hostNetwork: true`. */
function onHostNetwork(ctx: StepContext, name: string): boolean {
  const { workload, workloads } = ctx.suite;
  const spec = workloads?.find((x) => x.name === name) ?? ((workload?.name ?? 'demo') === name ? workload : undefined);
  return spec?.hostNetwork === true;
}

async function checkAll(ctx: StepContext, client: OpenStackApi): Promise<{ problems: string[]; value: Checked[] }> {
  await ctx.refresh();
  const problems: string[] = [];
  const value: Checked[] = [];
  for (const w of ctx.workloads.values()) {
    if (onHostNetwork(ctx, w.name)) continue; // its pods have the node's address and no Kuryr port
    try {
      const r = await checkWorkload(ctx, client, w);
      problems.push(...r.problems);
      value.push(r.checked);
    } catch (err) {
      problems.push(`workload ${w.namespace}/${w.name}: ${getErrorMessage(err).split('\n')[0] ?? ''}`);
    }
  }
  return { problems, value };
}

async function evidenceOf(ctx: StepContext, checked: readonly Checked[]): Promise<Evidence[]> {
  const out: Evidence[] = [];
  for (const c of checked) {
    const title = `Neutron ports of ${c.workload.namespace}/${c.workload.name}`;
    out.push({ kind: 'state', title, data: c.rows });
    out.push(...(await collectEvidence(ctx.run.deps, { pods: c.workload.pods, services: [], options: c.options })));
  }
  return out;
}

/** The `ports` expectation (argument: `true`). */
export const portsExpectation: StepExpectation<boolean> = {
  name: 'ports',
  validate(arg) {
    return arg === true ? [] : [{ path: [], message: 'ports takes true (leave it out not to check)' }];
  },
  async check(ctx, _arg, deadline) {
    const client = ctx.run.deps.client;
    if (!client) return { ok: false, message: 'ports: checking Neutron ports needs the OpenStack cloud' };
    const outcome = await pollUntilDeadline(ctx, deadline, 'one ACTIVE port per ready pod', () =>
      checkAll(ctx, client),
    );
    const checked = outcome.value ?? [];
    if (outcome.ok) {
      const counts = checked.map((c) => `${c.workload.name}: ${c.workload.pods.length}`);
      return {
        ok: true,
        message: `one ACTIVE port per ready pod, none left for gone pods (${counts.join(', ')}) after ${seconds(outcome.ms)}`,
        convergedMs: outcome.ms,
      };
    }
    return {
      ok: false,
      message: `ports not converged in ${seconds(outcome.ms)}: ${outcome.problems[0] ?? ''}`,
      details: outcome.problems.join('\n'),
      evidence: await evidenceOf(ctx, checked),
    };
  },
};
