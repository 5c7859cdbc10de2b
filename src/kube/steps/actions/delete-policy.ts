/** `delete-policy: KEY`: deletes the NetworkPolicy KEY from its namespace. */
import type { StepAction } from '../types.js';
import { policyNamespace, suitePolicy } from './policy-manifest.js';
import { appliedPolicies } from './policy-state.js';

/** The delete-policy action. */
export const deletePolicy: StepAction<string> = {
  name: 'delete-policy',
  async run(ctx, key) {
    const namespace = policyNamespace(ctx, suitePolicy(ctx, key));
    await ctx.run.deps.kubectl.inNamespace(namespace).run(['delete', 'networkpolicy', key]);
    appliedPolicies(ctx).delete(key);
    return `deleted networkpolicy ${namespace}/${key}`;
  },
};
