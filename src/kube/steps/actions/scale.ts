/** `scale {workload, replicas}`: `kubectl scale deployment/NAME --replicas=N` in the workload's namespace (0 allowed). */
import { kubectlOf, workloadOf } from '../lookup.js';
import type { StepAction } from '../types.js';

/** The argument of `scale`. */
export interface ScaleArg {
  workload: string;
  replicas: number;
}

/** The `scale` action: sets the replica count and returns at once (the step's expectations wait for the result). */
export const scaleAction: StepAction<ScaleArg> = {
  name: 'scale',
  async run(ctx, arg) {
    const w = workloadOf(ctx, arg.workload);
    await kubectlOf(ctx, w).scale(w.name, arg.replicas);
    return `scaled deployment ${w.namespace}/${w.name} to ${arg.replicas} replica(s)`;
  },
};
