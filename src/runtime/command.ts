/**
 * The command-runner port. Every external program (stack.sh, openstack, kubectl, ovs-vsctl, ...) runs through a
 * `CommandRunner`, so tests swap in a fake and production gets one place that handles timeouts, cancellation, process
 * groups, stdin, output limits and secret masking. This file is the port itself (options, result, the error every
 * runner fails with, the masked display); the implementation on node:child_process is in process-runner.ts.
 */
import { formatDuration } from './duration.js';
import { defaultMasker, type SecretMasker } from './secrets.js';

/** Options of one {@link CommandRunner.run} call. */
export interface RunOptions {
  /** Working directory (default: the current one). */
  cwd?: string;
  /** Variables merged over `process.env` (or replacing it with `replaceEnv`); `undefined` unsets a variable. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Use `env` as the whole environment instead of merging it over `process.env`. */
  replaceEnv?: boolean;
  /** Kill the whole process group after this many milliseconds (default: no timeout). */
  timeoutMs?: number;
  /** Cancels the command: the whole process group is killed and the call rejects with `cancelled: true`. */
  signal?: AbortSignal;
  /** Written to stdin, which is then closed. Without it stdin is /dev/null, so prompts see EOF instead of hanging. */
  input?: string;
  /** Called with each complete stdout line (masked, without the line break); a final partial line is flushed at exit. */
  onStdoutLine?: (line: string) => void;
  /** Called with each complete stderr line (masked, without the line break); a final partial line is flushed at exit. */
  onStderrLine?: (line: string) => void;
  /** Exit codes that count as success (default `[0]`). */
  allowedExitCodes?: readonly number[];
  /** How many trailing stderr lines a `CommandError` carries (default 20). */
  stderrTailLines?: number;
  /** Cap on captured stdout and on captured stderr, in bytes (default 16 MiB); beyond it only the tail is kept. */
  maxBufferBytes?: number;
  /** A short name for log lines (e.g. `stack.sh`). */
  label?: string;
  /** Overrides the runner's SIGTERM-to-SIGKILL grace period for this call. */
  killGraceMs?: number;
}

/** What a finished command produced. All strings are masked. */
export interface CommandResult {
  /** The exit code, or `null` when the process was killed by a signal. */
  exitCode: number | null;
  /** The signal that killed the process, if any. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when stdout exceeded `maxBufferBytes` and only its tail was kept. */
  stdoutTruncated: boolean;
  /** True when stderr exceeded `maxBufferBytes` and only its tail was kept. */
  stderrTruncated: boolean;
  durationMs: number;
  /** The command line for humans, shell-quoted and masked. */
  command: string;
}

/** The port: runs a program with an argument vector (never a shell string). */
export interface CommandRunner {
  /**
   * Runs `command` with `args`. Resolves when the exit code is allowed; otherwise, and on timeout, cancellation or a
   * spawn failure, rejects with a {@link CommandError}.
   */
  run(command: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>;
}

/** Default cap on captured stdout/stderr. */
export const DEFAULT_MAX_BUFFER_BYTES = 16 * 1024 * 1024;
/** Default number of stderr lines kept in a `CommandError`. */
export const DEFAULT_STDERR_TAIL_LINES = 20;

// ---------------------------------------------------------------------------------------------------------------------
// Display

// Characters that never need quoting in a POSIX shell word.
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes one argument shell-style for display (`it's` → `'it'\''s'`). For humans only: never feed it to a shell. */
export function quoteArg(arg: string): string {
  if (arg === '') return "''";
  if (SAFE_WORD.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The masked, shell-quoted command line for logs and error messages. */
export function formatCommandLine(
  command: string,
  args: readonly string[],
  masker: SecretMasker = defaultMasker,
): string {
  // Mask each word before quoting (quoting could split a secret that contains a quote), then the whole line.
  return masker.mask([command, ...args].map((word) => quoteArg(masker.mask(word))).join(' '));
}

// ---------------------------------------------------------------------------------------------------------------------
// Errors

/** Everything needed to build a {@link CommandError}. */
export interface CommandErrorInit {
  result: CommandResult;
  timedOut?: boolean;
  cancelled?: boolean;
  /** The timeout that expired, for the message. */
  timeoutMs?: number;
  stderrTailLines?: number;
  /** Replaces the generated reason (e.g. for spawn failures). Must already be masked. */
  reason?: string;
  /** The errno code of a spawn failure (`ENOENT`, `EACCES`). */
  code?: string;
  cause?: unknown;
}

/** A command that failed: disallowed exit code, killed, timed out, cancelled, or could not be started. */
export class CommandError extends Error {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
  /** The last stderr lines (masked). */
  readonly stderrTail: string[];
  /** The masked command line. */
  readonly command: string;
  readonly result: CommandResult;
  /** The errno code when the program could not be started. */
  readonly code?: string;

  constructor(init: CommandErrorInit) {
    const { result } = init;
    const stderrTail = tailLines(result.stderr, init.stderrTailLines ?? DEFAULT_STDERR_TAIL_LINES);
    super(`\`${result.command}\` ${init.reason ?? describeFailure(init, stderrTail)}`, { cause: init.cause });
    this.name = 'CommandError';
    this.exitCode = result.exitCode;
    this.signal = result.signal;
    this.timedOut = init.timedOut ?? false;
    this.cancelled = init.cancelled ?? false;
    this.stderrTail = stderrTail;
    this.command = result.command;
    this.result = result;
    this.code = init.code;
  }

  /**
   * The error for a finished command, or `undefined` when it succeeded (not timed out or cancelled, and its exit code
   * is allowed). Runner implementations, fakes included, use this so they fail the same way.
   */
  static fromResult(
    result: CommandResult,
    options: Pick<RunOptions, 'allowedExitCodes' | 'stderrTailLines' | 'timeoutMs'> & {
      timedOut?: boolean;
      cancelled?: boolean;
    } = {},
  ): CommandError | undefined {
    const allowed = options.allowedExitCodes ?? [0];
    const ok = !options.timedOut && !options.cancelled && result.exitCode !== null && allowed.includes(result.exitCode);
    if (ok) return undefined;
    return new CommandError({
      result,
      timedOut: options.timedOut,
      cancelled: options.cancelled,
      timeoutMs: options.timeoutMs,
      stderrTailLines: options.stderrTailLines,
    });
  }
}

function describeFailure(init: CommandErrorInit, stderrTail: readonly string[]): string {
  if (init.timedOut) {
    const after = init.timeoutMs === undefined ? '' : ` after ${formatDuration(init.timeoutMs)}`;
    return `timed out${after} and was killed`;
  }
  if (init.cancelled) return 'was cancelled';
  const { exitCode, signal } = init.result;
  const what = exitCode === null ? `was killed by signal ${signal ?? 'unknown'}` : `exited with code ${exitCode}`;
  const last = [...stderrTail].reverse().find((line) => line.trim() !== '');
  return last === undefined ? what : `${what}: ${truncate(last.trim(), 500)}`;
}

function tailLines(text: string, count: number): string[] {
  if (count <= 0 || text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.slice(-count);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `allowedExitCodes` that accept any exit status: for probes whose exit code is the answer. */
export const ANY_EXIT_CODE: readonly number[] = Array.from({ length: 256 }, (_, i) => i);
