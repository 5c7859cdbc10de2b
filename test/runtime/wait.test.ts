import { describe, expect, it } from '@jest/globals';

import { pollUntil, waitFor, WaitTimeoutError } from '../../src/runtime/wait.js';

function clock(): { now: () => number; sleep: (ms: number) => Promise<void>; slept: number[] } {
  let t = 0;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: (ms) => {
      slept.push(ms);
      t += ms;
      return Promise.resolve();
    },
    slept,
  };
}

describe('waitFor', () => {
  it('polls until the function answers a value', async () => {
    const c = clock();
    let calls = 0;
    const value = await waitFor(() => Promise.resolve(++calls === 3 ? 'ACTIVE' : undefined), {
      timeoutMs: 10_000,
      intervalMs: 1000,
      describe: 'x',
      ...c,
    });
    expect(value).toBe('ACTIVE');
    expect(c.slept).toEqual([1000, 1000]);
  });

  it('pauses by the ramp first (each capped by the interval), then by the interval', async () => {
    const c = clock();
    let calls = 0;
    await waitFor(() => Promise.resolve(++calls === 5 ? true : undefined), {
      timeoutMs: 60_000,
      intervalMs: 2000,
      rampMs: [500, 3000],
      describe: 'x',
      ...c,
    });
    expect(c.slept).toEqual([500, 2000, 2000, 2000]);
  });

  it('with fromPollStart, counts each pause from the start of the poll: a slow poll is followed at once', async () => {
    let t = 0;
    const slept: number[] = [];
    const spent = [300, 2500, 1200, 0]; // how long each poll takes on the clock
    let calls = 0;
    await waitFor(
      () => {
        const i = calls++;
        t += spent[i] ?? 0;
        return Promise.resolve(i === 3 ? true : undefined);
      },
      {
        timeoutMs: 60_000,
        intervalMs: 2000,
        rampMs: [500, 1000],
        fromPollStart: true,
        describe: 'x',
        now: () => t,
        sleep: (ms) => {
          slept.push(ms);
          t += ms;
          return Promise.resolve();
        },
      },
    );
    expect(slept).toEqual([200, 0, 800]); // 500 - 300; 1000 - 2500 (none); 2000 - 1200
  });

  it('times out with a message naming what was awaited and the latest state', async () => {
    const c = clock();
    let status = 'BUILD';
    const wait = waitFor(
      () => {
        status = 'BUILD(spawning)';
        return Promise.resolve(undefined);
      },
      { timeoutMs: 5000, intervalMs: 2000, describe: () => `server vm to be ACTIVE (last status ${status})`, ...c },
    );
    await expect(wait).rejects.toBeInstanceOf(WaitTimeoutError);
    await expect(wait).rejects.toThrow(
      'timed out after 5s waiting for server vm to be ACTIVE (last status BUILD(spawning))',
    );
    expect(c.slept).toEqual([2000, 2000, 1000]);
  });

  it('ends on a throw (terminal state)', async () => {
    const c = clock();
    await expect(
      waitFor(() => Promise.reject(new Error('server went to ERROR')), { timeoutMs: 5000, describe: 'x', ...c }),
    ).rejects.toThrow('server went to ERROR');
  });
});

describe('pollUntil', () => {
  it('answers true as soon as the condition holds', async () => {
    const c = clock();
    let calls = 0;
    await expect(pollUntil(() => ++calls === 2, { timeoutMs: 1000, intervalMs: 100, ...c })).resolves.toBe(true);
    expect(c.slept).toEqual([100]);
  });

  it('answers false when the time is up, having slept no longer than the timeout', async () => {
    const c = clock();
    await expect(pollUntil(() => false, { timeoutMs: 250, intervalMs: 100, ...c })).resolves.toBe(false);
    expect(c.slept).toEqual([100, 100, 50]);
  });

  it('lets the condition`s own failure through', async () => {
    const c = clock();
    await expect(
      pollUntil(() => Promise.reject(new Error('boom')), { timeoutMs: 250, intervalMs: 100, ...c }),
    ).rejects.toThrow('boom');
  });
});
