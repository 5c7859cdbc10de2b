// src/kube/steps/types.ts — the contract between parts "engine" (owns this file, creates it FIRST, verbatim unless a
// compile error forces a change: then tell the lead in the report) and "lifecycle" (implements modules against it).
import type { Evidence } from '../../results/model.js';
import type { Run } from '../run.js';
import type { KindProblem } from '../scenarios/types.js';
import type { Suite, SuiteDocument } from '../suite.js';
import type { KubePod, KubeService } from '../types.js';

/** A workload of the suite once deployed. */
export interface DeployedWorkload {
  /** Deployment name and `app` label. */
  name: string;
  /** The real namespace it runs in. */
  namespace: string;
  labels: Record<string, string>;
  /** Ready pods with an IP (as of the last refresh). */
  pods: KubePod[];
  /** Its services by name, as applied. */
  services: Map<string, KubeService>;
}

/** What an action or an expectation sees. */
export interface StepContext {
  run: Run;
  suite: Suite;
  /** By workload name. */
  workloads: ReadonlyMap<string, DeployedWorkload>;
  /** Suite namespace key -> real namespace name ('' = the run namespace). */
  namespaces: ReadonlyMap<string, string>;
  /** Re-reads pods and services of every workload (after an action changed them). */
  refresh(): Promise<void>;
  /** Poll interval of waits (ms). */
  intervalMs: number;
}

/** One action a step can take (the YAML key of the step, e.g. `scale`). */
export interface StepAction<A = unknown> {
  readonly name: string;
  /** Load-time rules beyond the JSON Schema; `path` relative to the step. */
  validate?(arg: A, doc: SuiteDocument): KindProblem[];
  /** Does it; returns one line saying what was done (logged and put in the step case's message). */
  run(ctx: StepContext, arg: A): Promise<string>;
}

/** What an expectation concluded. */
export interface ExpectationOutcome {
  ok: boolean;
  /** One line: what converged (and how fast) or what did not. */
  message: string;
  /** Time from the check's start until it held (ms). */
  convergedMs?: number;
  details?: string;
  evidence?: Evidence[];
}

/** One expectation under a step's `expect` (the YAML key, e.g. `members`). */
export interface StepExpectation<E = unknown> {
  readonly name: string;
  validate?(arg: E, doc: SuiteDocument): KindProblem[];
  /** Polls until it holds or `deadline` (epoch ms) passes; never throws for a mismatch (returns ok: false). */
  check(ctx: StepContext, arg: E, deadline: number): Promise<ExpectationOutcome>;
}
// Registries: src/kube/steps/actions/index.ts exports STEP_ACTIONS: Record<string, StepAction<any>>,
// src/kube/steps/expect/index.ts exports STEP_EXPECTATIONS: Record<string, StepExpectation<any>>. One module per
// action / expectation in those folders; one line each in the index.
