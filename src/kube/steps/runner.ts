/**
 * Runs a `steps` scenario: each step's action (src/kube/steps/actions/), a refresh of the workloads, then each of its
 * expectations (src/kube/steps/expect/), polled until they hold. Every step is its own case
 * `<suite>/<scenario>/<n>-<action>` at the step's line whose time is the convergence time of its expectations (the
 * step's wall time when none reports one), tagged `convergence-ms:`; a step that fails
 * ends the scenario (the rest are skipped) and the scenario's case summarises. The policies the scenario applied are
 * deleted when it ends, so the next scenario starts without them.
 */
import type { Evidence, TestCase } from '../../results/model.js';
import { parseDuration } from '../../runtime/duration.js';
import { getErrorMessage } from '../../runtime/errors.js';
import type { Run } from '../run.js';
import { STEP_EXPECTATION_NAMES, stepAction, type SuiteStep } from '../suite-objects.js';
import type { LocatedScenario } from '../suite.js';
import { STEP_ACTIONS } from './actions/index.js';
import { restoreKuryrConfig } from './actions/kuryr-config.js';
import { removeAddedRules } from './actions/security-group-rule.js';
import { removeAppliedPolicies } from './actions/policy-state.js';
import { STEP_EXPECTATIONS } from './expect/index.js';
import type { StepContext } from './types.js';

/** What one step came to. */
interface StepResult {
  status: 'passed' | 'failed' | 'error';
  message: string;
  details?: string;
  evidence: Evidence[];
  convergedMs?: number;
}

/** The case id of step `n` (1-based). */
export function stepCaseId(suite: string, scenario: string, n: number, step: SuiteStep): string {
  return `${suite}/${scenario}/${n}-${stepAction(step)?.name ?? 'expect'}`;
}

/** How long an expectation may poll: the suite's load-balancer wait (members follow Octavia), cut to the run's time. */
function expectationDeadline(ctx: StepContext): number {
  const wanted = parseDuration(ctx.suite.waits?.loadBalancer ?? '20m') ?? 1_200_000;
  return Date.now() + ctx.run.budget(wanted);
}

async function runStep(ctx: StepContext, step: SuiteStep): Promise<StepResult> {
  const lines: string[] = [];
  const action = stepAction(step);
  if (action) {
    const unit = Object.hasOwn(STEP_ACTIONS, action.name) ? STEP_ACTIONS[action.name] : undefined;
    if (!unit)
      return { status: 'error', message: `action '${action.name}' is not available in this version`, evidence: [] };
    try {
      lines.push(await unit.run(ctx, action.arg));
      await ctx.refresh();
    } catch (err) {
      ctx.run.checkCancelled();
      return {
        status: 'error',
        message: `${action.name}: ${getErrorMessage(err).split('\n')[0] ?? ''}`,
        details: getErrorMessage(err),
        evidence: [],
      };
    }
  }
  const result: StepResult = { status: 'passed', message: '', evidence: [] };
  const details: string[] = [];
  // in the schema's order, whatever the order in the file
  for (const name of STEP_EXPECTATION_NAMES) {
    const arg = step.expect?.[name];
    if (arg === undefined) continue;
    const unit = Object.hasOwn(STEP_EXPECTATIONS, name) ? STEP_EXPECTATIONS[name] : undefined;
    if (!unit) {
      result.status = 'error';
      lines.push(`expectation '${name}' is not available in this version`);
      continue;
    }
    try {
      const o = await unit.check(ctx, arg, expectationDeadline(ctx));
      lines.push(o.message);
      if (o.details) details.push(o.details);
      result.evidence.push(...(o.evidence ?? []));
      if (o.convergedMs !== undefined) result.convergedMs = Math.max(result.convergedMs ?? 0, o.convergedMs);
      if (!o.ok && result.status === 'passed') result.status = 'failed';
    } catch (err) {
      ctx.run.checkCancelled();
      result.status = 'error';
      lines.push(`${name}: ${getErrorMessage(err).split('\n')[0] ?? ''}`);
    }
  }
  return { ...result, message: lines.filter(Boolean).join('; '), details: details.join('\n') || undefined };
}

function stepCase(
  ctx: StepContext,
  s: LocatedScenario,
  n: number,
  step: SuiteStep,
  r: StepResult & { durationMs?: number; skipped?: boolean },
): TestCase {
  const at = s.stepLines?.[n - 1] ?? { line: s.line, endLine: s.endLine };
  const tags = [...(s.tags ?? []), 'step', ...(r.convergedMs === undefined ? [] : [`convergence-ms:${r.convergedMs}`])];
  return {
    id: stepCaseId(ctx.suite.name, s.name, n, step),
    name: `${s.name} ${n}: ${stepAction(step)?.name ?? 'expect'}`,
    suite: ctx.suite.name,
    status: r.skipped ? 'skipped' : r.status,
    message: r.message,
    ...(r.details === undefined ? {} : { details: r.details }),
    ...(r.durationMs === undefined ? {} : { durationMs: r.durationMs }),
    location: { file: s.file, line: at.line, endLine: at.endLine },
    tags,
    ...(r.evidence.length > 0 ? { evidence: r.evidence } : {}),
  };
}

async function record(run: Run, c: TestCase, rule: string): Promise<void> {
  const bad = c.status === 'failed' || c.status === 'error';
  const finding = bad
    ? {
        file: c.location?.file ?? '',
        line: c.location?.line ?? 1,
        endLine: c.location?.endLine,
        level: 'failure' as const,
        title: `connectivity: ${c.id} ${c.status}`,
        message: c.message ?? c.status,
        details: c.details,
        rule,
      }
    : undefined;
  await run.add(c, finding);
}

/** Runs the steps of `s` in order and records a case per step and the scenario's summary case. */
export async function runStepScenario(ctx: StepContext, s: LocatedScenario): Promise<void> {
  const { run } = ctx;
  const steps = s.steps ?? [];
  const started = Date.now();
  let failed: { n: number; message: string } | undefined;
  let converged = 0;
  try {
    for (const [i, step] of steps.entries()) {
      const n = i + 1;
      if (failed) {
        const skip = {
          status: 'passed' as const,
          message: `not run: step ${failed.n} failed`,
          evidence: [],
          skipped: true,
        };
        await record(run, stepCase(ctx, s, n, step, skip), 'connectivity/steps');
        continue;
      }
      run.step(`suite ${ctx.suite.name}: ${s.name} step ${n}`);
      const t0 = Date.now();
      const r = await runStep(ctx, step);
      run.deps.logger.info(`${ctx.suite.name}/${s.name} step ${n}: ${r.status}: ${r.message}`);
      await record(
        run,
        stepCase(ctx, s, n, step, { ...r, durationMs: r.convergedMs ?? Date.now() - t0 }),
        'connectivity/steps',
      );
      converged = Math.max(converged, r.convergedMs ?? 0);
      if (r.status !== 'passed')
        failed = { n, message: `step ${n} (${stepAction(step)?.name ?? 'expect'}) ${r.status}: ${r.message}` };
    }
  } finally {
    if (!run.deps.signal?.aborted) await removeAppliedPolicies(ctx);
    // a cancelled run still puts Kuryr's configuration back: a half-edited kuryr.conf would outlive the run
    await restoreKuryrConfig(ctx);
    // and deletes the Neutron rules it added: they would let traffic in for every later scenario
    await removeAddedRules(ctx);
  }
  const summary: TestCase = {
    id: `${ctx.suite.name}/${s.name}`,
    name: s.name,
    suite: ctx.suite.name,
    status: failed ? 'failed' : 'passed',
    message: failed
      ? failed.message
      : `${steps.length} step(s) passed (slowest convergence ${(converged / 1000).toFixed(1)} s)`,
    durationMs: Date.now() - started,
    location: { file: s.file, line: s.line, endLine: s.endLine },
    ...(s.tags ? { tags: s.tags } : {}),
  };
  await run.add(summary);
}
