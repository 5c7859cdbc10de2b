/**
 * Runs probes through `kubectl exec`: `batched` = one exec per source pod running all of its probes concurrently
 * (N pods cost N round trips), `per-probe` = one exec per probe (for comparison). Only transport failures of the exec
 * itself are retried (empty or cut-off output, `error dialing backend`, `unable to upgrade connection`, a kubectl
 * timeout), up to 3 attempts; a probe's own failure is a verdict and is never retried.
 */
import { CommandError, type CommandResult } from '../runtime/command.js';
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
  /** At most this many execs at once (default 8). */
  concurrency?: number;
  /** Concurrent probes inside one exec (default 32). */
  parallel?: number;
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

async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
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
  const batches: { pod: string; probes: Probe[] }[] = [];
  if (options.mode === 'batched') {
    const bySource = new Map<string, Probe[]>();
    for (const p of probes) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
    for (const [pod, list] of bySource) batches.push({ pod, probes: list });
  } else {
    for (const p of probes) batches.push({ pod: p.source, probes: [p] });
  }
  const byId = new Map<Probe, ProbeVerdict>();
  await pool(batches, options.concurrency ?? 8, async (b) => {
    for (const v of await runBatch(kubectl, b.pod, b.probes, options, stats)) byId.set(v.probe, v);
  });
  stats.wallMs = Date.now() - started;
  return { verdicts: probes.map((p) => byId.get(p) ?? transportVerdict(p, 'not run')), stats };
}
