/** `state`: checks a resource state at once (pods, Neutron ports, trunk subports, load balancers, DevStack objects). */
import type { Evidence } from '../../results/model.js';
import { collectEvidence } from '../state.js';
import { STATE_CHECKS, type CheckFinding } from './state-checks.js';
import type { CheckKind, CheckOutcome } from './types.js';

/** The state kind: `check` picks the entry of {@link STATE_CHECKS}. */
export const stateKind: CheckKind<'state'> = {
  kind: 'state',
  runs: 'now',
  async run(ctx, s): Promise<CheckOutcome> {
    const check = s.check !== undefined && Object.hasOwn(STATE_CHECKS, s.check) ? STATE_CHECKS[s.check] : undefined;
    const r: CheckFinding = check ? await check(ctx, s) : { problems: [`unknown check ${String(s.check)}`] };
    if (r.skip) return { skip: r.skip };
    const problems = r.problems;
    if (problems.length === 0) return { status: 'passed', evidence: r.proof };
    const evidence: Evidence[] = [
      ...(r.value === undefined ? [] : [{ kind: 'state', title: s.check ?? 'state', data: r.value }]),
      ...(await collectEvidence(ctx.run.deps, {
        pods: ctx.pods,
        services: [...ctx.services.values()],
        options: ctx.portOptions,
      })),
    ];
    return {
      status: 'failed',
      message: problems[0],
      details: problems.length > 1 ? problems.join('\n') : undefined,
      evidence,
    };
  },
};
