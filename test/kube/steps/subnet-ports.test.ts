/**
 * `subnet-ports`: the count of Neutron ports on a namespace's pod network, recorded, then waited for as the recorded
 * count plus N, optionally held steady; what it says when the count is off, and its load-time rules.
 */
import { describe, expect, it } from '@jest/globals';
import { subnetPorts } from '../../../src/kube/steps/expect/subnet-ports.js';
import type { SuiteDocument } from '../../../src/kube/suite.js';
import { LifecycleWorld, portRow, stepContext } from './lifecycle-world.js';

const soon = (ms = 300): number => Date.now() + ms;

describe('subnet-ports', () => {
  it('records the count, then holds when a batch of ports appeared', async () => {
    const world = new LifecycleWorld();
    const ctx = await stepContext(world);
    const recorded = await subnetPorts.check(ctx, { record: true }, soon());
    expect(recorded.ok).toBe(true);
    const base = Number(/^(\d+) port/.exec(recorded.message)?.[1]);
    expect(base).toBeGreaterThan(0);
    world.extraPorts = [1, 2, 3].map((i) => portRow(`p${i}`, 'available-port', `10.0.0.${i + 10}`));
    const added = await subnetPorts.check(ctx, { added: 3 }, soon());
    expect(added).toMatchObject({ ok: true });
    expect(added.message).toContain(`${base + 3} port(s) on the pod network of capture (${base} + 3)`);
    expect(world.lines('openstack')).toContain(
      '--os-cloud devstack-admin port list --long --network k8s-pod-net -f json',
    );
    // the default subnet driver: no KuryrNetwork anywhere, so the shared pod network is the one counted
    expect(world.lines('kubectl').filter((l) => l.endsWith('get kuryrnetworks --all-namespaces -o json'))).toHaveLength(
      1,
    );
  });

  it('fails with the count and the ports as evidence when the count is off', async () => {
    const world = new LifecycleWorld();
    const ctx = await stepContext(world);
    await subnetPorts.check(ctx, { record: true }, soon());
    world.extraPorts = [portRow('p1', 'available-port', '10.0.0.11')];
    const o = await subnetPorts.check(ctx, { added: 5 }, soon(100));
    expect(o.ok).toBe(false);
    expect(o.message).toMatch(
      /^ports on the pod network of capture: not reached in .*: \d+ port\(s\), want \d+ \(\d+ recorded \+ 5\)$/,
    );
    expect(o.evidence?.[0]?.kind).toBe('neutron-ports');
    expect(JSON.stringify(o.evidence?.[0]?.data)).toContain('available-port');
  });

  it('with steady, fails when the count moves after it was reached', async () => {
    const world = new LifecycleWorld();
    const ctx = await stepContext(world);
    await subnetPorts.check(ctx, { record: true }, soon());
    const later = setTimeout(() => {
      world.extraPorts = [portRow('p9', 'available-port', '10.0.0.19')];
    }, 60);
    const o = await subnetPorts.check(ctx, { added: 0, steady: '1s' }, soon());
    clearTimeout(later);
    expect(o.ok).toBe(false);
    expect(o.message).toMatch(/the count went from (\d+) to \d+ within the steady 1\.0 s$/);
  });

  it('under the namespace subnet driver, waits for the namespace network and keeps counting on it', async () => {
    // `default` has its KuryrNetwork (the driver is in use); the scenario's namespace gets its own after a few polls
    let polls = 0;
    const kn = (ns: string, netId?: string): object => ({
      apiVersion: 'openstack.org/v1',
      kind: 'KuryrNetwork',
      metadata: { name: ns, namespace: ns },
      status: netId === undefined ? {} : { netId, populated: true },
    });
    const list = (items: object[]): { stdout: string } => ({ stdout: JSON.stringify({ kind: 'List', items }) });
    const world = new LifecycleWorld((a) => {
      if (a.endsWith('get kuryrnetworks --all-namespaces -o json')) return list([kn('default', 'net-default')]);
      if (a.endsWith('-n capture get kuryrnetworks -o json'))
        return list(++polls < 4 ? [] : [kn('capture', 'net-capture')]);
      return undefined;
    });
    const ctx = await stepContext(world);
    const recorded = await subnetPorts.check(ctx, { record: true }, soon(2000));
    expect(recorded).toMatchObject({ ok: true });
    expect(recorded.message).toMatch(/^\d+ port\(s\) on the pod network of capture \(net-capture\) \(recorded\)$/);
    expect(polls).toBeGreaterThanOrEqual(4);
    const added = await subnetPorts.check(ctx, { added: 0 }, soon());
    expect(added).toMatchObject({ ok: true });
    const portLists = world.lines('openstack').filter((l) => l.includes('port list --long'));
    expect(portLists.length).toBeGreaterThanOrEqual(2);
    expect(portLists.every((l) => l.includes('--network net-capture '))).toBe(true);
  });

  it('under the namespace subnet driver, fails naming the KuryrNetwork when the namespace gets no network', async () => {
    const world = new LifecycleWorld((a) => {
      if (a.endsWith('get kuryrnetworks --all-namespaces -o json'))
        return {
          stdout: JSON.stringify({ kind: 'List', items: [{ metadata: { name: 'default' }, status: { netId: 'n' } }] }),
        };
      if (a.endsWith('-n capture get kuryrnetworks -o json')) return { stdout: '{"kind":"List","items":[]}' };
      return undefined;
    });
    const o = await subnetPorts.check(await stepContext(world), { record: true }, soon(100));
    expect(o.ok).toBe(false);
    expect(o.message).toMatch(
      /^nothing recorded for capture: the cluster runs the namespace subnet driver and Kuryr gave the namespace no network \(KuryrNetwork capture\/capture with status\.netId\) in \d+\.\d s$/,
    );
    expect(world.lines('openstack').filter((l) => l.includes('port list'))).toEqual([]);
  });

  it('fails without a recorded count', async () => {
    const o = await subnetPorts.check(await stepContext(new LifecycleWorld()), { added: 1 }, soon());
    expect(o).toMatchObject({ ok: false });
    expect(o.message).toContain('nothing recorded for capture (an earlier step needs record: true)');
  });

  it('refuses at load: record together with added, neither, an unknown namespace, steady without added', () => {
    const doc = { name: 'd', scenarios: [], namespaces: [{ name: 'pool' }] } as unknown as SuiteDocument;
    const messages = (arg: object): string[] => (subnetPorts.validate?.(arg, doc) ?? []).map((p) => p.message);
    expect(messages({ namespace: 'pool', record: true })).toEqual([]);
    expect(messages({ record: true, added: 1 })).toEqual(['give either record: true or added: N']);
    expect(messages({})).toEqual(['give either record: true or added: N']);
    expect(messages({ namespace: 'nope', added: 1 })).toEqual([
      "'nope' is not a name under the suite's namespaces (known: pool)",
    ]);
    expect(messages({ record: true, steady: '5s' })).toEqual([
      'steady takes a duration (e.g. 10s) and goes with added',
    ]);
  });
});
