/** `label-namespace: {namespace, labels}`: `kubectl label namespace REAL k=v… --overwrite` on a suite namespace. */
import type { StepAction } from '../types.js';

/** The label-namespace action. */
export const labelNamespace: StepAction<{ namespace: string; labels: Record<string, string> }> = {
  name: 'label-namespace',
  async run(ctx, arg) {
    const real = ctx.namespaces.get(arg.namespace);
    if (real === undefined) throw new Error(`namespace '${arg.namespace}' was not created`);
    const pairs = Object.entries(arg.labels).map(([k, v]) => `${k}=${v}`);
    await ctx.run.deps.kubectl.run(['label', 'namespace', real, ...pairs, '--overwrite'], { namespaced: false });
    return `labelled namespace ${real} ${pairs.join(' ')}`;
  },
};
