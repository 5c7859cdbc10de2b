/** parseDuration / formatDuration. */
import { describe, expect, it } from '@jest/globals';

import { formatDuration, parseDuration } from '../../src/runtime/duration.js';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['90s', 90_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['1h 30m 15s', 5_415_000],
    ['1.5h', 5_400_000],
    ['1d', 86_400_000],
    ['2M', 120_000],
    [' 45s ', 45_000],
  ])('parses %j', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('reads a bare number in the given unit', () => {
    expect(parseDuration('30')).toBe(30_000);
    expect(parseDuration('30', 'm')).toBe(1_800_000);
    expect(parseDuration('250', 'ms')).toBe(250);
  });

  it.each(['', 'abc', '1h30', '-5s', '5 s s', '1x', 'm', '1.5.2s', 'ms'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [300, '300ms'],
    [1000, '1s'],
    [12_345, '12.3s'],
    [30_000, '30s'],
    [59_990, '1m'],
    [90_000, '1m30s'],
    [900_000, '15m'],
    [5_400_000, '1h30m'],
    [7_200_000, '2h'],
    [3_661_000, '1h1m1s'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
