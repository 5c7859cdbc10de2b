/**
 * The connectivity engine: for each suite, deploy the workload → wait on state (deployment ready, one ACTIVE port per
 * pod, load balancers ACTIVE with members == ready pods; convergence times recorded) → state checks → probes
 * (batched per source pod, round by round for `repeat`) → classify → evidence. The results file is opened before any
 * cluster call; every scenario becomes a case at its suite line, failures become findings at that line, and the
 * JUnit file is written at the end. The namespace is deleted afterwards when this run created it.
 */
import { join } from 'node:path';
import type { OpenStackClient } from '../openstack/client.js';
import type { Evidence, Finding, TestCase } from '../results/model.js';
import { ResultsWriter } from '../results/writer.js';
import { parseDuration } from '../runtime/duration.js';
import { CancelledError, cancelReason, throwIfCancelled } from '../runtime/cancel.js';
import { getErrorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { ProbeExpectation, ProbeVerdict } from './classify.js';
import { cancelledCase, removeLoadBalancers } from './cancelled.js';
import { runProbes, type ExecStats } from './executor.js';
import { isKubeNotFound, type Kubectl } from './kubectl.js';
import { junitOf } from './junit-path.js';
import { writeJUnit } from './junit.js';
import { evaluateScenario, planScenario, type ClusterFacts, type ScenarioPlan } from './plan.js';
import type { Probe } from './script.js';
import type { ConnectivitySettings } from './settings.js';
import {
  DEFAULT_KURYR_NAMES,
  checkApiLoadBalancer,
  checkDeployment,
  checkLoadBalancer,
  checkPorts,
  checkTrunkSubports,
  collectEvidence,
  ipInCidr,
  waitState,
  workloadPods,
  type KuryrNames,
  type PortCheckOptions,
} from './state.js';
import { filterScenarios, type LocatedScenario, type Suite } from './suite.js';
import type { ReachabilityCell, LoadBalancerRow } from './summary.js';
import type { KubePod, KubeService } from './types.js';

/** The results stage. */
export const CONNECTIVITY_STAGE = 'connectivity';

/** Ports of one run. */
export interface ConnectivityDeps {
  kubectl: Kubectl;
  /** The typed openstack CLI; without it, Neutron/Octavia checks error and waits skip the cloud. */
  client?: OpenStackClient;
  logger: Logger;
  toolVersion: string;
  names?: KuryrNames;
  /** Poll interval override (tests). */
  intervalMs?: number;
  /** SIGINT/SIGTERM: stop at the next step, remove the namespace and the load balancers, record a cancelled case. */
  signal?: AbortSignal;
  /** How long Kuryr gets to delete the load balancers of a cancelled run before the run deletes them (30 s). */
  lbGraceMs?: number;
  /** The kubectl of the clean-up (namespace, services): one the signal does not cancel (default `kubectl`). */
  cleanupKubectl?: Kubectl;
  /** Called right before the run creates its namespace (the action saves it for post then). */
  onCreatingNamespace?: () => void;
}

/** The outputs of actions/connectivity. */
export type ConnectivityOutputs = Record<'results' | 'junit' | 'passed' | 'failed' | 'flaky', string>;

/** What {@link runConnectivity} returns. */
export interface ConnectivityOutcome {
  success: boolean;
  headline: string;
  outputs: ConnectivityOutputs;
  cases: TestCase[];
  findings: Finding[];
  stats: ExecStats;
  /** True when SIGINT/SIGTERM stopped the run (it cleaned up and wrote partial results). */
  cancelled?: boolean;
}

const DEFAULT_WAITS = { deployment: '5m', ports: '2m', loadBalancer: '20m', interval: '2s' };

function ms(text: string | undefined, fallback: string): number {
  return parseDuration(text ?? fallback) ?? parseDuration(fallback) ?? 0;
}

/** Results and JUnit paths inside the results directory. */
export function connectivityPaths(resultsDir: string): { results: string; junit: string } {
  return { results: join(resultsDir, 'connectivity.json'), junit: junitOf(resultsDir) };
}

/** The Deployment the engine applies for a workload (exported so tests can pre-deploy the identical object). */
export function deploymentManifest(
  name: string,
  image: string,
  replicas: number,
  spread: boolean,
): Record<string, unknown> {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name,
              image,
              ports: [
                { containerPort: 8080, protocol: 'TCP' },
                { containerPort: 9090, protocol: 'UDP' },
              ],
            },
          ],
          ...(spread
            ? {
                affinity: {
                  podAntiAffinity: {
                    preferredDuringSchedulingIgnoredDuringExecution: [
                      {
                        weight: 100,
                        podAffinityTerm: {
                          labelSelector: { matchLabels: labels },
                          topologyKey: 'kubernetes.io/hostname',
                        },
                      },
                    ],
                  },
                },
              }
            : {}),
        },
      },
    },
  };
}

function serviceManifest(
  app: string,
  s: NonNullable<NonNullable<Suite['workload']>['services']>[number],
): Record<string, unknown> {
  const protocol = s.protocol ?? 'TCP';
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: s.name, labels: { app } },
    spec: {
      type: 'ClusterIP',
      selector: { app },
      ports: [
        { name: `${protocol.toLowerCase()}-${s.port}`, protocol, port: s.port, targetPort: s.targetPort ?? s.port },
      ],
    },
  };
}

/** Per-run state shared by the suites. */
class Run {
  readonly cases: TestCase[] = [];
  readonly findings: Finding[] = [];
  readonly stats: ExecStats = { execs: 0, retries: 0, wallMs: 0 };
  private nextProbe = 0;
  readonly deadline: number;
  /** Kuryr's names (`NAMESPACE/SERVICE`) of the load balancers of the services this run applied. */
  readonly loadBalancers: string[] = [];
  /** What the run was doing, for the cancelled case. */
  phase?: string;

  constructor(
    readonly settings: ConnectivitySettings,
    readonly deps: ConnectivityDeps,
    readonly results: ResultsWriter,
  ) {
    this.deadline = Date.now() + settings.timeoutMs;
  }

  /** Throws a CancelledError once SIGINT/SIGTERM arrived; notes `phase` as what the run is doing. */
  step(phase: string): void {
    throwIfCancelled(this.deps.signal);
    this.phase = phase;
  }

  /** After a failed call: when the run was cancelled, the failure is the cancellation (a CancelledError). */
  checkCancelled(): void {
    throwIfCancelled(this.deps.signal);
  }

  get names(): KuryrNames {
    return this.deps.names ?? DEFAULT_KURYR_NAMES;
  }

  probeId = (): string => `p${++this.nextProbe}`;

  budget(wanted: number): number {
    return Math.max(1000, Math.min(wanted, this.deadline - Date.now()));
  }

  async add(c: TestCase, finding?: Omit<Finding, 'caseId'>): Promise<void> {
    this.cases.push(c);
    await this.results.addCase(c);
    if (finding) {
      const f = { ...finding, caseId: c.id };
      this.findings.push(f);
      await this.results.addFinding(f);
    }
  }
}

function findingFor(scenario: LocatedScenario, c: TestCase): Omit<Finding, 'caseId'> | undefined {
  if (c.status !== 'failed' && c.status !== 'error' && c.status !== 'flaky') return undefined;
  return {
    file: scenario.file,
    line: scenario.line,
    endLine: scenario.endLine,
    level: c.status === 'flaky' ? 'warning' : 'failure',
    title: `connectivity: ${c.id} ${c.status}`,
    message: c.message ?? c.status,
    details: c.details,
    rule: `connectivity/${scenario.kind}`,
  };
}

function reachability(
  verdicts: readonly ProbeVerdict[],
  expect: ProbeExpectation,
  everyBackend: boolean,
): ReachabilityCell[] {
  // The last round decides a cell; every-backend scenarios collapse to one cell per source.
  const last = Math.max(0, ...verdicts.map((v) => v.probe.round));
  const cells = new Map<string, ReachabilityCell>();
  for (const v of verdicts.filter((x) => x.probe.round === last)) {
    const key = `${v.probe.source}>${v.probe.target}`;
    const prev = cells.get(key);
    const passed = (prev?.passed ?? true) && v.passed;
    cells.set(key, {
      from: v.probe.source,
      to: v.probe.target,
      protocol: `${v.probe.protocol}${v.probe.port === undefined ? '' : `/${v.probe.port}`}${everyBackend ? ' (every backend)' : ''}`,
      expected: expect.outcome,
      observed: passed ? v.observed : prev && !prev.passed ? prev.observed : v.observed,
      passed,
    });
  }
  return [...cells.values()];
}

/**
 * Runs the suites and writes the results (JSON + JUnit). Never throws for a cluster failure: a suite that cannot run
 * becomes an error case with a finding at the suite's first line.
 */
export async function runConnectivity(
  suites: readonly Suite[],
  settings: ConnectivitySettings,
  deps: ConnectivityDeps,
  paths: { results: string; junit: string },
): Promise<ConnectivityOutcome> {
  const results = await ResultsWriter.open(paths.results, {
    toolVersion: deps.toolVersion,
    stage: CONNECTIVITY_STAGE,
    extra: { mode: settings.mode, namespace: settings.namespace, execMode: settings.execMode, suites: settings.suites },
  });
  const run = new Run(settings, deps, results);
  const { kubectl, logger } = deps;
  let created = false;
  try {
    try {
      created = !(await namespaceExists(kubectl));
      if (created) deps.onCreatingNamespace?.();
      if (created) await kubectl.createNamespace({ 'app.kubernetes.io/managed-by': 'kuryr-dragonflow-actions' });
    } catch (err) {
      run.checkCancelled();
      await run.add(
        {
          id: 'setup/namespace',
          name: `namespace ${settings.namespace}`,
          suite: 'setup',
          status: 'error',
          message: getErrorMessage(err).split('\n')[0],
        },
        {
          file: suites[0]?.file ?? 'suites',
          line: suites[0]?.line ?? 1,
          level: 'failure',
          title: 'connectivity: namespace',
          message: getErrorMessage(err),
        },
      );
      return await finish(run, paths, created);
    }
    for (const [i, raw] of suites.entries()) {
      const suite = filterScenarios(raw, settings.filter);
      if (suite.scenarios.length === 0) continue;
      run.step(`suite ${suite.name}`);
      await logger.group(`suite ${suite.name} (${suite.file})`, () => runSuite(run, suite, i < suites.length - 1));
    }
  } catch (err) {
    // Cancelled (at a step, or a kubectl call the signal ended): `finish` removes the namespace and the load
    // balancers; the results say what ran.
    if (!(err instanceof CancelledError) && !deps.signal?.aborted) throw err;
    const reason = err instanceof CancelledError ? err.reason : cancelReason(deps.signal);
    logger.error(`connectivity: cancelled (${reason}) during ${run.phase ?? 'setup'}; cleaning up`);
    await run.add(cancelledCase(reason, run.phase));
  }
  return finish(run, paths, created);
}

async function namespaceExists(kubectl: Kubectl): Promise<boolean> {
  try {
    await kubectl.run(['get', 'namespace', kubectl.namespace, '-o', 'json'], { namespaced: false });
    return true;
  } catch (err) {
    if (isKubeNotFound(err)) return false;
    throw err;
  }
}

async function finish(
  run: Run,
  paths: { results: string; junit: string },
  created: boolean,
): Promise<ConnectivityOutcome> {
  const { logger, client } = run.deps;
  const kubectl = run.deps.cleanupKubectl ?? run.deps.kubectl;
  const cancelled = run.deps.signal?.aborted === true;
  if (created) {
    try {
      await kubectl.deleteNamespace();
      logger.info(`deleted namespace ${kubectl.namespace}`);
    } catch (err) {
      logger.warning(`could not delete namespace ${kubectl.namespace}: ${getErrorMessage(err)}`);
    }
  } else if (cancelled) {
    // not our namespace: only the services this run applied go (and with them their load balancers)
    const services = run.loadBalancers.map((lb) => lb.split('/')[1] ?? lb);
    if (services.length > 0) await kubectl.run(['delete', 'service', ...services]).catch(() => undefined);
  }
  if (cancelled && client)
    await removeLoadBalancers(client, run.loadBalancers, logger, { graceMs: run.deps.lbGraceMs });
  writeJUnit(paths.junit, run.cases, {
    mode: run.settings.mode,
    namespace: run.settings.namespace,
    execMode: run.settings.execMode,
  });
  await run.results.finish();
  const count = (s: string): number => run.cases.filter((c) => c.status === s).length;
  const failed = count('failed') + count('error');
  const outputs: ConnectivityOutputs = {
    results: run.results.path,
    junit: paths.junit,
    passed: String(count('passed')),
    failed: String(failed),
    flaky: String(count('flaky')),
  };
  const headline =
    failed === 0
      ? `connectivity: all ${run.cases.length - count('skipped')} checks passed${count('flaky') ? ` (${count('flaky')} flaky)` : ''} (${run.stats.execs} kubectl exec)`
      : `connectivity: ${failed} of ${run.cases.length} checks failed`;
  const outcome = { success: failed === 0, headline, outputs, cases: run.cases, findings: run.findings };
  if (!cancelled) return { ...outcome, stats: run.stats };
  return { ...outcome, headline: `connectivity: cancelled (${run.phase ?? 'setup'})`, stats: run.stats, cancelled };
}

async function runSuite(run: Run, suite: Suite, cleanupAfter: boolean): Promise<void> {
  const { settings, deps } = run;
  const { kubectl, client, logger } = deps;
  const loc = (s: LocatedScenario): TestCase['location'] => ({ file: s.file, line: s.line, endLine: s.endLine });
  if (suite.modes && !suite.modes.includes(settings.mode)) {
    for (const s of suite.scenarios) {
      await run.add({
        id: `${suite.name}/${s.name}`,
        name: s.name,
        suite: suite.name,
        status: 'skipped',
        message: `suite applies to mode ${suite.modes.join(', ')}, not ${settings.mode}`,
        location: loc(s),
        tags: s.tags,
      });
    }
    return;
  }
  const waits = { ...DEFAULT_WAITS, ...suite.waits };
  const interval = deps.intervalMs ?? ms(waits.interval, DEFAULT_WAITS.interval);
  const portOptions: PortCheckOptions = { namespace: settings.namespace, mode: settings.mode, names: run.names };
  const w = suite.workload;
  const app = w?.name ?? 'demo';
  const replicas = w?.replicas ?? settings.replicas;
  let pods: KubePod[] = [];
  const services = new Map<string, KubeService>();
  const suiteLoc = { file: suite.file, line: suite.line };
  const waitCase = async (
    id: string,
    name: string,
    outcome: { ok: boolean; ms: number; problems: string[] },
    evidence?: Evidence[],
  ): Promise<void> => {
    const c: TestCase = {
      id: `${suite.name}/wait/${id}`,
      name: `wait: ${name}`,
      suite: suite.name,
      status: outcome.ok ? 'passed' : 'failed',
      durationMs: outcome.ms,
      message: outcome.ok
        ? `converged in ${(outcome.ms / 1000).toFixed(1)} s`
        : `not reached in ${(outcome.ms / 1000).toFixed(0)} s: ${outcome.problems[0] ?? ''}`,
      details: outcome.ok ? undefined : outcome.problems.join('\n'),
      location: suiteLoc,
      tags: ['wait', `convergence-ms:${outcome.ms}`],
      evidence,
    };
    await run.add(
      c,
      outcome.ok
        ? undefined
        : {
            ...suiteLoc,
            level: 'failure',
            title: `connectivity: ${c.id}`,
            message: c.message ?? '',
            details: c.details,
            rule: 'connectivity/wait',
          },
    );
  };

  if (w) {
    try {
      run.step(`suite ${suite.name}: deploy workload ${app}`);
      const first = w.scaleFrom ?? replicas;
      await kubectl.apply(
        deploymentManifest(app, w.image ?? settings.image, first, (w.placement ?? 'spread') === 'spread'),
      );
      let outcome = await waitState(() => checkDeployment(kubectl, app, first), {
        timeoutMs: run.budget(ms(waits.deployment, '5m')),
        intervalMs: interval,
        signal: deps.signal,
        what: `deployment ${app} ready`,
      });
      if (outcome.ok && first !== replicas) {
        await kubectl.scale(app, replicas);
        const again = await waitState(() => checkDeployment(kubectl, app, replicas), {
          timeoutMs: run.budget(ms(waits.deployment, '5m')),
          intervalMs: interval,
          signal: deps.signal,
          what: `deployment ${app} scaled to ${replicas}`,
        });
        outcome = { ...again, ms: outcome.ms + again.ms };
      }
      pods = outcome.value ?? (await workloadPods(kubectl, app)).filter((p) => p.ready && p.podIP);
      await waitCase(
        'deployment',
        `deployment ${app} ready with ${replicas} pods${w.scaleFrom ? ` (scaled from ${w.scaleFrom})` : ''}`,
        outcome,
        outcome.ok
          ? undefined
          : await collectEvidence(deps, { pods: await workloadPods(kubectl, app), services: [], options: portOptions }),
      );
      if (client && pods.length > 0) {
        const ports = await waitState(() => checkPorts(client, pods, portOptions), {
          timeoutMs: run.budget(ms(waits.ports, '2m')),
          intervalMs: interval,
          signal: deps.signal,
          what: 'one ACTIVE Neutron port per pod',
        });
        await waitCase(
          'ports',
          'one ACTIVE Neutron port per pod',
          ports,
          ports.ok ? undefined : await collectEvidence(deps, { pods, services: [], options: portOptions }),
        );
      }
      for (const s of w.services ?? []) {
        run.step(`suite ${suite.name}: service ${s.name}`);
        run.loadBalancers.push(`${settings.namespace}/${s.name}`);
        await kubectl.apply(serviceManifest(app, s));
        const svc = await kubectl.service(s.name);
        services.set(s.name, svc);
        if (!client) continue;
        const lb = await waitState(() => checkLoadBalancer(client, settings.namespace, svc, pods), {
          timeoutMs: run.budget(ms(waits.loadBalancer, '20m')),
          intervalMs: interval,
          signal: deps.signal,
          what: `load balancer ${settings.namespace}/${s.name}`,
        });
        const tree = lb.value;
        const row: LoadBalancerRow = {
          name: `${settings.namespace}/${s.name}`,
          vip: svc.clusterIP ?? '',
          provisioning: tree?.provisioningStatus ?? 'missing',
          operating: tree?.operatingStatus ?? '',
          listeners: tree?.listeners.map((l) => `${l.name} (${l.provisioningStatus})`) ?? [],
          members: tree?.listeners.flatMap((l) => l.pools.flatMap((p) => p.members)).length ?? 0,
          expectedMembers: pods.length * svc.ports.length,
          convergenceMs: lb.ms,
        };
        const evidence: Evidence[] = [{ kind: 'loadbalancer', title: row.name, data: row }];
        if (!lb.ok) evidence.push(...(await collectEvidence(deps, { pods, services: [svc], options: portOptions })));
        await waitCase(
          `loadbalancer-${s.name}`,
          `load balancer ${row.name} ACTIVE with ${pods.length} member(s)`,
          lb,
          evidence,
        );
      }
    } catch (err) {
      run.checkCancelled();
      const message = getErrorMessage(err);
      logger.error(`suite ${suite.name}: workload failed: ${message}`);
      await run.add(
        {
          id: `${suite.name}/workload`,
          name: `deploy workload ${app}`,
          suite: suite.name,
          status: 'error',
          message: message.split('\n')[0],
          details: message,
          location: suiteLoc,
        },
        {
          ...suiteLoc,
          level: 'failure',
          title: `connectivity: ${suite.name} workload`,
          message: message.split('\n')[0] ?? message,
          details: message,
          rule: 'connectivity/workload',
        },
      );
    }
  }

  // State scenarios.
  for (const s of suite.scenarios.filter((x) => x.kind === 'state')) {
    run.step(`suite ${suite.name}: ${s.name}`);
    const t0 = Date.now();
    let problems: string[];
    let evidence: Evidence[] | undefined;
    let status: TestCase['status'] = 'passed';
    try {
      const r = await stateCheck(run, s, app, pods, services, portOptions);
      if (r.skip) {
        await run.add({
          id: `${suite.name}/${s.name}`,
          name: s.name,
          suite: suite.name,
          status: 'skipped',
          message: r.skip,
          location: loc(s),
          tags: s.tags,
        });
        continue;
      }
      problems = r.problems;
      // The VLAN table is the proof of the nested claim: kept for passing cases too.
      if (problems.length === 0 && s.check === 'trunk-subports') evidence = [{ kind: 'trunk-subports', data: r.value }];
      if (problems.length > 0) {
        status = 'failed';
        evidence = [
          ...(r.value === undefined ? [] : [{ kind: 'state', title: s.check ?? 'state', data: r.value }]),
          ...(await collectEvidence(deps, { pods, services: [...services.values()], options: portOptions })),
        ];
      }
    } catch (err) {
      run.checkCancelled();
      status = 'error';
      problems = [getErrorMessage(err)];
    }
    const c: TestCase = {
      id: `${suite.name}/${s.name}`,
      name: s.name,
      suite: suite.name,
      status,
      durationMs: Date.now() - t0,
      message: problems[0],
      details: problems.length > 1 ? problems.join('\n') : undefined,
      location: loc(s),
      evidence,
      tags: s.tags,
    };
    await run.add(c, findingFor(s, c));
  }

  // Probe scenarios: all scenarios' probes of one round go out together, one exec per source pod.
  const facts: ClusterFacts = {
    namespace: settings.namespace,
    pods: [...pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name)),
    services,
    vars: { ...suite.variables, ...(settings.externalTarget ? { 'external-target': settings.externalTarget } : {}) },
  };
  const plans: ScenarioPlan[] = [];
  for (const s of suite.scenarios.filter((x) => x.kind !== 'state')) {
    const scenario = settings.repeat === undefined ? s : { ...s, repeat: settings.repeat };
    try {
      plans.push(planScenario(suite, scenario, facts, run.probeId));
    } catch (err) {
      plans.push({
        scenario,
        caseId: `${suite.name}/${s.name}`,
        rounds: [],
        expectation: { outcome: 'ok' },
        error: getErrorMessage(err),
      });
    }
  }
  const verdicts = new Map<string, ProbeVerdict[]>();
  const rounds = Math.max(0, ...plans.map((p) => p.rounds.length));
  const started = Date.now();
  for (let r = 0; r < rounds; r++) {
    run.step(`suite ${suite.name}: probes, round ${r + 1} of ${rounds}`);
    const probes: Probe[] = plans.flatMap((p) => p.rounds[r] ?? []);
    const byCase = new Map(plans.map((p) => [p.caseId, p.expectation]));
    const { verdicts: got, stats } = await runProbes(kubectl, probes, {
      mode: settings.execMode,
      expectationOf: (p) => byCase.get(p.caseId) ?? { outcome: 'ok' },
      onRetry: (pod, attempt, why) =>
        logger.warning(`kubectl exec ${pod}: transport failure (attempt ${attempt}), retrying: ${why}`),
    });
    run.stats.execs += stats.execs;
    run.stats.retries += stats.retries;
    for (const v of got) verdicts.set(v.probe.caseId, [...(verdicts.get(v.probe.caseId) ?? []), v]);
  }
  run.stats.wallMs += Date.now() - started;
  run.step(`suite ${suite.name}: verdicts`); // probes cut short by a signal are no verdicts
  for (const plan of plans) {
    const result = evaluateScenario(plan, verdicts.get(plan.caseId) ?? []);
    const s = plan.scenario;
    const evidence: Evidence[] = [];
    const cells = reachability(result.verdicts, plan.expectation, plan.everyBackend !== undefined);
    if (cells.length > 0) evidence.push({ kind: 'reachability', title: 'expected vs observed', data: cells });
    if (plan.everyBackend)
      evidence.push({
        kind: 'backends',
        title: 'backends seen',
        data: { expected: plan.everyBackend, seen: result.backendsSeen },
      });
    if (result.status === 'failed' || result.status === 'error') {
      const involved = new Set(result.failures.flatMap((v) => [v.probe.source, v.probe.target]));
      const svcs = [...services.values()].filter((x) => involved.has(`svc/${x.metadata.name}`));
      evidence.push({
        kind: 'probes',
        title: 'failing probes',
        data: result.failures.slice(0, 50).map((v) => ({
          from: v.probe.source,
          to: v.probe.target,
          protocol: v.probe.protocol,
          host: v.probe.host,
          port: v.probe.port,
          observed: v.observed,
          exitCode: v.exitCode,
          httpCode: v.httpCode,
          stderr: v.stderr,
          body: v.body,
        })),
      });
      evidence.push(
        ...(await collectEvidence(deps, {
          pods: pods.filter((p) => involved.has(p.metadata.name) || svcs.length > 0),
          services: svcs,
          options: portOptions,
        })),
      );
    }
    const c: TestCase = {
      id: plan.caseId,
      name: s.name,
      suite: suite.name,
      status: result.status,
      durationMs: Date.now() - started,
      message: result.message,
      details: result.details,
      attempts: result.attempts || undefined,
      location: loc(s),
      evidence,
      tags: s.tags,
    };
    await run.add(c, findingFor(s, c));
  }

  if (cleanupAfter && w) {
    for (const s of w.services ?? []) await kubectl.run(['delete', 'service', s.name]).catch(() => undefined);
    await kubectl.run(['delete', 'deployment', app]).catch(() => undefined);
    await waitState(
      async () => ({ problems: (await workloadPods(kubectl, app)).map((p) => `pod ${p.metadata.name} still exists`) }),
      { timeoutMs: run.budget(120_000), intervalMs: interval, what: `workload ${app} gone`, signal: deps.signal },
    );
  }
}

async function stateCheck(
  run: Run,
  s: LocatedScenario,
  app: string,
  pods: readonly KubePod[],
  services: Map<string, KubeService>,
  options: PortCheckOptions,
): Promise<{ problems: string[]; value?: unknown; skip?: string }> {
  const client = run.deps.client;
  const needCloud = (): OpenStackClient => {
    if (!client) throw new Error(`the ${s.check ?? ''} check needs the OpenStack cloud (os-cloud)`);
    return client;
  };
  const svcOf = (): KubeService => {
    const name = s.resource ?? [...services.keys()][0];
    const svc = name === undefined ? undefined : services.get(name);
    if (!svc) throw new Error(`no service ${name ?? ''} in the workload`);
    return svc;
  };
  switch (s.check) {
    case 'pods-running': {
      const want = run.settings.replicas;
      const live = await workloadPods(run.deps.kubectl, app);
      const bad = live.filter((p) => p.phase !== 'Running' || !p.ready);
      const problems = bad.map(
        (p) => `pod ${p.metadata.name} is ${p.phase}${p.waitingReason ? ` (${p.waitingReason})` : ''}`,
      );
      if (live.length === 0) problems.push('no pods');
      return {
        problems,
        value: live.map((p) => ({
          name: p.metadata.name,
          phase: p.phase,
          node: p.nodeName,
          ip: p.podIP,
          wanted: want,
        })),
      };
    }
    case 'pod-ips-in-subnet': {
      const subnet = await needCloud().subnetShow(s.resource ?? run.names.podSubnet);
      const problems = pods
        .filter((p) => !p.podIP || !ipInCidr(p.podIP, subnet.cidr))
        .map((p) => `pod ${p.metadata.name} IP ${p.podIP ?? 'none'} is not in ${subnet.name} (${subnet.cidr})`);
      if (pods.length === 0) problems.push('no ready pods');
      return { problems, value: { subnet: subnet.cidr, ips: pods.map((p) => p.podIP) } };
    }
    case 'pod-ports-active':
      return checkPorts(needCloud(), pods, options);
    case 'trunk-subports':
      if (run.settings.mode !== 'nested') return { problems: [], skip: 'trunk subports apply to mode nested' };
      return checkTrunkSubports(needCloud(), pods, {
        ...options,
        trunk: s.resource,
        vlanInPod: (pod) => vlanInPod(run.deps.kubectl, pod.metadata.name),
      });
    case 'loadbalancer-active':
      return checkLoadBalancer(needCloud(), run.settings.namespace, svcOf(), undefined);
    case 'loadbalancer-members':
      return checkLoadBalancer(needCloud(), run.settings.namespace, svcOf(), pods);
    case 'network-exists': {
      const net = await needCloud().networkShow(s.resource ?? run.names.podNetwork);
      return { problems: [], value: net };
    }
    case 'subnet-exists': {
      const subnet = await needCloud().subnetShow(s.resource ?? run.names.podSubnet);
      return {
        problems:
          s.cidr !== undefined && subnet.cidr !== s.cidr
            ? [`subnet ${subnet.name} is ${subnet.cidr}, expected ${s.cidr}`]
            : [],
        value: subnet,
      };
    }
    case 'security-group-exists': {
      const rules = await needCloud().securityGroupRuleList(s.resource ?? 'service_pod_access');
      return { problems: [], value: rules };
    }
    case 'api-loadbalancer':
      return checkApiLoadBalancer(needCloud(), run.names);
    default:
      return { problems: [`unknown check ${String(s.check)}`] };
  }
}

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
