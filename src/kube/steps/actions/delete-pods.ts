/**
 * `delete-pods {workload, count?}`: deletes the first `count` live pods of the workload (by name; default all) without
 * waiting for them to go, as a user or a node failure would; the Deployment recreates them.
 */
import { workloadPods } from '../../state.js';
import { kubectlOf, workloadOf } from '../lookup.js';
import type { StepAction } from '../types.js';

/** The argument of `delete-pods`. */
export interface DeletePodsArg {
  workload: string;
  /** How many pods (the first by name); default all. */
  count?: number;
}

/** The `delete-pods` action. */
export const deletePodsAction: StepAction<DeletePodsArg> = {
  name: 'delete-pods',
  async run(ctx, arg) {
    const w = workloadOf(ctx, arg.workload);
    const kubectl = kubectlOf(ctx, w);
    const pods = await workloadPods(kubectl, w.name);
    const names = pods.slice(0, arg.count ?? pods.length).map((p) => p.metadata.name);
    if (names.length === 0) throw new Error(`workload ${w.namespace}/${w.name} has no live pod to delete`);
    await kubectl.run(['delete', 'pod', ...names, '--wait=false']);
    return `deleted ${names.length} of ${pods.length} pod(s) of ${w.namespace}/${w.name}: ${names.join(', ')}`;
  },
};
