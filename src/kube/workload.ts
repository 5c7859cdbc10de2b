/**
 * The workload step of a suite: apply the Deployment (scaled from `scaleFrom` when set), wait until it is ready, wait
 * for one ACTIVE Neutron port per pod, apply each service and wait for its load balancer (ACTIVE, members == ready
 * pods). A workload with `ready: false` is waited for Running and never Ready instead: Kuryr wires its pods all the
 * same (one port each), and its load balancers have no members. Each wait becomes a `wait/…` case carrying its
 * convergence time; the clean-up between suites removes it all.
 */
import type { Evidence } from '../results/model.js';
import { parseDuration } from '../runtime/duration.js';
import { getErrorMessage } from '../runtime/errors.js';
import type { Kubectl } from './kubectl.js';
import { neverReadyCheck } from './never-ready.js';
import { withNamespaceNetwork } from './pod-network.js';
import { recordStepError, recordWait, type Run } from './run.js';
import {
  checkDeployment,
  checkLoadBalancer,
  checkPorts,
  collectEvidence,
  waitState,
  workloadPods,
  type PortCheckOptions,
  type WaitOutcome,
} from './state.js';
import type { Suite, SuiteService } from './suite.js';
import type { ReadinessProbe, SuiteWorkloadSpec, WorkloadPlacement } from './suite-objects.js';
import type { LoadBalancerRow } from './summary.js';
import type { LbStatusTree } from '../openstack/types/loadbalancer.js';
import type { KubePod, KubeService } from './types.js';

const DEFAULT_WAITS = { deployment: '5m', ports: '2m', loadBalancer: '20m', interval: '2s' };

function ms(text: string | undefined, fallback: string): number {
  return parseDuration(text ?? fallback) ?? parseDuration(fallback) ?? 0;
}

/** A suite's workload as the scenarios see it once it is deployed. */
export interface SuiteWorkload {
  suite: Suite;
  /** The Deployment's name and `app` label (`demo` when the suite has no workload). */
  app: string;
  /** The workload as written; undefined when the suite has none (nothing is deployed). */
  spec?: SuiteWorkloadSpec;
  /** The kubectl of its namespace. */
  kubectl: Kubectl;
  /** Suffix of its wait cases' ids: '' for the suite's `workload`, `-<name>` for an item of `workloads`. */
  waitSuffix: string;
  /** Ready pods with an IP. */
  pods: KubePod[];
  /** With `ready: false`: the pods that run with an IP and are not ready (Kuryr wires them all the same). */
  notReady: KubePod[];
  services: Map<string, KubeService>;
  portOptions: PortCheckOptions;
  /** Poll interval of the waits (ms). */
  interval: number;
  waits: typeof DEFAULT_WAITS;
  /** What `startWorkload` already applied: the Deployment, and the names of the Services. */
  applied: { deployment: boolean; services: Set<string> };
}

/**
 * A workload of a suite before anything is deployed: by default the suite's `workload` in the run's namespace; an
 * item of `workloads` in `namespace`.
 */
export function suiteWorkload(
  run: Run,
  suite: Suite,
  item?: { spec: SuiteWorkloadSpec & { name: string }; namespace: string },
): SuiteWorkload {
  const waits = { ...DEFAULT_WAITS, ...suite.waits };
  const { settings } = run;
  const namespace = item?.namespace ?? settings.namespace;
  return {
    suite,
    app: item?.spec.name ?? suite.workload?.name ?? 'demo',
    spec: item?.spec ?? suite.workload,
    kubectl: run.deps.kubectl.inNamespace(namespace),
    waitSuffix: item ? `-${item.spec.name}` : '',
    pods: [],
    notReady: [],
    services: new Map(),
    portOptions: { namespace, mode: settings.mode, names: run.names },
    interval: run.deps.intervalMs ?? ms(waits.interval, DEFAULT_WAITS.interval),
    waits,
    applied: { deployment: false, services: new Set() },
  };
}

/**
 * The Deployment the engine applies for a workload (exported so tests can pre-deploy the identical object); its
 * container carries `readinessProbe` as written; with `hostNetwork` its pods run on their node's own network.
 */
export function deploymentManifest(
  name: string,
  image: string,
  replicas: number,
  placement: WorkloadPlacement,
  podLabels: Readonly<Record<string, string>> = {},
  readinessProbe?: ReadinessProbe,
  hostNetwork = false,
): Record<string, unknown> {
  const labels = { app: name };
  const affinity = affinityOf(labels, placement);
  const ports = [
    { containerPort: 8080, protocol: 'TCP' },
    { containerPort: 9090, protocol: 'UDP' },
  ];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels: { ...podLabels, ...labels } },
        spec: {
          containers: [{ name, image, ports, ...(readinessProbe ? { readinessProbe } : {}) }],
          ...(affinity ? { affinity } : {}),
          ...(hostNetwork ? { hostNetwork: true } : {}),
        },
      },
    },
  };
}

/**
 * The pods' affinity for a placement: `spread` prefers other nodes than the workload's other pods (anti-affinity),
 * `together` requires the node of the others (the first pod goes anywhere), `any` leaves it to the scheduler.
 */
function affinityOf(labels: Record<string, string>, placement: WorkloadPlacement): Record<string, unknown> | undefined {
  const term = { labelSelector: { matchLabels: labels }, topologyKey: 'kubernetes.io/hostname' };
  if (placement === 'spread')
    return {
      podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: term }] },
    };
  if (placement === 'together') return { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term] } };
  return undefined;
}

/** The Service of `s` (type ClusterIP by default; without a selector when `selector: false`). */
export function serviceManifest(app: string, s: SuiteService): Record<string, unknown> {
  const protocol = s.protocol ?? 'TCP';
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: s.name, labels: { app } },
    spec: {
      type: s.type ?? 'ClusterIP',
      ...(s.selector === false ? {} : { selector: { app } }),
      ports: [{ name: servicePortName(s), protocol, port: s.port, targetPort: s.targetPort ?? s.port }],
    },
  };
}

const servicePortName = (s: SuiteService): string => `${(s.protocol ?? 'TCP').toLowerCase()}-${s.port}`;

/** The Endpoints the engine writes for a service without a selector: the workload's ready pod IPs. */
export function endpointsManifest(app: string, s: SuiteService, pods: readonly KubePod[]): Record<string, unknown> {
  const addresses = pods.flatMap((p) => (p.podIP === undefined ? [] : [{ ip: p.podIP }]));
  const ports = [{ name: servicePortName(s), port: s.targetPort ?? s.port, protocol: s.protocol ?? 'TCP' }];
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: s.name, labels: { app } },
    subsets: addresses.length === 0 ? [] : [{ addresses, ports }],
  };
}

/** Writes the Endpoints of the workload's services without a selector (after a deploy or a change of pods). */
export async function syncEndpoints(w: SuiteWorkload): Promise<void> {
  for (const s of (w.spec?.services ?? []).filter((x) => x.selector === false)) {
    await w.kubectl.apply(endpointsManifest(w.app, s, w.pods));
  }
}

/** Applies the workload's Deployment (at `scaleFrom` replicas when set) unless `startWorkload` already did. */
async function applyDeployment(run: Run, w: SuiteWorkload): Promise<void> {
  if (w.applied.deployment) return;
  const spec = w.spec ?? {};
  const first = spec.scaleFrom ?? spec.replicas ?? run.settings.replicas;
  const placement = spec.placement ?? 'spread';
  const image = spec.image ?? run.settings.image;
  await w.kubectl.apply(
    deploymentManifest(w.app, image, first, placement, spec.labels, spec.readinessProbe, spec.hostNetwork),
  );
  w.applied.deployment = true;
}

/** Applies one Service of the workload unless `startWorkload` already did. */
async function applyServiceObject(run: Run, w: SuiteWorkload, s: SuiteService): Promise<void> {
  if (w.applied.services.has(s.name)) return;
  run.loadBalancers.push(`${w.portOptions.namespace}/${s.name}`);
  await w.kubectl.apply(serviceManifest(w.app, s));
  w.applied.services.add(s.name);
}

/**
 * Applies the Deployment and waits for it (and for the scale-up from `scaleFrom`): its pods Running and Ready, or with
 * `ready: false` Running and not Ready; sets the workload's ready (and not-ready) pods.
 */
async function deployPods(run: Run, w: SuiteWorkload): Promise<void> {
  const { signal } = run.deps;
  const { kubectl } = w;
  const spec = w.spec ?? {};
  const { app, interval } = w;
  const replicas = spec.replicas ?? run.settings.replicas;
  const unready = spec.ready === false;
  // the suite's poll interval (not a test's faster one): the never-ready window is counted in polls of it
  const pollsEvery = ms(w.waits.interval, DEFAULT_WAITS.interval);
  const check = (want: number): (() => Promise<{ problems: string[]; value?: KubePod[] }>) =>
    unready
      ? neverReadyCheck(kubectl, app, want, spec.readinessProbe, pollsEvery)
      : () => checkDeployment(kubectl, app, want);
  const state = unready ? 'running, none ready' : 'ready';
  const wait = (want: number, what: string): Promise<WaitOutcome<KubePod[]>> =>
    waitState(check(want), {
      timeoutMs: run.budget(ms(w.waits.deployment, '5m')),
      intervalMs: interval,
      signal,
      what,
    });
  run.step(`suite ${w.suite.name}: deploy workload ${app}`);
  const first = spec.scaleFrom ?? replicas;
  await applyDeployment(run, w);
  let outcome = await wait(first, `deployment ${app} ${state}`);
  if (outcome.ok && first !== replicas) {
    await kubectl.scale(app, replicas);
    const again = await wait(replicas, `deployment ${app} scaled to ${replicas}`);
    outcome = { ...again, ms: outcome.ms + again.ms };
  }
  const live = outcome.value ?? (await workloadPods(kubectl, app)).filter((p) => p.podIP && p.ready !== unready);
  w.pods = unready ? [] : live;
  w.notReady = unready ? live : [];
  const evidence = outcome.ok
    ? undefined
    : await collectEvidence(run.deps, { pods: await workloadPods(kubectl, app), services: [], options: w.portOptions });
  const scaled = spec.scaleFrom ? ` (scaled from ${spec.scaleFrom})` : '';
  const name = unready
    ? `deployment ${app} running with ${replicas} pods, none ready${scaled}`
    : `deployment ${app} ready with ${replicas} pods${scaled}`;
  await recordWait(run, w.suite, { id: `deployment${w.waitSuffix}`, name, evidence }, outcome);
}

/**
 * Waits for one ACTIVE Neutron port per pod, ready or (with `ready: false`) not: Kuryr wires a pod whether or not it
 * is ready. Only with the cloud, and only when there are pods.
 */
async function waitPorts(run: Run, w: SuiteWorkload): Promise<void> {
  const { client, signal } = run.deps;
  const pods = w.spec?.ready === false ? w.notReady : w.pods;
  // a hostNetwork pod has its node's address: Kuryr gives it no port
  if (!client || pods.length === 0 || w.spec?.hostNetwork === true) return;
  // with Kuryr's namespace subnet driver the pods are on their namespace's network (its KuryrNetwork)
  const check = async (): Promise<{ problems: string[] }> =>
    checkPorts(client, pods, await withNamespaceNetwork(w.kubectl, w.portOptions));
  const ports = await waitState(check, {
    timeoutMs: run.budget(ms(w.waits.ports, '2m')),
    intervalMs: w.interval,
    signal,
    what: 'one ACTIVE Neutron port per pod',
  });
  const evidence = ports.ok
    ? undefined
    : await collectEvidence(run.deps, { pods, services: [], options: w.portOptions });
  const what = `one ACTIVE Neutron port per pod${w.waitSuffix === '' ? '' : ` of ${w.app}`}`;
  await recordWait(run, w.suite, { id: `ports${w.waitSuffix}`, name: what, evidence }, ports);
}

/** Applies one service and (with the cloud) waits for its load balancer to be ACTIVE with a member per ready pod. */
async function applyService(run: Run, w: SuiteWorkload, s: SuiteService): Promise<void> {
  const { client, signal } = run.deps;
  const { kubectl } = w;
  const { namespace } = w.portOptions;
  run.step(`suite ${w.suite.name}: service ${s.name}`);
  await applyServiceObject(run, w, s);
  if (s.selector === false) await kubectl.apply(endpointsManifest(w.app, s, w.pods));
  const svc = await kubectl.service(s.name);
  w.services.set(s.name, svc);
  if (!client) return;
  // members of manual Endpoints carry no pod name: they are awaited by address, the Endpoints' own
  const members =
    s.selector === false ? { addresses: w.pods.flatMap((p) => (p.podIP === undefined ? [] : [p.podIP])) } : w.pods;
  const check = async (): Promise<{ problems: string[]; value?: LbStatusTree }> => {
    const r = await checkLoadBalancer(client, namespace, svc, members);
    if (s.type !== 'LoadBalancer') return r;
    const fresh = await kubectl.service(s.name);
    if (fresh.loadBalancerIP === undefined) r.problems.push(`service ${s.name} has no external IP yet`);
    else w.services.set(s.name, fresh);
    return r;
  };
  const lb = await waitState(check, {
    timeoutMs: run.budget(ms(w.waits.loadBalancer, '20m')),
    intervalMs: w.interval,
    signal,
    what: `load balancer ${namespace}/${s.name}`,
  });
  const tree = lb.value;
  const row: LoadBalancerRow = {
    name: `${namespace}/${s.name}`,
    vip: svc.clusterIP ?? '',
    provisioning: tree?.provisioningStatus ?? 'missing',
    operating: tree?.operatingStatus ?? '',
    listeners: tree?.listeners.map((l) => `${l.name} (${l.provisioningStatus})`) ?? [],
    members: tree?.listeners.flatMap((l) => l.pools.flatMap((p) => p.members)).length ?? 0,
    expectedMembers: w.pods.length * svc.ports.length,
    convergenceMs: lb.ms,
  };
  const evidence: Evidence[] = [{ kind: 'loadbalancer', title: row.name, data: row }];
  if (!lb.ok) {
    evidence.push(...(await collectEvidence(run.deps, { pods: w.pods, services: [svc], options: w.portOptions })));
  }
  const name = `load balancer ${row.name} ACTIVE with ${w.pods.length} member(s)`;
  await recordWait(run, w.suite, { id: `loadbalancer-${s.name}`, name, evidence }, lb);
}

/**
 * Applies a workload's Deployment and Services without waiting for anything, so that Kubernetes and Kuryr build every
 * workload of a suite (pods, ports, load balancers) at the same time; `deployWorkload` then waits for each in suite
 * order. A failure here is left to `deployWorkload`, which applies again and records it.
 */
export async function startWorkload(run: Run, w: SuiteWorkload): Promise<void> {
  if (!w.spec) return;
  try {
    await applyDeployment(run, w);
    for (const s of w.spec.services ?? []) await applyServiceObject(run, w, s);
  } catch (err) {
    run.checkCancelled();
    run.deps.logger.debug(`suite ${w.suite.name}: applying workload ${w.app} early failed: ${getErrorMessage(err)}`);
  }
}

/**
 * Deploys the suite's workload and waits for it; a step that throws (not a wait that times out) becomes one
 * `workload` error case, and the scenarios then run against whatever was deployed.
 */
export async function deployWorkload(run: Run, w: SuiteWorkload): Promise<void> {
  const { spec } = w;
  if (!spec) return;
  try {
    await deployPods(run, w);
    await waitPorts(run, w);
    for (const s of spec.services ?? []) await applyService(run, w, s);
  } catch (err) {
    run.checkCancelled();
    run.deps.logger.error(`suite ${w.suite.name}: workload failed: ${getErrorMessage(err)}`);
    await recordStepError(
      run,
      {
        id: `${w.suite.name}/workload${w.waitSuffix}`,
        name: `deploy workload ${w.app}`,
        suite: w.suite.name,
        at: { file: w.suite.file, line: w.suite.line },
        title: `connectivity: ${w.suite.name} workload`,
        scope: 'suite',
        rule: 'connectivity/workload',
      },
      err,
    );
  }
}

/** Removes the suite's services and Deployment and waits until its pods are gone (between suites). */
export async function removeWorkload(run: Run, w: SuiteWorkload): Promise<void> {
  const { signal } = run.deps;
  const { kubectl } = w;
  for (const s of w.spec?.services ?? []) {
    await kubectl.run(['delete', 'service', s.name]).catch(() => undefined);
    if (s.selector === false) await kubectl.run(['delete', 'endpoints', s.name]).catch(() => undefined);
  }
  await kubectl.run(['delete', 'deployment', w.app]).catch(() => undefined);
  await waitState(
    async () => ({ problems: (await workloadPods(kubectl, w.app)).map((p) => `pod ${p.metadata.name} still exists`) }),
    { timeoutMs: run.budget(120_000), intervalMs: w.interval, what: `workload ${w.app} gone`, signal },
  );
}
