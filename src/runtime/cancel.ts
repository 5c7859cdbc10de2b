/**
 * Cooperative cancellation (SIGINT/SIGTERM): a stage takes an AbortSignal, stops at its next step, cleans up what it
 * made and records the cancellation. The signal's `reason` is the signal name when the CLI or an action aborted it.
 */
import type { CommandResult, CommandRunner, RunOptions } from './command.js';

/** Thrown at a step boundary once the run was cancelled. */
export class CancelledError extends Error {
  /** @param during what was cut short, e.g. `while waiting for server vm to be ACTIVE` */
  constructor(
    readonly reason: string,
    during?: string,
  ) {
    super(`cancelled (${reason})${during ? ` ${during}` : ''}`);
    this.name = 'CancelledError';
  }
}

/** The reason an aborted signal carries, as text (`SIGINT`), or `cancelled`. */
export function cancelReason(signal: AbortSignal | undefined): string {
  const reason: unknown = signal?.reason;
  return typeof reason === 'string' ? reason : 'cancelled';
}

/** Throws a {@link CancelledError} when `signal` was aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError(cancelReason(signal));
}

/** Waits `ms`, or less when `signal` aborts meanwhile (it resolves either way; check the signal after). */
export function sleepUnlessAborted(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** A runner whose every command is cancelled by `signal` (unless the call passes its own). */
export class SignalledCommandRunner implements CommandRunner {
  constructor(
    private readonly inner: CommandRunner,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** {@inheritDoc CommandRunner.run} */
  run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    return this.inner.run(command, args, { signal: this.signal, ...options });
  }
}

/**
 * Aborts on the first SIGINT or SIGTERM of this process, with the signal's name as the reason. Later signals are
 * swallowed while the listener is installed, so clean-up is not cut short; `dispose` removes it.
 */
export function abortOnSignals(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals): void => {
    if (!controller.signal.aborted) controller.abort(sig);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
