/**
 * Test harness for the kdf DevStack double (sandbox/devstack): a throwaway Unix user, a file:// git base built by
 * make-repo.sh, DevStack clones made with the toolkit's clone sequence, and stack.sh runs as that user with real
 * bash and git (setpriv, no login shell, a clean environment). The user works on the world's own copy of the double
 * (sandbox/world/double-tree.ts), never on the clone, which may be out of its reach. Every process group started
 * here is remembered and killed by id in `destroy()`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { copyDoubleTree, doubleOsRelease } from '../../../sandbox/world/double-tree.js';

/** True when the suite can run: root (to create the user) and the tools it needs. */
export function canRun(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v setpriv useradd userdel git gawk >/dev/null']);
    return true;
  } catch {
    return false;
  }
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr interleaved in arrival order. */
  output: string;
  /** Output lines with the outfilter timestamp prefix removed. */
  lines: string[];
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \| /;

export function stripTimestamps(text: string): string[] {
  return text.split('\n').map((l) => l.replace(TIMESTAMP, ''));
}

/** Lines that are not xtrace output (xtrace lines start with `+`). */
export function plainLines(r: RunResult): string[] {
  return r.lines.filter((l) => !l.startsWith('+'));
}

export interface StackDir {
  /** The run's own directory (owned by the user). */
  root: string;
  /** $HOME of the run (so concurrent runs do not share ~/.kube or ~/.no-devstack). */
  home: string;
  /** The DevStack clone ($TOP_DIR). */
  devstack: string;
  /** DEST (KDF_DOUBLE_DEST). */
  dest: string;
  /** Redirected /etc (KDF_DOUBLE_ETC). */
  etc: string;
}

export class World {
  readonly user: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
  readonly base: string;
  readonly gitBase: string;
  /** The world's copy of sandbox/devstack, readable by the user. */
  readonly doubleDir: string;
  private readonly groups = new Set<number>();
  private counter = 0;

  private constructor(user: string, base: string) {
    this.user = user;
    this.base = base;
    this.uid = Number(execFileSync('id', ['-u', user]).toString().trim());
    this.gid = Number(execFileSync('id', ['-g', user]).toString().trim());
    this.home = execFileSync('getent', ['passwd', user]).toString().split(':')[5] as string;
    this.gitBase = join(base, 'gitbase');
    this.doubleDir = join(base, 'sandbox', 'devstack');
  }

  /** The os-release file `name` (`ubuntu-18.04`) of the world's copy of the double. */
  osRelease(name: string): string {
    return doubleOsRelease(this.doubleDir, name);
  }

  /** Creates the user, the base directory and the git base. */
  static create(): World {
    const user = `kdfdbl${process.pid % 10000}${Math.floor(Math.random() * 1e4)}`;
    execFileSync('useradd', ['-m', '-s', '/bin/bash', user]);
    const base = mkdtempSync('/tmp/kdfdbl-');
    chmodSync(base, 0o755);
    copyDoubleTree(base);
    const w = new World(user, base);
    try {
      chownSync(base, w.uid, w.gid);
      chmodSync(w.home, 0o755);
      w.asUser([join(w.doubleDir, 'make-repo.sh'), w.gitBase]);
    } catch (err) {
      w.destroy(); // the suite never gets the world to destroy: do not leave the user behind
      throw err;
    }
    return w;
  }

  /** Runs a command as the user (synchronously) and returns stdout. */
  asUser(argv: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): string {
    return execFileSync('setpriv', this.setprivArgs(argv, opts.env ?? {}), {
      cwd: opts.cwd ?? this.base,
      input: opts.input,
      stdio: ['pipe', 'pipe', 'pipe'],
    }).toString();
  }

  private setprivArgs(argv: string[], env: Record<string, string>): string[] {
    const base: Record<string, string> = {
      HOME: this.home,
      USER: this.user,
      LOGNAME: this.user,
      PATH: '/usr/local/bin:/usr/bin:/bin',
      ...env,
    };
    return [
      `--reuid=${this.uid}`,
      `--regid=${this.gid}`,
      '--init-groups',
      '--',
      'env',
      '-i',
      ...Object.entries(base).map(([k, v]) => `${k}=${v}`),
      ...argv,
    ];
  }

  /**
   * A fresh DevStack tree cloned from the git base exactly as setup-devstack does it (clone --no-checkout, fetch
   * the ref, checkout FETCH_HEAD), with local.conf written into it.
   */
  stackDir(
    localConf: string | undefined,
    ref = 'ussuri-eol',
    url = `file://${this.gitBase}/openstack/devstack`,
  ): StackDir {
    const root = join(this.base, `run${++this.counter}`);
    mkdirSync(root, { mode: 0o755 });
    chownSync(root, this.uid, this.gid);
    const devstack = join(root, 'devstack');
    this.asUser(['git', 'clone', '-q', '--no-checkout', url, devstack]);
    this.asUser(['git', '-C', devstack, 'fetch', '-q', 'origin', ref]);
    this.asUser(['git', '-C', devstack, '-c', 'advice.detachedHead=false', 'checkout', '-q', 'FETCH_HEAD']);
    if (localConf !== undefined) this.writeAsUser(join(devstack, 'local.conf'), localConf);
    const dest = join(root, 'stack');
    const etc = join(root, 'etc');
    const home = join(root, 'home');
    mkdirSync(home, { mode: 0o755 });
    chownSync(home, this.uid, this.gid);
    return { root, home, devstack, dest, etc };
  }

  writeAsUser(path: string, content: string): void {
    writeFileSync(path, content);
    chownSync(path, this.uid, this.gid);
  }

  /** Environment every run gets: redirected /etc and DEST, a bionic os-release, HOST_IP from lo. */
  baseEnv(dir: StackDir): Record<string, string> {
    return {
      HOME: dir.home,
      KDF_DOUBLE_ETC: dir.etc,
      KDF_DOUBLE_DEST: dir.dest,
      KDF_DOUBLE_OS_RELEASE: this.osRelease('ubuntu-18.04'),
      HOST_IP_IFACE: 'lo',
    };
  }

  /** Starts a script of the tree as the user in its own process group. */
  start(
    dir: StackDir,
    script: string,
    opts: { env?: Record<string, string>; stdin?: 'ignore' | 'pipe'; cwd?: string; args?: string[] } = {},
  ): { child: ChildProcess; done: Promise<RunResult>; output: () => string } {
    const env = { ...this.baseEnv(dir), ...(opts.env ?? {}) };
    // one pipe for stdout and stderr, as on a terminal: the order of [Call Trace] (stdout) and [ERROR] (stderr) holds
    const argv = ['sh', '-c', 'exec "$0" "$@" 2>&1', join(dir.devstack, script), ...(opts.args ?? [])];
    const child = spawn('setpriv', this.setprivArgs(argv, env), {
      cwd: opts.cwd ?? dir.devstack,
      detached: true,
      stdio: [opts.stdin ?? 'ignore', 'pipe', 'pipe'],
    });
    if (child.pid) this.groups.add(child.pid);
    const chunks: string[] = [];
    child.stdout?.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => chunks.push(d.toString()));
    const done = new Promise<RunResult>((res) => {
      child.on('close', (code, signal) => {
        const output = chunks.join('');
        res({ code, signal, output, lines: stripTimestamps(output) });
      });
    });
    return { child, done, output: () => chunks.join('') };
  }

  /** Runs a script to completion (stdin /dev/null). */
  run(
    dir: StackDir,
    script = 'stack.sh',
    opts: { env?: Record<string, string>; cwd?: string; args?: string[] } = {},
  ): Promise<RunResult> {
    return this.start(dir, script, opts).done;
  }

  /** Kills a process group started by `start`. */
  killGroup(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
    try {
      process.kill(-pid, signal);
    } catch {
      /* already gone */
    }
  }

  destroy(): void {
    for (const pgid of this.groups) this.killGroup(pgid);
    try {
      execFileSync('userdel', ['-r', '-f', this.user], { stdio: 'ignore' });
    } catch {
      /* best effort */
    }
    rmSync(this.base, { recursive: true, force: true });
  }
}

/** The value of `<repo> <ref> <sha>` in the git base's refs.txt. */
export function refSha(world: World, repo: string, ref: string): string {
  const line = readFileSync(join(world.gitBase, 'refs.txt'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${repo} ${ref} `));
  if (!line) throw new Error(`no ${repo} ${ref} in refs.txt`);
  return line.split(' ')[2] as string;
}

/** Builds a small local.conf: credentials, LOGFILE, services, plugins, and extra localrc/meta text. */
export function localConf(
  world: World,
  opts: {
    passwords?: boolean;
    logfile?: string | null;
    services?: string;
    plugins?: { name: string; ref?: string }[];
    localrc?: string;
    meta?: string;
  } = {},
): string {
  const lines = ['[[local|localrc]]'];
  for (const p of opts.plugins ?? []) {
    lines.push(`enable_plugin ${p.name} file://${world.gitBase}/openstack/${p.name}${p.ref ? ` ${p.ref}` : ''}`);
  }
  if (opts.logfile !== null) lines.push(`LOGFILE=${opts.logfile ?? '$DEST/logs/stack.sh.log'}`);
  lines.push('LOG_COLOR=False');
  if (opts.passwords !== false) {
    for (const v of ['ADMIN_PASSWORD', 'DATABASE_PASSWORD', 'RABBIT_PASSWORD', 'SERVICE_PASSWORD', 'SERVICE_TOKEN']) {
      lines.push(`${v}=Pass1`);
    }
  }
  lines.push('ENABLED_SERVICES=""');
  lines.push(`enable_service ${opts.services ?? 'key mysql rabbit'}`);
  if (opts.localrc) lines.push(opts.localrc);
  return `${lines.join('\n')}\n${opts.meta ?? ''}`;
}

export function exists(path: string): boolean {
  return existsSync(path);
}

/** Asserts that the expected lines (strings or patterns) occur in this order (other lines may come between). */
export function expectInOrder(lines: string[], expected: (string | RegExp)[]): void {
  let at = 0;
  for (const e of expected) {
    const i = lines.findIndex((l, n) => n >= at && (typeof e === 'string' ? l === e : e.test(l)));
    if (i < 0) {
      throw new Error(
        `expected line not found (in order): ${String(e)}\n--- after line ${at}:\n${lines.slice(at, at + 40).join('\n')}`,
      );
    }
    at = i + 1;
  }
}
