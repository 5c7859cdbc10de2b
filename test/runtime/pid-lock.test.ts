/** Pid-file locks: exclusive creation, stale take-over only of a gone owner on this host, release only by the owner. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import {
  breakStaleLock,
  isPidAlive,
  ownerIsGone,
  parseLockOwner,
  readLockOwnerSync,
  releaseLock,
  tryCreateLock,
} from '../../src/runtime/pid-lock.js';

/** The pid of a process that has exited and been reaped (spawnSync waits for it). */
function deadPid(): number {
  return spawnSync('true').pid;
}

const tmp = (): string => join(mkdtempSync(join(tmpdir(), 'kdf-pid-lock-')), 'x.lock');

describe('pid-file lock', () => {
  it('creates the lock exclusively, with the owner as JSON', async () => {
    const path = tmp();
    const me = { pid: process.pid, host: hostname(), run: 'a' };
    expect(await tryCreateLock(path, me)).toBe(true);
    expect(await tryCreateLock(path, { pid: process.pid, host: hostname() })).toBe(false);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(me);
    expect(readLockOwnerSync(path)).toEqual(me);
  });

  it('judges an owner gone only for a dead pid on this host', () => {
    expect(isPidAlive(process.pid)).toBe(true);
    const dead = deadPid();
    expect(isPidAlive(dead)).toBe(false);
    expect(ownerIsGone({ pid: dead, host: hostname() })).toBe(true);
    expect(ownerIsGone({ pid: dead, host: `not-${hostname()}` })).toBe(false);
    expect(ownerIsGone({ pid: process.pid, host: hostname() })).toBe(false);
    expect(ownerIsGone(undefined)).toBe(false);
  });

  it('takes over a stale lock and leaves a live one', async () => {
    const path = tmp();
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname() }));
    const gone = (text: string): boolean => ownerIsGone(parseLockOwner(text));
    expect(await breakStaleLock(path, gone)).toBe(false);
    expect(existsSync(path)).toBe(true);
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname() }));
    expect(await breakStaleLock(path, gone)).toBe(true);
    expect(existsSync(path)).toBe(false);
    // released meanwhile: try again at once
    expect(await breakStaleLock(path, () => false)).toBe(true);
  });

  it('hands the age of an unreadable lock to the stale rule', async () => {
    const path = tmp();
    writeFileSync(path, '');
    let seen: [string, number] | undefined;
    expect(
      await breakStaleLock(path, (text, mtimeMs) => {
        seen = [text, mtimeMs];
        return false;
      }),
    ).toBe(false);
    expect(seen?.[0]).toBe('');
    expect(Date.now() - (seen?.[1] ?? 0)).toBeLessThan(60_000);
    expect(parseLockOwner('')).toBeUndefined();
    expect(parseLockOwner('{"pid":"1","host":"h"}')).toBeUndefined();
  });

  it('releases only a lock the caller owns', async () => {
    const path = tmp();
    await tryCreateLock(path, { pid: 4242, host: hostname() });
    expect(releaseLock<{ pid: number; host: string }>(path, (o) => o.pid === process.pid)).toBe(false);
    expect(existsSync(path)).toBe(true);
    expect(releaseLock<{ pid: number; host: string }>(path, (o) => o.pid === 4242)).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(releaseLock(path, () => true)).toBe(false);
  });
});
