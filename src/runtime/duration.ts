/** Parsing and formatting of human durations (`90s`, `15m`, `1h30m`, `500ms`), in milliseconds. */

/** A unit a bare number can stand for. */
export type DurationUnit = 'ms' | 's' | 'm' | 'h' | 'd';

const UNIT_MS: Record<DurationUnit, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Human names of the units, for error messages. */
export const DURATION_UNIT_NAMES: Record<DurationUnit, string> = {
  ms: 'milliseconds',
  s: 'seconds',
  m: 'minutes',
  h: 'hours',
  d: 'days',
};

const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
// `ms` must come before `m` in the alternation, otherwise `500ms` would read as 500 minutes followed by junk.
const SEGMENT = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*/y;

/**
 * Parses `text` into milliseconds (rounded), or returns `undefined` when it is not a duration. Accepts one or more
 * `<number><unit>` segments (`1h30m`, `1h 30m`, `1.5h`, `500ms`; units ms, s, m, h, d, case-insensitive) or a bare
 * number, which is read in `bareUnit`.
 */
export function parseDuration(text: string, bareUnit: DurationUnit = 's'): number | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return undefined;
  if (BARE_NUMBER.test(value)) return Math.round(Number(value) * UNIT_MS[bareUnit]);
  let total = 0;
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < value.length) {
    const match = SEGMENT.exec(value);
    if (!match) return undefined;
    total += Number(match[1]) * UNIT_MS[match[2] as DurationUnit];
  }
  return Math.round(total);
}

/**
 * Formats milliseconds for humans: `300ms`, `12.3s`, `30s`, `1m30s`, `15m`, `1h30m`, `2h`. Sub-minute values keep one
 * decimal; longer ones are rounded to whole seconds.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return `${ms}ms`;
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 59_950) {
    const seconds = Math.round(ms / 100) / 10;
    return `${Number.isInteger(seconds) ? seconds.toFixed(0) : seconds.toFixed(1)}s`;
  }
  let rest = Math.round(ms / 1000);
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  return [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''].join('') || '0s';
}
