/**
 * `update-policy: {name: KEY, to: KEY2}`: applies KEY2's spec under KEY's name and namespace, so the live policy
 * changes in place (Kuryr updates its security group rather than making a new one).
 */
import type { StepAction } from '../types.js';
import { policyManifest } from './policy-manifest.js';
import { appliedPolicies } from './policy-state.js';

/** The update-policy action. */
export const updatePolicy: StepAction<{ name: string; to: string }> = {
  name: 'update-policy',
  async run(ctx, arg) {
    const { manifest, namespace } = await policyManifest(ctx, arg.name, arg.to);
    await ctx.run.deps.kubectl.inNamespace(namespace).apply(manifest);
    appliedPolicies(ctx).set(arg.name, { name: arg.name, namespace, manifest });
    return `updated networkpolicy ${namespace}/${arg.name} to the spec of ${arg.to}`;
  },
};
