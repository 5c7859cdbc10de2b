/**
 * The lifecycle step actions over the scripted cluster and cloud: the exact kubectl / openstack / systemctl command
 * lines each one runs (in the workload's namespace), their load-time rules, and how they fail.
 */
import { describe, expect, it } from '@jest/globals';
import { deleteListenerAction } from '../../../src/kube/steps/actions/delete-listener.js';
import { deleteLoadBalancerAction } from '../../../src/kube/steps/actions/delete-loadbalancer.js';
import { deletePodsAction } from '../../../src/kube/steps/actions/delete-pods.js';
import { STEP_ACTIONS } from '../../../src/kube/steps/actions/index.js';
import { restartAction, restartKuryrAction } from '../../../src/kube/steps/actions/restart.js';
import { rolloutRestartAction } from '../../../src/kube/steps/actions/rollout-restart.js';
import { scaleAction } from '../../../src/kube/steps/actions/scale.js';
import { waitAction } from '../../../src/kube/steps/actions/wait.js';
import type { SuiteDocument } from '../../../src/kube/suite.js';
import { CancelledError } from '../../../src/runtime/cancel.js';
import { FakeCommandRunner } from '../../__fixtures__/fake-command-runner.js';
import { LB_ID, LifecycleWorld, POD_A, POD_B, stepContext } from './lifecycle-world.js';

const DOC = { name: 'd', scenarios: [] } as SuiteDocument;

describe('the registry', () => {
  it('holds each lifecycle action under its own name', () => {
    const keys = [
      'scale',
      'delete-pods',
      'rollout-restart',
      'delete-loadbalancer',
      'delete-listener',
      'restart',
      'wait',
    ];
    for (const key of keys) {
      expect(STEP_ACTIONS[key]?.name).toBe(key);
    }
  });
});

describe('scale', () => {
  it("scales the Deployment in the workload's own namespace, to zero too", async () => {
    const world = new LifecycleWorld();
    const ctx = await stepContext(world, { namespace: 'capture-other' });
    const said = await scaleAction.run(ctx, { workload: 'demo', replicas: 0 });
    expect(world.lines('kubectl')).toContain('-n capture-other scale deployment/demo --replicas=0');
    expect(said).toBe('scaled deployment capture-other/demo to 0 replica(s)');
  });
});

describe('delete-pods', () => {
  it('deletes the first `count` live pods by name without waiting', async () => {
    const world = new LifecycleWorld();
    world.pods = [POD_B, POD_A]; // listed out of order: the first by name is A
    const ctx = await stepContext(world);
    const said = await deletePodsAction.run(ctx, { workload: 'demo', count: 1 });
    expect(world.lines('kubectl')).toContain(`-n capture delete pod ${POD_A} --wait=false`);
    expect(said).toBe(`deleted 1 of 2 pod(s) of capture/demo: ${POD_A}`);
  });

  it('deletes every pod by default, and errors when there is none', async () => {
    const world = new LifecycleWorld();
    const ctx = await stepContext(world);
    await deletePodsAction.run(ctx, { workload: 'demo' });
    expect(world.lines('kubectl')).toContain(`-n capture delete pod ${POD_A} ${POD_B} --wait=false`);
    world.pods = [];
    await expect(deletePodsAction.run(ctx, { workload: 'demo' })).rejects.toThrow(
      'workload capture/demo has no live pod to delete',
    );
  });
});

describe('rollout-restart', () => {
  it('restarts, then polls rollout status until the new pods are rolled out', async () => {
    let polls = 0;
    const world = new LifecycleWorld((a) =>
      a.includes('rollout status')
        ? {
            stdout:
              ++polls < 3
                ? 'Waiting for deployment "demo" rollout to finish: 1 out of 2 new replicas have been updated...\n'
                : 'deployment "demo" successfully rolled out\n',
          }
        : undefined,
    );
    const ctx = await stepContext(world);
    const said = await rolloutRestartAction.run(ctx, 'demo');
    const lines = world.lines('kubectl').filter((l) => l.includes('rollout'));
    expect(lines).toEqual([
      '-n capture rollout restart deployment/demo',
      '-n capture rollout status deployment/demo --watch=false',
      '-n capture rollout status deployment/demo --watch=false',
      '-n capture rollout status deployment/demo --watch=false',
    ]);
    expect(said).toMatch(/^restarted deployment capture\/demo: rolled out in \d+\.\d s$/);
  });

  it("errors with the last status line when the rollout does not finish within the suite's deployment wait", async () => {
    const world = new LifecycleWorld((a) =>
      a.includes('rollout status')
        ? { stdout: 'Waiting for deployment "demo" rollout to finish: 0 of 2 updated replicas are available...\n' }
        : undefined,
    );
    const suite =
      'name: life\nworkload:\n  name: demo\nwaits:\n  deployment: 1s\nscenarios:\n  - name: s\n    kind: state\n    check: pods-running\n';
    const ctx = await stepContext(world, { suite });
    await expect(rolloutRestartAction.run(ctx, 'demo')).rejects.toThrow(
      /deployment capture\/demo restarted but not rolled out after .*: Waiting for deployment "demo" rollout to finish: 0 of 2/,
    );
  });
});

describe('delete-loadbalancer', () => {
  it("cascade-deletes Kuryr's load balancer <namespace>/<service> in Octavia by id", async () => {
    const world = new LifecycleWorld();
    const ctx = await stepContext(world);
    const said = await deleteLoadBalancerAction.run(ctx, 'demo');
    expect(world.lines('openstack')).toEqual([
      '--os-cloud devstack-admin loadbalancer list --name capture/demo -f json',
      `--os-cloud devstack-admin loadbalancer delete --cascade ${LB_ID}`,
    ]);
    expect(said).toBe(`deleted load balancer capture/demo (${LB_ID}) in Octavia with --cascade`);
  });

  it('errors when Octavia has no such load balancer, or without the cloud', async () => {
    const world = new LifecycleWorld();
    world.members = undefined;
    await expect(deleteLoadBalancerAction.run(await stepContext(world), 'demo')).rejects.toThrow(
      'no load balancer named capture/demo in Octavia to delete',
    );
    await expect(
      deleteLoadBalancerAction.run(await stepContext(new LifecycleWorld(), { noCloud: true }), 'demo'),
    ).rejects.toThrow('delete-loadbalancer needs the OpenStack cloud');
  });
});

describe('delete-listener', () => {
  it("deletes the listener of the service's first port, <namespace>/<service>:<PROTOCOL>:<port>, by id", async () => {
    const world = new LifecycleWorld();
    const said = await deleteListenerAction.run(await stepContext(world), 'demo');
    expect(world.lines('openstack')).toEqual([
      '--os-cloud devstack-admin loadbalancer status show capture/demo',
      '--os-cloud devstack-admin loadbalancer listener delete 64ba0870-3ed4-4e2f-afea-789d8b0b4847',
    ]);
    expect(said).toBe(
      'deleted listener capture/demo:TCP:80 (64ba0870-3ed4-4e2f-afea-789d8b0b4847) of load balancer capture/demo in Octavia',
    );
  });

  it('errors when the load balancer has no such listener, naming the ones it has', async () => {
    const ctx = await stepContext(new LifecycleWorld());
    const port = ctx.workloads.get('demo')?.services.get('demo')?.ports[0];
    if (port) port.port = 81; // the service's first port no longer matches the one listener Octavia has
    await expect(deleteListenerAction.run(ctx, 'demo')).rejects.toThrow(
      'load balancer capture/demo has no listener capture/demo:TCP:81 to delete (it has: capture/demo:TCP:80)',
    );
    await expect(deleteListenerAction.run(ctx, 'nope')).rejects.toThrow('service nope is not deployed');
  });
});

describe('restart', () => {
  function host(states: string[] = ['active']): FakeCommandRunner {
    const runner = new FakeCommandRunner();
    runner.on('sudo', undefined, { stdout: '' });
    runner.on('systemctl', ['restart', /^devstack@/], { stdout: '' });
    runner.on('systemctl', ['is-active', /^devstack@/], () => {
      const state = states.length > 1 ? (states.shift() as string) : (states[0] as string);
      return { stdout: `${state}\n`, exitCode: state === 'active' ? 0 : 3 };
    });
    return runner;
  }

  it('runs systemctl restart through sudo -n when not root, then waits until the unit is active', async () => {
    const hostRunner = host(['activating', 'activating', 'active']);
    const ctx = await stepContext(new LifecycleWorld(), { hostRunner });
    const said = await restartAction({ isRoot: () => false }).run(ctx, 'kuryr-controller');
    expect(hostRunner.calls.map((c) => [c.command, ...c.args].join(' '))).toEqual([
      'sudo -n systemctl restart devstack@kuryr-kubernetes',
      'systemctl is-active devstack@kuryr-kubernetes',
      'systemctl is-active devstack@kuryr-kubernetes',
      'systemctl is-active devstack@kuryr-kubernetes',
    ]);
    expect(said).toMatch(/^restarted devstack@kuryr-kubernetes \(kuryr-controller\): active again after/);
  });

  it('runs systemctl directly as root; the daemon is devstack@kuryr-daemon', async () => {
    const hostRunner = host();
    const ctx = await stepContext(new LifecycleWorld(), { hostRunner });
    await restartAction({ isRoot: () => true }).run(ctx, 'kuryr-daemon');
    expect(hostRunner.calls[0]?.command).toBe('systemctl');
    expect(hostRunner.calls[0]?.args).toEqual(['restart', 'devstack@kuryr-daemon']);
  });

  it('says why when sudo refuses, and when the unit does not come back', async () => {
    const refusing = new FakeCommandRunner();
    refusing.on('sudo', undefined, { exitCode: 1, stderr: 'sudo: a password is required\n' });
    const ctx = await stepContext(new LifecycleWorld(), { hostRunner: refusing });
    await expect(restartAction({ isRoot: () => false }).run(ctx, 'kuryr-daemon')).rejects.toThrow(
      /systemctl restart devstack@kuryr-daemon failed \(the runner is not root: it needs passwordless sudo for systemctl\)/,
    );
    const dead = await stepContext(new LifecycleWorld(), { hostRunner: host(['failed']) });
    await expect(restartAction({ isRoot: () => true, activeWithinMs: 50 }).run(dead, 'kuryr-daemon')).rejects.toThrow(
      /restarted devstack@kuryr-daemon but it is not active after .*: devstack@kuryr-daemon is failed/,
    );
  });

  it('errors in nested mode without running anything: Kuryr runs inside the VM there', async () => {
    const hostRunner = host();
    const ctx = await stepContext(new LifecycleWorld(), { hostRunner, mode: 'nested' });
    await expect(restartKuryrAction.run(ctx, 'kuryr-controller')).rejects.toThrow(
      /in nested mode Kuryr's controller and CNI daemon run inside the trunk VM.*not supported yet/,
    );
    expect(hostRunner.calls).toEqual([]);
  });
});

describe('wait', () => {
  it('sleeps the duration', async () => {
    const ctx = await stepContext(new LifecycleWorld());
    const started = Date.now();
    expect(await waitAction.run(ctx, '150ms')).toBe('waited 150ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('stops at once when the run is cancelled', async () => {
    const controller = new AbortController();
    const ctx = await stepContext(new LifecycleWorld(), { signal: controller.signal });
    const started = Date.now();
    setTimeout(() => controller.abort('SIGTERM'), 20);
    await expect(waitAction.run(ctx, '1m')).rejects.toThrow(CancelledError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('rejects what is not a duration', () => {
    expect(waitAction.validate?.('10s', DOC)).toEqual([]);
    expect(waitAction.validate?.('soon', DOC)).toEqual([
      { path: [], message: "'soon' is not a duration (write e.g. 10s, 2m, 1m30s)" },
    ]);
  });
});
