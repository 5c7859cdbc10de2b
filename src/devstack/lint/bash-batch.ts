/**
 * `bash -n` for many scripts at a time (issue #18: linting ~900 files must stay within 2× of a plain `bash -n` loop).
 * Starting bash from Node costs several milliseconds a script; here one bash process per CPU reads NUL-framed
 * scripts from a temporary file and checks each in a forked subshell (fork without exec, so no new bash to load).
 *
 * Each subshell turns on `noexec` through a DEBUG trap that fires just before `eval`, so the `eval` itself runs but
 * nothing inside the script does: what `bash -n` does, with the same parser. A syntax error ends only its own
 * subshell. That answer is used only when it is completely clean (status 0, nothing on stderr); any other script is
 * checked again, by the same driver, with the single checker's own command `bash -n -c -- SCRIPT`, whose status and
 * stderr are passed on as they are. (They differ from eval's: eval says `eval: line N` and returns 2 for every parse
 * error, while `bash -n -c` exits 0 after some, e.g. `[[ a b ]]`.) Only clean scripts, most of any real corpus,
 * skip the exec. Scripts a batch cannot take (a NUL byte, or too large for a `-c` argument) and the scripts of a
 * driver that failed go to the single checker in this process. Results therefore equal `bashNoExec`'s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';

import type { LocalConf } from '../localconf/model.js';
import {
  bashNoExec,
  extractLocalrc,
  syntaxFindings,
  type BashCheckResult,
  type BashSyntaxChecker,
} from './bash-check.js';
import type { LintFinding } from './types.js';

/** Checks many bash scripts without running them; results are in input order. */
export type BashBatchChecker = (scripts: readonly string[]) => Promise<BashCheckResult[]>;

/** Options of `createBatchBashChecker`. */
export interface BatchCheckerOptions {
  /** Bash processes run side by side (default: the CPU count, at most one per `minPerProcess` scripts). */
  processes?: number;
  /** Fewest scripts worth a process of their own (default 16). */
  minPerProcess?: number;
  /** Checker for scripts the batch cannot take, and for a batch whose driver failed (default `bashNoExec`). */
  fallback?: BashSyntaxChecker;
  /** Milliseconds a driver may run, per script it checks (default 10 000, the single checker's limit). */
  timeoutPerScriptMs?: number;
  /**
   * Scripts of this many UTF-8 bytes or more go to `fallback` (default 100 000, as in `createBashChecker`; at most
   * 131 072, the kernel's limit on one argument, since the driver may pass a script to `bash -n -c`).
   */
  maxBytes?: number;
}

/**
 * `$1`: a scratch file for the quick check's stderr. Output per script: the exact check's stderr (nothing for a
 * clean script), then `\0<status>\0`.
 */
const DRIVER = [
  `while IFS= read -r -d '' s; do`,
  `( trap 'set -n' DEBUG; eval -- "$s" ) 2>"$1"; st=$?;`,
  `if [ "$st" -ne 0 ] || [ -s "$1" ]; then bash -n -c -- "$s" 2>&1; st=$?; fi;`,
  `printf '\\0%d\\0' "$st"; done`,
].join(' ');

/**
 * Splits driver output into one result per script: each script's stderr, then `\0<status>\0`. Returns undefined
 * when the output does not hold exactly `count` well-formed frames.
 */
export function parseFrames(out: string, count: number): BashCheckResult[] | undefined {
  const parts = out.split('\0');
  if (parts.length !== 2 * count + 1 || parts[2 * count] !== '') return undefined;
  const results: BashCheckResult[] = [];
  for (let i = 0; i < count; i++) {
    const status = parts[2 * i + 1] as string;
    if (!/^\d+$/.test(status)) return undefined;
    results.push({ status: Number(status), stderr: parts[2 * i] as string, error: undefined });
  }
  return results;
}

/** Runs one driver over `scripts`; resolves undefined when it could not run or its output is not as expected. */
function runDriver(scripts: readonly string[], timeoutMs: number): Promise<BashCheckResult[] | undefined> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kdf-lint-'));
  const input = path.join(dir, 'scripts');
  // A regular file, not a pipe: bash reads a pipe one byte at a time, a file in blocks.
  writeFileSync(input, scripts.map((s) => `${s}\0`).join(''));
  const fd = openSync(input, 'r');
  const cleanup = (): void => {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (frames: BashCheckResult[] | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      cleanup();
      resolve(frames);
    };
    try {
      const child = spawn('bash', ['-c', DRIVER, 'bash', path.join(dir, 'stderr')], {
        stdio: [fd, 'pipe', 'ignore'],
        env: driverEnv(),
      });
      // Our own timer rather than spawn's `timeout`, which outlives a child that never started.
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        finish(undefined);
      }, timeoutMs);
      child.stdout?.on('data', (c: Buffer) => chunks.push(c));
      child.on('error', () => finish(undefined));
      child.on('close', (code) =>
        finish(code === 0 ? parseFrames(Buffer.concat(chunks).toString('utf8'), scripts.length) : undefined),
      );
    } catch {
      finish(undefined);
    }
  });
}

/**
 * The environment without BASH_ENV/ENV: the driver runs commands, so it must not source a user's start-up file
 * (`bash -n` never does, so the checks are unaffected).
 */
function driverEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.BASH_ENV;
  delete env.ENV;
  return env;
}

/** Splits `n` items into `parts` contiguous ranges of near-equal size. */
function ranges(n: number, parts: number): [number, number][] {
  const out: [number, number][] = [];
  for (let p = 0; p < parts; p++) out.push([Math.floor((p * n) / parts), Math.floor(((p + 1) * n) / parts)]);
  return out.filter(([a, b]) => b > a);
}

/**
 * Creates a checker that runs `bash -n` on many scripts through a few long-lived bash processes (see the module
 * comment); its results equal `bashNoExec`'s for every script.
 */
export function createBatchBashChecker(options: BatchCheckerOptions = {}): BashBatchChecker {
  const fallback = options.fallback ?? bashNoExec;
  const minPer = options.minPerProcess ?? 16;
  const perScriptMs = options.timeoutPerScriptMs ?? 10_000;
  const maxBytes = Math.min(options.maxBytes ?? 100_000, 131_072);
  return async (scripts) => {
    const results: BashCheckResult[] = new Array(scripts.length);
    const own = (s: string): boolean => s.includes('\0') || Buffer.byteLength(s) >= maxBytes;
    const batchable = scripts.flatMap((s, i) => (own(s) ? [] : [i]));
    const maxProcs = options.processes ?? availableParallelism();
    const procs = Math.max(1, Math.min(maxProcs, Math.floor(batchable.length / minPer)));
    // Start every driver before any synchronous work, so they run while this thread checks the rest.
    const runs = ranges(batchable.length, procs).map(([a, b]) => {
      const idx = batchable.slice(a, b);
      return {
        idx,
        got: runDriver(
          idx.map((i) => scripts[i] as string),
          perScriptMs * idx.length,
        ),
      };
    });
    scripts.forEach((s, i) => {
      if (own(s)) results[i] = fallback(s);
    });
    for (const { idx, got } of runs) {
      const frames = await got;
      idx.forEach((i, k) => {
        results[i] = frames?.[k] ?? fallback(scripts[i] as string);
      });
    }
    return results;
  };
}

/** The default batch checker (one bash per CPU). */
export const batchBashNoExec: BashBatchChecker = createBatchBashChecker();

/**
 * `checkLocalrcSyntax` for many files at once through a batch checker: one findings list per file, in order, each
 * equal to what `checkLocalrcSyntax(conf)` returns.
 */
export async function checkLocalrcSyntaxMany(
  confs: readonly LocalConf[],
  checker: BashBatchChecker = batchBashNoExec,
): Promise<LintFinding[][]> {
  const withLocalrc = confs.map((c) => c.blocks.some((b) => b.kind === 'localrc'));
  const extracted = confs.map((c, i) => (withLocalrc[i] ? extractLocalrc(c) : undefined));
  const checked = extracted.flatMap((e) => (e ? [e.script] : []));
  const results = await checker(checked);
  let next = 0;
  return confs.map((c, i) => {
    const e = extracted[i];
    return e ? syntaxFindings(c, e.lines, results[next++] as BashCheckResult) : [];
  });
}
