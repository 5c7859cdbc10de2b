/**
 * `kdf lint` over a corpus of ~900 local.conf files (`npm run bench lint`), against a `bash -n` loop over the same
 * files in one bash process (`for f in …; do bash -n "$f"; done`), measured in the same run. Issue #18 asks for lint
 * within 2× of that loop. Files: `test/__fixtures__/lint-corpus/files/*` (or, without that corpus, every local.conf
 * under `test/__fixtures__/reference/`), repeated to about 900 lints (the note says which).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';

import { lintMany } from '../src/devstack/lint/index.js';
import { decodeText } from '../src/runtime/fragment-file.js';
import { referenceFiles } from '../test/helpers/paths.js';
import type { BenchReport, BenchRow } from './run.js';

const ROOT = process.cwd();
const CORPUS = join(ROOT, 'test', '__fixtures__', 'lint-corpus', 'files');
/** Lints the fallback set is repeated to. */
const TARGET = 900;
/** Bytes of file arguments per `kdf lint` run, well below the kernel's ARG_MAX (2 MiB on Linux). */
const ARG_BUDGET = 100_000;
/** Rounds of every measurement (KDF_BENCH_LINT_ROUNDS, default 3); the report shows the best of each. */
const ROUNDS = Math.max(1, Number(process.env.KDF_BENCH_LINT_ROUNDS ?? 3) || 3);

/** Every regular file under `dir`, sorted. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return walk(p);
      return e.isFile() ? [p] : [];
    })
    .sort();
}

/** The files to lint (paths relative to the repository) and a sentence saying where they come from. */
function corpus(): { files: string[]; source: string } {
  if (existsSync(CORPUS) && statSync(CORPUS).isDirectory()) {
    // repeated to the issue's ~900 files: with fewer, node's start-up (~0.5 s) weighs on the CLI row alone
    const unique = walk(CORPUS).map((f) => relative(ROOT, f));
    const times = Math.max(1, Math.round(TARGET / unique.length));
    const files = Array.from({ length: times }, () => unique).flat();
    return { files, source: `the ${unique.length} files of test/__fixtures__/lint-corpus/files, each ${times}×` };
  }
  const unique = referenceFiles().map((f) => relative(ROOT, f));
  const files = Array.from({ length: Math.ceil(TARGET / unique.length) }, () => unique).flat();
  return {
    files,
    source: `no lint corpus yet: the ${unique.length} local.conf files of test/__fixtures__/reference, each ${files.length / unique.length}×`,
  };
}

/** Splits `files` into argument lists of at most `ARG_BUDGET` bytes. */
function batches(files: string[]): string[][] {
  const out: string[][] = [[]];
  let bytes = 0;
  for (const f of files) {
    const len = Buffer.byteLength(f) + 1;
    if (bytes + len > ARG_BUDGET && out.at(-1)!.length > 0) {
      out.push([]);
      bytes = 0;
    }
    out.at(-1)!.push(f);
    bytes += len;
  }
  return out;
}

/** Wall milliseconds of `fn`. */
async function wall(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Runs a command to completion with stdout discarded; throws when it could not run or exited above `maxStatus`. */
function run(cmd: string, args: string[], maxStatus: number): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status === null || r.status > maxStatus) {
    throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} …: ${r.error?.message ?? `status ${r.status}`} ${r.stderr}`);
  }
}

export default async function bench(): Promise<BenchReport> {
  const { files, source } = corpus();
  const texts = files.map((f) => ({ file: f, text: decodeText(readFileSync(join(ROOT, f)), f, f) }));
  const loop = 'for f in "$@"; do bash -n "$f"; done 2>/dev/null; exit 0';
  // Warm the page cache and the module graph before timing anything.
  run('bash', ['-c', loop, 'bash', ...files.slice(0, 20)], 0);
  await lintMany(texts.slice(0, 20));

  // Each figure is the best of a few rounds, interleaved, so a burst of load on a shared machine hits all alike.
  const best = { baseline: Infinity, library: Infinity, cli: Infinity, staticOnly: Infinity };
  for (let r = 0; r < ROUNDS; r++) {
    best.baseline = Math.min(best.baseline, await wall(() => run('bash', ['-c', loop, 'bash', ...files], 0)));
    best.library = Math.min(best.library, await wall(() => lintMany(texts)));
    best.cli = Math.min(
      best.cli,
      await wall(() => {
        for (const b of batches(files)) run(process.execPath, ['bin/kdf.js', 'lint', '--format', 'json', ...b], 1);
      }),
    );
    best.staticOnly = Math.min(best.staticOnly, await wall(() => lintMany(texts, {}, { syntaxCheck: false })));
  }
  const { baseline, library, cli, staticOnly } = best;
  const n = files.length;
  const row = (name: string, ms: number, note: string): BenchRow => ({
    name,
    value: ms,
    unit: 'ms',
    ratio: ms / baseline,
    note: `${(ms / n).toFixed(2)} ms a file; ${note}`,
  });
  return {
    title: `kdf lint over ${n} files (issue #18: within 2× of a bash -n loop)`,
    baseline: `\`for f in …; do bash -n "$f"; done\` in one bash process over the same ${n} files: ${baseline.toFixed(0)} ms (${(baseline / n).toFixed(2)} ms a file); ${source}; best of ${ROUNDS} rounds each`,
    rows: [
      row('library: parse + lintAll with the real bash -n, one process', library, 'goal ≤ 2×'),
      row(
        'CLI end to end: node bin/kdf.js lint --format json',
        cli,
        `${batches(files).length} run(s) of ≤ ${ARG_BUDGET / 1000} kB of file arguments; goal ≤ 2×`,
      ),
      row('library: static rules only (no bash)', staticOnly, 'parse + every static rule'),
    ],
  };
}
