/**
 * `create-namespace KEY`: creates one of the suite's namespaces again under the same name and labels (after
 * `delete-namespace KEY`) and applies the Deployments and Services it held, so its workloads get new pods, ports and
 * load balancers; the step's expectations (`pods`, `ports`, `members`, reachability) then say whether Kuryr wired them.
 */
import type { StepAction } from '../types.js';
import { createdNamespace, namespaceKeyProblems, takeSnapshot } from './namespace-snapshot.js';

/** The labels the suite gives namespace `key`. */
function suiteLabels(suite: object, key: string): Record<string, string> {
  const entry = ((suite as { namespaces?: { name: string; labels?: Record<string, string> }[] }).namespaces ?? []).find(
    (n) => n.name === key,
  );
  return entry?.labels ?? {};
}

/** The create-namespace action. */
export const createNamespace: StepAction<string> = {
  name: 'create-namespace',
  validate: namespaceKeyProblems,
  async run(ctx, key) {
    const ns = createdNamespace(ctx, key);
    const { kubectl } = ctx.run.deps;
    const labels = suiteLabels(ctx.suite, key);
    await kubectl.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels } }, false);
    const objects = takeSnapshot(ctx, key);
    if (objects.length > 0) {
      await kubectl.run(['-n', ns, 'apply', '-f', '-'], {
        namespaced: false,
        input: JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }),
      });
    }
    const kinds = objects.map(
      (o) => `${String(o.kind).toLowerCase()}/${String((o.metadata as { name?: unknown }).name)}`,
    );
    return `created namespace ${ns}${kinds.length ? `, applied ${kinds.join(', ')} again` : ''}`;
  },
};
