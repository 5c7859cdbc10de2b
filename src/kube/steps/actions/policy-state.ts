/**
 * The NetworkPolicies a `steps` scenario has applied (by suite key), so the evidence can show the policies in force
 * and the scenario's end can delete them.
 */
import { getErrorMessage } from '../../../runtime/errors.js';
import { isKubeNotFound } from '../../kubectl.js';
import type { StepContext } from '../types.js';

/** A policy in force: where it lives and the object as applied (placeholders resolved). */
export interface AppliedPolicy {
  name: string;
  namespace: string;
  manifest: Record<string, unknown>;
}

const applied = new WeakMap<StepContext, Map<string, AppliedPolicy>>();

/** The policies in force in this context, by name. */
export function appliedPolicies(ctx: StepContext): Map<string, AppliedPolicy> {
  let map = applied.get(ctx);
  if (!map) {
    map = new Map();
    applied.set(ctx, map);
  }
  return map;
}

/** Deletes every policy the context applied (a failure is a warning: the namespace goes at the end anyway). */
export async function removeAppliedPolicies(ctx: StepContext): Promise<void> {
  const map = appliedPolicies(ctx);
  for (const p of map.values()) {
    try {
      await ctx.run.deps.kubectl.inNamespace(p.namespace).run(['delete', 'networkpolicy', p.name]);
    } catch (err) {
      if (isKubeNotFound(err)) continue; // gone already
      ctx.run.deps.logger.warning(`could not delete networkpolicy ${p.namespace}/${p.name}: ${getErrorMessage(err)}`);
    }
  }
  map.clear();
}
