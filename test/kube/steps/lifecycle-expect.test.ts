/**
 * The lifecycle expectations over the scripted cluster and cloud: each polls until the state holds (convergence time
 * recorded) or the deadline passes (a message naming the service/workload and what differs, with evidence).
 */
import { describe, expect, it } from '@jest/globals';
import { everyBackendExpectation } from '../../../src/kube/steps/expect/every-backend.js';
import { STEP_EXPECTATIONS } from '../../../src/kube/steps/expect/index.js';
import { membersExpectation } from '../../../src/kube/steps/expect/members.js';
import { podsExpectation } from '../../../src/kube/steps/expect/pods.js';
import { isPodNameOf, portsExpectation } from '../../../src/kube/steps/expect/ports.js';
import type { SuiteDocument } from '../../../src/kube/suite.js';
import { LifecycleWorld, POD_A, POD_B, portRow, stepContext } from './lifecycle-world.js';

const soon = (ms = 300): number => Date.now() + ms;
const DOC = { name: 'd', scenarios: [] } as SuiteDocument;

/** A world whose state changes on the n-th time `what` is asked (a poll counter on the fake's calls). */
function after(world: LifecycleWorld, needle: string, n: number, change: () => void): void {
  let seen = 0;
  const orig = world.runner.run.bind(world.runner);
  world.runner.run = async (command, args, options) => {
    if ([command, ...args].join(' ').includes(needle) && ++seen === n) change();
    return orig(command, args, options);
  };
}

describe('the registry', () => {
  it('holds each lifecycle expectation under its own name', () => {
    for (const key of ['members', 'everyBackend', 'ports', 'pods']) expect(STEP_EXPECTATIONS[key]?.name).toBe(key);
  });
});

describe('members', () => {
  it('holds when the load balancer is ACTIVE with a member per ready pod; converges once Kuryr adds the missing one', async () => {
    const world = new LifecycleWorld();
    world.members = [POD_A];
    after(world, 'loadbalancer status show', 3, () => (world.members = [POD_A, POD_B]));
    const ctx = await stepContext(world);
    const r = await membersExpectation.check(ctx, ['demo'], soon(5000));
    expect(r).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^load balancer members == ready pods \(demo: 2\) after/),
    });
    expect(r.convergedMs).toBeGreaterThan(0);
    expect(world.lines('openstack').filter((l) => l.includes('status show'))).toHaveLength(3);
  });

  it('at zero replicas wants no member: leftover members fail with the service, workload and member named', async () => {
    const world = new LifecycleWorld();
    world.pods = [];
    const ctx = await stepContext(world);
    const r = await membersExpectation.check(ctx, ['demo'], soon());
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(
      /^members not converged in .*: service demo \(workload capture\/demo, 0 ready pod\(s\)\): pool capture\/demo:TCP:80 has extra members capture\/demo-548d747f98-kpfzd:8080, capture\/demo-548d747f98-qbc2k:8080$/,
    );
    const table = r.evidence?.find((e) => e.title === 'load balancer members of capture/demo');
    expect(table?.data).toMatchObject({ loadBalancer: 'capture/demo', status: 'ACTIVE', readyPods: 0 });
    expect((table?.data as { pools: { members: unknown[] }[] }).pools[0]?.members).toHaveLength(2);
    // ... and holds once the members are gone
    world.members = [];
    expect((await membersExpectation.check(ctx, ['demo'], soon())).ok).toBe(true);
  });

  it('fails while the load balancer is missing (deleted, not yet recreated)', async () => {
    const world = new LifecycleWorld();
    world.members = undefined;
    const r = await membersExpectation.check(await stepContext(world), ['demo'], soon());
    expect(r).toMatchObject({ ok: false });
    expect(r.message).toContain('0 load balancers named capture/demo (expected 1)');
  });
});

describe('everyBackend', () => {
  it('holds once every ready pod answered through the ClusterIP (one exec from the first pod)', async () => {
    const world = new LifecycleWorld();
    world.silent.add(POD_B);
    after(world, ' exec ', 2, () => world.silent.clear());
    const ctx = await stepContext(world);
    const r = await everyBackendExpectation.check(ctx, ['demo'], soon(5000));
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining('(demo: 2)') });
    const execs = world.lines('kubectl').filter((l) => l.includes(' exec '));
    expect(execs).toHaveLength(2);
    expect(execs[0]).toMatch(new RegExp(`^-n capture exec ${POD_A} -- sh -c `));
  });

  it('fails naming the backend that never answered, with the backends seen as evidence', async () => {
    const world = new LifecycleWorld();
    world.silent.add(POD_B);
    const r = await everyBackendExpectation.check(await stepContext(world), ['demo'], soon());
    expect(r.ok).toBe(false);
    expect(r.message).toContain(
      `service demo (workload capture/demo): not every backend answered: ${POD_B} never replied`,
    );
    expect(r.evidence?.find((e) => e.kind === 'backends')?.data).toEqual({ expected: [POD_A, POD_B], seen: [POD_A] });
  });

  it('fails with no ready pod to reach', async () => {
    const world = new LifecycleWorld();
    world.pods = [];
    const r = await everyBackendExpectation.check(await stepContext(world), ['demo'], soon(50));
    expect(r.message).toContain('no ready pod with an IP to probe from');
  });
});

describe('ports', () => {
  it('holds with one ACTIVE port per ready pod', async () => {
    const r = await portsExpectation.check(await stepContext(new LifecycleWorld()), true, soon());
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining('(demo: 2)') });
  });

  it('fails while a gone pod still has a bound port; a port back in the pool (no device_id) counts as released', async () => {
    const world = new LifecycleWorld();
    world.extraPorts = [portRow('p-gone', 'demo-548d747f98-zzzzz', '10.0.0.99')];
    world.deviceIds['p-gone'] = 'uid-of-the-gone-pod';
    const ctx = await stepContext(world);
    const r = await portsExpectation.check(ctx, true, soon());
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(
      /workload capture\/demo: port demo-548d747f98-zzzzz \(p-gone, 10\.0\.0\.99\) is still bound \(device_id uid-of-the-gone-pod\) though pod demo-548d747f98-zzzzz is gone$/,
    );
    const rows = r.evidence?.find((e) => e.title === 'Neutron ports of capture/demo')?.data as { note?: string }[];
    expect(rows.map((x) => x.note)).toEqual([undefined, undefined, 'pod gone, port not released']);
    world.deviceIds['p-gone'] = '';
    expect((await portsExpectation.check(ctx, true, soon())).ok).toBe(true);
  });

  it('fails while the port of a ready pod does not carry its IP', async () => {
    const world = new LifecycleWorld();
    const ctx = await stepContext(world);
    const pod = ctx.workloads.get('demo')?.pods[0];
    if (pod) pod.podIP = '10.0.0.200';
    ctx.refresh = async () => undefined; // keep the pod with the IP no port has
    const r = await portsExpectation.check(ctx, true, soon());
    expect(r.ok).toBe(false);
    expect(r.message).toContain(`workload capture/demo: port ${POD_A} has 10.0.0.90, pod IP is 10.0.0.200`);
  });

  it('leaves out a hostNetwork workload: its pods have the node address and no Kuryr port', async () => {
    const suite = `name: life
workload:
  name: demo
  hostNetwork: true
scenarios:
  - name: s
    kind: state
    check: pods-running
`;
    for (const hostNetwork of [true, false]) {
      const ctx = await stepContext(new LifecycleWorld(), hostNetwork ? { suite } : {});
      const pod = ctx.workloads.get('demo')?.pods[0];
      if (pod) pod.podIP = '10.0.0.200'; // the node's address, on no Neutron port of the pod
      ctx.refresh = async () => undefined;
      expect((await portsExpectation.check(ctx, true, soon())).ok).toBe(hostNetwork);
    }
  });

  it('tells pod names of the workload from those of a longer-named one; takes only true', () => {
    expect(isPodNameOf('server', 'server-5d8f7c9b6-x2x7k')).toBe(true);
    expect(isPodNameOf('server', 'server-b-5d8f7c9b6-x2x7k')).toBe(false);
    expect(portsExpectation.validate?.(true, DOC)).toEqual([]);
    expect(portsExpectation.validate?.(false, DOC)).toEqual([
      { path: [], message: 'ports takes true (leave it out not to check)' },
    ]);
  });
});

describe('pods', () => {
  it('holds when the workload has N ready pods, re-read each poll', async () => {
    const world = new LifecycleWorld();
    world.pods = [POD_A];
    const ctx = await stepContext(world);
    after(world, 'get pods', 2, () => (world.pods = [POD_A, POD_B]));
    const r = await podsExpectation.check(ctx, { demo: 2 }, soon(5000));
    expect(r).toMatchObject({ ok: true, message: expect.stringMatching(/^ready pods demo: 2 after/) });
  });

  it('fails naming the workload, the count and the ready pods', async () => {
    const r = await podsExpectation.check(await stepContext(new LifecycleWorld()), { demo: 3 }, soon());
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(
      new RegExp(`: workload capture/demo: 2 ready pod\\(s\\), expected 3 \\(ready: ${POD_A}, ${POD_B}\\)$`),
    );
    expect(r.evidence?.find((e) => e.kind === 'kubernetes-pods')?.data).toHaveLength(2);
  });
});
