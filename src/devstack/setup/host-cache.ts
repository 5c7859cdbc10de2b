/**
 * `cache: host`: a persistent runner keeps DEST between jobs. When the refs and the local.conf inputs are the same
 * as the last successful stack, the re-run uses what is there: `OFFLINE=True` (no clone, no package or pip
 * installs) and `RECLONE=False` (docs/devstack-operations.md#re-runs-and-caches). The record lives in a private
 * directory (0700, owned by the runner user) beside the host lock.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

/**
 * The directory the records live in: `<dir>/kdf-devstack-cache-<uid>`, mode 0700. `dir` is usually the shared temp
 * directory, where another local user could plant a file or symbolic link under a predictable name; so the
 * directory is created by us, and an existing one is used only if it is a real directory (not a link) that we own
 * and nobody else can write to. Returns the reason when it is not usable.
 */
function privateDir(dir: string): { path: string } | { refused: string } {
  const uid = process.getuid?.() ?? 0;
  const path = join(dir, `kdf-devstack-cache-${uid}`);
  try {
    mkdirSync(path, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return { refused: `cannot create ${path}: ${String(err)}` };
  }
  const st = lstatSync(path);
  if (!st.isDirectory()) return { refused: `${path} is not a directory (a symbolic link?)` };
  if (st.uid !== uid) return { refused: `${path} belongs to uid ${st.uid}, not to this user (${uid})` };
  if ((st.mode & 0o022) !== 0)
    return { refused: `${path} is writable by others (mode ${(st.mode & 0o777).toString(8)})` };
  return { path };
}

const recordName = (dest: string): string =>
  `${dest.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'root'}.json`;

/** The key of the last successful stack of `dest` on this host, if any (never through a symbolic link). */
export function readHostCache(dir: string, dest: string): string | undefined {
  const d = privateDir(dir);
  if ('refused' in d) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(join(d.path, recordName(dest)), constants.O_RDONLY | constants.O_NOFOLLOW);
    return (JSON.parse(readFileSync(fd, 'utf8')) as { key?: string }).key;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Records a successful stack of `dest` under `key`: written to a new file (exclusive create, 0600) in the private
 * directory, then renamed over the record, so no existing file or link is ever opened for writing.
 * @returns why the record could not be written, or undefined when it was
 */
export function writeHostCache(dir: string, dest: string, key: string): string | undefined {
  const d = privateDir(dir);
  if ('refused' in d) return `host cache not recorded: ${d.refused}`;
  const target = join(d.path, recordName(dest));
  const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify({ key, at: new Date().toISOString() }) + '\n', { flag: 'wx', mode: 0o600 });
    renameSync(temp, target);
    return undefined;
  } catch (err) {
    rmSync(temp, { force: true });
    return `host cache not recorded: ${err instanceof Error ? err.message : String(err)}`;
  }
}
