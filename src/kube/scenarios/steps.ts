/**
 * `steps`: actions that change the cluster (apply a NetworkPolicy, scale, restart Kuryr, ...) each followed by what
 * must hold after it (a reachability matrix, load-balancer members, ports, pod counts). The load-time rules (one
 * action per step, references that exist) live with the suite loader (src/kube/suite-refs.ts); the run in
 * src/kube/steps/runner.ts.
 */
import { runStepScenario } from '../steps/runner.js';
import type { SequenceKind } from './types.js';

/** The steps kind. */
export const stepsKind: SequenceKind<'steps'> = {
  kind: 'steps',
  runs: 'sequence',
  run: runStepScenario,
};
