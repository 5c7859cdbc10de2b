/**
 * `cache: actions`: the git trees of DevStack and its plugins, DevStack's `files/` downloads and the stack user's pip
 * cache saved with the Actions cache under a key of train + refs + distro
 * (docs/devstack-operations.md#re-runs-and-caches), restored before the clone. Everything under DEST belongs to the
 * stack user, so it is staged in a runner-owned directory with `sudo cp -a` and `chown`, and the cache service only
 * ever sees the staging directory.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CommandRunner } from '../../runtime/command.js';
import type { Logger } from '../../runtime/logger.js';

/** The Actions cache as the library needs it (the action implements it with @actions/cache). */
export interface ArtifactCache {
  /** Restores `paths`; returns the key that matched, or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

export interface CacheContext {
  runner: CommandRunner;
  logger: Logger;
  cache: ArtifactCache;
  /** A directory the runner user owns (RUNNER_TEMP/kdf-devstack-cache). */
  staging: string;
  dest: string;
  stackUser: string;
  repos: string[];
}

/** `kdf-devstack-<train>-<distro>-<hash of git base and refs>`; restore keys drop the hash. */
export function actionsCacheKey(
  train: string,
  distro: string,
  gitBase: string,
  refs: Record<string, string>,
): { key: string; restoreKeys: string[] } {
  const sorted = Object.entries(refs).sort(([a], [b]) => a.localeCompare(b));
  const hash = createHash('sha256')
    .update(JSON.stringify([gitBase, sorted]))
    .digest('hex')
    .slice(0, 16);
  const prefix = `kdf-devstack-${train}-${distro}-`;
  return { key: `${prefix}${hash}`, restoreKeys: [prefix] };
}

/** Restores the staged trees into DEST (owned by the stack user). Returns whether anything was restored. */
export async function restoreActionsCache(c: CacheContext, key: string, restoreKeys: string[]): Promise<boolean> {
  const matched = await c.cache.restore([c.staging], key, restoreKeys);
  if (!matched) {
    c.logger.info(`actions cache: no entry for ${key}`);
    return false;
  }
  c.logger.info(`actions cache: restored ${matched}${matched === key ? '' : ` (partial match for ${key})`}`);
  await c.runner.run('sudo', ['-n', 'mkdir', '-p', c.dest]);
  await c.runner.run('sudo', ['-n', 'cp', '-a', `${c.staging}/trees/.`, `${c.dest}/`], { allowedExitCodes: [0, 1] });
  await c.runner.run('sudo', ['-n', 'mkdir', '-p', join(c.dest, '.cache')]);
  await c.runner.run('sudo', ['-n', 'cp', '-a', `${c.staging}/pip`, join(c.dest, '.cache', 'pip')], {
    allowedExitCodes: [0, 1],
  });
  await c.runner.run('sudo', ['-n', 'chown', '-R', `${c.stackUser}:`, c.dest]);
  return true;
}

/** Stages DEST's git trees, `devstack/files` and the pip cache, then saves them under `key`. */
export async function saveActionsCache(c: CacheContext, key: string): Promise<void> {
  const owner = `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
  await c.runner.run('rm', ['-rf', c.staging]);
  await c.runner.run('mkdir', ['-p', `${c.staging}/trees`]);
  for (const repo of c.repos) {
    await c.runner.run('sudo', ['-n', 'cp', '-a', join(c.dest, repo), `${c.staging}/trees/`], {
      allowedExitCodes: [0, 1],
    });
  }
  await c.runner.run('sudo', ['-n', 'cp', '-a', join(c.dest, '.cache', 'pip'), `${c.staging}/pip`], {
    allowedExitCodes: [0, 1],
  });
  await c.runner.run('sudo', ['-n', 'chown', '-R', owner, c.staging]);
  await c.cache.save([c.staging], key);
  c.logger.info(`actions cache: saved ${key}`);
}
