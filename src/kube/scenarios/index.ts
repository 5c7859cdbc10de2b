/**
 * The registry of scenario kinds: the one list the suite loader (validation) and the engine (dispatch) read. Adding
 * a kind: write src/kube/scenarios/<kind>.ts implementing {@link ScenarioKind}, list it here, and add it to the
 * `kind` enum of schemas/suite.schema.json and the `Scenario['kind']` union in src/kube/suite.ts.
 */
import { planProbes, type ClusterFacts, type ScenarioPlan } from '../plan.js';
import type { LocatedScenario, Scenario, Suite } from '../suite.js';
import { dnsKind } from './dns.js';
import { podToExternal } from './pod-to-external.js';
import { podToPod } from './pod-to-pod.js';
import { podToService } from './pod-to-service.js';
import { stateKind } from './state.js';
import { stepsKind } from './steps.js';
import type { ProbeKind, ScenarioKind } from './types.js';

/** Every kind, by its `kind` value (each entry keeps its own shape: `SCENARIO_KINDS.state.run` type-checks). */
export const SCENARIO_KINDS = {
  state: stateKind,
  'pod-to-pod': podToPod,
  'pod-to-service': podToService,
  'pod-to-external': podToExternal,
  steps: stepsKind,
  dns: dnsKind,
} as const satisfies { readonly [K in Scenario['kind']]: ScenarioKind<K> };

/** The unit of a kind (undefined for a kind no unit implements; the schema rejects those first). */
export function scenarioKind(kind: string): ScenarioKind | undefined {
  return Object.hasOwn(SCENARIO_KINDS, kind) ? SCENARIO_KINDS[kind as Scenario['kind']] : undefined;
}

/** The unit of a kind when it probes. */
export function probeKind(kind: string): ProbeKind | undefined {
  const unit = scenarioKind(kind);
  return unit?.runs === 'batched' ? unit : undefined;
}

/**
 * Plans one probe scenario with its kind's unit.
 * @param nextId generates probe ids (`p1`, `p2`, …) unique within a round
 */
export function planScenario(
  suite: Suite,
  scenario: LocatedScenario,
  facts: ClusterFacts,
  nextId: () => string,
): ScenarioPlan {
  return planProbes(suite, scenario, facts, nextId, probeKind(scenario.kind));
}
