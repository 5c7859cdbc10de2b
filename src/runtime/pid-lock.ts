/**
 * Pid-file locks: a lock is a file created with `O_EXCL` holding JSON that names its owner (`pid`, `host`, …). A lock
 * whose owner is gone is taken over without racing other waiters. Used by the setup stage's host lock and the results
 * writer; each keeps its own policy (how long to wait, what counts as stale, what to say when it gives up).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';

/** The fields every lock file carries. */
export interface PidLockOwner {
  pid: number;
  host: string;
}

const errno = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;

/** True when process `pid` exists (EPERM: it exists but belongs to another user). */
export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errno(err) === 'EPERM';
  }
}

/** True when `owner` names a process on this host that no longer runs (a lock from another host is never judged). */
export function ownerIsGone(owner: PidLockOwner | undefined): boolean {
  return owner !== undefined && owner.host === hostname() && !isPidAlive(owner.pid);
}

/**
 * Parses a lock file's text; `undefined` when it is not JSON with a numeric `pid` and a string `host` (a lock being
 * written is created empty and filled afterwards, so only its age can tell then).
 */
export function parseLockOwner<T extends PidLockOwner>(text: string): T | undefined {
  try {
    const v = JSON.parse(text) as Partial<T> | null;
    return typeof v?.pid === 'number' && typeof v.host === 'string' ? (v as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Creates `path` exclusively with `owner` as JSON. False when it exists already (someone holds the lock). */
export async function tryCreateLock(path: string, owner: PidLockOwner, mode = 0o644): Promise<boolean> {
  let fh;
  try {
    fh = await open(path, 'wx', mode);
  } catch (err) {
    if (errno(err) === 'EEXIST') return false;
    throw err;
  }
  try {
    await fh.writeFile(JSON.stringify(owner));
  } finally {
    await fh.close();
  }
  return true;
}

/**
 * Removes lock `path` when `isStale(text, mtimeMs)` says so. Returns true when the caller should try to take the lock
 * again at once (it was removed, by us or meanwhile by its owner), false when it is held.
 */
export async function breakStaleLock(
  path: string,
  isStale: (text: string, mtimeMs: number) => boolean,
): Promise<boolean> {
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = (await stat(path)).mtimeMs;
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (errno(err) === 'ENOENT') return true;
    throw err;
  }
  if (!isStale(text, mtimeMs)) return false;
  // Take it over without racing another breaker: move it aside atomically, then check we moved the lock we judged.
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    await rename(path, aside);
  } catch (err) {
    if (errno(err) === 'ENOENT') return true;
    throw err;
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== text) {
    // Someone replaced the stale lock with a live one between our read and our rename: put theirs back.
    // (link fails if a third process locked in that instant; nothing safer can be done then.)
    await link(aside, path).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
  return true;
}

/**
 * Removes lock `path` if `owns(owner)` says the current holder is the caller; a lock judged stale and taken over
 * since belongs to someone else and stays. Returns whether it was removed. Synchronous, so a post step or a
 * `finally` can release without awaiting.
 */
export function releaseLock<T extends PidLockOwner>(path: string, owns: (owner: T) => boolean): boolean {
  const owner = readLockOwnerSync<T>(path);
  if (owner === undefined || !owns(owner)) return false;
  rmSync(path, { force: true });
  return true;
}

/** The owner recorded in lock `path`, `undefined` when there is no lock or it is not readable yet. */
export function readLockOwnerSync<T extends PidLockOwner>(path: string): T | undefined {
  try {
    return parseLockOwner<T>(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
