/**
 * `rollout-restart WORKLOAD`: `kubectl rollout restart deployment/NAME`, then polls `kubectl rollout status
 * --watch=false` until the new ReplicaSet is rolled out (within the suite's deployment wait, default 5m). Polling
 * keeps every kubectl call short instead of one call blocking for minutes.
 */
import { parseDuration } from '../../../runtime/duration.js';
import { waitState } from '../../state.js';
import { kubectlOf, seconds, workloadOf } from '../lookup.js';
import type { StepAction } from '../types.js';

const ROLLED_OUT = /successfully rolled out/;

/** The `rollout-restart` action (argument: the workload's name). */
export const rolloutRestartAction: StepAction<string> = {
  name: 'rollout-restart',
  async run(ctx, arg) {
    const w = workloadOf(ctx, arg);
    const kubectl = kubectlOf(ctx, w);
    const deployment = `deployment/${w.name}`;
    await kubectl.run(['rollout', 'restart', deployment]);
    const wanted = parseDuration(ctx.suite.waits?.deployment ?? '5m') ?? 300_000;
    const outcome = await waitState(
      async () => {
        const out = await kubectl.run(['rollout', 'status', deployment, '--watch=false']);
        const last = out.trim().split('\n').pop() ?? '';
        return { problems: ROLLED_OUT.test(out) ? [] : [last || 'rollout status printed nothing'] };
      },
      {
        timeoutMs: ctx.run.budget(wanted),
        intervalMs: ctx.intervalMs,
        signal: ctx.run.deps.signal,
        what: `${deployment} rolled out`,
      },
    );
    if (!outcome.ok) {
      throw new Error(
        `deployment ${w.namespace}/${w.name} restarted but not rolled out after ${seconds(outcome.ms)}: ${outcome.problems[0] ?? ''}`,
      );
    }
    return `restarted deployment ${w.namespace}/${w.name}: rolled out in ${seconds(outcome.ms)}`;
  },
};
