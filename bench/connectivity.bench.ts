/**
 * Connectivity probes (`npm run bench connectivity`): all pod↔pod HTTP pairs for N = 10, 25, 50 pods with 250 ms of
 * `kubectl exec` latency, batched (one exec per source pod, probes concurrent inside it) vs per-probe (one exec per
 * probe): exec count and wall time, in one run. Baseline: per-probe. Batched runs twice: with the adaptive probe
 * budget (src/kube/adaptive.ts) and with the fixed 8 execs × 32 probes the engine used before, whose failures are
 * the runner's own load.
 *
 * Runs against the sandbox (`KDF_SANDBOX_DIR`; the kubectl double with `KDF_SANDBOX_EXEC_LATENCY_MS=250`, real pods,
 * real curl) when its cluster `kdf` exists and KDF_BENCH_FAKE is unset; otherwise against an in-process runner that only adds the
 * latency (the rows say which). Per-probe at N = 50 is 2450 execs: set KDF_BENCH_MAX_PER_PROBE to cap how many
 * per-probe execs are really made (the wall time is then extrapolated, and the note says so).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runProbes } from '../src/kube/executor.js';
import { Kubectl } from '../src/kube/kubectl.js';
import { DEMO_REPLY } from '../src/kube/classify.js';
import { planScenario } from '../src/kube/scenarios/index.js';
import type { Probe } from '../src/kube/script.js';
import { parseSuite } from '../src/kube/suite.js';
import type { KubePod } from '../src/kube/types.js';
import { type CommandResult, type CommandRunner, type RunOptions } from '../src/runtime/command.js';
import { ProcessCommandRunner } from '../src/runtime/process-runner.js';
import { sandboxLayout } from '../src/sandbox/layout.js';
import type { BenchReport, BenchRow } from './run.js';

const SIZES = (process.env.KDF_BENCH_SIZES ?? '10,25,50').split(',').map(Number);
const LATENCY_MS = 250;
// the sandbox of `kdf sandbox up` (KDF_SANDBOX_DIR, else .kdf/sandbox)
const STATE = sandboxLayout(process.cwd(), process.env).root;
const KUBECONFIG = join(STATE, 'kube', 'kubeconfig');
const KUBECTL = join(process.cwd(), 'sandbox', 'kube', 'bin', 'kubectl');
/** Execs at once and probes at once inside one exec (the engine's defaults unless set). */
const CONCURRENCY = process.env.KDF_BENCH_CONCURRENCY ? Number(process.env.KDF_BENCH_CONCURRENCY) : undefined;
const PARALLEL = process.env.KDF_BENCH_PARALLEL ? Number(process.env.KDF_BENCH_PARALLEL) : undefined;
const MAX_PER_PROBE = Number(process.env.KDF_BENCH_MAX_PER_PROBE ?? Number.POSITIVE_INFINITY);

const SUITE = parseSuite(
  'name: bench\nworkload: { name: demo }\nscenarios:\n  - { name: http, kind: pod-to-pod, protocol: http, port: 8080 }\n',
  'bench.yaml',
);

/** A runner that answers every batch script as healthy pods would, after the exec latency. */
class LatencyRunner implements CommandRunner {
  constructor(private readonly names: Map<string, string>) {}

  async run(command: string, args: readonly string[], _options?: RunOptions): Promise<CommandResult> {
    await new Promise((r) => setTimeout(r, LATENCY_MS));
    const script = args[args.length - 1] ?? '';
    const lines = [...script.matchAll(/^\( curl .*'?http:\/\/([\d.]+):\d+\/'? .*"\$d\/(p\d+)\.rc" \) &$/gm)].map(
      (m) => `KDF\t${m[2]}\t0\t200 0.001\t\t${this.names.get(m[1] ?? '') ?? '?'}: HELLO! I AM ALIVE!!!`,
    );
    const stdout = `${lines.join('\n')}\nKDF-END ${lines.length}\n`;
    return {
      exitCode: 0,
      signal: null,
      stdout,
      stderr: '',
      stdoutTruncated: false,
      stderrTruncated: false,
      durationMs: LATENCY_MS,
      command: command,
    };
  }
}

function fakePods(n: number): KubePod[] {
  return Array.from({ length: n }, (_, i) => ({
    metadata: { name: `demo-${String(i).padStart(3, '0')}`, labels: { app: 'demo' }, annotations: {} },
    nodeName: `node-${i % 2}`,
    phase: 'Running',
    podIP: `10.0.${Math.floor(i / 200)}.${(i % 200) + 2}`,
    ready: true,
    containers: ['demo'],
    restarts: 0,
  }));
}

async function sandboxPods(runner: CommandRunner, ns: string, n: number): Promise<KubePod[]> {
  const k = new Kubectl({ runner, kubeconfig: KUBECONFIG, namespace: ns, executable: KUBECTL, timeoutMs: 600_000 });
  await k.scale('demo', n);
  await runner.run(
    KUBECTL,
    ['--kubeconfig', KUBECONFIG, '-n', ns, 'rollout', 'status', 'deployment/demo', '--timeout=900s'],
    { timeoutMs: 960_000 },
  );
  return (await k.pods('app=demo'))
    .filter((p) => p.ready && p.podIP)
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}

async function measure(
  kubectl: Kubectl,
  pods: KubePod[],
  mode: 'batched' | 'per-probe',
  budget?: number,
): Promise<{
  execs: number;
  ms: number;
  failed: number;
  observed: string;
  sampled?: number;
  total: number;
  rechecked: number;
}> {
  let n = 0;
  const plan = planScenario(
    SUITE,
    SUITE.scenarios[0]!,
    { namespace: kubectl.namespace, pods, services: new Map(), vars: {} },
    () => `p${++n}`,
  );
  const probes: Probe[] = plan.rounds[0] ?? [];
  const sample = mode === 'per-probe' && probes.length > MAX_PER_PROBE ? probes.slice(0, MAX_PER_PROBE) : probes;
  const t0 = performance.now();
  const { verdicts, stats } = await runProbes(kubectl, sample, {
    mode,
    expectationOf: () => ({ outcome: 'ok', body: DEMO_REPLY }),
    concurrency: CONCURRENCY,
    parallel: PARALLEL,
    budget,
  });
  const ms = performance.now() - t0;
  const scale = probes.length / sample.length;
  return {
    execs: Math.round(stats.execs * scale),
    ms: ms * scale,
    failed: verdicts.filter((v) => !v.passed).length,
    observed: [...new Set(verdicts.filter((v) => !v.passed).map((v) => v.observed))].join('/'),
    sampled: sample.length < probes.length ? sample.length : undefined,
    total: probes.length,
    rechecked: stats.rechecked ?? 0,
  };
}

export default async function bench(): Promise<BenchReport> {
  const useSandbox = !process.env.KDF_BENCH_FAKE && existsSync(KUBECONFIG) && existsSync(KUBECTL);
  const rows: BenchRow[] = [];
  const ns = `kdf-bench-${process.pid}`;
  const real = new ProcessCommandRunner({ killGraceMs: 2000 });
  const runner: CommandRunner = useSandbox
    ? real
    : new LatencyRunner(new Map(fakePods(Math.max(...SIZES)).map((p) => [p.podIP ?? '', p.metadata.name])));
  const where = useSandbox ? 'sandbox (kubectl double, real pods and curl)' : 'in-process runner (latency only)';
  if (useSandbox) {
    process.env.KDF_SANDBOX_EXEC_LATENCY_MS = String(LATENCY_MS);
    await real.run(KUBECTL, ['--kubeconfig', KUBECONFIG, 'create', 'namespace', ns]);
    await real.run(KUBECTL, [
      '--kubeconfig',
      KUBECONFIG,
      '-n',
      ns,
      'create',
      'deployment',
      'demo',
      '--image=quay.io/kuryr/demo',
      '--replicas=1',
    ]);
  }
  try {
    for (const n of SIZES) {
      const pods = useSandbox ? await sandboxPods(real, ns, n) : fakePods(n);
      const kubectl = new Kubectl({ runner, kubeconfig: KUBECONFIG, namespace: ns, executable: KUBECTL });
      const per = await measure(kubectl, pods, 'per-probe');
      const bat = await measure(kubectl, pods, 'batched');
      // the engine before the adaptive budget: 8 execs × 32 probes in flight from the start, never lowered
      const fixed = await measure(kubectl, pods, 'batched', (CONCURRENCY ?? 8) * (PARALLEL ?? 32));
      const note = (m: {
        failed: number;
        observed: string;
        sampled?: number;
        total: number;
        rechecked: number;
      }): string =>
        `${where}; ${m.total} probes, ${m.failed} failed${m.failed ? ` (${m.observed})` : ''}` +
        `${m.rechecked ? `, ${m.rechecked} re-sent after timing out under load` : ''}` +
        `${m.sampled ? `; ${m.sampled} really sent, extrapolated` : ''}`;
      rows.push({ name: `N=${n} per-probe: execs`, value: per.execs, unit: 'exec', note: note(per) });
      rows.push({ name: `N=${n} per-probe: wall`, value: per.ms, unit: 'ms', ratio: 1 });
      rows.push({
        name: `N=${n} batched: execs`,
        value: bat.execs,
        unit: 'exec',
        ratio: bat.execs / per.execs,
        note: note(bat),
      });
      rows.push({ name: `N=${n} batched: wall`, value: bat.ms, unit: 'ms', ratio: bat.ms / per.ms });
      rows.push({ name: `N=${n} batched, fixed 8×32: failed`, value: fixed.failed, unit: 'probe', note: note(fixed) });
      rows.push({ name: `N=${n} batched, fixed 8×32: wall`, value: fixed.ms, unit: 'ms', ratio: fixed.ms / per.ms });
    }
  } finally {
    if (useSandbox)
      await real.run(KUBECTL, ['--kubeconfig', KUBECONFIG, 'delete', 'namespace', ns]).catch(() => undefined);
  }
  return {
    title: `connectivity probes: batched vs per-probe, ${LATENCY_MS} ms exec latency`,
    baseline: 'per-probe (one kubectl exec per probe), same run',
    rows,
  };
}
