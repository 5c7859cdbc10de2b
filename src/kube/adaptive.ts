/**
 * How many probes are in flight at once, adapted to what the runner can take. Too many curls at once (each batch runs
 * up to 32, several batches at once) make curl itself miss its timeout on a small runner, and the run would blame the
 * network. The budget starts from the CPU count; above that start it grows by a few probes after a batch that came
 * back clean and halves after one whose probes timed out where the suite expected replies (additive increase,
 * multiplicative decrease, as TCP treats its window). A probe that timed out while more than the starting budget
 * was in flight is sent again on its own before it counts (executor.ts). Below the starting budget nothing adapts:
 * a timeout there is the network's.
 */
import { availableParallelism } from 'node:os';

/** Probes in flight per CPU at the start (a starting point: the budget moves from there). */
export const PROBES_PER_CPU = 16;

/** Probes the budget grows by after a clean batch. */
export const PROBES_STEP = 4;

/** A limit that moves between `min` and `max`. */
export class AdaptiveLimit {
  private value: number;
  /** The highest and lowest value it took, and how often it was lowered. */
  peak: number;
  floor: number;
  lowered = 0;

  constructor(
    start: number,
    readonly min: number,
    readonly max: number,
  ) {
    this.value = Math.min(max, Math.max(min, start));
    this.peak = this.value;
    this.floor = this.value;
  }

  /** The current limit. */
  get current(): number {
    return this.value;
  }

  /** A batch came back clean: `step` more. */
  onClean(step = 1): void {
    this.value = Math.min(this.max, this.value + step);
    this.peak = Math.max(this.peak, this.value);
  }

  /** A batch showed the runner's own overload: half as many. */
  onOverload(): void {
    this.value = Math.max(this.min, Math.floor(this.value / 2));
    this.floor = Math.min(this.floor, this.value);
    this.lowered++;
  }
}

/** The starting budget of probes in flight: {@link PROBES_PER_CPU} per CPU. */
export function startingBudget(cpus = availableParallelism()): number {
  return cpus * PROBES_PER_CPU;
}

/** What one batch reports back to {@link adaptivePool}. */
export type BatchLoad = 'clean' | 'overload';

/**
 * Runs `fn` over `items` keeping the probes in flight (`weight` of each running item) within `limit.current` and the
 * items running within `maxItems`; one item always runs, however heavy. `fn` gets the probes in flight when it
 * started and tells whether its item overloaded the runner.
 */
export async function adaptivePool<T>(
  items: readonly T[],
  limit: AdaptiveLimit,
  maxItems: number,
  weight: (item: T) => number,
  fn: (item: T, inFlight: number) => Promise<BatchLoad>,
): Promise<void> {
  let next = 0;
  let running = 0;
  let inFlight = 0;
  await new Promise<void>((resolve, reject) => {
    const fits = (w: number): boolean => running === 0 || (running < maxItems && inFlight + w <= limit.current);
    const launch = (): void => {
      if (next >= items.length && running === 0) return resolve();
      while (next < items.length && fits(weight(items[next] as T))) {
        const item = items[next++] as T;
        const w = weight(item);
        running++;
        inFlight += w;
        fn(item, inFlight).then(
          (load) => {
            running--;
            inFlight -= w;
            if (load === 'overload') limit.onOverload();
            else limit.onClean(PROBES_STEP);
            launch();
          },
          (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))),
        );
      }
    };
    launch();
  });
}
