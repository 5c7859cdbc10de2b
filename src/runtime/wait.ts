/** Polling on state (never fixed sleeps). */
import { CancelledError, cancelReason, sleepUnlessAborted } from './cancel.js';

/** Options of {@link waitFor}. */
export interface WaitOptions {
  /** Give up after this long. */
  timeoutMs: number;
  /** Time between polls (default 2000 ms). */
  intervalMs?: number;
  /**
   * The first pauses, shorter than the interval (each capped by it): most states the toolkit waits on change within a
   * second or two, so early polls come sooner and the rest keep the interval's pace.
   */
  rampMs?: readonly number[];
  /**
   * Count each pause from the start of the poll before it, not from its end: polls then start every interval however
   * long one takes (a slow poll is followed at once). For waits whose polls take a good part of the interval.
   */
  fromPollStart?: boolean;
  /** What is awaited, for the timeout message (`server vm to be ACTIVE`); a function sees the latest state. */
  describe: string | (() => string);
  /** Stops waiting early. */
  signal?: AbortSignal;
  /** Replaces the timer (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Replaces the clock (tests). */
  now?: () => number;
}

/** Thrown by {@link waitFor} when the condition did not hold in time. */
export class WaitTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WaitTimeoutError';
  }
}

/**
 * Calls `fn` until it returns something other than `undefined` and returns that. A throw from `fn` ends the wait
 * (use it for terminal failures such as a server in ERROR). After `timeoutMs` it throws a {@link WaitTimeoutError}
 * naming what was awaited.
 */
export async function waitFor<T>(fn: () => Promise<T | undefined>, options: WaitOptions): Promise<T> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => sleepUnlessAborted(ms, options.signal));
  const interval = options.intervalMs ?? 2000;
  const started = now();
  for (let polls = 0; ; polls++) {
    if (options.signal?.aborted)
      throw new CancelledError(cancelReason(options.signal), `while waiting for ${describe(options)}`);
    const pollStarted = now();
    const value = await fn();
    if (value !== undefined) return value;
    const elapsed = now() - started;
    if (elapsed >= options.timeoutMs) {
      throw new WaitTimeoutError(
        `timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for ${describe(options)}`,
      );
    }
    const spent = options.fromPollStart ? now() - pollStarted : 0;
    const pause = pauseAfterPoll(polls, interval, options.rampMs, spent);
    await sleep(Math.min(pause, Math.max(0, options.timeoutMs - elapsed)));
  }
}

/** The pause after poll `polls` (0-based): the ramp's entry while there is one (capped by the interval), else the interval. */
export function pauseAfter(polls: number, intervalMs: number, rampMs?: readonly number[]): number {
  return Math.min(rampMs?.[polls] ?? intervalMs, intervalMs);
}

/**
 * The pause after poll `polls` (0-based) when pauses count from the poll's start: {@link pauseAfter} less the
 * `spentMs` the poll took, never below 0 (a poll that outlasted its pause is followed at once).
 */
export function pauseAfterPoll(
  polls: number,
  intervalMs: number,
  rampMs: readonly number[] | undefined,
  spentMs: number,
): number {
  return Math.max(0, pauseAfter(polls, intervalMs, rampMs) - spentMs);
}

function describe(options: WaitOptions): string {
  return typeof options.describe === 'function' ? options.describe() : options.describe;
}

/** Options of {@link pollUntil}. */
export type PollOptions = Omit<WaitOptions, 'describe'>;

/**
 * Polls `predicate` every `intervalMs` until it holds (resolves true) or `timeoutMs` has passed (resolves false).
 * For waits whose timeout is not a failure: a grace period before a stronger signal, a best-effort settle.
 */
export async function pollUntil(predicate: () => boolean | Promise<boolean>, options: PollOptions): Promise<boolean> {
  try {
    await waitFor(async () => ((await predicate()) ? true : undefined), { ...options, describe: 'a condition' });
    return true;
  } catch (err) {
    if (err instanceof WaitTimeoutError) return false;
    throw err;
  }
}
