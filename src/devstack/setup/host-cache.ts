/**
 * `cache: host`: a persistent runner keeps DEST between jobs. When the refs and the local.conf inputs are the same
 * as the last successful stack, the re-run uses what is there: `OFFLINE=True` (no clone, no package or pip
 * installs) and `RECLONE=False` (field guide §4.7). The record lives beside the host lock, owned by the runner user.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CacheKeyInput {
  dest: string;
  devstackRef: string;
  gitBase: string;
  plugins: { name: string; ref: string }[];
  distro: string;
  /** The inputs that shape local.conf (profile, train, fragments, options), not the rendered text (passwords). */
  shape: unknown;
}

/** A stable key of everything that must be unchanged for an offline re-run. */
export function hostCacheKey(k: CacheKeyInput): string {
  const plugins = [...k.plugins].sort((a, b) => a.name.localeCompare(b.name)).map((p) => `${p.name}@${p.ref}`);
  return createHash('sha256')
    .update(JSON.stringify({ ...k, plugins }))
    .digest('hex')
    .slice(0, 32);
}

const recordPath = (dir: string, dest: string): string =>
  join(dir, `kdf-devstack-cache-${dest.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'root'}.json`);

/** The key of the last successful stack of `dest` on this host, if any. */
export function readHostCache(dir: string, dest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(recordPath(dir, dest), 'utf8')) as { key?: string }).key;
  } catch {
    return undefined;
  }
}

/** Records a successful stack of `dest` under `key`. */
export function writeHostCache(dir: string, dest: string, key: string): void {
  writeFileSync(recordPath(dir, dest), JSON.stringify({ key, at: new Date().toISOString() }) + '\n');
}
