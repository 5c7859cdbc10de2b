/**
 * The connectivity engine, a small framework around the scenario kinds of src/kube/scenarios/: for each suite, deploy
 * the workload and wait on its state (./workload.ts) → the check scenarios, at once → the probe scenarios, batched
 * per source pod and round (./probes.ts) → clean up. The results file is opened before any cluster call; every
 * scenario becomes a case at its suite line through one recorder (./run.ts), failures become findings at that line,
 * and the JUnit file is written at the end. The namespace is deleted afterwards when this run created it.
 */
import { join } from 'node:path';
import { STAGE, type Finding, type TestCase } from '../results/model.js';
import { ResultsWriter } from '../results/writer.js';
import { CancelledError, cancelReason } from '../runtime/cancel.js';
import { getErrorMessage } from '../runtime/errors.js';
import { cancelledCase, removeLoadBalancers } from './cancelled.js';
import type { ExecStats } from './executor.js';
import { isKubeNotFound, type Kubectl } from './kubectl.js';
import { junitOf } from './junit-path.js';
import { writeJUnit } from './junit.js';
import { recordScenario, recordSkipped, recordStepError, Run, type ConnectivityDeps } from './run.js';
import { scenarioKind } from './scenarios/index.js';
import type { ScenarioContext } from './scenarios/types.js';
import type { ConnectivitySettings } from './settings.js';
import { filterScenarios, type Suite } from './suite.js';
import { deployWorkload, removeWorkload, startWorkload, suiteWorkload, type SuiteWorkload } from './workload.js';
import { runProbeScenarios } from './probes.js';
import { createNamespaces, deleteNamespaces, MANAGED_BY } from './namespaces.js';
import { createStepContext } from './steps/context.js';

export type { ConnectivityDeps } from './run.js';

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

/** Results and JUnit paths inside the results directory. */
export function connectivityPaths(resultsDir: string): { results: string; junit: string } {
  return { results: join(resultsDir, 'connectivity.json'), junit: junitOf(resultsDir) };
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
  const results = await ResultsWriter.open(
    paths.results,
    {
      toolVersion: deps.toolVersion,
      stage: STAGE.connectivity,
      extra: {
        mode: settings.mode,
        namespace: settings.namespace,
        execMode: settings.execMode,
        suites: settings.suites,
      },
    },
    { leg: deps.leg },
  );
  const run = new Run(settings, deps, results);
  const { kubectl, logger } = deps;
  let created = false;
  try {
    try {
      created = !(await namespaceExists(kubectl));
      if (created) deps.onCreatingNamespace?.();
      if (created) await kubectl.createNamespace({ ...MANAGED_BY });
    } catch (err) {
      const at = { file: suites[0]?.file ?? 'suites', line: suites[0]?.line ?? 1 };
      const name = `namespace ${settings.namespace}`;
      const step = { id: 'setup/namespace', name, suite: 'setup', at, title: 'connectivity: namespace' };
      await recordStepError(run, { ...step, scope: 'run' }, err);
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
    const services = run.loadBalancers
      .filter((lb) => lb.startsWith(`${kubectl.namespace}/`))
      .map((lb) => lb.split('/')[1] ?? lb);
    if (services.length > 0) await kubectl.run(['delete', 'service', ...services]).catch(() => undefined);
  }
  await deleteNamespaces(run, kubectl);
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

/**
 * One suite: skipped in the wrong mode; else namespaces → workloads → check scenarios → probe scenarios (against the
 * first workload) → steps scenarios → clean-up.
 */
async function runSuite(run: Run, suite: Suite, cleanupAfter: boolean): Promise<void> {
  const { mode } = run.settings;
  if (suite.modes && !suite.modes.includes(mode)) {
    const why = `suite applies to mode ${suite.modes.join(', ')}, not ${mode}`;
    for (const s of suite.scenarios) await recordSkipped(run, suite.name, s, why);
    return;
  }
  const namespaces = await setUpNamespaces(run, suite);
  if (!namespaces) return;
  const all = suite.workloads
    ? suite.workloads.map((spec) =>
        suiteWorkload(run, suite, { spec, namespace: namespaces.get(spec.namespace ?? '') ?? '' }),
      )
    : [suiteWorkload(run, suite)];
  for (const x of all) await startWorkload(run, x);
  for (const x of all) await deployWorkload(run, x);
  const w = all[0] ?? suiteWorkload(run, suite);
  await runCheckScenarios(run, w);
  const batched = suite.scenarios.filter((s) => scenarioKind(s.kind)?.runs === 'batched');
  await runProbeScenarios(run, w, batched);
  await runSequenceScenarios(run, suite, all, namespaces);
  if (cleanupAfter) for (const x of all.filter((y) => y.spec)) await removeWorkload(run, x);
}

/** The suite's namespaces; undefined (and an error case) when they cannot be made. */
async function setUpNamespaces(run: Run, suite: Suite): Promise<Map<string, string> | undefined> {
  try {
    return await createNamespaces(run, suite);
  } catch (err) {
    const at = { file: suite.file, line: suite.line };
    const step = {
      id: `${suite.name}/namespaces`,
      name: 'namespaces',
      suite: suite.name,
      at,
      title: `connectivity: ${suite.name} namespaces`,
    };
    await recordStepError(run, { ...step, scope: 'suite', rule: 'connectivity/workload' }, err);
    return undefined;
  }
}

/** The `steps` scenarios, in suite order, over every deployed workload. */
async function runSequenceScenarios(
  run: Run,
  suite: Suite,
  workloads: readonly SuiteWorkload[],
  namespaces: ReadonlyMap<string, string>,
): Promise<void> {
  const sequences = suite.scenarios.filter((s) => scenarioKind(s.kind)?.runs === 'sequence');
  if (sequences.length === 0) return;
  const ctx = createStepContext(
    run,
    suite,
    workloads.filter((x) => x.spec),
    namespaces,
  );
  for (const s of sequences) {
    const kind = scenarioKind(s.kind);
    if (kind?.runs === 'sequence') await kind.run(ctx, s);
  }
}

/** The scenarios whose kind runs at once (state checks), in suite order, each through the recorder. */
async function runCheckScenarios(run: Run, w: SuiteWorkload): Promise<void> {
  const ctx: ScenarioContext = {
    run,
    suite: w.suite,
    app: w.app,
    pods: w.pods,
    services: w.services,
    portOptions: w.portOptions,
  };
  for (const s of w.suite.scenarios) {
    const kind = scenarioKind(s.kind);
    if (kind?.runs !== 'now') continue;
    run.step(`suite ${w.suite.name}: ${s.name}`);
    await recordScenario(run, w.suite.name, s, () => kind.run(ctx, s));
  }
}
