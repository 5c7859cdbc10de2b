/** `pods: {workload: N}`: the workload has N ready pods (with an IP), re-read each poll until the step's deadline. */
import { collectEvidence, workloadPods } from '../../state.js';
import { kubectlOf, pollUntilDeadline, portOptionsOf, seconds } from '../lookup.js';
import type { StepContext, StepExpectation } from '../types.js';

async function checkAll(ctx: StepContext, wanted: Record<string, number>): Promise<{ problems: string[] }> {
  await ctx.refresh();
  const problems: string[] = [];
  for (const [name, n] of Object.entries(wanted)) {
    const w = ctx.workloads.get(name);
    if (!w) {
      problems.push(`workload ${name} is not deployed`);
      continue;
    }
    if (w.pods.length === n) continue;
    const ready = w.pods.map((p) => p.metadata.name).join(', ') || 'none';
    problems.push(`workload ${w.namespace}/${w.name}: ${w.pods.length} ready pod(s), expected ${n} (ready: ${ready})`);
  }
  return { problems };
}

/** The `pods` expectation. */
export const podsExpectation: StepExpectation<Record<string, number>> = {
  name: 'pods',
  async check(ctx, arg, deadline) {
    const outcome = await pollUntilDeadline(ctx, deadline, 'ready pods', () => checkAll(ctx, arg));
    const counts = Object.entries(arg).map(([w, n]) => `${w}: ${n}`);
    if (outcome.ok) {
      return {
        ok: true,
        message: `ready pods ${counts.join(', ')} after ${seconds(outcome.ms)}`,
        convergedMs: outcome.ms,
      };
    }
    const evidence = [];
    for (const name of Object.keys(arg)) {
      const w = ctx.workloads.get(name);
      if (!w) continue;
      // every live pod, ready or not: the ones that are not ready are the point
      const pods = await workloadPods(kubectlOf(ctx, w), w.name).catch(() => w.pods);
      evidence.push(...(await collectEvidence(ctx.run.deps, { pods, services: [], options: portOptionsOf(ctx, w) })));
    }
    return {
      ok: false,
      message: `ready pods not reached in ${seconds(outcome.ms)}: ${outcome.problems[0] ?? ''}`,
      details: outcome.problems.join('\n'),
      evidence,
    };
  },
};
