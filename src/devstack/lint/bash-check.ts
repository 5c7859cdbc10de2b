/**
 * The real `bash -n` check of localrc (rules LC301, LC313). stack.sh sources localrc before `errexit` is on
 * (docs/local-conf.md#how-localrc-is-read), so a syntax error never stops it: bash prints the error and the rest is
 * silently lost. The checker is injectable so callers (and tests) can replace the child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { LocalConf, LocalrcBlock } from '../localconf/model.js';
import { localrcLines } from './analysis.js';
import type { LintFinding } from './types.js';

/** What a syntax checker reports: bash's exit status (null when it did not run), stderr, and a spawn error. */
export interface BashCheckResult {
  status: number | null;
  stderr: string;
  error?: string;
}

/** Checks a bash script without running it. */
export type BashSyntaxChecker = (script: string) => BashCheckResult;

/**
 * Creates a checker that runs `bash -n -c -- <script>` as a child process (bash then reports `-c: line N:`). Scripts of
 * `maxArgBytes` or more (the kernel caps one argument at 128 KiB) go through a temporary file instead. Plain stdin
 * is not used: bash omits line numbers there, and `/dev/stdin` cannot be opened on Node's socket pipes.
 */
export function createBashChecker(maxArgBytes = 100_000): BashSyntaxChecker {
  return (script) => {
    const opts = { encoding: 'utf8' as const, timeout: 10_000 };
    if (Buffer.byteLength(script) < maxArgBytes) {
      const r = spawnSync('bash', ['-n', '-c', '--', script], opts);
      return { status: r.status, stderr: r.stderr ?? '', error: r.error?.message };
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'kdf-lint-'));
    try {
      const file = path.join(dir, 'localrc');
      writeFileSync(file, script);
      const r = spawnSync('bash', ['-n', file], opts);
      return { status: r.status, stderr: r.stderr ?? '', error: r.error?.message };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** The default checker: `bash -n` as a child process (see `createBashChecker`). */
export const bashNoExec: BashSyntaxChecker = createBashChecker();

/**
 * The localrc text exactly as DevStack assembles `.localrc.auto` (every `[[local|localrc]]` block in file order,
 * without the generated comment line), and for each of its lines the local.conf line it came from.
 */
export function extractLocalrc(conf: LocalConf): { script: string; lines: number[] } {
  const blocks = conf.blocks.filter((b): b is LocalrcBlock => b.kind === 'localrc');
  const physical = blocks.flatMap(localrcLines);
  return { script: physical.map((l) => `${l.text}\n`).join(''), lines: physical.map((l) => l.line) };
}

interface BashMessage {
  line?: number;
  text: string;
  context?: string;
}

/** Parses `bash -n` stderr: `<name>: line N: msg` lines, each optionally followed by a `` `offending text' `` line. */
export function parseBashErrors(stderr: string): BashMessage[] {
  const out: BashMessage[] = [];
  for (const raw of stderr.split('\n')) {
    if (raw.trim() === '') continue;
    const m = /^.*?: line (\d+): (.*)$/.exec(raw);
    const text = m ? (m[2] as string) : raw.replace(/^bash: /, '');
    const prev = out.at(-1);
    if (text.startsWith('`') && prev && prev.context === undefined) {
      prev.context = text;
      continue;
    }
    out.push(m ? { line: Number(m[1]), text } : { text });
  }
  return out;
}

function fixFor(text: string): string {
  if (/matching/.test(text)) return 'Close the quote or bracket on the line where it opens.';
  if (/unexpected end of file/.test(text)) return 'Close the open if/for/while/case/{ … (fi, done, esac, }).';
  if (/unexpected token/.test(text)) return 'Quote the value if the token is part of it, or fix the shell syntax.';
  return 'Fix the shell syntax at this line.';
}

/**
 * Runs `bash -n` on the extracted localrc and maps bash's `line N` messages back to local.conf lines (LC301).
 * Returns an LC313 info finding when the checker could not run. No localrc block: no findings.
 */
export function checkLocalrcSyntax(conf: LocalConf, checker: BashSyntaxChecker = bashNoExec): LintFinding[] {
  if (!conf.blocks.some((b) => b.kind === 'localrc')) return [];
  const localrc = extractLocalrc(conf);
  return syntaxFindings(conf, localrc.lines, checker(localrc.script));
}

/**
 * The findings for one checker result on `extractLocalrc(conf)` (`lines`: its line map): what `checkLocalrcSyntax`
 * returns, for callers that run the checker themselves (several files at once).
 */
export function syntaxFindings(conf: LocalConf, lines: readonly number[], result: BashCheckResult): LintFinding[] {
  const first = conf.blocks.find((b) => b.kind === 'localrc');
  if (!first) return [];
  const at = (n: number | undefined): number => {
    if (n === undefined || lines.length === 0) return first.header.line;
    return lines[Math.min(Math.max(n, 1), lines.length) - 1] as number;
  };
  const base = { file: conf.file };
  if (result.status === null || result.error) {
    return [
      {
        ...base,
        line: first.header.line,
        endLine: first.header.line,
        rule: 'LC313',
        severity: 'info',
        message: `bash -n could not be run (${result.error ?? 'no exit status'}), so the localrc syntax was not checked.`,
        fix: 'Install bash, or run the lint where bash is available.',
      },
    ];
  }
  if (result.status === 0) return [];
  const messages = parseBashErrors(result.stderr);
  if (!messages.length) messages.push({ text: `bash -n exited with status ${result.status}` });
  return messages.map((m) => {
    const line = at(m.line);
    return {
      ...base,
      line,
      endLine: line,
      rule: 'LC301',
      severity: 'error',
      message: `bash -n: ${m.text}${m.context ? ` (${m.context})` : ''}. stack.sh sources localrc before errexit is on, so it does not stop: bash prints this error and the rest of localrc from here on is silently lost.`,
      fix: fixFor(m.text),
    };
  });
}
