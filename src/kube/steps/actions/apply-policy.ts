/** `apply-policy: KEY`: applies the suite's NetworkPolicy KEY (placeholders resolved now) in its namespace. */
import type { StepAction } from '../types.js';
import { policyManifest } from './policy-manifest.js';
import { appliedPolicies } from './policy-state.js';

/** The apply-policy action. */
export const applyPolicy: StepAction<string> = {
  name: 'apply-policy',
  async run(ctx, key) {
    const { manifest, namespace } = await policyManifest(ctx, key);
    await ctx.run.deps.kubectl.inNamespace(namespace).apply(manifest);
    appliedPolicies(ctx).set(key, { name: key, namespace, manifest });
    return `applied networkpolicy ${namespace}/${key}`;
  },
};
