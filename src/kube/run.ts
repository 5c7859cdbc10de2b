/**
 * The framework's per-run state (cases, findings, exec stats, the deadline, cancellation) and the one place where the
 * engine makes cases and findings: the recorder that turns a scenario's timed step into a case and, when it did not
 * pass, a finding at the scenario's line; the cases of the waits; the error case of a framework step that threw.
 */
import type { OpenStackApi } from '../openstack/api.js';
import type { CommandRunner } from '../runtime/command.js';
import type { Evidence, Finding, TestCase } from '../results/model.js';
import { StepRecorder, type StepCallOptions, type StepSink } from '../results/step.js';
import type { ResultsWriter } from '../results/writer.js';
import { throwIfCancelled } from '../runtime/cancel.js';
import { getErrorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { ExecStats } from './executor.js';
import type { Kubectl } from './kubectl.js';
import { caseIdOf } from './plan.js';
import type { ConnectivitySettings } from './settings.js';
import { DEFAULT_KURYR_NAMES, type KuryrNames } from './state.js';
import type { LocatedScenario } from './suite.js';

/** Ports of one run. */
export interface ConnectivityDeps {
  kubectl: Kubectl;
  /** The typed openstack CLI; without it, Neutron/Octavia checks error and waits skip the cloud. */
  client?: OpenStackApi;
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
  /** The matrix leg the results are labelled with (default: the leg variable of runtime/env.ts, if set). */
  leg?: string;
  /**
   * Runs programs on the runner itself (probes from `host`, systemctl): in the sandbox, inside the namespace where
   * the cloud's addresses are reachable (the OpenStack client's). Without it, `host` probes are an error.
   */
  hostRunner?: CommandRunner;
}

/** Per-run state shared by the suites. */
export class Run implements StepSink {
  readonly cases: TestCase[] = [];
  readonly findings: Finding[] = [];
  readonly stats: ExecStats = { execs: 0, retries: 0, wallMs: 0 };
  private nextProbe = 0;
  readonly deadline: number;
  /** Kuryr's names (`NAMESPACE/SERVICE`) of the load balancers of the services this run applied. */
  readonly loadBalancers: string[] = [];
  /** The extra namespaces (`namespaces` of the suites) this run created; deleted when it finishes. */
  readonly extraNamespaces: string[] = [];
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

  /** A wait's timeout: what it wants, cut to what is left of the run's timeout, at least one second. */
  budget(wanted: number): number {
    return Math.max(1000, Math.min(wanted, this.deadline - Date.now()));
  }

  /** Records a case (and its finding) in memory and in the results file. */
  async add(c: TestCase, finding?: Omit<Finding, 'caseId'>): Promise<void> {
    await this.addCase(c);
    if (finding) await this.addFindings([{ ...finding, caseId: c.id }]);
  }

  /** {@link StepSink}: a case, in memory and in the results file. */
  async addCase(c: TestCase): Promise<void> {
    this.cases.push(c);
    await this.results.addCase(c);
  }

  /** {@link StepSink}: findings, in memory and in the results file. */
  async addFindings(findings: readonly Finding[]): Promise<void> {
    for (const f of findings) {
      this.findings.push(f);
      await this.results.addFinding(f);
    }
  }

  /** The run's step recorder for `suite`: a step the cancellation ended is not recorded (the run records that once). */
  recorder(suite: string): StepRecorder {
    return new StepRecorder(this, { suite, unrecorded: () => this.deps.signal?.aborted === true });
  }

  /** Runs a recorded step; its error was recorded (or is the cancellation, thrown on): the run goes on. */
  async recordStep<T>(
    suite: string,
    id: string,
    name: string,
    fn: () => Promise<T>,
    o: StepCallOptions<T>,
  ): Promise<void> {
    try {
      await this.recorder(suite).step(id, name, fn, o);
    } catch {
      this.checkCancelled();
    }
  }
}

/** What a scenario's step produced; the recorder adds the case's identity, location and tags. */
export interface StepOutcome {
  status: TestCase['status'];
  message?: string;
  details?: string;
  evidence?: Evidence[];
  attempts?: number;
  /** Set when the step's time is not the recorder's (probe scenarios share their batch's time). */
  durationMs?: number;
}

function locationOf(s: LocatedScenario): TestCase['location'] {
  return { file: s.file, line: s.line, endLine: s.endLine };
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

/**
 * A scenario as one step of the shared recorder: timed, a throw is an `error` case, what the scenario returned is
 * its verdict, and a case that did not pass gets a finding at the scenario's line. A cancelled run records no case.
 */
export async function recordScenario(
  run: Run,
  suite: string,
  s: LocatedScenario,
  fn: () => Promise<StepOutcome | { skip: string }>,
): Promise<void> {
  await run.recordStep(suite, caseIdOf(suite, s.name), s.name, fn, {
    location: locationOf(s),
    tags: s.tags,
    verdict: (r) => ('skip' in r ? { status: 'skipped', message: r.skip } : r),
    finding: (err) =>
      findingFor(s, {
        id: caseIdOf(suite, s.name),
        name: s.name,
        suite,
        status: 'error',
        message: getErrorMessage(err),
      }),
    judgedFinding: (c) => findingFor(s, c),
  });
}

/** Records a scenario that did not run (wrong mode, a check that does not apply): a skipped case, no finding. */
export async function recordSkipped(run: Run, suite: string, s: LocatedScenario, message: string): Promise<void> {
  await run.add({
    id: caseIdOf(suite, s.name),
    name: s.name,
    suite,
    status: 'skipped',
    message,
    location: locationOf(s),
    tags: s.tags,
  });
}

/** A wait's result as {@link recordWait} needs it. */
export interface WaitResult {
  ok: boolean;
  ms: number;
  problems: string[];
}

/** Records a wait as a `SUITE/wait/ID` case carrying its convergence time; one that did not converge is a failure. */
export async function recordWait(
  run: Run,
  suite: { name: string; file: string; line: number },
  wait: { id: string; name: string; evidence?: Evidence[] },
  outcome: WaitResult,
): Promise<void> {
  const suiteLoc = { file: suite.file, line: suite.line };
  const c: TestCase = {
    id: `${suite.name}/wait/${wait.id}`,
    name: `wait: ${wait.name}`,
    suite: suite.name,
    status: outcome.ok ? 'passed' : 'failed',
    durationMs: outcome.ms,
    message: outcome.ok
      ? `converged in ${(outcome.ms / 1000).toFixed(1)} s`
      : `not reached in ${(outcome.ms / 1000).toFixed(0)} s: ${outcome.problems[0] ?? ''}`,
    details: outcome.ok ? undefined : outcome.problems.join('\n'),
    location: suiteLoc,
    tags: ['wait', `convergence-ms:${outcome.ms}`],
    evidence: wait.evidence,
  };
  const finding = {
    ...suiteLoc,
    level: 'failure' as const,
    title: `connectivity: ${c.id}`,
    message: c.message ?? '',
    details: c.details,
    rule: 'connectivity/wait',
  };
  await run.add(c, outcome.ok ? undefined : finding);
}

/** A framework step (the namespace, a suite's workload) as {@link recordStepError} reports it. */
export interface FrameworkStep {
  id: string;
  name: string;
  suite: string;
  /** Where the finding points: the suite's `name:` line (the first suite's for the namespace). */
  at: { file: string; line: number };
  title: string;
  /**
   * `suite`: the case is located at `at`, the full error text is its details, the finding's message is the first line;
   * `run`: the case has no location, the finding's message is the full text.
   */
  scope: 'run' | 'suite';
  rule?: string;
}

/**
 * A framework step that threw: an error case and a failure finding; the cancellation instead when the run was
 * cancelled (the step failed because the signal ended its call).
 */
export async function recordStepError(run: Run, step: FrameworkStep, err: unknown): Promise<void> {
  run.checkCancelled();
  const text = getErrorMessage(err);
  const first = text.split('\n')[0];
  const inSuite = step.scope === 'suite';
  await run.add(
    {
      id: step.id,
      name: step.name,
      suite: step.suite,
      status: 'error',
      message: first,
      ...(inSuite ? { details: text, location: step.at } : {}),
    },
    {
      ...step.at,
      level: 'failure',
      title: step.title,
      message: inSuite ? (first ?? text) : text,
      ...(inSuite ? { details: text } : {}),
      ...(step.rule === undefined ? {} : { rule: step.rule }),
    },
  );
}
