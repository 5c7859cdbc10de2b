/**
 * SSH to the trunk VM through the command-runner port: real `ssh`/`scp`, key authentication only, a per-run
 * known_hosts file (the VM's host key is new on every boot), remote commands built from argument lists with every
 * word shell-quoted (the remote side always parses a string).
 */
import type { CommandResult, CommandRunner, RunOptions } from '../runtime/command.js';
import { CommandError } from '../runtime/command.js';
import { CancelledError, cancelReason, sleepUnlessAborted } from '../runtime/cancel.js';
import { getErrorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';

/** Where and as whom to log in. */
export interface SshTarget {
  host: string;
  user: string;
  /** Private key file (0600). */
  keyPath: string;
  /** known_hosts of this run (written by ssh with `accept-new`). */
  knownHostsPath: string;
  port?: number;
  /** Seconds for the TCP connect (default 10). */
  connectTimeoutSeconds?: number;
}

/** Quotes one word for a POSIX shell (the remote login shell parses what ssh sends). */
export function remoteQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The remote command string for an argument list. */
export function remoteCommand(argv: readonly string[]): string {
  if (argv.length === 0) throw new Error('remote command must not be empty');
  return argv.map(remoteQuote).join(' ');
}

/** ssh/scp options shared by both programs. */
export function sshOptions(t: SshTarget): string[] {
  return [
    '-i',
    t.keyPath,
    '-o',
    'BatchMode=yes',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'StrictHostKeyChecking=accept-new',
    '-o',
    `UserKnownHostsFile=${t.knownHostsPath}`,
    '-o',
    `ConnectTimeout=${t.connectTimeoutSeconds ?? 10}`,
    '-o',
    'ServerAliveInterval=15',
    '-o',
    'ServerAliveCountMax=4',
    '-o',
    'LogLevel=ERROR',
  ];
}

/** A logged-in view of the VM. */
export class SshClient {
  constructor(
    private readonly runner: CommandRunner,
    readonly target: SshTarget,
  ) {}

  /** `user@host` for messages. */
  get address(): string {
    return `${this.target.user}@${this.target.host}`;
  }

  /** Runs `argv` on the VM (quoted word by word). */
  run(argv: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    return this.runScript(remoteCommand(argv), options);
  }

  /** Runs a remote shell command line the caller has already quoted. */
  runScript(script: string, options: RunOptions = {}): Promise<CommandResult> {
    const t = this.target;
    // -n (stdin from /dev/null) unless the caller feeds stdin
    const stdin = options.input === undefined ? ['-n'] : [];
    return this.runner.run(
      'ssh',
      [...sshOptions(t), '-p', String(t.port ?? 22), ...stdin, this.address, '--', script],
      {
        label: options.label ?? 'ssh',
        ...options,
      },
    );
  }

  /** Writes `content` to `remotePath` on the VM (through stdin; `sudo` when the path needs root). */
  async writeFile(remotePath: string, content: string, opts: { sudo?: boolean; mode?: string } = {}): Promise<void> {
    const install = ['install', '-m', opts.mode ?? '0644', '/dev/stdin', remotePath];
    await this.run(opts.sudo ? ['sudo', '-n', ...install] : install, { input: content, timeoutMs: 120_000 });
  }

  /** Copies a local file to the VM with scp. */
  async copyTo(localPath: string, remotePath: string, options: RunOptions = {}): Promise<void> {
    const t = this.target;
    await this.runner.run(
      'scp',
      [...sshOptions(t), '-P', String(t.port ?? 22), '-q', localPath, `${this.address}:${remotePath}`],
      {
        label: 'scp',
        timeoutMs: 30 * 60_000,
        ...options,
      },
    );
  }
}

/** Options of {@link waitForSsh}. */
export interface SshWaitOptions {
  timeoutMs: number;
  /** First pause between attempts (default 2 s); doubles up to `maxIntervalMs` (default 15 s). */
  initialIntervalMs?: number;
  maxIntervalMs?: number;
  logger?: Logger;
  /** SIGINT/SIGTERM: stop waiting (a {@link CancelledError}). */
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Why the last attempt failed, in words a user can act on. */
export function describeSshFailure(err: unknown): string {
  const text =
    err instanceof CommandError ? `${err.stderrTail.join('\n')}`.trim() || err.message : getErrorMessage(err);
  if (/Connection refused/i.test(text)) return `connection refused (sshd not listening yet): ${text}`;
  if (/timed out|No route to host|Network is unreachable/i.test(text)) return `no answer (${text})`;
  if (/Permission denied/i.test(text)) return `the key was refused (cloud-init may not have installed it yet): ${text}`;
  if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/i.test(text))
    return `host key mismatch: ${text}`;
  return text;
}

/**
 * Retries `ssh … true` with exponential backoff until it succeeds or `timeoutMs` passes; the timeout error says
 * how many attempts were made and why the last one failed.
 */
export async function waitForSsh(ssh: SshClient, o: SshWaitOptions): Promise<{ attempts: number; elapsedMs: number }> {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? ((ms: number) => sleepUnlessAborted(ms, o.signal));
  const start = now();
  let interval = o.initialIntervalMs ?? 2000;
  const max = o.maxIntervalMs ?? 15_000;
  let attempts = 0;
  let lastReason = '';
  for (;;) {
    if (o.signal?.aborted) throw new CancelledError(cancelReason(o.signal), `while waiting for SSH on ${ssh.address}`);
    attempts++;
    try {
      await ssh.run(['true'], { timeoutMs: 60_000, label: 'ssh-probe', signal: o.signal });
      const elapsedMs = now() - start;
      o.logger?.info(`SSH to ${ssh.address} answers (attempt ${attempts}, ${Math.round(elapsedMs / 1000)} s)`);
      return { attempts, elapsedMs };
    } catch (err) {
      const reason = describeSshFailure(err);
      if (reason !== lastReason) o.logger?.info(`SSH to ${ssh.address} not ready: ${reason}`);
      lastReason = reason;
    }
    const elapsed = now() - start;
    if (elapsed >= o.timeoutMs) {
      throw new SshNotReadyError(
        `SSH to ${ssh.address} was not ready after ${Math.round(elapsed / 1000)} s (${attempts} attempts); last error: ${lastReason}`,
        attempts,
        lastReason,
      );
    }
    await sleep(Math.min(interval, Math.max(0, o.timeoutMs - elapsed)));
    interval = Math.min(interval * 2, max);
  }
}

/** SSH never came up within the boot timeout. */
export class SshNotReadyError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
    readonly lastReason: string,
  ) {
    super(message);
    this.name = 'SshNotReadyError';
  }
}
