/**
 * Pacing of content-creating requests: writes go one at a time with at least `minIntervalMs` between the end of one
 * and the start of the next (GitHub's secondary-rate-limit guidance). The clock is injected, so tests run instantly
 * and still check every wait.
 */

/** Time and sleeping, injectable. */
export interface Clock {
  /** Milliseconds (monotonic is best). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** Serialises writes and spaces them out. */
export class WritePacer {
  private lastEnd: number | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Total time spent waiting, in milliseconds. */
  waitedMs = 0;

  constructor(
    private readonly clock: Clock = systemClock,
    readonly minIntervalMs = 1000,
  ) {}

  /** Runs `fn` as a write: after earlier writes, and at least `minIntervalMs` after the last one ended. */
  async write<T>(fn: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.lastEnd !== undefined) {
        const wait = this.lastEnd + this.minIntervalMs - this.clock.now();
        if (wait > 0) await this.sleep(wait);
      }
      try {
        return await fn();
      } finally {
        this.lastEnd = this.clock.now();
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Waits `ms` through the clock (for `retry-after`), counted in {@link waitedMs}. */
  async sleep(ms: number): Promise<void> {
    if (ms <= 0) return;
    this.waitedMs += ms;
    await this.clock.sleep(ms);
  }
}
