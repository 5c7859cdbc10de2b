/**
 * `delete-namespace KEY`: deletes one of the suite's namespaces (`kubectl delete namespace NS --wait`, so the step
 * returns once the API server removed it and everything in it: pods, services, NetworkPolicies, Kuryr's CRDs). Its
 * Deployments and Services are kept first, for `create-namespace KEY` to apply again.
 */
import { formatDuration } from '../../../runtime/duration.js';
import { listItems } from '../../types.js';
import type { StepAction } from '../types.js';
import { createdNamespace, namespaceKeyProblems, reapplyManifest, saveSnapshot } from './namespace-snapshot.js';

/** The longest the namespace gets to go (cut to what is left of the run). */
const GONE_WITHIN_MS = 300_000;

/** The delete-namespace action. */
export const deleteNamespace: StepAction<string> = {
  name: 'delete-namespace',
  validate: namespaceKeyProblems,
  async run(ctx, key) {
    const ns = createdNamespace(ctx, key);
    const { kubectl } = ctx.run.deps;
    const live = listItems(
      'get deployments,services',
      await kubectl.run(['-n', ns, 'get', 'deployments,services', '-o', 'json'], { namespaced: false }),
    );
    saveSnapshot(ctx, key, live.map(reapplyManifest));
    const timeoutMs = Math.max(1000, Math.min(GONE_WITHIN_MS, ctx.run.deadline - Date.now()));
    const started = Date.now();
    await kubectl.run(['delete', 'namespace', ns, '--wait=true', `--timeout=${Math.ceil(timeoutMs / 1000)}s`], {
      namespaced: false,
    });
    return `deleted namespace ${ns} (${live.length} deployment(s)/service(s) kept to recreate) in ${formatDuration(Date.now() - started)}`;
  },
};
