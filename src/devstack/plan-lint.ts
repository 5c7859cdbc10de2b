/**
 * Lints a plan's merged local.conf with the context the plan knows (devstack era of the train, target distro) and
 * maps every finding on a line that came from a user file (`--local-conf`, `--set`) back to that file and line, so
 * annotations land where the user can fix them.
 */
import { lintAll, type LintFinding, type LintOptions } from './lint/index.js';
import type { Plan } from './plan.js';
import { TRAINS } from './trains.js';

/** Lints `plan.conf`; findings on user-supplied lines point at the user's file. */
export function lintPlan(plan: Plan, options: LintOptions = {}): LintFinding[] {
  const train = TRAINS[plan.train.name];
  const findings = lintAll(
    plan.conf,
    {
      era: plan.train.name === 'ussuri' ? 'df' : 'newest',
      defaultServices: train?.defaultServices,
      distroFamily: plan.distro?.family,
    },
    options,
  );
  return findings.map((f) => {
    const origin = plan.origins[f.line - 1];
    if (!origin) return f;
    return {
      ...f,
      file: origin.file,
      line: origin.line,
      endLine: origin.line + (f.endLine - f.line),
      message: `${f.message} (generated local.conf line ${f.line})`,
    };
  });
}
