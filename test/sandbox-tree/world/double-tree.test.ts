/**
 * The DevStack double from a clone only root can enter: a copy of sandbox/devstack in a 0700 directory, with the
 * modes a umask of 077 leaves, stands in for such a clone. An unprivileged user (nobody) cannot run make-repo.sh
 * from it, but can from the copy copyDoubleTree makes, and can read the copy's os-release files. Needs root.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { copyDoubleTree, doubleOsRelease } from '../../../sandbox/world/double-tree.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
const canRun = isRoot && spawnSync('sh', ['-c', 'command -v setpriv git gawk']).status === 0;

/** Runs argv as nobody with a clean environment. */
const asNobody = (argv: string[], cwd: string) =>
  spawnSync(
    'setpriv',
    [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', 'env', '-i', 'PATH=/usr/bin:/bin', ...argv],
    { cwd, encoding: 'utf8', timeout: 60_000 },
  );

/** What `umask 077` leaves: directories 0700, files 0600 or 0700. */
function closeUp(path: string): void {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    chmodSync(path, 0o700);
    for (const e of readdirSync(path)) closeUp(join(path, e));
  } else chmodSync(path, st.mode & 0o100 ? 0o700 : 0o600);
}

(canRun ? describe : describe.skip)('the DevStack double from a clone only root can enter', () => {
  let tmp: string;
  let clone: string;
  let world: string;
  let out: string;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'kdf-double-tree-'));
    chmodSync(tmp, 0o755);
    clone = join(tmp, 'private', 'repo', 'sandbox', 'devstack');
    mkdirSync(join(tmp, 'private'), { mode: 0o700 });
    cpSync(join(REPO_ROOT, 'sandbox', 'devstack'), clone, { recursive: true });
    closeUp(join(tmp, 'private'));
    world = join(tmp, 'world');
    mkdirSync(world, { mode: 0o755 });
    chmodSync(world, 0o755); // mkdir's mode is filtered by the umask
    out = join(tmp, 'out');
    mkdirSync(out);
    chownSync(out, NOBODY, NOBODY);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('nobody cannot reach the clone (the failure the copy avoids)', () => {
    const r = asNobody([join(clone, 'make-repo.sh'), join(out, 'direct')], out);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Permission denied/);
  });

  it('nobody builds the git base from the copy and reads its os-release files', () => {
    const dir = copyDoubleTree(world, clone);
    expect(dir).toBe(join(world, 'sandbox', 'devstack'));
    const r = asNobody([join(dir, 'make-repo.sh'), join(out, 'gitbase')], out);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout).toContain(`git base ready: file://${join(out, 'gitbase')}`);
    const os = asNobody(['cat', doubleOsRelease(dir, 'ubuntu-18.04')], out);
    expect(os.stdout).toMatch(/^VERSION_ID="18\.04"$/m);
    // the clone itself is left as it was
    expect(lstatSync(join(tmp, 'private')).mode & 0o777).toBe(0o700);
    expect(lstatSync(join(clone, 'make-repo.sh')).mode & 0o777).toBe(0o700);
  });
});
