/**
 * The `reachability` expectation over a pod double: rounds until the matrix matches (convergence time recorded, one
 * exec per source pod per round, in the source's namespace), a matrix that never converges (failed, with the
 * policies, Kuryr's KNP, the pods' ports and security groups and the mismatching cells as evidence), a refusal in a
 * denied cell, probes from the host through the host runner, and the pace of the rounds.
 */
import { describe, expect, it } from '@jest/globals';
import { OpenStackClient } from '../../src/openstack/client.js';
import { applyPolicy } from '../../src/kube/steps/actions/apply-policy.js';
import { checkReachability, pauseBeforeNextRound } from '../../src/kube/steps/expect/reachability.js';
import type { ReachabilitySpec } from '../../src/kube/suite-objects.js';
import { FakeCommandRunner, type FakeCall } from '../__fixtures__/fake-command-runner.js';
import { answer, newRun, POD_BY_IP, stepContext, type Fate, type ScriptProbe } from './steps-fixture.js';

const FAR = Date.now() + 3_600_000;
const name = (ip: string): string => POD_BY_IP[ip] ?? '?';
const script = (c: FakeCall): string => c.args[c.args.length - 1] ?? '';
const execs = (runner: FakeCommandRunner): FakeCall[] => runner.calls.filter((c) => c.args.includes('exec'));

/** kubectl whose exec answers with `fate(source pod, probe, the how-manieth exec of that pod this is)`. */
function cluster(fate: (source: string, p: ScriptProbe, n: number) => Fate): FakeCommandRunner {
  const runner = new FakeCommandRunner();
  const counts = new Map<string, number>();
  runner.on(
    'kubectl',
    (a) => a.includes('exec'),
    (c) => {
      const source = c.args[c.args.indexOf('exec') + 1] ?? '';
      const n = (counts.get(source) ?? 0) + 1;
      counts.set(source, n);
      return { stdout: answer(script(c), (p) => fate(source, p, n), name) };
    },
  );
  return runner;
}

const MATRIX: ReachabilitySpec = {
  within: '60s',
  matrix: [
    { from: 'client', to: 'server', result: 'allowed' },
    { from: 'server/0', to: 'client', result: 'denied' },
  ],
};

describe('reachability', () => {
  it('re-probes until every cell matches and records the convergence time (denied twice, then allowed)', async () => {
    // the denied cell holds from the start; the client's probes time out in rounds 1 and 2, then answer
    const runner = cluster((source, _p, n) => (source.startsWith('server') ? 'timeout' : n > 2 ? 'ok' : 'timeout'));
    const ctx = stepContext(await newRun(runner));
    const o = await checkReachability(ctx, MATRIX, FAR);
    expect(o.ok).toBe(true);
    expect(o.message).toMatch(/^reachability: 2 cell\(s\) as expected after \d+\.\d s \(round 3\)$/);
    expect(o.convergedMs).toBeGreaterThanOrEqual(0);
    expect(typeof o.convergedMs).toBe('number');
    // 3 rounds × (client-a, client-b, server-a): one exec per source pod per round, in its own namespace
    const calls = execs(runner).map((c) => c.args.slice(0, 4).join(' '));
    expect(calls).toHaveLength(9);
    expect(calls.filter((c) => c === '-n capture exec client-a')).toHaveLength(3);
    expect(calls.filter((c) => c === '-n capture-other exec server-a')).toHaveLength(3);
    expect(calls.some((c) => c.includes('server-b'))).toBe(false);
    expect(o.evidence?.[0]).toMatchObject({
      kind: 'reachability',
      data: [{ from: 'client', to: 'server', expected: 'allowed', observed: 'ok', passed: true }, expect.anything()],
    });
  });

  it('never converges: failed after `within`, with the policies, KNP, ports, groups and the mismatching cells', async () => {
    const runner = cluster(() => 'timeout');
    runner.on('kubectl', (a) => a.join(' ').includes('apply -f -'), {
      stdout: 'networkpolicy.networking.k8s.io/deny created\n',
    });
    runner.on('kubectl', (a) => a.join(' ').includes('get knp'), {
      exitCode: 1,
      stderr: 'error: the server doesn\'t have a resource type "knp"\n',
    });
    runner.on('openstack', (a) => a.join(' ').includes('port list --long'), {
      stdout: JSON.stringify([
        {
          ID: 'port-s1',
          Name: 'capture-other/server-a',
          'MAC Address': 'fa:16:3e:00:00:01',
          'Fixed IP Addresses': [{ subnet_id: 's', ip_address: '10.0.0.21' }],
          Status: 'ACTIVE',
          'Security Groups': null,
          'Device Owner': 'compute:kuryr',
          Tags: [],
        },
      ]),
    });
    runner.on('openstack', (a) => a.join(' ').includes('port show port-s1'), {
      stdout: JSON.stringify({ security_group_ids: ['sg-np'] }),
    });
    runner.on('openstack', (a) => a.join(' ').includes('security group show sg-np'), {
      stdout: JSON.stringify({ id: 'sg-np', name: 'sg-capture-other-deny' }),
    });
    runner.on('openstack', (a) => a.join(' ').includes('security group rule list sg-np'), {
      stdout: JSON.stringify([
        {
          ID: 'r1',
          'IP Protocol': 'tcp',
          Ethertype: 'IPv4',
          Direction: 'ingress',
          'IP Range': '10.0.0.11/32',
          'Port Range': '8080:8080',
          'Remote Security Group': null,
        },
      ]),
    });
    const client = new OpenStackClient({ runner, cloud: 'c', sleep: async () => undefined });
    const ctx = stepContext(await newRun(runner, { client }));
    await applyPolicy.run(ctx, 'deny');
    const o = await checkReachability(ctx, { ...MATRIX, within: '300ms' }, FAR);
    expect(o.ok).toBe(false);
    expect(o.message).toMatch(
      /^reachability: 1 of 2 cell\(s\) differ after \d+ s: client -> server expected allowed: client-a -> server-a \(http 10\.0\.0\.21:8080\): timed out, expected allowed \(dropped\)$/,
    );
    expect(execs(runner).length).toBeGreaterThan(3); // more than one round
    const kinds = o.evidence?.map((e) => e.kind);
    expect(kinds).toEqual(['reachability', 'probes', 'network-policies', 'kuryr-crd', 'kuryr-crd', 'neutron-ports']);
    const byKind = (k: string) => o.evidence?.filter((e) => e.kind === k) ?? [];
    expect(byKind('reachability')[0]?.data).toEqual([
      { from: 'client', to: 'server', protocol: 'http', expected: 'allowed', observed: 'timeout', passed: false },
    ]);
    expect(byKind('network-policies')[0]?.data).toContain(
      'kind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: capture-other',
    );
    expect(byKind('kuryr-crd').map((e) => e.title)).toEqual([
      'kubectl get knp -n capture -o yaml',
      'kubectl get knp -n capture-other -o yaml',
    ]);
    expect(byKind('kuryr-crd')[0]?.data).toEqual({ error: expect.stringContaining('KuryrNetworkPolicy not readable') });
    const rows = byKind('neutron-ports')[0]?.data as { pod: string; port: unknown; securityGroups?: unknown[] }[];
    expect(rows.find((r) => r.pod === 'capture-other/server-a')).toMatchObject({
      port: { id: 'port-s1', status: 'ACTIVE' },
      securityGroups: [
        {
          id: 'sg-np',
          name: 'sg-capture-other-deny',
          rules: [{ id: 'r1', remoteIpPrefix: '10.0.0.11/32', portRangeMin: 8080 }],
        },
      ],
    });
    expect(rows.find((r) => r.pod === 'capture/client-a')).toMatchObject({ port: null });
  });

  it('a refusal in a denied cell is a mismatch that says a policy drops, not refuses', async () => {
    const runner = cluster((source) => (source.startsWith('server') ? 'refused' : 'ok'));
    const ctx = stepContext(await newRun(runner));
    const o = await checkReachability(ctx, { ...MATRIX, within: '1ms' }, FAR);
    expect(o.ok).toBe(false);
    expect(o.message).toContain(
      'server/0 -> client expected denied: server-a -> client-a (http 10.0.0.11:8080): refused, expected a timeout: a NetworkPolicy drops packets, it does not refuse them',
    );
  });

  it('host as a source: the probes run on the runner through the host runner, not kubectl exec', async () => {
    const runner = cluster(() => 'ok');
    const host = new FakeCommandRunner();
    host.on('sh', undefined, (c) => ({
      stdout: answer(script(c), (p) => (p.host === '172.24.4.50' ? 'ok' : 'timeout'), name),
    }));
    const ctx = stepContext(await newRun(runner, { hostRunner: host }));
    const spec: ReachabilitySpec = {
      within: '1ms',
      matrix: [
        { from: 'host', to: 'service:web@external', result: 'allowed' },
        { from: 'host', to: 'server/1', result: 'denied' },
      ],
    };
    const o = await checkReachability(ctx, spec, FAR);
    expect(o).toMatchObject({ ok: true });
    expect(execs(runner)).toHaveLength(0);
    expect(host.calls).toHaveLength(1); // one shell for every host probe of the round
    expect(host.calls[0]?.args[0]).toBe('-c');
    expect(script(host.calls[0]!)).toContain('http://172.24.4.50:80/');
    expect(script(host.calls[0]!)).toContain('http://10.0.0.22:8080/');
  });

  it('host without a host runner: the cell fails saying so', async () => {
    const ctx = stepContext(await newRun(cluster(() => 'ok')));
    const o = await checkReachability(
      ctx,
      { within: '1ms', matrix: [{ from: 'host', to: 'server', result: 'allowed' }] },
      FAR,
    );
    expect(o.ok).toBe(false);
    expect(o.message).toContain('probes from host need the runner');
  });
});

describe('host probes with real programs', () => {
  it('the batch script runs in a real shell with real curl on the runner: an answering server is allowed', async () => {
    const { createServer } = await import('node:http');
    const { ProcessCommandRunner } = await import('../../src/runtime/process-runner.js');
    const server = createServer((_req, res) => res.end('server-a: HELLO! I AM ALIVE!!!\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const ctx = stepContext(
        await newRun(
          cluster(() => 'ok'),
          { hostRunner: new ProcessCommandRunner() },
        ),
      );
      ctx.workloads.get('server')!.pods = [{ ...ctx.workloads.get('server')!.pods[0]!, podIP: '127.0.0.1' }];
      const allowed = await checkReachability(
        ctx,
        { within: '1ms', port, matrix: [{ from: 'host', to: 'server', result: 'allowed' }] },
        FAR,
      );
      expect(allowed).toMatchObject({ ok: true });
      // nothing listens there: curl 7, which a denied cell reports as a refusal, not a drop
      server.close();
      const denied = await checkReachability(
        ctx,
        { within: '1ms', port, matrix: [{ from: 'host', to: 'server', result: 'denied' }] },
        FAR,
      );
      expect(denied.ok).toBe(false);
      expect(denied.message).toContain(`host -> server-a (http 127.0.0.1:${port}): refused, expected a timeout`);
    } finally {
      server.close();
    }
  });

  it("'node' pings every node's InternalIP (real ping from the host to loopback addresses)", async () => {
    const { ProcessCommandRunner } = await import('../../src/runtime/process-runner.js');
    const runner = cluster(() => 'ok');
    const node = (name: string, ip: string): object => ({
      metadata: { name },
      status: { addresses: [{ type: 'InternalIP', address: ip }], conditions: [{ type: 'Ready', status: 'True' }] },
    });
    runner.on('kubectl', (a) => a.includes('nodes'), {
      stdout: JSON.stringify({ items: [node('kdf-node-1', '127.0.0.1'), node('kdf-node-2', '127.0.0.2')] }),
    });
    const ctx = stepContext(await newRun(runner, { hostRunner: new ProcessCommandRunner() }));
    const spec: ReachabilitySpec = {
      within: '1ms',
      protocol: 'icmp',
      matrix: [{ from: 'host', to: 'node', result: 'allowed' }],
    };
    const o = await checkReachability(ctx, spec, FAR);
    expect(o).toMatchObject({ ok: true });
    const cells = (o.evidence?.[0]?.data ?? []) as { to: string; observed: string }[];
    expect(cells).toEqual([expect.objectContaining({ to: 'node', observed: 'ok' })]);
    expect(runner.calls.filter((c) => c.args.includes('nodes'))).toHaveLength(1);
    // a cluster whose nodes have no InternalIP: the cell cannot be probed and says why
    const bare = cluster(() => 'ok');
    bare.on('kubectl', (a) => a.includes('nodes'), { stdout: JSON.stringify({ items: [] }) });
    const none = await checkReachability(
      stepContext(await newRun(bare, { hostRunner: new ProcessCommandRunner() })),
      spec,
      FAR,
    );
    expect(none.ok).toBe(false);
    expect(none.message).toContain('no node with an InternalIP address');
  });
});

describe('the pace of the rounds', () => {
  it('starts each round an interval after the previous one started, the first ones sooner', () => {
    // quick rounds (every cell answered or was refused at once): the ramp, then the interval
    expect([1, 2, 3, 4].map((n) => pauseBeforeNextRound(n, 2000, 100))).toEqual([400, 900, 1900, 1900]);
  });

  it('follows a round that outlasted its pause at once (denied cells wait for their connect timeout)', () => {
    expect(pauseBeforeNextRound(3, 2000, 2400)).toBe(0);
    expect(pauseBeforeNextRound(1, 2000, 2400)).toBe(0);
    expect(pauseBeforeNextRound(3, 2000, 1500)).toBe(500);
  });

  it('keeps a suite interval shorter than the ramp', () => {
    expect(pauseBeforeNextRound(1, 300, 0)).toBe(300);
    expect(pauseBeforeNextRound(2, 300, 200)).toBe(100);
  });
});
