/**
 * `controller-stable` over a scripted host runner answering in systemctl's own `show -p` format (KEY=VALUE lines in
 * systemd's property order, not the order asked): record, then unchanged passes, a crash (NRestarts, MainPID) or an
 * inactive unit fails with both states as evidence; nested mode and a missing record fail saying why.
 */
import { describe, expect, it } from '@jest/globals';

import { controllerStable, parseUnitState } from '../../../src/kube/steps/expect/controller-stable.js';
import type { StepContext } from '../../../src/kube/steps/types.js';
import { FakeCommandRunner } from '../../__fixtures__/fake-command-runner.js';

const show = (pid: number, restarts: number, state = 'active'): string =>
  `MainPID=${pid}\nNRestarts=${restarts}\nActiveState=${state}\n`;

function world(mode = 'baremetal'): { runner: FakeCommandRunner; ctx: StepContext } {
  const runner = new FakeCommandRunner();
  const ctx = { run: { settings: { mode }, deps: { hostRunner: runner } } } as unknown as StepContext;
  return { runner, ctx };
}

describe('controller-stable', () => {
  it('records, then holds while the controller keeps its process and restart count', async () => {
    const { runner, ctx } = world();
    runner.on('systemctl', undefined, { stdout: show(4242, 0) });
    await expect(controllerStable.check(ctx, 'record', 0)).resolves.toMatchObject({
      ok: true,
      message: 'devstack@kuryr-kubernetes active, MainPID 4242, NRestarts 0 (recorded)',
    });
    await expect(controllerStable.check(ctx, 'unchanged', 0)).resolves.toMatchObject({ ok: true });
    expect(runner.callsTo('systemctl')[0]?.args).toEqual([
      'show',
      '-p',
      'NRestarts,ActiveState,MainPID',
      'devstack@kuryr-kubernetes',
    ]);
  });

  it('fails when the controller crashed and systemd restarted it, with both states', async () => {
    const { runner, ctx } = world();
    runner.once('systemctl', undefined, { stdout: show(4242, 0) });
    runner.on('systemctl', undefined, { stdout: show(5151, 1) });
    await controllerStable.check(ctx, 'record', 0);
    const out = await controllerStable.check(ctx, 'unchanged', 0);
    expect(out.ok).toBe(false);
    expect(out.message).toBe(
      'its MainPID changed from 4242 to 5151 (restarted); NRestarts went from 0 to 1 (crashed and restarted)',
    );
    expect(out.evidence?.map((e) => e.title)).toEqual([
      'devstack@kuryr-kubernetes when recorded',
      'devstack@kuryr-kubernetes',
    ]);
  });

  it('fails for an inactive unit, without a record, and in nested mode', async () => {
    let w = world();
    w.runner.on('systemctl', undefined, { stdout: show(0, 3, 'failed') });
    await expect(controllerStable.check(w.ctx, 'record', 0)).resolves.toMatchObject({
      ok: false,
      message: 'devstack@kuryr-kubernetes is failed, not active',
    });
    await expect(controllerStable.check(w.ctx, 'unchanged', 0)).resolves.toMatchObject({
      ok: false,
      message: "controller-stable: unchanged needs an earlier 'controller-stable: record'",
    });
    w = world('nested');
    await expect(controllerStable.check(w.ctx, 'record', 0)).resolves.toMatchObject({
      ok: false,
      message: expect.stringMatching(/in nested mode devstack@kuryr-kubernetes runs in the trunk VM/),
    });
    expect(w.runner.callsTo('systemctl')).toEqual([]);
  });

  it('parses systemd without NRestarts (older than 235) and rejects other arguments at load time', () => {
    expect(parseUnitState('MainPID=7\nActiveState=active\n')).toEqual({
      activeState: 'active',
      mainPid: '7',
      nRestarts: undefined,
    });
    expect(controllerStable.validate?.('maybe' as never, {} as never)).toEqual([
      { path: [], message: "controller-stable takes 'record' or 'unchanged', not 'maybe'" },
    ]);
  });
});
