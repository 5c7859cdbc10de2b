/**
 * Runs probes through `kubectl exec`: `batched` = one exec per source pod running all of its probes concurrently
 * (N pods cost N round trips), `per-probe` = one exec per probe (for comparison). Only transport failures of the exec
 * itself are retried (empty or cut-off output, `error dialing backend`, `unable to upgrade connection`, a kubectl
 * timeout), up to 3 attempts; a probe's own failure is a verdict and is never retried.
 */
import { CommandError, type CommandResult } from '../runtime/command.js';
import { AdaptiveLimit, adaptivePool, startingBudget } from './adaptive.js';
import { getErrorMessage } from '../runtime/errors.js';
import { judge, transportVerdict, type ProbeExpectation, type ProbeVerdict } from './classify.js';
import type { Kubectl } from './kubectl.js';
import { buildBatchScript, parseBatchOutput, type ParsedBatch, type Probe } from './script.js';

/** How probes are sent. */
export type ExecMode = 'batched' | 'per-probe';

/** Options of {@link runProbes}. */
export interface ExecutorOptions {
  mode: ExecMode;
  /** Exec attempts per batch, the first included (default 3). */
  attempts?: number;
  /** At most this many execs at once (default 8); fewer while the probe budget (adaptive.ts) is smaller. */
  concurrency?: number;
  /** Concurrent probes inside one exec (default 32). */
  parallel?: number;
  /** Probes in flight at the start (default {@link startingBudget}: 16 per CPU); adapts above it. */
  budget?: number;
  /** Called once when probes that timed out under load are sent again on their own. */
  onRecheck?: (count: number, inFlight: number) => void;
  /** The expectation of each probe's case. */
  expectationOf: (probe: Probe) => ProbeExpectation;
  /** Called after a transport failure that will be retried. */
  onRetry?: (pod: string, attempt: number, why: string) => void;
  /**
   * Runs a batch's `argv` for a source (default: `kubectl exec SOURCE` in the kubectl's namespace): sources in other
   * namespaces, or the runner itself (`host`), have their own. Resolves whatever the exit code.
   */
  exec?: (source: string, argv: readonly string[], options: { timeoutMs: number }) => Promise<CommandResult>;
}

/** What a run of probes cost. */
export interface ExecStats {
  execs: number;
  retries: number;
  wallMs: number;
  /** Probes sent again on their own after timing out under load (only when some were). */
  rechecked?: number;
}

const TRANSPORT = /error dialing backend|unable to upgrade connection|connection reset by peer|i\/o timeout|EOF$/im;

/** Why an exec result is a transport failure, or `undefined` when its output can be trusted. */
export function transportFailure(result: CommandResult, parsed: ParsedBatch): string | undefined {
  if (parsed.complete) return undefined;
  const stderr = result.stderr.trim();
  if (TRANSPORT.test(stderr)) return stderr.split('\n').pop() ?? stderr;
  if (result.stdout.trim() === '')
    return `empty output (exit ${String(result.exitCode)})${stderr ? `: ${stderr}` : ''}`;
  return `unparsable or cut-off output (exit ${String(result.exitCode)})${stderr ? `: ${stderr}` : ''}`;
}

/** Runs one batch (one exec) with transport retries; returns one verdict per probe. */
async function runBatch(
  kubectl: Kubectl,
  pod: string,
  probes: readonly Probe[],
  options: ExecutorOptions,
  stats: ExecStats,
): Promise<ProbeVerdict[]> {
  const script = buildBatchScript(probes, { parallel: options.parallel });
  const longest = Math.max(...probes.map((p) => p.maxTimeS + p.connectTimeoutS));
  const chunks = Math.ceil(probes.length / Math.max(1, options.parallel ?? 32));
  const timeoutMs = (longest * chunks + 30) * 1000;
  const attempts = options.attempts ?? 3;
  let why = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    stats.execs++;
    let result: CommandResult;
    try {
      const argv = ['sh', '-c', script];
      result = await (options.exec ? options.exec(pod, argv, { timeoutMs }) : kubectl.exec(pod, argv, { timeoutMs }));
    } catch (err) {
      // kubectl itself could not run or was killed: a transport failure (a cancellation is not retried).
      if (err instanceof CommandError && err.cancelled) throw err;
      why = getErrorMessage(err).split('\n')[0] ?? 'kubectl exec failed';
      if (attempt < attempts) {
        stats.retries++;
        options.onRetry?.(pod, attempt, why);
      }
      continue;
    }
    const parsed = parseBatchOutput(result.stdout, probes.length);
    const failure = transportFailure(result, parsed);
    if (failure === undefined) {
      return probes.map((p) => {
        const raw = parsed.results.get(p.id);
        return raw ? judge(p, raw, options.expectationOf(p)) : transportVerdict(p, 'no result line');
      });
    }
    why = failure;
    if (attempt < attempts) {
      stats.retries++;
      options.onRetry?.(pod, attempt, why);
    }
  }
  return probes.map((p) => transportVerdict(p, `${why} (after ${attempts} attempts)`));
}

/** One exec's probes. */
interface Batch {
  pod: string;
  probes: Probe[];
}

/** A probe that timed out where its case expected a reply: the runner's load may be the cause. */
function timedOutUnexpectedly(v: ProbeVerdict, options: ExecutorOptions): boolean {
  return !v.passed && v.observed === 'timeout' && options.expectationOf(v.probe).outcome === 'ok';
}

/** Probes sent again this many at a time, one source after another: as quiet as the runner gets. */
const RECHECK_PARALLEL = 4;

/**
 * Sends the probes that timed out under load again, one source pod at a time with few probes at once; the quiet
 * verdict replaces the loaded one (a probe that times out again is the network's failure).
 */
async function recheck(
  kubectl: Kubectl,
  underLoad: readonly { probe: Probe; inFlight: number }[],
  options: ExecutorOptions,
  stats: ExecStats,
  byId: Map<Probe, ProbeVerdict>,
): Promise<void> {
  options.onRecheck?.(underLoad.length, Math.max(...underLoad.map((u) => u.inFlight)));
  stats.rechecked = (stats.rechecked ?? 0) + underLoad.length;
  const bySource = new Map<string, Probe[]>();
  for (const { probe } of underLoad) bySource.set(probe.source, [...(bySource.get(probe.source) ?? []), probe]);
  const quiet = { ...options, parallel: RECHECK_PARALLEL };
  for (const [pod, probes] of bySource) {
    for (const v of await runBatch(kubectl, pod, probes, quiet, stats)) byId.set(v.probe, v);
  }
}

/**
 * Runs `probes` and returns their verdicts in input order.
 * @param kubectl the namespace's kubectl
 * @param probes probes of one round (ids unique per source pod)
 */
export async function runProbes(
  kubectl: Kubectl,
  probes: readonly Probe[],
  options: ExecutorOptions,
): Promise<{ verdicts: ProbeVerdict[]; stats: ExecStats }> {
  const started = Date.now();
  const stats: ExecStats = { execs: 0, retries: 0, wallMs: 0 };
  const batches: Batch[] = [];
  if (options.mode === 'batched') {
    const bySource = new Map<string, Probe[]>();
    for (const p of probes) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
    for (const [pod, list] of bySource) batches.push({ pod, probes: list });
  } else {
    for (const p of probes) batches.push({ pod: p.source, probes: [p] });
  }
  const byId = new Map<Probe, ProbeVerdict>();
  const parallel = Math.max(1, options.parallel ?? 32);
  const start = options.budget ?? startingBudget();
  const limit = new AdaptiveLimit(start, parallel, Math.max(start, (options.concurrency ?? 8) * parallel));
  // timeouts where replies were expected, seen while more than the starting budget was in flight
  const underLoad: { probe: Probe; inFlight: number }[] = [];
  const weight = (b: Batch): number => Math.min(b.probes.length, parallel);
  await adaptivePool(batches, limit, options.concurrency ?? 8, weight, async (b, inFlight) => {
    const got = await runBatch(kubectl, b.pod, b.probes, options, stats);
    const suspects = inFlight > start ? got.filter((v) => timedOutUnexpectedly(v, options)) : [];
    for (const v of got) byId.set(v.probe, v);
    underLoad.push(...suspects.map((v) => ({ probe: v.probe, inFlight })));
    return suspects.length > 0 ? 'overload' : 'clean';
  });
  if (underLoad.length > 0) await recheck(kubectl, underLoad, options, stats, byId);
  stats.wallMs = Date.now() - started;
  return { verdicts: probes.map((p) => byId.get(p) ?? transportVerdict(p, 'not run')), stats };
}
