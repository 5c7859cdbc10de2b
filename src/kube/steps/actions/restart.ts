/**
 * `restart kuryr-controller|kuryr-daemon`: restarts Kuryr's DevStack unit (`devstack@kuryr-kubernetes`,
 * `devstack@kuryr-daemon`) with `systemctl restart` on the runner host, through `sudo -n` unless the run is root, then
 * polls `systemctl is-active` until the unit runs again. In nested mode Kuryr runs inside the trunk VM, which the
 * runner cannot reach with systemctl: the step errors saying so.
 */
import { ANY_EXIT_CODE, CommandError, type CommandRunner } from '../../../runtime/command.js';
import { getErrorMessage } from '../../../runtime/errors.js';
import { waitState } from '../../state.js';
import { seconds } from '../lookup.js';
import type { StepAction, StepContext } from '../types.js';

/** The DevStack unit of each restartable Kuryr service. */
export const KURYR_UNITS = {
  'kuryr-controller': 'devstack@kuryr-kubernetes',
  'kuryr-daemon': 'devstack@kuryr-daemon',
} as const;

/** What `restart` takes. */
export type RestartTarget = keyof typeof KURYR_UNITS;

/** How long the unit gets to be active again after the restart. */
const ACTIVE_WITHIN_MS = 60_000;

/** Options of {@link restartAction} (tests replace who the process runs as). */
export interface RestartOptions {
  /** True when the process runs as root (default: `process.getuid() === 0`). */
  isRoot?: () => boolean;
  /** How long the unit gets to be active again (default 60 s, cut to what is left of the run). */
  activeWithinMs?: number;
}

/** `argv` as the runner host runs it: behind `sudo -n` (never prompting) unless the run is root. */
export function asRootArgv(argv: readonly string[], root: boolean): [string, ...string[]] {
  return (root ? [...argv] : ['sudo', '-n', ...argv]) as [string, ...string[]];
}

/** The argv of `systemctl restart UNIT`: behind `sudo -n` (never prompting) unless root. */
export function restartArgv(unit: string, root: boolean): string[] {
  return asRootArgv(['systemctl', 'restart', unit], root);
}

/** The runner of the host (the DevStack host), or an error saying the run has none. */
export function hostRunner(ctx: StepContext): CommandRunner {
  const runner = ctx.run.deps.hostRunner;
  if (!runner) throw new Error('restart needs a command runner on the host; this run was given none');
  return runner;
}

async function systemctlRestart(runner: CommandRunner, unit: string, root: boolean): Promise<void> {
  const [command, ...args] = restartArgv(unit, root) as [string, ...string[]];
  try {
    await runner.run(command, args, { timeoutMs: 120_000, label: 'systemctl' });
  } catch (err) {
    if (!(err instanceof CommandError) || err.cancelled) throw err;
    const how = root ? '' : ' (the runner is not root: it needs passwordless sudo for systemctl)';
    throw new Error(`systemctl restart ${unit} failed${how}: ${getErrorMessage(err)}`);
  }
}

/**
 * Restarts Kuryr's unit for `target` on the runner host and waits until it is active again; returns what was done.
 * Refused in nested mode (Kuryr runs inside the trunk VM there).
 */
export async function restartKuryrUnit(
  ctx: StepContext,
  target: RestartTarget,
  options: RestartOptions = {},
): Promise<string> {
  const isRoot = options.isRoot ?? ((): boolean => process.getuid?.() === 0);
  const unit = KURYR_UNITS[target];
  if (ctx.run.settings.mode === 'nested') {
    throw new Error(
      `restart ${target}: in nested mode Kuryr's controller and CNI daemon run inside the trunk VM, not on the runner; restarting them there is not supported yet`,
    );
  }
  const runner = hostRunner(ctx);
  await systemctlRestart(runner, unit, isRoot());
  const active = await waitState(
    async () => {
      const r = await runner.run('systemctl', ['is-active', unit], {
        timeoutMs: 30_000,
        allowedExitCodes: ANY_EXIT_CODE,
        label: 'systemctl',
      });
      const state = r.stdout.trim() || `exit ${String(r.exitCode)}`;
      return { problems: r.exitCode === 0 && state === 'active' ? [] : [`${unit} is ${state}`] };
    },
    {
      timeoutMs: Math.min(options.activeWithinMs ?? ACTIVE_WITHIN_MS, ctx.run.budget(ACTIVE_WITHIN_MS)),
      intervalMs: ctx.intervalMs,
      signal: ctx.run.deps.signal,
      what: `${unit} active`,
    },
  );
  if (!active.ok) {
    throw new Error(`restarted ${unit} but it is not active after ${seconds(active.ms)}: ${active.problems[0] ?? ''}`);
  }
  return `restarted ${unit} (${target}): active again after ${seconds(active.ms)}`;
}

/** The `restart` action; `options` are for tests. */
export function restartAction(options: RestartOptions = {}): StepAction<RestartTarget> {
  return { name: 'restart', run: (ctx, arg) => restartKuryrUnit(ctx, arg, options) };
}

/** The `restart` action as the registry holds it. */
export const restartKuryrAction: StepAction<RestartTarget> = restartAction();
