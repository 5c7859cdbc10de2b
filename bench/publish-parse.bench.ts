/**
 * Peak RSS and throughput of publish-results' streaming JUnit reader on a generated JUnit file (default 1 GiB; set
 * KDF_BENCH_JUNIT_MB for another size), against a whole-document parser (read the file, build the tree, walk it: the
 * approach of xml2js/xml-js-based reporters) on the same file in the same run. Each runs in its own process so its
 * peak RSS is its own. The file lives under /tmp and is deleted afterwards.
 *
 * A whole-document parser cannot read a file beyond V8's string limit (~512 MiB) at all; when that happens the
 * baseline is measured again on a 256 MiB file so the ratios still compare like with like.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchReport, BenchRow } from './run.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Writes a JUnit file of about `mb` MiB: 1 failure (with a 600-byte body) per 100 cases. */
function generate(path: string, mb: number): number {
  const fd = openSync(path, 'w');
  const target = mb * 1024 * 1024;
  let written = 0;
  let i = 0;
  const write = (s: string): void => {
    written += writeSync(fd, s);
  };
  write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n<testsuite name="generated">\n');
  const body = 'AssertionError: expected port ACTIVE\n' + '    at test (tests/test_ports.py:42)\n'.repeat(15);
  while (written < target) {
    let chunk = '';
    for (let j = 0; j < 1000; j++, i++) {
      chunk +=
        i % 100 === 0
          ? `<testcase classname="tempest.api.network.test_ports.PortsTest${i % 50}" name="test_case_${i}" time="0.012"><failure message="port ${i} DOWN"><![CDATA[${body}]]></failure><system-out>log line ${i}</system-out></testcase>\n`
          : `<testcase classname="tempest.api.network.test_ports.PortsTest${i % 50}" name="test_case_${i}" time="0.012"/>\n`;
    }
    write(chunk);
  }
  write('</testsuite>\n</testsuites>\n');
  closeSync(fd);
  return i;
}

interface Measure {
  cases?: number;
  failed?: number;
  ms: number;
  maxRssMB: number;
  error?: string;
}

function measure(mode: 'stream' | 'whole', file: string): Measure {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=16384', '--import', 'tsx', join(here, 'publish-parse-worker.ts'), mode, file],
    {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    },
  );
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measure;
  } catch {
    return {
      error: `worker exited ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`,
      ms: 0,
      maxRssMB: 0,
    };
  }
}

export default async function bench(): Promise<BenchReport> {
  const mb = Number(process.env.KDF_BENCH_JUNIT_MB ?? 1024);
  const dir = mkdtempSync(join(tmpdir(), 'kdf-bench-junit-'));
  const rows: BenchRow[] = [];
  try {
    const file = join(dir, 'big.xml');
    const generated = generate(file, mb);
    const sizeMB = statSync(file).size / (1024 * 1024);
    const stream = measure('stream', file);
    if (stream.error || stream.cases !== generated)
      throw new Error(`streaming parse failed: ${stream.error ?? `${stream.cases} of ${generated} cases`}`);
    let whole = measure('whole', file);
    let baseMB = sizeMB;
    let streamAtBase = stream;
    if (whole.error) {
      rows.push({
        name: `whole-document parse of ${sizeMB.toFixed(0)} MiB`,
        value: whole.maxRssMB,
        unit: 'MB peak RSS',
        note: `failed: ${whole.error}`,
      });
      const smaller = join(dir, 'smaller.xml');
      const n = generate(smaller, Math.min(256, mb));
      baseMB = statSync(smaller).size / (1024 * 1024);
      whole = measure('whole', smaller);
      streamAtBase = measure('stream', smaller);
      if (whole.error || whole.cases !== n)
        throw new Error(`baseline failed on ${baseMB.toFixed(0)} MiB too: ${whole.error}`);
      rmSync(smaller, { force: true });
    }
    const mbps = (m: Measure, size: number): number => size / (m.ms / 1000);
    rows.push({
      name: `whole-document parse, ${baseMB.toFixed(0)} MiB (baseline)`,
      value: whole.maxRssMB,
      unit: 'MB peak RSS',
      ratio: 1,
      note: `${mbps(whole, baseMB).toFixed(1)} MB/s`,
    });
    rows.push({
      name: `whole-document parse, ${baseMB.toFixed(0)} MiB: throughput`,
      value: mbps(whole, baseMB),
      unit: 'MB/s',
      ratio: 1,
    });
    rows.push({
      name: `streaming parse, ${baseMB.toFixed(0)} MiB: peak RSS`,
      value: streamAtBase.maxRssMB,
      unit: 'MB',
      ratio: streamAtBase.maxRssMB / whole.maxRssMB,
    });
    rows.push({
      name: `streaming parse, ${baseMB.toFixed(0)} MiB: throughput`,
      value: mbps(streamAtBase, baseMB),
      unit: 'MB/s',
      ratio: mbps(streamAtBase, baseMB) / mbps(whole, baseMB),
    });
    if (streamAtBase !== stream) {
      rows.push({
        name: `streaming parse, ${sizeMB.toFixed(0)} MiB: peak RSS`,
        value: stream.maxRssMB,
        unit: 'MB',
        ratio: stream.maxRssMB / whole.maxRssMB,
        note: `vs the ${baseMB.toFixed(0)} MiB baseline`,
      });
      rows.push({
        name: `streaming parse, ${sizeMB.toFixed(0)} MiB: throughput`,
        value: mbps(stream, sizeMB),
        unit: 'MB/s',
        ratio: mbps(stream, sizeMB) / mbps(whole, baseMB),
        note: `${stream.cases} cases, ${stream.failed} failed`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: `publish-results: parsing a generated ${mb} MiB JUnit file`,
    baseline: 'a whole-document parser (read all, build the tree, walk it) on the same file in the same run',
    rows,
  };
}
