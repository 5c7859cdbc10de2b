/** `wait DURATION`: sleeps (cut to what is left of the run's timeout; a cancelled run stops at once). */
import { sleepUnlessAborted } from '../../../runtime/cancel.js';
import { formatDuration, parseDuration } from '../../../runtime/duration.js';
import type { StepAction } from '../types.js';

/** The `wait` action (argument: a duration such as `10s`, `1m30s`). */
export const waitAction: StepAction<string> = {
  name: 'wait',
  validate(arg) {
    const ms = typeof arg === 'string' ? parseDuration(arg) : undefined;
    if (ms !== undefined) return [];
    return [{ path: [], message: `'${String(arg)}' is not a duration (write e.g. 10s, 2m, 1m30s)` }];
  },
  async run(ctx, arg) {
    const wanted = parseDuration(arg);
    if (wanted === undefined) throw new Error(`wait: '${arg}' is not a duration`);
    const ms = Math.max(0, Math.min(wanted, ctx.run.deadline - Date.now()));
    await sleepUnlessAborted(ms, ctx.run.deps.signal);
    ctx.run.checkCancelled();
    return ms < wanted ? `waited ${formatDuration(ms)} of ${arg} (the run's timeout)` : `waited ${arg}`;
  },
};
