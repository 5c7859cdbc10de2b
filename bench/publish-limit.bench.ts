/**
 * publish-results on JUnit files with 10 000 and 100 000 failing cases (generated under /tmp, about 5 and 50 MB, each
 * failure with a 300-byte body), with the default `annotations-limit` and with `0` (all): planned requests, peak RSS
 * and the heap still held while the summary renders. Each run is a dry run in its own process, so its peak RSS is its
 * own and no network is involved.
 *
 * Baseline: the 10 000-failure file with the default limit, measured in this run. With the default, requests and
 * memory should stay flat as failures grow tenfold; with `0` they grow with the failures.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ANNOTATIONS_LIMIT } from '../src/results/publish/publish.js';
import type { BenchReport, BenchRow } from './run.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Writes a JUnit file with `failures` failing cases (and one passing case). */
function generate(path: string, failures: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, '<?xml version="1.0"?>\n<testsuites><testsuite name="generated">\n');
  const body = 'x'.repeat(300);
  let chunk = '';
  for (let i = 0; i < failures; i++) {
    chunk +=
      `<testcase classname="pkg.mod${i % 97}.Test" name="test_${i}" file="tests/t${i % 13}.py" line="${(i % 400) + 1}" ` +
      `time="0.01"><failure message="assert ${i} == 0">AssertionError: assert ${i} == 0\n${body}</failure></testcase>\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, `${chunk}<testcase classname="pkg" name="passes"/>\n</testsuite></testsuites>\n`);
  closeSync(fd);
}

interface Measure {
  requests: number;
  annotations: number;
  omitted: number;
  retainedMB: number;
  maxRssMB: number;
  ms: number;
}

function measure(file: string, limit: number): Measure {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(here, 'publish-limit-worker.ts'), file, String(limit)],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measure;
  } catch {
    throw new Error(`worker exited ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
}

export default async function bench(): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-bench-limit-'));
  const rows: BenchRow[] = [];
  try {
    const runs: Array<{ failures: number; limit: number; m: Measure }> = [];
    for (const failures of [10_000, 100_000]) {
      const file = join(dir, `junit-${failures}.xml`);
      generate(file, failures);
      for (const limit of [DEFAULT_ANNOTATIONS_LIMIT, 0]) runs.push({ failures, limit, m: measure(file, limit) });
      rmSync(file, { force: true });
    }
    const base = runs[0]?.m;
    if (!base) throw new Error('no baseline');
    for (const { failures, limit, m } of runs) {
      const label = `${failures} failures, limit ${limit === 0 ? '0 (all)' : limit}`;
      rows.push({
        name: `${label}: planned requests`,
        value: m.requests,
        unit: 'req',
        ratio: m.requests / base.requests,
        note: `${m.annotations} annotated, ${m.omitted} left out; ≥ ${m.requests} s of paced writes`,
      });
      rows.push({ name: `${label}: peak RSS`, value: m.maxRssMB, unit: 'MB', ratio: m.maxRssMB / base.maxRssMB });
      rows.push({
        name: `${label}: heap held while rendering`,
        value: m.retainedMB,
        unit: 'MB',
        ratio: m.retainedMB / base.retainedMB,
        note: `dry run took ${(m.ms / 1000).toFixed(1)} s`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: 'publish-results: requests and memory by number of failures, default annotations-limit vs 0',
    baseline: `10 000 failures with the default annotations-limit (${DEFAULT_ANNOTATIONS_LIMIT}), in the same run`,
    rows,
  };
}
