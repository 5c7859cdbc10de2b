/**
 * The command-runner port. Every external program (stack.sh, openstack, kubectl, ovs-vsctl, ...) runs through a
 * `CommandRunner`, so tests swap in a fake and production gets one place that handles timeouts, cancellation, process
 * groups, stdin, output limits and secret masking.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

import { formatDuration } from './duration.js';
import type { Logger } from './logger.js';
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

// ---------------------------------------------------------------------------------------------------------------------
// Output collection

/** Longest partial line (in characters) buffered for a line callback before it is emitted anyway. */
const MAX_PENDING_LINE = 1024 * 1024;

/** Captures one output stream with a byte cap (keeping the tail) and splits it into masked lines for a callback. */
class OutputCollector {
  private chunks: Buffer[] = [];
  private bytes = 0;
  private truncated = false;
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  /** The first error a line callback threw; the run rejects with it. */
  callbackError: unknown;

  constructor(
    private readonly maxBytes: number,
    private readonly masker: SecretMasker,
    private readonly onLine: ((line: string) => void) | undefined,
  ) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    // Compact only at twice the cap, so copying stays linear in the output size.
    if (this.bytes > 2 * this.maxBytes) this.compact();
    if (this.onLine) this.feed(this.decoder.write(chunk));
  }

  /** Flushes the final partial line and returns the captured (masked) text. */
  finish(): { text: string; truncated: boolean } {
    if (this.onLine) {
      this.feed(this.decoder.end());
      if (this.pending !== '') this.emit(this.pending);
      this.pending = '';
    }
    if (this.bytes > this.maxBytes) this.compact();
    let buffer = Buffer.concat(this.chunks);
    if (this.truncated) {
      // Don't start the kept tail in the middle of a UTF-8 sequence.
      let start = 0;
      while (start < buffer.length && start < 4 && ((buffer[start] ?? 0) & 0xc0) === 0x80) start++;
      buffer = buffer.subarray(start);
    }
    return { text: this.masker.mask(buffer.toString('utf8')), truncated: this.truncated };
  }

  private compact(): void {
    const all = Buffer.concat(this.chunks);
    const kept = all.subarray(all.length - this.maxBytes);
    this.chunks = [kept];
    this.bytes = kept.length;
    this.truncated = true;
  }

  private feed(text: string): void {
    if (text === '') return;
    this.pending += text;
    let newline: number;
    while ((newline = this.pending.indexOf('\n')) !== -1) {
      const line = this.pending.slice(0, newline);
      this.pending = this.pending.slice(newline + 1);
      this.emit(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
    if (this.pending.length > MAX_PENDING_LINE) {
      this.emit(this.pending);
      this.pending = '';
    }
  }

  private emit(line: string): void {
    if (!this.onLine || this.callbackError !== undefined) return;
    try {
      this.onLine(this.masker.mask(line));
    } catch (err) {
      this.callbackError = err ?? new Error('line callback threw');
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// The process implementation

/** Construction options of {@link ProcessCommandRunner}. */
export interface ProcessCommandRunnerOptions {
  /** Masks output, command displays and messages (default: the process-wide masker). */
  masker?: SecretMasker;
  /** Receives a debug line when a command starts and ends. */
  logger?: Logger;
  /** Time between SIGTERM and SIGKILL when a command is timed out or cancelled (default 5000 ms). */
  killGraceMs?: number;
  /**
   * How long to wait, after the process exits, for its stdout/stderr to close (default 1000 ms). A background child
   * that inherited the pipes would otherwise keep the call pending until it exits.
   */
  stdioDrainMs?: number;
  /** Timeout applied when a call sets none (default: none). */
  defaultTimeoutMs?: number;
}

/**
 * Runs programs with node:child_process. No shell is involved; each child leads its own process group, and timeouts
 * and cancellation kill the whole group (SIGTERM, then SIGKILL after `killGraceMs`).
 */
export class ProcessCommandRunner implements CommandRunner {
  private readonly masker: SecretMasker;
  private readonly logger?: Logger;
  private readonly killGraceMs: number;
  private readonly stdioDrainMs: number;
  private readonly defaultTimeoutMs?: number;

  constructor(options: ProcessCommandRunnerOptions = {}) {
    this.masker = options.masker ?? defaultMasker;
    this.logger = options.logger;
    this.killGraceMs = options.killGraceMs ?? 5000;
    this.stdioDrainMs = options.stdioDrainMs ?? 1000;
    this.defaultTimeoutMs = options.defaultTimeoutMs;
  }

  /** {@inheritDoc CommandRunner.run} */
  async run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    validateCommand(command, args);
    const display = formatCommandLine(command, args, this.masker);
    const prefix = options.label ? `[${this.masker.mask(options.label)}] ` : '';
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const started = performance.now();
    const emptyResult = (): CommandResult => ({
      exitCode: null,
      signal: null,
      stdout: '',
      stderr: '',
      stdoutTruncated: false,
      stderrTruncated: false,
      durationMs: Math.round(performance.now() - started),
      command: display,
    });

    if (options.signal?.aborted) throw new CommandError({ result: emptyResult(), cancelled: true });
    this.logger?.debug(`${prefix}$ ${display}`);

    const result = await new Promise<CommandResult>((resolve, reject) => {
      const maxBytes = options.maxBufferBytes ?? DEFAULT_MAX_BUFFER_BYTES;
      const stdout = new OutputCollector(maxBytes, this.masker, options.onStdoutLine);
      const stderr = new OutputCollector(maxBytes, this.masker, options.onStderrLine);
      let child: ChildProcess;
      try {
        child = spawn(command, [...args], {
          cwd: options.cwd,
          env: buildEnv(options),
          shell: false,
          // A new session, hence a new process group led by the child: killing -pid reaches its descendants too.
          detached: true,
          stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
          windowsHide: true,
        });
      } catch (err) {
        reject(this.spawnError(err, command, options, emptyResult()));
        return;
      }

      let settled = false;
      let exitCode: number | null = null;
      let exitSignal: NodeJS.Signals | null = null;
      let timedOut = false;
      let cancelled = false;
      let killRequested = false;
      let timeoutTimer: NodeJS.Timeout | undefined;
      let graceTimer: NodeJS.Timeout | undefined;
      let drainTimer: NodeJS.Timeout | undefined;

      const signalGroup = (sig: NodeJS.Signals): void => {
        if (child.pid === undefined) return;
        try {
          process.kill(-child.pid, sig);
        } catch {
          // ESRCH: the group is already gone. Anything else: fall back to the direct child.
          try {
            child.kill(sig);
          } catch {
            /* already dead */
          }
        }
      };
      const killGroup = (): void => {
        if (killRequested) return;
        killRequested = true;
        signalGroup('SIGTERM');
        graceTimer = setTimeout(() => signalGroup('SIGKILL'), options.killGraceMs ?? this.killGraceMs);
        // The child handle keeps the loop alive while it runs; the escalation timer alone must not.
        graceTimer.unref();
      };
      const onAbort = (): void => {
        cancelled = true;
        killGroup();
      };

      const finish = (): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timeoutTimer);
        clearTimeout(drainTimer);
        options.signal?.removeEventListener('abort', onAbort);
        if (killRequested && !groupExists(child.pid)) clearTimeout(graceTimer);
        const out = stdout.finish();
        const err = stderr.finish();
        const result: CommandResult = {
          exitCode,
          signal: exitSignal,
          stdout: out.text,
          stderr: err.text,
          stdoutTruncated: out.truncated,
          stderrTruncated: err.truncated,
          durationMs: Math.round(performance.now() - started),
          command: display,
        };
        const callbackError = stdout.callbackError ?? stderr.callbackError;
        if (callbackError !== undefined) {
          reject(callbackError);
          return;
        }
        const failure = CommandError.fromResult(result, {
          allowedExitCodes: options.allowedExitCodes,
          stderrTailLines: options.stderrTailLines,
          timeoutMs,
          timedOut,
          cancelled,
        });
        if (failure) reject(failure);
        else resolve(result);
      };

      child.on('error', (err) => {
        // Without a pid the program never started (ENOENT, EACCES, bad cwd); later errors come from kill() and are
        // handled by the exit/close path.
        if (child.pid !== undefined || settled) return;
        settled = true;
        clearTimeout(timeoutTimer);
        options.signal?.removeEventListener('abort', onAbort);
        reject(this.spawnError(err, command, options, emptyResult()));
      });
      child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
      if (child.stdin) {
        // EPIPE when the program exits without reading its input is not our failure; its exit code tells the story.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input);
      }
      if (child.pid !== undefined) LIVE_GROUPS.add(child.pid);
      child.on('exit', (code, sig) => {
        if (child.pid !== undefined) LIVE_GROUPS.delete(child.pid);
        exitCode = code;
        exitSignal = sig;
        // The program is done: a timeout or abort while its pipes drain must not turn a finished run into a failure.
        clearTimeout(timeoutTimer);
        options.signal?.removeEventListener('abort', onAbort);
        drainTimer = setTimeout(() => {
          child.stdout?.destroy();
          child.stderr?.destroy();
          finish();
        }, this.stdioDrainMs);
      });
      child.on('close', (code: number | null, sig: NodeJS.Signals | null) => {
        exitCode ??= code;
        exitSignal ??= sig;
        finish();
      });

      if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)) {
        timeoutTimer = setTimeout(() => {
          timedOut = true;
          killGroup();
        }, timeoutMs);
      }
      options.signal?.addEventListener('abort', onAbort, { once: true });
    }).catch((err: unknown) => {
      this.logger?.debug(`${prefix}${this.masker.mask(err instanceof Error ? err.message : String(err))}`);
      throw err;
    });

    this.logger?.debug(`${prefix}exit ${result.exitCode ?? result.signal} after ${formatDuration(result.durationMs)}`);
    return result;
  }

  private spawnError(err: unknown, command: string, options: RunOptions, result: CommandResult): CommandError {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    const name = this.masker.mask(command);
    let reason: string;
    if (code === 'ENOENT' && options.cwd !== undefined && !existsSync(options.cwd)) {
      reason = `could not start: working directory '${this.masker.mask(options.cwd)}' does not exist`;
    } else if (code === 'ENOENT') {
      reason = command.includes('/')
        ? `could not start: ${name} does not exist`
        : `could not start: '${name}' was not found on PATH`;
    } else if (code === 'EACCES') {
      reason = `could not start: ${name} is not executable (permission denied)`;
    } else {
      const message = err instanceof Error ? err.message : String(err);
      reason = `could not start: ${this.masker.mask(message)}`;
    }
    return new CommandError({ result, reason, code, cause: err });
  }
}

function validateCommand(command: unknown, args: unknown): void {
  if (typeof command !== 'string' || command === '') {
    throw new TypeError('CommandRunner.run: command must be a non-empty string');
  }
  if (command.includes('\0')) throw new TypeError('CommandRunner.run: command contains a NUL byte');
  if (!Array.isArray(args)) {
    throw new TypeError('CommandRunner.run: args must be an array of strings (no shell strings)');
  }
  args.forEach((arg: unknown, index) => {
    if (typeof arg !== 'string') throw new TypeError(`CommandRunner.run: args[${index}] is not a string`);
    if (arg.includes('\0')) throw new TypeError(`CommandRunner.run: args[${index}] contains a NUL byte`);
  });
}

function buildEnv(options: RunOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = options.replaceEnv ? {} : { ...process.env };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** `allowedExitCodes` that accept any exit status: for probes whose exit code is the answer. */
export const ANY_EXIT_CODE: readonly number[] = Array.from({ length: 256 }, (_, i) => i);

/** Process groups of programs a ProcessCommandRunner started that have not exited yet (their leaders' pids). */
const LIVE_GROUPS = new Set<number>();

/**
 * Ends every program any ProcessCommandRunner of this process is still running, group by group: SIGTERM, then
 * SIGKILL for the groups still there after `graceMs`. For a process about to exit on cancellation: the children lead
 * their own process groups and would outlive it.
 */
export async function terminateRunningCommands(graceMs = 2000): Promise<void> {
  const groups = [...LIVE_GROUPS];
  const signal = (pid: number, sig: NodeJS.Signals): void => {
    try {
      process.kill(-pid, sig);
    } catch {
      /* already gone */
    }
  };
  for (const pid of groups) signal(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groups.some(groupExists) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (const pid of groups.filter(groupExists)) signal(pid, 'SIGKILL');
}

function groupExists(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// The process-wide default

let defaultRunner: CommandRunner | undefined;

/**
 * The runner entry points use when none is injected (a `ProcessCommandRunner` on the default masker). Prefer passing
 * a `CommandRunner` explicitly; this exists for entry points and end-to-end tests.
 */
export function getDefaultCommandRunner(): CommandRunner {
  defaultRunner ??= new ProcessCommandRunner();
  return defaultRunner;
}

/** Replaces the default runner (e.g. with a fake) and returns the previous one so it can be restored. */
export function setDefaultCommandRunner(runner: CommandRunner | undefined): CommandRunner | undefined {
  const previous = defaultRunner;
  defaultRunner = runner;
  return previous;
}
