/**
 * Process control for the sandbox's daemons. Each daemon is started inside the namespace by the `spawn` helper,
 * which puts it in its own session (pid = process group id), writes `run/NAME.pid` and appends its output to
 * `log/NAME.log`. Stopping signals the whole process group: SIGTERM, then SIGKILL after a grace period.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import type { CommandRunner } from '../runtime/command.js';
import { NetnsCommandRunner } from '../runtime/netns-runner.js';
import { pollUntil } from '../runtime/wait.js';
import type { SandboxLayout } from './layout.js';
import { NETNS_DIR, type Namespace } from './netns.js';

/** How to start one daemon. */
export interface DaemonSpec {
  /** Name of its pid file and log (`run/NAME.pid`, `log/NAME.log`). */
  name: string;
  /** The program and its arguments (run inside the namespace). */
  argv: readonly string[];
  /** Extra environment on top of the sandbox's base environment. */
  env?: Readonly<Record<string, string>>;
  /**
   * Enter only the namespace's network namespace (`nsenter --net`), keeping the machine's mount namespace. Needed
   * by daemons that create network namespaces: `ip netns exec` gives its program a private mount namespace, in
   * which the /run/netns bind mounts that `ip netns add` makes are invisible to every other process.
   */
  hostMounts?: boolean;
}

/** How a stop went. */
export type StopOutcome = 'stopped' | 'killed' | 'not running';

/** The environment every sandbox program starts with (nothing inherited from the caller). */
export function baseEnv(layout: SandboxLayout): Record<string, string> {
  return {
    PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
    // stevedore keeps its entry-point cache under ~/.cache: inside data/, so `down --wipe` takes it too
    HOME: layout.data,
    LANG: 'C.UTF-8',
    PYTHONPATH: layout.pylib,
    PYTHONDONTWRITEBYTECODE: '1',
    OS_CLIENT_CONFIG_FILE: layout.cloudsYaml,
  };
}

/**
 * True while `pid` runs. A zombie counts as dead: it only waits to be reaped, and PID 1 on some machines (this one
 * included) never reaps orphans.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** True while any member of process group `pgid` runs (zombies excluded). */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  return groupMembers(pgid).length > 0;
}

/** Live (non-zombie) pids whose process group is `pgid`, read from /proc. */
export function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirNumeric('/proc')) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // fields after "comm)": state ppid pgrp ...
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] !== 'Z' && Number(fields[2]) === pgid) members.push(Number(entry));
    } catch {
      /* the process went away meanwhile */
    }
  }
  return members;
}

function readdirNumeric(dir: string): string[] {
  return readdirSync(dir).filter((name) => /^\d+$/.test(name));
}

/** Starts, inspects and stops the sandbox's daemons. */
export class Daemons {
  constructor(
    private readonly runner: CommandRunner,
    private readonly namespace: Namespace,
    private readonly layout: SandboxLayout,
  ) {}

  /** The pid file of daemon `name`. */
  pidFile(name: string): string {
    return join(this.layout.run, `${name}.pid`);
  }

  /** The log of daemon `name`. */
  logFile(name: string): string {
    return join(this.layout.log, `${name}.log`);
  }

  /** The recorded pid of `name`, whether or not it still runs. */
  pid(name: string): number | undefined {
    const file = this.pidFile(name);
    if (!existsSync(file)) return undefined;
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  }

  /** The pid of `name` when it runs, else `undefined`. */
  runningPid(name: string): number | undefined {
    const pid = this.pid(name);
    return pid !== undefined && isAlive(pid) ? pid : undefined;
  }

  /** Starts `spec` unless it already runs; returns its pid and whether it was started now. */
  async start(spec: DaemonSpec): Promise<{ pid: number; started: boolean }> {
    const running = this.runningPid(spec.name);
    if (running !== undefined) return { pid: running, started: false };
    // spawn starts the daemon in its own session and writes its pid file before it returns
    const spawn = [join(this.layout.bin, 'spawn'), this.pidFile(spec.name), this.logFile(spec.name), ...spec.argv];
    const options = { env: { ...baseEnv(this.layout), ...spec.env }, replaceEnv: true, label: spec.name };
    if (spec.hostMounts) {
      const net = `--net=${NETNS_DIR}/${this.namespace.name}`;
      await this.runner.run('/usr/bin/nsenter', [net, '/usr/bin/python3', ...spawn], options);
    } else {
      await new NetnsCommandRunner(this.runner, this.namespace.name).run('/usr/bin/python3', spawn, options);
    }
    const pid = this.pid(spec.name);
    if (pid === undefined) throw new Error(`${spec.name}: spawn wrote no pid file`);
    return { pid, started: true };
  }

  /**
   * Stops daemon `name`: SIGTERM to its process group, SIGKILL to whatever of the group is left after `graceMs`.
   * Removes the pid file.
   */
  async stop(name: string, graceMs = 10_000): Promise<StopOutcome> {
    const pid = this.pid(name);
    rmSync(this.pidFile(name), { force: true });
    if (pid === undefined || !groupAlive(pid)) return 'not running';
    signalGroup(pid, 'SIGTERM');
    const gone = (): boolean => !groupAlive(pid);
    if (await pollUntil(gone, { timeoutMs: graceMs, intervalMs: 100 })) return 'stopped';
    signalGroup(pid, 'SIGKILL');
    await pollUntil(gone, { timeoutMs: 5000, intervalMs: 100 });
    return 'killed';
  }

  /** The last `lines` lines of daemon `name`'s log (empty when there is none). */
  tail(name: string, lines = 20): string[] {
    return tailFile(this.logFile(name), lines);
  }
}

/** Sends `signal` to process group `pgid`, ignoring a group that is already gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* ESRCH: already gone */
  }
}

/** The last `lines` lines of a text file (empty when it does not exist). */
export function tailFile(file: string, lines = 20): string[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all.slice(-lines);
}
