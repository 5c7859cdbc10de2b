/**
 * The one interface every scenario kind implements. The framework (src/kube/engine.ts and its steps) owns the run:
 * namespace, workload, waits, cases, findings, cancellation; a kind owns what is particular to it: its load-time
 * rules, and either a check it runs at once or the probes it wants sent. A new kind is a new file in this directory
 * plus one line in ./index.ts, not a new branch in the engine.
 */
import type { Evidence, TestCase } from '../../results/model.js';
import type { Probe, ProbeProtocol } from '../script.js';
import type { ClusterFacts } from '../plan.js';
import type { Run } from '../run.js';
import type { PortCheckOptions } from '../state.js';
import type { StepContext } from '../steps/types.js';
import type { LocatedScenario, Scenario, SuiteDocument } from '../suite.js';
import type { KubePod, KubeService } from '../types.js';

/** A problem of a scenario found when the suite loads; `path` is relative to the scenario (`['to']`, `[]`). */
export interface KindProblem {
  path: (string | number)[];
  message: string;
}

/** What a suite's scenarios see of the cluster once its workload is deployed. */
export interface ScenarioContext {
  run: Run;
  suite: { name: string };
  /** The workload's Deployment (and `app` label). */
  app: string;
  /** Ready pods of the workload with an IP. */
  pods: readonly KubePod[];
  /** The workload's services by name, as applied. */
  services: ReadonlyMap<string, KubeService>;
  portOptions: PortCheckOptions;
}

/** The outcome of a check scenario; the framework turns it into a case and, when it did not pass, a finding. */
export type CheckOutcome =
  { skip: string } | { status: TestCase['status']; message?: string; details?: string; evidence?: Evidence[] };

/** A probe before the framework numbers it and assigns it a round. */
export type ProbeTemplate = Omit<Probe, 'id' | 'round'>;

/** What a probe kind plans for one round (the framework copies it for each round of `repeat`). */
export type ProbeTargets = { probes: ProbeTemplate[]; everyBackend?: string[] } | { skip: string } | { error: string };

/** What a probe kind gets to plan from. */
export interface TargetContext {
  scenario: LocatedScenario;
  facts: ClusterFacts;
  /** Ready pods with an IP (at least one). */
  pods: KubePod[];
  /** The pods probes go out from (`from`). */
  sources: KubePod[];
  protocol: ProbeProtocol;
  /** Fields every probe of the scenario shares (case id, protocol, timeouts). */
  base: Pick<Probe, 'caseId' | 'protocol' | 'connectTimeoutS' | 'maxTimeS'>;
}

interface KindBase<K extends Scenario['kind']> {
  readonly kind: K;
  /** Rules the JSON Schema cannot express (the schema in schemas/suite.schema.json has the rest). */
  validate?(scenario: Scenario, doc: SuiteDocument): KindProblem[];
}

/** A kind that checks state at once, in suite order, before any probe goes out. */
export interface CheckKind<K extends Scenario['kind'] = Scenario['kind']> extends KindBase<K> {
  readonly runs: 'now';
  run(ctx: ScenarioContext, scenario: LocatedScenario): Promise<CheckOutcome>;
}

/**
 * A kind that probes: the framework sends every probe kind's probes of one round together, one `kubectl exec` per
 * source pod, and judges the verdicts against the scenario's expectation.
 */
export interface ProbeKind<K extends Scenario['kind'] = Scenario['kind']> extends KindBase<K> {
  readonly runs: 'batched';
  /** `from` when the scenario does not say. */
  readonly defaultFrom: 'every-pod' | 'one-pod';
  /** Whether the target is the demo workload, whose reply (`<pod>: HELLO! I AM ALIVE!!!`) is the default body. */
  readonly repliesLikeDemo: boolean;
  targets(ctx: TargetContext): ProbeTargets;
}

/**
 * A kind that changes the cluster step by step (`steps`): it runs after the check and probe scenarios, in suite
 * order, and records its own cases (one per step, plus the scenario's summary).
 */
export interface SequenceKind<K extends Scenario['kind'] = Scenario['kind']> extends KindBase<K> {
  readonly runs: 'sequence';
  run(ctx: StepContext, scenario: LocatedScenario): Promise<void>;
}

/** Every scenario kind is one of these three shapes. */
export type ScenarioKind<K extends Scenario['kind'] = Scenario['kind']> = CheckKind<K> | ProbeKind<K> | SequenceKind<K>;
