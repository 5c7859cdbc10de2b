/**
 * Progress of the root action, read from its stdout as it streams: the pipeline opens a log group per stage
 * (`::group::▶ <stage>`), prints `<stage>: done in N s` or `<stage>: failed (<why>) in N s` when it ends, and a
 * `::notice::<stage>: skipped, <other> failed` for a stage it skips. The demo turns those into one line per stage.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultsDocument } from '../../src/results/model.js';

/** One stage event. */
export type StageEvent =
  | { kind: 'started'; stage: string }
  | { kind: 'done'; stage: string; seconds: number }
  | { kind: 'failed'; stage: string; seconds: number; reason: string }
  | { kind: 'skipped'; stage: string; reason: string };

const STARTED = /^::group::▶ ([a-z-]+)$/;
const ENDED = /^([a-z-]+): (?:done|failed \((.*)\)) in (\d+) s$/;
const SKIPPED = /^::notice::([a-z-]+): skipped, (.*)$/;

/** Splits a stream into lines and reports stage events; feed it chunks, then call `end()`. */
export class StageProgress {
  private rest = '';

  constructor(private readonly emit: (e: StageEvent) => void) {}

  /** Takes the next chunk of stdout. */
  push(chunk: string): void {
    const lines = (this.rest + chunk).split('\n');
    this.rest = lines.pop() ?? '';
    for (const line of lines) this.line(line.replace(/\r$/, ''));
  }

  /** Flushes a last line without a newline. */
  end(): void {
    if (this.rest) this.line(this.rest);
    this.rest = '';
  }

  private line(line: string): void {
    let m = STARTED.exec(line);
    if (m) return this.emit({ kind: 'started', stage: m[1] as string });
    m = ENDED.exec(line);
    if (m) {
      const seconds = Number(m[3]);
      const stage = m[1] as string;
      return this.emit(
        m[2] === undefined ? { kind: 'done', stage, seconds } : { kind: 'failed', stage, seconds, reason: m[2] },
      );
    }
    m = SKIPPED.exec(line);
    if (m) this.emit({ kind: 'skipped', stage: m[1] as string, reason: `${m[2] as string}` });
  }
}

/** A progress line: `  ubuntu-18.04/nested    trunk-vm         ✓ done in 42 s`. */
export function formatStageEvent(leg: string, e: StageEvent): string | undefined {
  const head = `  ${leg.padEnd(32)} ${e.stage.padEnd(16)}`;
  switch (e.kind) {
    case 'started':
      return undefined;
    case 'done':
      return `${head} ✓ done in ${e.seconds} s`;
    case 'failed':
      return `${head} ✗ failed in ${e.seconds} s: ${e.reason}`;
    case 'skipped':
      return `${head} – skipped (${e.reason})`;
  }
}

/**
 * The failed and errored checks of a leg's results (`suite / name: first line of the message`), at most 10: printed when
 * a leg ends other than meant, so the terminal says what broke without opening the results.
 */
export function failedCases(dir: string): string[] {
  const lines: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    let doc: Partial<ResultsDocument>;
    try {
      doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Partial<ResultsDocument>;
    } catch {
      continue;
    }
    for (const c of doc.cases ?? []) {
      if (c.status !== 'failed' && c.status !== 'error') continue;
      lines.push(`${c.status}: ${c.suite} / ${c.name}: ${(c.message ?? '').split('\n')[0] ?? ''}`);
    }
  }
  return lines.length > 10 ? [...lines.slice(0, 10), `… and ${lines.length - 10} more`] : lines;
}
