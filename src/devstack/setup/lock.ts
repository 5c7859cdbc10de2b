/**
 * A host lock so two jobs never stack one host: an `O_EXCL` lock file holding the owner's pid, host and run. A lock
 * whose pid is gone (on this host) is stale and taken over. A second job waits up to `waitMs`, then refuses with
 * the holder's identity.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../runtime/errors.js';
import {
  breakStaleLock,
  ownerIsGone,
  parseLockOwner,
  readLockOwnerSync,
  releaseLock,
  tryCreateLock,
} from '../../runtime/pid-lock.js';

export interface LockOwner {
  pid: number;
  host: string;
  run?: string;
  acquiredAt: string;
}

export interface HostLockOptions {
  dir: string;
  /** Distinguishes stacks on one host (e.g. by DEST). */
  name: string;
  owner: Omit<LockOwner, 'pid' | 'host' | 'acquiredAt'>;
  waitMs: number;
  /** The pid that owns the lock while it lives (default this process). The action passes the runner worker's pid
   * (its parent), which lives for the whole job, so the lock outlives the main step until post releases it. */
  ownerPid?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** The lock file path for a stack name (DEST `/opt/stack` → `kdf-devstack-opt-stack.lock`). */
export function lockPath(dir: string, name: string): string {
  return join(dir, `kdf-devstack-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'root'}.lock`);
}

/** Reads the current holder, if any. */
export function readLockOwner(path: string): LockOwner | undefined {
  return readLockOwnerSync<LockOwner>(path);
}

/** Acquires the host lock (waiting up to `waitMs`); returns the lock path. Throws ConfigurationError when held. */
export async function acquireHostLock(o: HostLockOptions): Promise<string> {
  const path = lockPath(o.dir, o.name);
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const deadline = Date.now() + o.waitMs;
  const me: LockOwner = {
    pid: o.ownerPid ?? process.pid,
    host: hostname(),
    acquiredAt: new Date().toISOString(),
    ...o.owner,
  };
  for (;;) {
    if (await tryCreateLock(path, me)) return path;
    // A holder whose pid is gone on this host is stale: taken over at once.
    if (await breakStaleLock(path, (text) => ownerIsGone(parseLockOwner<LockOwner>(text)))) continue;
    const holder = readLockOwner(path);
    if (Date.now() >= deadline) {
      throw new ConfigurationError(
        `Another job is stacking this host (lock ${path}` +
          (holder
            ? `, held by pid ${holder.pid}${holder.run ? ` of run ${holder.run}` : ''} since ${holder.acquiredAt}`
            : '') +
          '). Use one runner per DevStack host, or a concurrency group per runner label.',
        'host-lock',
      );
    }
    await sleep(o.pollMs ?? 2000);
  }
}

/** Releases the lock if this process (or `pid`) holds it. */
export function releaseHostLock(path: string, pid: number = process.pid): boolean {
  return releaseLock<LockOwner>(path, (holder) => holder.pid === pid);
}
