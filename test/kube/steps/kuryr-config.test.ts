/**
 * `kuryr-config`: the kuryr.conf on the runner host read and written through `sudo -n` (or directly as root), every
 * other line kept, the controller restarted; the scenario's end puts the first values back (removing options that
 * were not there) and restarts once more; a failure says what to fix.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  kuryrConfigAction,
  kuryrSettings,
  restoreKuryrConfig,
  whoAmI,
} from '../../../src/kube/steps/actions/kuryr-config.js';
import type { StepContext } from '../../../src/kube/steps/types.js';
import { FakeCommandRunner } from '../../__fixtures__/fake-command-runner.js';
import { LifecycleWorld, stepContext } from './lifecycle-world.js';

const CONF =
  '[DEFAULT]\ndebug = True\n\n[kubernetes]\nvif_pool_driver = noop\n# a comment stays\n\n[vif_pool]\nports_pool_batch = 5\n';
const savedIsRoot = whoAmI.isRoot;

afterEach(() => {
  whoAmI.isRoot = savedIsRoot;
});

/** A host whose kuryr.conf is `file.text`: cat reads it, tee replaces it, systemctl restarts and reports active. */
function host(file: { text: string }): FakeCommandRunner {
  const runner = new FakeCommandRunner();
  const cat = (): { stdout: string } => ({ stdout: file.text });
  const tee = (call: { options: { input?: string } }): { stdout: string } => {
    file.text = call.options.input ?? '';
    return { stdout: file.text };
  };
  runner.on('sudo', ['-n', 'cat', /kuryr\.conf$/], cat);
  runner.on('sudo', ['-n', 'tee', /kuryr\.conf$/], tee);
  runner.on('sudo', ['-n', 'systemctl', 'restart', 'devstack@kuryr-kubernetes'], { stdout: '' });
  runner.on('cat', undefined, cat);
  runner.on('tee', undefined, tee);
  runner.on('systemctl', ['restart', 'devstack@kuryr-kubernetes'], { stdout: '' });
  runner.on('systemctl', ['is-active', 'devstack@kuryr-kubernetes'], { stdout: 'active\n' });
  return runner;
}

const lines = (r: FakeCommandRunner): string[] => r.calls.map((c) => [c.command, ...c.args].join(' '));

async function context(hostRunner: FakeCommandRunner): Promise<StepContext> {
  const ctx = await stepContext(new LifecycleWorld(), { hostRunner });
  ctx.run.settings.kuryrConf = '/etc/kuryr/kuryr.conf';
  return ctx;
}

describe('kuryr-config', () => {
  it('sets the options through sudo -n, keeps every other line, restarts the controller', async () => {
    whoAmI.isRoot = () => false;
    const file = { text: CONF };
    const runner = host(file);
    const said = await kuryrConfigAction.run(await context(runner), {
      kubernetes: { vif_pool_driver: 'neutron' },
      vif_pool: { ports_pool_batch: 7, ports_pool_max: 0 },
    });
    expect(file.text).toBe(
      '[DEFAULT]\ndebug = True\n\n[kubernetes]\nvif_pool_driver = neutron\n# a comment stays\n\n[vif_pool]\nports_pool_batch = 7\nports_pool_max = 0\n',
    );
    expect(lines(runner).slice(0, 3)).toEqual([
      'sudo -n cat /etc/kuryr/kuryr.conf',
      'sudo -n tee /etc/kuryr/kuryr.conf',
      'sudo -n systemctl restart devstack@kuryr-kubernetes',
    ]);
    expect(said).toMatch(
      /^set kubernetes\.vif_pool_driver=neutron, vif_pool\.ports_pool_batch=7, vif_pool\.ports_pool_max=0 in \/etc\/kuryr\/kuryr\.conf; restarted devstack@kuryr-kubernetes/,
    );
  });

  it("puts the scenario's first values back at its end, removing what was not set, and restarts once more", async () => {
    whoAmI.isRoot = () => true;
    const file = { text: CONF };
    const runner = host(file);
    const ctx = await context(runner);
    await kuryrConfigAction.run(ctx, { vif_pool: { ports_pool_batch: 2, ports_pool_min: 1 } });
    await kuryrConfigAction.run(ctx, { vif_pool: { ports_pool_batch: 9 }, kubernetes: { vif_pool_driver: 'noop' } });
    expect(file.text).toContain('ports_pool_batch = 9');
    await restoreKuryrConfig(ctx);
    expect(file.text).toBe(CONF);
    expect(lines(runner).filter((l) => l.startsWith('systemctl restart'))).toHaveLength(3);
    expect(lines(runner)[0]).toBe('cat /etc/kuryr/kuryr.conf'); // root: no sudo
    // nothing left to put back: no more calls
    const before = runner.calls.length;
    await restoreKuryrConfig(ctx);
    expect(runner.calls.length).toBe(before);
  });

  it('says what is wrong when the file cannot be read or written', async () => {
    whoAmI.isRoot = () => false;
    const refusing = new FakeCommandRunner();
    refusing.on('sudo', ['-n', 'cat', /kuryr\.conf$/], {
      exitCode: 1,
      stderr: 'cat: /etc/kuryr/kuryr.conf: No such file\n',
    });
    await expect(kuryrConfigAction.run(await context(refusing), { vif_pool: { ports_pool_batch: 2 } })).rejects.toThrow(
      /could not read \/etc\/kuryr\/kuryr\.conf \(the kuryr-conf input names Kuryr's configuration file\)/,
    );
    const readOnly = new FakeCommandRunner();
    readOnly.on('sudo', ['-n', 'cat', /kuryr\.conf$/], { stdout: CONF });
    readOnly.on('sudo', ['-n', 'tee', /kuryr\.conf$/], { exitCode: 1, stderr: 'sudo: a password is required\n' });
    await expect(kuryrConfigAction.run(await context(readOnly), { vif_pool: { ports_pool_batch: 2 } })).rejects.toThrow(
      /could not write \/etc\/kuryr\/kuryr\.conf \(the runner is not root: it needs passwordless sudo for tee\)/,
    );
  });

  it('writes booleans as oslo.config does', () => {
    expect(kuryrSettings({ kubernetes: { port_debug: true, enable_manager: false } })).toEqual([
      { section: 'kubernetes', key: 'port_debug', value: 'True' },
      { section: 'kubernetes', key: 'enable_manager', value: 'False' },
    ]);
  });
});
