/**
 * Child process of bench/publish-limit.bench.ts: one publish-results dry run (no network) of a JUnit file with a given
 * `annotations-limit`, printing `{"requests":…,"annotations":…,"omitted":…,"retainedMB":…,"maxRssMB":…,"ms":…}`.
 * `retainedMB` is the heap after a full GC while the collector and the annotations are still alive (a summary
 * section that runs during rendering takes it), so it shows what publishing keeps, not what it has yet to collect.
 *
 *   node --expose-gc --import tsx bench/publish-limit-worker.ts FILE LIMIT
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { publishResults } from '../src/results/publish/publish.js';
import type { SummarySection } from '../src/results/publish/summary/renderer.js';
import { ConsoleLogger } from '../src/runtime/console-logger.js';

const [file, limitArg] = process.argv.slice(2);
if (!file || limitArg === undefined) throw new Error('usage: FILE LIMIT');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

let retained = 0;
const probe: SummarySection = {
  id: 'bench-heap-probe',
  order: 1000,
  minimal: () => {
    if (retained === 0) {
      gc();
      retained = process.memoryUsage().heapUsed;
    }
    return '';
  },
  render: () => '',
};
const out = mkdtempSync(join(tmpdir(), 'kdf-bench-limit-out-'));
const started = performance.now();
try {
  const outcome = await publishResults(
    {
      results: [file],
      name: 'bench',
      mode: 'check-run',
      annotationsLimit: Number(limitArg),
      failOn: 'never',
      dryRunDir: out,
    },
    {
      logger: new ConsoleLogger({ stream: { write: () => true }, quiet: true }),
      env: { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'b'.repeat(40) },
      cwd: dirname(file),
      sections: [probe],
    },
  );
  console.log(
    JSON.stringify({
      requests: outcome.requests?.length ?? 0,
      annotations: outcome.annotations,
      omitted: outcome.annotationsOmitted,
      retainedMB: retained / (1024 * 1024),
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      ms: performance.now() - started,
    }),
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
