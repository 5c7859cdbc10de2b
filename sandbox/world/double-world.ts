/**
 * A throwaway world for running the bundled setup-devstack action against the DevStack double: a stack user, a
 * file:// git base served by sandbox/devstack/make-repo.sh, an etc directory, a network namespace for the NAT rule,
 * and the double's control file. The stack user reads the double from the world's own copy (see double-tree.ts), so
 * the clone may live anywhere. Needs root; `destroyDoubleWorld` removes everything.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionJob, type RunActionOptions } from '../runner/action-runner.js';
import { copyDoubleTree, doubleOsRelease } from './double-tree.js';
import { REPO_ROOT } from './paths.js';

export const SETUP_ACTION = join(REPO_ROOT, 'actions', 'setup-devstack');
/** Ubuntu 18.04's os-release in the clone, for what runs as root (the action's KDF_OS_RELEASE). */
export const BIONIC = join(REPO_ROOT, 'sandbox', 'devstack', 'os-release', 'ubuntu-18.04');
const SUDOERS = '/etc/sudoers.d/50_stack_sh';

export interface DoubleWorld {
  dir: string;
  user: string;
  dest: string;
  gitBase: string;
  etc: string;
  netns: string;
  password: string;
  /** The world's copy of sandbox/devstack, the one the stack user reads. */
  doubleDir: string;
  sudoersBefore?: string;
}

const sh = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });

/** Creates the world; `password` becomes the admin-password input. */
export function createDoubleWorld(password: string): DoubleWorld {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-e2e-setup-'));
  chmodSync(dir, 0o755); // stack.sh refuses a DEST path with a 0700 element
  const suffix = Math.random().toString(36).slice(2, 8);
  const user = `kdfe2e${suffix}`;
  const dest = join(dir, 'stack');
  sh('useradd', ['-U', '-m', '-d', dest, '-s', '/bin/bash', user]);
  const doubleDir = copyDoubleTree(dir);
  const gitBase = join(dir, 'gb');
  sh(join(doubleDir, 'make-repo.sh'), [gitBase, '--owner', user]);
  const etc = join(dir, 'etc');
  mkdirSync(etc);
  chownSync(etc, Number(sh('id', ['-u', user]).trim()), Number(sh('id', ['-g', user]).trim()));
  const netns = `kdf-e2e-${suffix}`;
  sh('ip', ['netns', 'add', netns]);
  sh('ip', ['netns', 'exec', netns, 'ip', 'link', 'set', 'lo', 'up']);
  const w: DoubleWorld = {
    dir,
    user,
    dest,
    gitBase,
    etc,
    netns,
    password,
    doubleDir,
    sudoersBefore: existsSync(SUDOERS) ? readFileSync(SUDOERS, 'utf8') : undefined,
  };
  writeDoubleControl(w);
  return w;
}

/** Writes the double's control file (knobs it reads even through `sudo -u`). */
export function writeDoubleControl(w: DoubleWorld, extra: Record<string, string> = {}): void {
  const lines = {
    KDF_DOUBLE_OS_RELEASE: doubleOsRelease(w.doubleDir, 'ubuntu-18.04'),
    KDF_DOUBLE_ETC: w.etc,
    KDF_DOUBLE_DEST: w.dest,
    HOST_IP_IFACE: 'lo',
    KDF_DOUBLE_KEYSTONE_URI: 'http://127.0.0.1/identity',
    ...extra,
  };
  const text = Object.entries(lines)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
  writeFileSync(join(w.gitBase, 'kdf-double.env'), `${text}\n`);
}

/** Runs setup-devstack (main + post) in the world as the GitHub runner would. */
export function runSetupJob(
  w: DoubleWorld,
  withInputs: Record<string, string> = {},
  env: Record<string, string> = {},
  extra: Partial<RunActionOptions> = {},
): ReturnType<typeof runActionJob> {
  return runActionJob({
    actionDir: SETUP_ACTION,
    with: {
      profile: 'dragonflow',
      'git-base': `file://${w.gitBase}`,
      'dragonflow-ref': 'ussuri-eol',
      dest: w.dest,
      'stack-user': w.user,
      'admin-password': w.password,
      'timeout-minutes': '5',
      clean: 'after',
      ...withInputs,
    },
    env: {
      KDF_OS_RELEASE: BIONIC,
      KDF_ETC_DIR: w.etc,
      KDF_LOCK_DIR: w.dir,
      KDF_RESULTS_DIR: join(w.dir, 'results'),
      KDF_NETNS: w.netns,
      KDF_LOCK_WAIT_SECONDS: '0',
      ...env,
    },
    timeoutMs: 240_000,
    ...extra,
  });
}

/** Removes the user, the namespace, the sudoers entry the action wrote (restoring any earlier one) and the files. */
export function destroyDoubleWorld(w: DoubleWorld | undefined): void {
  if (!w) return;
  spawnSync('pkill', ['-KILL', '-u', w.user]);
  spawnSync('userdel', ['-r', '-f', w.user]);
  spawnSync('ip', ['netns', 'delete', w.netns]);
  if (w.sudoersBefore === undefined) rmSync(SUDOERS, { force: true });
  else writeFileSync(SUDOERS, w.sudoersBefore, { mode: 0o440 });
  rmSync(w.dir, { recursive: true, force: true });
}
