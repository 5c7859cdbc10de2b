/**
 * `reachability`: a matrix of allowed/denied cells, probed in rounds (every cell's probes of a round together, one
 * exec per source pod, the runner's own shell for `host`) until every cell matches or `within` passes; the time until
 * it matched is the convergence time of the data plane. Allowed = the demo server answers; denied = every probe times
 * out (a policy drops packets: a refusal means something else answered, and is reported as such). Rounds start every
 * interval of the suite, counted from the previous round's start (the first ones sooner: the state waits' ramp).
 */
import type { Evidence } from '../../../results/model.js';
import { ANY_EXIT_CODE, type CommandResult } from '../../../runtime/command.js';
import { parseDuration } from '../../../runtime/duration.js';
import { pauseAfterPoll } from '../../../runtime/wait.js';
import type { ProbeVerdict } from '../../classify.js';
import { STATE_RAMP_MS } from '../../state.js';
import { runProbes, type ExecutorOptions } from '../../executor.js';
import type { Probe } from '../../script.js';
import type { ReachabilitySpec } from '../../suite-objects.js';
import type { ReachabilityCell } from '../../summary.js';
import type { ExpectationOutcome, StepContext, StepExpectation } from '../types.js';
import { reachabilityEvidence } from './reachability-evidence.js';
import { HOST_SOURCE, NODE_TARGET, planCells, type CellPlan, type NodeAddress } from './reachability-plan.js';

/** Default convergence budget of a matrix. */
export const DEFAULT_WITHIN = '60s';

/** A cell after a round. */
export interface CellResult {
  plan: CellPlan;
  ok: boolean;
  /** What the probes saw (`timeout`, or `ok 1/2, timeout 1/2`). */
  observed: string;
  /** Why it does not match (one line). */
  reason?: string;
  verdicts: ProbeVerdict[];
}

function observedOf(verdicts: readonly ProbeVerdict[]): string {
  const counts = new Map<string, number>();
  for (const v of verdicts) counts.set(v.observed, (counts.get(v.observed) ?? 0) + 1);
  if (counts.size === 1) return [...counts.keys()][0] ?? '';
  return [...counts].map(([k, n]) => `${k} ${n}/${verdicts.length}`).join(', ');
}

/** Why a probe of the cell did not match, in the words of policies. */
function reasonOf(plan: CellPlan, v: ProbeVerdict): string {
  const p = v.probe;
  const where = `${p.source === HOST_SOURCE ? 'host' : p.source} -> ${p.target} (${p.protocol} ${p.host}${p.port === undefined ? '' : `:${p.port}`})`;
  if (plan.spec.result === 'denied' && v.observed === 'refused') {
    return `${where}: refused, expected a timeout: a NetworkPolicy drops packets, it does not refuse them (the packet reached something that answered)`;
  }
  if (plan.spec.result === 'denied' && v.observed === 'ok')
    return `${where}: answered, expected denied (no policy drops it)`;
  if (plan.spec.result === 'allowed' && v.observed === 'timeout')
    return `${where}: timed out, expected allowed (dropped)`;
  return `${where}: ${v.reason ?? v.observed}`;
}

/** Judges each cell from one round's verdicts. */
export function judgeCells(plans: readonly CellPlan[], verdicts: readonly ProbeVerdict[]): CellResult[] {
  return plans.map((plan) => {
    if (plan.error) return { plan, ok: false, observed: 'not probed', reason: plan.error, verdicts: [] };
    const mine = verdicts.filter((v) => v.probe.caseId === plan.key);
    const bad = mine.find((v) => !v.passed);
    const ok = mine.length > 0 && bad === undefined;
    return { plan, ok, observed: observedOf(mine), reason: bad ? reasonOf(plan, bad) : undefined, verdicts: mine };
  });
}

/** The matrix as the summary renders it. */
export function matrixCells(results: readonly CellResult[], protocol: string): ReachabilityCell[] {
  return results.map((r) => ({
    from: r.plan.spec.from,
    to: r.plan.spec.to,
    protocol,
    expected: r.plan.spec.result,
    observed: r.observed,
    passed: r.ok,
  }));
}

/** Sends each probe through its source's kubectl (its namespace) or, for `host`, the runner's shell. */
function executor(ctx: StepContext, plans: readonly CellPlan[]): ExecutorOptions['exec'] {
  const namespaces = new Map(plans.flatMap((c) => c.pods.map((p) => [p.pod.metadata.name, p.namespace] as const)));
  return (source, argv, options): Promise<CommandResult> => {
    const host = ctx.run.deps.hostRunner;
    if (source === HOST_SOURCE && host) {
      const [cmd = 'sh', ...args] = argv;
      return host.run(cmd, args, {
        timeoutMs: options.timeoutMs,
        allowedExitCodes: ANY_EXIT_CODE,
        label: 'host probes',
      });
    }
    const namespace = namespaces.get(source) ?? ctx.run.settings.namespace;
    return ctx.run.deps.kubectl.inNamespace(namespace).exec(source, argv, options);
  };
}

async function round(ctx: StepContext, plans: readonly CellPlan[], n: number): Promise<CellResult[]> {
  const { run } = ctx;
  const probes: Probe[] = plans.flatMap((c) => c.probes.map((t) => ({ ...t, id: run.probeId(), round: n })));
  const byKey = new Map(plans.map((c) => [c.key, c.expectation]));
  const { verdicts, stats } = await runProbes(run.deps.kubectl, probes, {
    mode: run.settings.execMode,
    expectationOf: (p) => byKey.get(p.caseId) ?? { outcome: 'ok' },
    exec: executor(ctx, plans),
    onRetry: (pod, attempt, why) =>
      run.deps.logger.warning(`exec ${pod}: transport failure (attempt ${attempt}), retrying: ${why}`),
  });
  run.stats.execs += stats.execs;
  run.stats.retries += stats.retries;
  return judgeCells(plans, verdicts);
}

/**
 * How long to wait after round `n` (1-based), which took `roundMs`, before the next one. Rounds start every
 * `intervalMs` (the first ones sooner: the state waits' ramp), counted from the start of the previous round: a round
 * with denied cells lasts at least their connect timeout, and a pause on top of it would only add to the convergence
 * time the step reports.
 */
export function pauseBeforeNextRound(n: number, intervalMs: number, roundMs: number): number {
  return pauseAfterPoll(n - 1, intervalMs, STATE_RAMP_MS, roundMs);
}

/** The nodes' addresses when a cell probes `node` (read once per check: nodes do not come and go in a suite). */
async function nodeAddresses(ctx: StepContext, spec: ReachabilitySpec): Promise<NodeAddress[]> {
  if (!spec.matrix.some((c) => c.to === NODE_TARGET)) return [];
  const nodes = await ctx.run.deps.kubectl.nodes();
  return nodes.flatMap((n) => (n.internalIP ? [{ name: n.name, ip: n.internalIP }] : []));
}

/** The plan of every cell; `host` cells fail without a host runner. */
function plan(ctx: StepContext, spec: ReachabilitySpec, nodes: readonly NodeAddress[]): CellPlan[] {
  const plans = planCells(ctx, spec, nodes);
  if (ctx.run.deps.hostRunner) return plans;
  return plans.map((c) =>
    c.spec.from === 'host' && !c.error
      ? { ...c, error: 'probes from host need the runner (no host runner was given)' }
      : c,
  );
}

/**
 * Probes the matrix until every cell matches or `within` (cut to `deadline`) passes.
 * @param deadline epoch ms the step runner allows
 */
export async function checkReachability(
  ctx: StepContext,
  spec: ReachabilitySpec,
  deadline: number,
): Promise<ExpectationOutcome> {
  const started = Date.now();
  const end = Math.min(deadline, started + (parseDuration(spec.within ?? DEFAULT_WITHIN) ?? 60_000));
  const protocol = `${spec.protocol ?? 'http'}${spec.port === undefined ? '' : `/${spec.port}`}`;
  const nodes = await nodeAddresses(ctx, spec);
  let plans = plan(ctx, spec, nodes);
  let results: CellResult[] = [];
  for (let n = 1; ; n++) {
    ctx.run.step(`reachability round ${n}`);
    if (n > 1 && plans.some((c) => c.error)) {
      // a cell without pods (yet): read the pods again
      await ctx.refresh();
      plans = plan(ctx, spec, nodes);
    }
    const roundStarted = Date.now();
    results = await round(ctx, plans, n);
    if (results.every((r) => r.ok)) {
      const ms = Date.now() - started;
      const evidence: Evidence[] = [
        { kind: 'reachability', title: 'expected vs observed', data: matrixCells(results, protocol) },
      ];
      return {
        ok: true,
        message: `reachability: ${results.length} cell(s) as expected after ${(ms / 1000).toFixed(1)} s (round ${n})`,
        convergedMs: ms,
        evidence,
      };
    }
    if (Date.now() >= end) break;
    const pause = pauseBeforeNextRound(n, ctx.intervalMs, Date.now() - roundStarted);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(pause, end - Date.now()))));
  }
  const bad = results.filter((r) => !r.ok);
  const first = bad[0];
  const waited = ((Date.now() - started) / 1000).toFixed(0);
  return {
    ok: false,
    message: `reachability: ${bad.length} of ${results.length} cell(s) differ after ${waited} s: ${first?.plan.spec.from ?? ''} -> ${first?.plan.spec.to ?? ''} expected ${first?.plan.spec.result ?? ''}: ${first?.reason ?? ''}`,
    details: bad
      .map(
        (r) =>
          `${r.plan.spec.from} -> ${r.plan.spec.to}: expected ${r.plan.spec.result}, observed ${r.observed}: ${r.reason ?? ''}`,
      )
      .join('\n'),
    evidence: await reachabilityEvidence(ctx, results, protocol),
  };
}

/** The reachability expectation. */
export const reachability: StepExpectation<ReachabilitySpec> = {
  name: 'reachability',
  check: checkReachability,
};
