/**
 * `controller-stable: record|unchanged`: Kuryr's controller unit (`devstack@kuryr-kubernetes`) stays up. `record`
 * checks that it is active and remembers its `NRestarts` (restarts systemd made after a crash) and `MainPID`;
 * `unchanged` checks that it is active with the same count and process as recorded, i.e. nothing the scenario did
 * since (an unsupported service type, pods that never get ready) crashed or restarted it. Read with
 * `systemctl show -p NRestarts,ActiveState,MainPID UNIT` on the runner host (no root needed). In nested mode the
 * controller runs in the trunk VM, which the runner cannot ask: the expectation fails saying so.
 */
import type { CommandRunner } from '../../../runtime/command.js';
import type { ExpectationOutcome, StepContext, StepExpectation } from '../types.js';

/** The unit of Kuryr's controller on a DevStack host. */
export const CONTROLLER_UNIT = 'devstack@kuryr-kubernetes';

/** What `systemctl show` says of the unit. */
export interface UnitState {
  activeState: string;
  mainPid: string;
  /** Undefined on systemd older than 235 (no such property). */
  nRestarts?: string;
}

/** Parses `KEY=VALUE` lines of `systemctl show -p ...` (in whatever order systemd prints them). */
export function parseUnitState(text: string): UnitState {
  const props = new Map<string, string>();
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) props.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return {
    activeState: props.get('ActiveState') ?? '',
    mainPid: props.get('MainPID') ?? '',
    nRestarts: props.get('NRestarts'),
  };
}

const BASELINES = new WeakMap<object, UnitState>();

async function readState(ctx: StepContext): Promise<UnitState> {
  if (ctx.run.settings.mode === 'nested')
    throw new Error(
      `controller-stable: in nested mode ${CONTROLLER_UNIT} runs in the trunk VM, out of the runner's reach`,
    );
  const runner = (ctx.run.deps as { hostRunner?: CommandRunner }).hostRunner;
  if (!runner) throw new Error('controller-stable needs a command runner on the host; this run was given none');
  const r = await runner.run('systemctl', ['show', '-p', 'NRestarts,ActiveState,MainPID', CONTROLLER_UNIT], {
    timeoutMs: 30_000,
    label: 'systemctl',
  });
  return parseUnitState(r.stdout);
}

function describe(s: UnitState): string {
  return `${s.activeState || '?'}, MainPID ${s.mainPid || '?'}${s.nRestarts === undefined ? '' : `, NRestarts ${s.nRestarts}`}`;
}

/** Why `now` is not what `record` saw (empty when it is). */
export function instability(before: UnitState, now: UnitState): string[] {
  const out: string[] = [];
  if (now.activeState !== 'active') out.push(`${CONTROLLER_UNIT} is ${now.activeState || 'unknown'}, not active`);
  if (now.mainPid !== before.mainPid)
    out.push(`its MainPID changed from ${before.mainPid} to ${now.mainPid} (restarted)`);
  if (now.nRestarts !== before.nRestarts)
    out.push(`NRestarts went from ${before.nRestarts ?? '?'} to ${now.nRestarts ?? '?'} (crashed and restarted)`);
  return out;
}

async function check(ctx: StepContext, arg: 'record' | 'unchanged'): Promise<ExpectationOutcome> {
  let now: UnitState;
  try {
    now = await readState(ctx);
  } catch (err) {
    return { ok: false, message: err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err) };
  }
  const evidence = [{ kind: 'systemctl-show', title: CONTROLLER_UNIT, data: now }];
  if (arg === 'record') {
    if (now.activeState !== 'active')
      return { ok: false, message: `${CONTROLLER_UNIT} is ${now.activeState || 'unknown'}, not active`, evidence };
    BASELINES.set(ctx.run, now);
    return { ok: true, message: `${CONTROLLER_UNIT} ${describe(now)} (recorded)`, convergedMs: 0 };
  }
  const before = BASELINES.get(ctx.run);
  if (!before)
    return { ok: false, message: "controller-stable: unchanged needs an earlier 'controller-stable: record'" };
  const problems = instability(before, now);
  if (problems.length === 0)
    return { ok: true, message: `${CONTROLLER_UNIT} unchanged since recorded (${describe(now)})`, convergedMs: 0 };
  return {
    ok: false,
    message: problems.join('; '),
    evidence: [{ kind: 'systemctl-show', title: `${CONTROLLER_UNIT} when recorded`, data: before }, ...evidence],
  };
}

/** The controller-stable expectation. */
export const controllerStable: StepExpectation<'record' | 'unchanged'> = {
  name: 'controller-stable',
  validate(arg) {
    return arg === 'record' || arg === 'unchanged'
      ? []
      : [{ path: [], message: `controller-stable takes 'record' or 'unchanged', not '${String(arg)}'` }];
  },
  check: (ctx, arg) => check(ctx, arg),
};
