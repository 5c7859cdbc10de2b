/**
 * The node:child_process implementation of the command-runner port: each program runs in its own process group, and
 * timeouts and cancellation kill the whole group. One {@link ChildRun} per call holds the state of that call.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

import {
  CommandError,
  DEFAULT_MAX_BUFFER_BYTES,
  formatCommandLine,
  type CommandResult,
  type CommandRunner,
  type RunOptions,
} from './command.js';
import { formatDuration } from './duration.js';
import type { Logger } from './logger.js';
import { OutputCollector } from './output-collector.js';
import { groupExists, trackGroup, untrackGroup } from './process-groups.js';
import { defaultMasker, type SecretMasker } from './secrets.js';

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
    const started = performance.now();
    if (options.signal?.aborted) {
      throw new CommandError({ result: emptyResult(display, started), cancelled: true });
    }
    this.logger?.debug(`${prefix}$ ${display}`);
    const run = new ChildRun({
      command,
      args,
      options,
      display,
      started,
      timeoutMs: options.timeoutMs ?? this.defaultTimeoutMs,
      masker: this.masker,
      killGraceMs: options.killGraceMs ?? this.killGraceMs,
      stdioDrainMs: this.stdioDrainMs,
    });
    const result = await run.result.catch((err: unknown) => {
      this.logger?.debug(`${prefix}${this.masker.mask(err instanceof Error ? err.message : String(err))}`);
      throw err;
    });
    this.logger?.debug(`${prefix}exit ${result.exitCode ?? result.signal} after ${formatDuration(result.durationMs)}`);
    return result;
  }
}

/** What one {@link ChildRun} needs. */
interface ChildRunInit {
  command: string;
  args: readonly string[];
  options: RunOptions;
  /** The masked command line. */
  display: string;
  /** `performance.now()` at the call. */
  started: number;
  timeoutMs: number | undefined;
  masker: SecretMasker;
  killGraceMs: number;
  stdioDrainMs: number;
}

/** The result of a program that produced nothing (not started, or cancelled before it was). */
function emptyResult(display: string, started: number): CommandResult {
  return {
    exitCode: null,
    signal: null,
    stdout: '',
    stderr: '',
    stdoutTruncated: false,
    stderrTruncated: false,
    durationMs: Math.round(performance.now() - started),
    command: display,
  };
}

/** One spawned program, from spawn to its settled result: output capture, the timeout, cancellation and kill escalation. */
class ChildRun {
  /** Settles once: the result, or the CommandError (or a line callback's error). */
  readonly result: Promise<CommandResult>;
  private child: ChildProcess | undefined;
  private readonly stdout: OutputCollector;
  private readonly stderr: OutputCollector;
  private resolve!: (result: CommandResult) => void;
  private reject!: (err: unknown) => void;
  private settled = false;
  private exitCode: number | null = null;
  private exitSignal: NodeJS.Signals | null = null;
  private timedOut = false;
  private cancelled = false;
  private killRequested = false;
  private timeoutTimer: NodeJS.Timeout | undefined;
  private graceTimer: NodeJS.Timeout | undefined;
  private drainTimer: NodeJS.Timeout | undefined;

  constructor(private readonly init: ChildRunInit) {
    const maxBytes = init.options.maxBufferBytes ?? DEFAULT_MAX_BUFFER_BYTES;
    this.stdout = new OutputCollector(maxBytes, init.masker, init.options.onStdoutLine);
    this.stderr = new OutputCollector(maxBytes, init.masker, init.options.onStderrLine);
    this.result = new Promise<CommandResult>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
      this.start();
    });
  }

  private readonly onAbort = (): void => {
    this.cancelled = true;
    this.killGroup();
  };

  private start(): void {
    const { command, args, options } = this.init;
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
      this.reject(this.spawnFailure(err));
      return;
    }
    this.child = child;
    child.on('error', (err) => this.onError(err));
    child.stdout?.on('data', (chunk: Buffer) => this.stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk));
    if (child.stdin) {
      // EPIPE when the program exits without reading its input is not our failure; its exit code tells the story.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
    if (child.pid !== undefined) trackGroup(child.pid);
    child.on('exit', (code, sig) => this.onExit(code, sig));
    child.on('close', (code: number | null, sig: NodeJS.Signals | null) => {
      this.exitCode ??= code;
      this.exitSignal ??= sig;
      this.finish();
    });
    const timeoutMs = this.init.timeoutMs;
    if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      this.timeoutTimer = setTimeout(() => {
        this.timedOut = true;
        this.killGroup();
      }, timeoutMs);
    }
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  private spawnFailure(err: unknown): CommandError {
    const { command, options, display, started, masker } = this.init;
    return spawnError(err, command, options, emptyResult(display, started), masker);
  }

  private onError(err: Error): void {
    // Without a pid the program never started (ENOENT, EACCES, bad cwd); later errors come from kill() and are
    // handled by the exit/close path.
    if (this.child?.pid !== undefined || this.settled) return;
    this.settled = true;
    clearTimeout(this.timeoutTimer);
    this.init.options.signal?.removeEventListener('abort', this.onAbort);
    this.reject(this.spawnFailure(err));
  }

  private onExit(code: number | null, sig: NodeJS.Signals | null): void {
    const child = this.child;
    if (child?.pid !== undefined) untrackGroup(child.pid);
    this.exitCode = code;
    this.exitSignal = sig;
    // The program is done: a timeout or abort while its pipes drain must not turn a finished run into a failure.
    clearTimeout(this.timeoutTimer);
    this.init.options.signal?.removeEventListener('abort', this.onAbort);
    this.drainTimer = setTimeout(() => {
      child?.stdout?.destroy();
      child?.stderr?.destroy();
      this.finish();
    }, this.init.stdioDrainMs);
  }

  private signalGroup(sig: NodeJS.Signals): void {
    const child = this.child;
    if (child?.pid === undefined) return;
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
  }

  private killGroup(): void {
    if (this.killRequested) return;
    this.killRequested = true;
    this.signalGroup('SIGTERM');
    this.graceTimer = setTimeout(() => this.signalGroup('SIGKILL'), this.init.killGraceMs);
    // The child handle keeps the loop alive while it runs; the escalation timer alone must not.
    this.graceTimer.unref();
  }

  private finish(): void {
    if (this.settled) return;
    this.settled = true;
    const { options, display, started, timeoutMs } = this.init;
    clearTimeout(this.timeoutTimer);
    clearTimeout(this.drainTimer);
    options.signal?.removeEventListener('abort', this.onAbort);
    if (this.killRequested && !groupExists(this.child?.pid)) clearTimeout(this.graceTimer);
    const out = this.stdout.finish();
    const err = this.stderr.finish();
    const result: CommandResult = {
      exitCode: this.exitCode,
      signal: this.exitSignal,
      stdout: out.text,
      stderr: err.text,
      stdoutTruncated: out.truncated,
      stderrTruncated: err.truncated,
      durationMs: Math.round(performance.now() - started),
      command: display,
    };
    const callbackError = this.stdout.callbackError ?? this.stderr.callbackError;
    if (callbackError !== undefined) {
      this.reject(callbackError);
      return;
    }
    const failure = CommandError.fromResult(result, {
      allowedExitCodes: options.allowedExitCodes,
      stderrTailLines: options.stderrTailLines,
      timeoutMs,
      timedOut: this.timedOut,
      cancelled: this.cancelled,
    });
    if (failure) this.reject(failure);
    else this.resolve(result);
  }
}

/** The CommandError for a program that could not be started, saying why in words (missing, not executable, bad cwd). */
function spawnError(
  err: unknown,
  command: string,
  options: RunOptions,
  result: CommandResult,
  masker: SecretMasker,
): CommandError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const name = masker.mask(command);
  let reason: string;
  if (code === 'ENOENT' && options.cwd !== undefined && !existsSync(options.cwd)) {
    reason = `could not start: working directory '${masker.mask(options.cwd)}' does not exist`;
  } else if (code === 'ENOENT') {
    reason = command.includes('/')
      ? `could not start: ${name} does not exist`
      : `could not start: '${name}' was not found on PATH`;
  } else if (code === 'EACCES') {
    reason = `could not start: ${name} is not executable (permission denied)`;
  } else {
    const message = err instanceof Error ? err.message : String(err);
    reason = `could not start: ${masker.mask(message)}`;
  }
  return new CommandError({ result, reason, code, cause: err });
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
