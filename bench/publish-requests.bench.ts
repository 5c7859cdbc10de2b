/**
 * publish-results against the GitHub API stub (127.0.0.1) for k = 10, 1 000 and 10 000 failing cases: API requests
 * and wall time. Pacing (≥ 1 s between writes) runs on a virtual clock so the bench takes seconds; the "paced" row
 * adds the waits GitHub would impose. Set KDF_BENCH_REAL_PACING=1 to sleep for real (k = 10 000 then takes ~3.5 min).
 *
 * Baselines: requests against the minimum the Checks API allows for k annotations (⌈k/50⌉ writes, each ≤ 50);
 * wall time against the k = 10 run of this same bench.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubStub } from '../sandbox/github/index.js';
import { publishResults } from '../src/results/publish/publish.js';
import { systemClock, type Clock } from '../src/results/publish/pacer.js';
import { writeRequestCount } from '../src/results/publish/planner.js';
import { ConsoleLogger } from '../src/runtime/console-logger.js';
import type { BenchReport, BenchRow } from './run.js';

function junit(k: number): string {
  const parts = ['<?xml version="1.0"?><testsuites><testsuite name="bench">'];
  for (let i = 0; i < k; i++) {
    parts.push(
      `<testcase classname="bench.c${i % 97}" name="t${i}" file="src/t${i % 13}.ts" line="${(i % 400) + 1}" time="0.01"><failure message="expected ${i}">Error: expected ${i}\n    at t (src/t${i % 13}.ts:${(i % 400) + 1}:3)</failure></testcase>`,
    );
  }
  parts.push('<testcase classname="bench" name="passes"/></testsuite></testsuites>');
  return parts.join('');
}

async function once(
  k: number,
  real: boolean,
): Promise<{ requests: number; writes: number; wallMs: number; waitedMs: number; annotations: number }> {
  const stub = await GitHubStub.start();
  const dir = mkdtempSync(join(tmpdir(), 'kdf-bench-publish-'));
  writeFileSync(join(dir, 'junit.xml'), junit(k));
  let virtual = 0;
  let waitedMs = 0;
  const clock: Clock = real
    ? { now: systemClock.now, sleep: async (ms) => ((waitedMs += ms), systemClock.sleep(ms)) }
    : { now: () => performance.now() + virtual, sleep: async (ms) => void ((virtual += ms), (waitedMs += ms)) };
  try {
    const started = performance.now();
    const out = await publishResults(
      {
        results: ['junit.xml'],
        name: 'bench',
        token: 'ghs_bench',
        mode: 'check-run',
        annotationsLimit: 0,
        failOn: 'never',
      },
      {
        logger: new ConsoleLogger({ stream: { write: () => true }, quiet: true }),
        env: { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'b'.repeat(40), GITHUB_API_URL: stub.url, GITHUB_WORKSPACE: dir },
        cwd: dir,
        clock,
      },
    );
    const wallMs = performance.now() - started;
    if (stub.runs().length !== 1 || stub.runs()[0]?.annotations.length !== k || stub.responseProblems.length) {
      throw new Error(`bench k=${k}: expected one run with ${k} annotations (${stub.responseProblems.join('; ')})`);
    }
    return {
      requests: stub.requests.length,
      writes: stub.writes.length,
      wallMs: real ? wallMs : wallMs,
      waitedMs,
      annotations: out.annotations,
    };
  } finally {
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<BenchReport> {
  const real = process.env.KDF_BENCH_REAL_PACING === '1';
  const ks = [10, 1000, 10_000];
  const results = [];
  for (const k of ks) results.push({ k, ...(await once(k, real)) });
  const base = results[0]?.wallMs ?? 1;
  const rows: BenchRow[] = [];
  for (const r of results) {
    const min = writeRequestCount(r.k);
    rows.push({
      name: `k=${r.k}: write requests`,
      value: r.writes,
      unit: 'req',
      ratio: r.writes / min,
      note: `minimum ⌈k/50⌉ = ${min}`,
    });
    rows.push({
      name: `k=${r.k}: all API requests`,
      value: r.requests,
      unit: 'req',
      ratio: r.requests / min,
      note: '+1 read: look up an earlier run',
    });
    rows.push({
      name: `k=${r.k}: wall time${real ? ' (real pacing)' : ' (pacing virtual)'}`,
      value: r.wallMs,
      unit: 'ms',
      ratio: r.wallMs / base,
      note: 'ratio vs k=10',
    });
    if (!real)
      rows.push({
        name: `k=${r.k}: paced time at GitHub`,
        value: (r.wallMs + r.waitedMs) / 1000,
        unit: 's',
        note: `${(r.waitedMs / 1000).toFixed(0)} s of mandated spacing`,
      });
  }
  return {
    title: 'publish-results: API requests and wall time by number of failing cases',
    baseline: 'requests: the Checks API minimum ⌈k/50⌉; wall time: the k=10 run',
    rows,
  };
}
