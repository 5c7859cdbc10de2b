/**
 * The DevStack double's files (sandbox/devstack) as the unprivileged users of a world read them. Those users (the
 * stack user, the trunk VM's login user) run make-repo.sh or read the os-release files, but the clone they come
 * from may sit under a directory only root can enter (root's home is 0700), and a umask of 077 leaves even its
 * files unreadable to others. So every world works on a copy of its own, opened up for reading; the user's own
 * directories are never touched.
 */
import { chmodSync, cpSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

/**
 * Copies sandbox/devstack (or `source`, for tests) to `<parent>/sandbox/devstack`, readable by every user, and
 * returns that directory. `parent` must be a directory the users can enter.
 */
export function copyDoubleTree(parent: string, source = join(REPO_ROOT, 'sandbox', 'devstack')): string {
  const top = join(parent, 'sandbox');
  const dir = join(top, 'devstack');
  cpSync(source, dir, { recursive: true });
  chmodSync(top, 0o755);
  openForReading(dir);
  return dir;
}

/** The os-release file `name` (`ubuntu-18.04`) of a copied double. */
export const doubleOsRelease = (doubleDir: string, name: string): string => join(doubleDir, 'os-release', name);

/**
 * Opens a tree for reading by every user: directories 0755, files 0644, or 0755 where the owner may execute them
 * (make-repo.sh, the tree's scripts). Symbolic links are left alone.
 */
export function openForReading(path: string): void {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    chmodSync(path, 0o755);
    for (const entry of readdirSync(path)) openForReading(join(path, entry));
    return;
  }
  chmodSync(path, st.mode & 0o100 ? 0o755 : 0o644);
}
