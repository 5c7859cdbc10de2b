/**
 * actions/connectivity's orchestration, shared by the action and `kdf connectivity`: settings → suites (validated,
 * line-accurate errors) → preflight (clouds.yaml, kubeconfig, kubectl; ConfigurationError) → results file (before
 * any cluster change) → {@link runConnectivity}. A suite error becomes an
 * error case and a finding at the suite's line, never a stack trace.
 */
import { resultsDir } from '../runtime/action-io.js';
import type { OpenStackApi } from '../openstack/api.js';
import { ResultsWriter } from '../results/writer.js';
import { STAGE } from '../results/model.js';
import { CancelledError, SignalledCommandRunner } from '../runtime/cancel.js';
import type { CommandRunner } from '../runtime/command.js';
import { getErrorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { connectivityPaths, runConnectivity, type ConnectivityOutcome } from './engine.js';
import { writeJUnit } from './junit.js';
import { Kubectl } from './kubectl.js';
import { cancelledCase } from './cancelled.js';
import { connectivityPreflight } from './preflight.js';
import type { ConnectivitySettings } from './settings.js';
import { loadSuites, SuiteError } from './suite.js';

/** The names under which the main step saves what the post step needs (core.saveState). */
export const CONNECTIVITY_STATE = { kubeconfig: 'kubeconfig', namespace: 'namespace', done: 'done' } as const;

/** Ports of {@link runConnectivityAction}. */
export interface ConnectivityActionDeps {
  runner: CommandRunner;
  client?: OpenStackApi;
  logger: Logger;
  toolVersion: string;
  /** The workspace: relative suite paths and finding paths are relative to it. */
  cwd: string;
  /** The kubectl executable (default `kubectl`). */
  kubectl?: string;
  /** The results-dir variable and `$RUNNER_TEMP` for the default results directory; `OS_CLIENT_CONFIG_FILE`. */
  env?: NodeJS.ProcessEnv;
  /** The matrix leg the results are labelled with (default: the leg variable of runtime/env.ts, if set). */
  leg?: string;
  /** The results directory when the settings name none (default {@link resultsDir} of `env`). */
  resultsDir?: string;
  /** The clouds.yaml the openstack CLI reads, when not `env`'s `OS_CLIENT_CONFIG_FILE`. */
  cloudsYaml?: string;
  intervalMs?: number;
  /** SIGINT/SIGTERM: stop at the next step, remove the namespace and the load balancers, record a cancelled case. */
  signal?: AbortSignal;
  lbGraceMs?: number;
  /** Called right before the run creates its namespace. */
  onCreatingNamespace?: () => void;
  /** Runs probes from `host` on the runner (in the sandbox: inside the OpenStack client's network namespace). */
  hostRunner?: CommandRunner;
}

/** Loads the suites and runs them. */
export async function runConnectivityAction(
  settings: ConnectivitySettings,
  deps: ConnectivityActionDeps,
): Promise<ConnectivityOutcome> {
  // the input, else the directory the caller gives (the pipeline's one), else the toolkit's default
  const paths = connectivityPaths(settings.resultsDir ?? deps.resultsDir ?? resultsDir(deps.env));
  let suites;
  try {
    suites = loadSuites(settings.suites, deps.cwd);
  } catch (err) {
    return invalidSuites(err, paths, deps);
  }
  // kubectl calls end with a SIGINT/SIGTERM (a hung `kubectl exec` must not hold the run); the clean-up's do not
  const runner = new SignalledCommandRunner(deps.runner, deps.signal);
  // Seconds, before the namespace: a wrong cloud, kubeconfig or kubectl is a configuration error, not a slow cluster.
  try {
    await connectivityPreflight({
      runner,
      kubectl: deps.kubectl,
      kubeconfig: settings.kubeconfig,
      cloud: deps.client ? settings.cloud : undefined,
      cloudsYamlEnv: deps.cloudsYaml ?? (deps.env ?? process.env).OS_CLIENT_CONFIG_FILE,
      osVariables: deps.client?.readsOsVariables ? (deps.env ?? process.env) : undefined,
      cwd: deps.cwd,
    });
  } catch (err) {
    if (!(err instanceof CancelledError)) throw err;
    return cancelledBeforeStart(paths, deps.toolVersion, err.reason, deps.leg);
  }
  const kubectlOf = (r: CommandRunner): Kubectl =>
    new Kubectl({
      runner: r,
      kubeconfig: settings.kubeconfig,
      namespace: settings.namespace,
      executable: deps.kubectl,
    });
  const kubectl = kubectlOf(runner);
  const outcome = await runConnectivity(
    suites,
    settings,
    {
      kubectl,
      client: deps.client,
      logger: deps.logger,
      toolVersion: deps.toolVersion,
      intervalMs: deps.intervalMs,
      signal: deps.signal,
      lbGraceMs: deps.lbGraceMs,
      cleanupKubectl: kubectlOf(deps.runner),
      onCreatingNamespace: deps.onCreatingNamespace,
      leg: deps.leg,
      hostRunner: deps.hostRunner && new SignalledCommandRunner(deps.hostRunner, deps.signal),
    },
    paths,
  );
  return outcome;
}

/** The suites did not load: an error case and one finding per problem, at the suite's file and line. */
async function invalidSuites(
  err: unknown,
  paths: { results: string; junit: string },
  deps: ConnectivityActionDeps,
): Promise<ConnectivityOutcome> {
  const problems =
    err instanceof SuiteError
      ? err.problems
      : [{ file: 'action.yml', line: 1, column: 1, message: getErrorMessage(err) }];
  const results = await ResultsWriter.open(
    paths.results,
    { toolVersion: deps.toolVersion, stage: STAGE.connectivity },
    { leg: deps.leg },
  );
  const c = {
    id: 'suites',
    name: 'load suites',
    suite: 'setup',
    status: 'error' as const,
    message: problems[0]?.message ?? 'invalid suite',
    details: getErrorMessage(err),
  };
  await results.addCase(c);
  const findings = problems.map((p) => ({
    file: p.file,
    line: p.line,
    column: p.column,
    level: 'failure' as const,
    title: 'connectivity: invalid suite',
    message: p.message,
    rule: 'connectivity/suite-schema',
    caseId: 'suites',
  }));
  await results.addFindings(findings);
  await results.finish();
  writeJUnit(paths.junit, [c]);
  return {
    success: false,
    headline: `connectivity: invalid suite: ${getErrorMessage(err).split('\n')[0] ?? ''}`,
    outputs: { results: results.path, junit: paths.junit, passed: '0', failed: '1', flaky: '0' },
    cases: [c],
    findings,
    stats: { execs: 0, retries: 0, wallMs: 0 },
  };
}

/** Cancelled during the preflight: nothing was made; the results say so. */
async function cancelledBeforeStart(
  paths: { results: string; junit: string },
  toolVersion: string,
  reason: string,
  leg: string | undefined,
): Promise<ConnectivityOutcome> {
  const results = await ResultsWriter.open(paths.results, { toolVersion, stage: STAGE.connectivity }, { leg });
  const c = cancelledCase(reason, 'the preflight');
  await results.addCase(c);
  await results.finish();
  writeJUnit(paths.junit, [c]);
  return {
    success: false,
    headline: 'connectivity: cancelled (the preflight)',
    outputs: { results: results.path, junit: paths.junit, passed: '0', failed: '1', flaky: '0' },
    cases: [c],
    findings: [],
    stats: { execs: 0, retries: 0, wallMs: 0 },
    cancelled: true,
  };
}
