/**
 * The adaptive probe budget (src/kube/adaptive.ts) and the executor's re-check: a runner whose curls miss their
 * timeout when too many run at once gets fewer at once, and the probes that timed out under that load are sent
 * again quietly before they count; a target that does not answer still fails.
 */
import { describe, expect, it } from '@jest/globals';

import { AdaptiveLimit, adaptivePool } from '../../src/kube/adaptive.js';
import { DEMO_REPLY } from '../../src/kube/classify.js';
import { runProbes } from '../../src/kube/executor.js';
import { Kubectl } from '../../src/kube/kubectl.js';
import type { Probe } from '../../src/kube/script.js';
import type { CommandResult, CommandRunner, RunOptions } from '../../src/runtime/command.js';

describe('AdaptiveLimit', () => {
  it('grows by the step up to max, halves down to min, and remembers its range', () => {
    const l = new AdaptiveLimit(16, 4, 24);
    l.onClean(4);
    l.onClean(4);
    l.onClean(4);
    expect(l.current).toBe(24);
    l.onOverload();
    l.onOverload();
    l.onOverload();
    expect(l.current).toBe(4);
    expect({ peak: l.peak, floor: l.floor, lowered: l.lowered }).toEqual({ peak: 24, floor: 4, lowered: 3 });
  });
});

describe('adaptivePool', () => {
  it('keeps the weight in flight within the limit and the items within max; a heavy item runs alone', async () => {
    const limit = new AdaptiveLimit(10, 1, 10);
    let inFlight = 0;
    let peak = 0;
    let peakItems = 0;
    let items = 0;
    const weights = [4, 4, 4, 4, 30, 2, 2, 2, 2, 2, 2];
    await adaptivePool(
      weights,
      limit,
      3,
      (w) => w,
      async (w) => {
        inFlight += w;
        items++;
        peak = Math.max(peak, w > 10 ? 0 : inFlight);
        peakItems = Math.max(peakItems, items);
        if (w > 10) expect(items).toBe(1);
        await new Promise((r) => setTimeout(r, 5));
        inFlight -= w;
        items--;
        return 'clean';
      },
    );
    expect(peak).toBeLessThanOrEqual(10);
    expect(peakItems).toBeLessThanOrEqual(3);
  });
});

/**
 * kubectl exec for pods on a runner that can only take `capacity` probes at once: above it, every probe of an exec
 * times out (curl 28); `dead` targets never answer.
 */
class LoadedRunner implements CommandRunner {
  running = 0;
  peak = 0;
  execs = 0;
  constructor(
    private readonly capacity: number,
    private readonly dead = new Set<string>(),
  ) {}

  async run(_command: string, args: readonly string[], _options?: RunOptions): Promise<CommandResult> {
    const script = args[args.length - 1] ?? '';
    const probes = [...script.matchAll(/^r (\w+)$/gm)].map((m) => m[1] as string);
    // the script runs its probes in chunks separated by `wait`: one chunk's probes run at once
    const chunks = [...script.matchAll(/^wait$/gm)].length;
    const load = Math.ceil(probes.length / Math.max(1, chunks));
    this.running += load;
    this.execs++;
    this.peak = Math.max(this.peak, this.running);
    const overloaded = this.running > this.capacity;
    await new Promise((r) => setTimeout(r, 10));
    this.running -= load;
    const line = (id: string): string =>
      overloaded || this.dead.has(id.replace(/^\w/, ''))
        ? `KDF\t${id}\t28\t000 1.0\tcurl: (28) Connection timed out after 1000 milliseconds\t`
        : `KDF\t${id}\t0\t200 0.001\t\tt: HELLO! I AM ALIVE!!!`;
    const stdout = `${probes.map(line).join('\n')}\nKDF-END ${probes.length}\n`;
    return {
      exitCode: 0,
      signal: null,
      stdout,
      stderr: '',
      stdoutTruncated: false,
      stderrTruncated: false,
      durationMs: 10,
      command: 'kubectl',
    };
  }
}

/** All pairs of `n` pods: probe ids are the source letter + the target number. */
function allPairs(n: number): Probe[] {
  const pods = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
  return pods.flatMap((src) =>
    pods
      .map((_, i) => i)
      .filter((i) => pods[i] !== src)
      .map((i) => ({
        id: `${src}${i}`,
        caseId: 's/all',
        round: 1,
        source: src,
        protocol: 'http' as const,
        host: `10.0.0.${i + 1}`,
        port: 8080,
        target: `t${i}`,
        connectTimeoutS: 1,
        maxTimeS: 1,
      })),
  );
}

const expectationOf = (): { outcome: 'ok'; body: RegExp } => ({ outcome: 'ok', body: DEMO_REPLY });

describe('runProbes under load', () => {
  it('does not let the runner’s own load fail probes: the budget shrinks and timed-out probes are re-sent', async () => {
    const runner = new LoadedRunner(24);
    const rechecks: [number, number][] = [];
    const r = await runProbes(new Kubectl({ runner, namespace: 'ns' }), allPairs(12), {
      mode: 'batched',
      parallel: 11,
      budget: 16,
      expectationOf,
      onRecheck: (count, inFlight) => rechecks.push([count, inFlight]),
    });
    expect(r.verdicts.filter((v) => !v.passed).map((v) => v.probe.id)).toEqual([]);
    expect(r.verdicts).toHaveLength(12 * 11);
    // the budget grew past the runner's capacity, met timeouts, and those probes were re-sent once, quietly
    expect(runner.peak).toBeGreaterThan(24);
    expect(rechecks).toHaveLength(1);
    expect(r.stats.rechecked).toBe(rechecks[0]?.[0]);
    expect(rechecks[0]?.[1]).toBeGreaterThan(16);
  });

  it('a target that never answers still fails after the re-check', async () => {
    const runner = new LoadedRunner(24, new Set(['3']));
    const r = await runProbes(new Kubectl({ runner, namespace: 'ns' }), allPairs(12), {
      mode: 'batched',
      parallel: 11,
      budget: 16,
      expectationOf,
    });
    const failed = r.verdicts.filter((v) => !v.passed);
    expect(failed.map((v) => v.probe.target).every((t) => t === 't3')).toBe(true);
    expect(failed).toHaveLength(11);
    expect(failed[0]).toMatchObject({ observed: 'timeout', exitCode: 28 });
  });

  it('within the starting budget a timeout is the network’s verdict: no re-check, the same execs as before', async () => {
    const runner = new LoadedRunner(1000, new Set(['1']));
    const r = await runProbes(new Kubectl({ runner, namespace: 'ns' }), allPairs(4), {
      mode: 'batched',
      expectationOf,
    });
    expect(r.stats.execs).toBe(4);
    expect(r.stats.rechecked).toBeUndefined();
    expect(r.verdicts.filter((v) => !v.passed)).toHaveLength(3);
  });
});
