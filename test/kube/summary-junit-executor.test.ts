/** Summary sections (matrix, LB table, the sections for publish-results), JUnit rendering, and the executor modes. */
import { describe, expect, it } from '@jest/globals';
import { DEMO_REPLY } from '../../src/kube/classify.js';
import { runProbes, transportFailure } from '../../src/kube/executor.js';
import { renderJUnit } from '../../src/kube/junit.js';
import { Kubectl } from '../../src/kube/kubectl.js';
import { parseBatchOutput, type Probe } from '../../src/kube/script.js';
import {
  ConnectivityEvidence,
  connectivitySections,
  renderLoadBalancers,
  renderMatrix,
  type ReachabilityCell,
} from '../../src/kube/summary.js';
import type { TestCase } from '../../src/results/model.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';
import { LB_EVIDENCE } from '../__fixtures__/connectivity/evidence.js';

const cells: ReachabilityCell[] = [
  { from: 'a', to: 'b', protocol: 'http/8080', expected: 'ok', observed: 'ok', passed: true },
  { from: 'b', to: 'a', protocol: 'http/8080', expected: 'ok', observed: 'timeout', passed: false },
];

describe('summary sections', () => {
  it('renders the matrix with expected vs observed and degrades to a failing-pairs list', () => {
    const full = renderMatrix(cells, 10_000);
    expect(full).toContain('| from \\ to | a | b |');
    expect(full).toContain('| a | · | ✅ |');
    expect(full).toContain('| b | ❌ timeout (want ok) | · |');
    const small = renderMatrix(cells, 140);
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(140);
    expect(small).toContain('1/2 pairs as expected');
  });

  it('renders the LB table', () => {
    const t = renderLoadBalancers(
      [
        {
          name: 'ns/demo',
          vip: '10.0.0.130',
          provisioning: 'ACTIVE',
          operating: 'ONLINE',
          listeners: ['ns/demo:TCP:80 (ACTIVE)'],
          members: 2,
          expectedMembers: 2,
          convergenceMs: 14248,
        },
      ],
      10_000,
    );
    expect(t).toContain('| ns/demo | 10.0.0.130 | ACTIVE | ONLINE | ns/demo:TCP:80 (ACTIVE) | 2/2 | 14.2 s |');
  });

  it('gives publish-results its two sections, which build tables from observed cases', () => {
    const sections = connectivitySections();
    expect(sections.map((s) => s.id)).toEqual(['connectivity-reachability', 'connectivity-loadbalancers']);
    const c: TestCase = {
      id: 's/x',
      name: 'x',
      suite: 's',
      status: 'failed',
      evidence: [{ kind: 'reachability', data: cells }],
    };
    sections[0]?.observer?.observe(c, {
      display: 'r.json',
      abs: '/r.json',
      format: 'results-json',
      index: 0,
      cases: 1,
    });
    const ctx = {} as Parameters<(typeof sections)[0]['render']>[0];
    expect(sections[0]?.render(ctx, 10_000)).toContain('❌ timeout');
    const seen = new ConnectivityEvidence();
    seen.observe(c);
    expect(seen.cells).toHaveLength(2);
  });

  it('keeps the legs of a matrix apart: one reachability table per leg and protocol, a leg column for LBs', () => {
    const seen = new ConnectivityEvidence();
    const lb = LB_EVIDENCE;
    const c = (): TestCase => ({
      id: 's/x',
      name: 'x',
      suite: 's',
      status: 'failed',
      evidence: [{ kind: 'reachability', data: cells }, lb],
    });
    seen.observe(c(), 'u/baremetal');
    seen.observe(c(), 'u/nested');
    const m = renderMatrix(seen.cells, 10_000);
    expect(m).toContain('**u/baremetal · http/8080**');
    expect(m).toContain('**u/nested · http/8080**');
    expect(m.match(/\| from \\ to \| a \| b \|/g)).toHaveLength(2);
    expect(renderMatrix(seen.cells, 200)).toContain('- u/baremetal: b → a (http/8080): timeout, want ok');
    const t = renderLoadBalancers(seen.loadBalancers, 10_000);
    expect(t).toContain('| leg | load balancer | VIP |');
    expect(t).toContain('| u/nested | ns/demo | 10.0.0.130 |');
    // without legs, the tables stay as they were
    expect(renderLoadBalancers([lb.data], 10_000)).toContain('| load balancer | VIP |');
    expect(renderLoadBalancers([lb.data], 10_000)).not.toContain('| leg |');
  });
});

describe('JUnit', () => {
  it('one testcase per scenario, classname = suite, failure/error/skipped/flaky, escaped', () => {
    const xml = renderJUnit(
      [
        {
          id: 's/a',
          name: 'a<b',
          suite: 's',
          status: 'failed',
          message: 'x "y"',
          details: 'd & e',
          location: { file: 'suites/s.yaml', line: 4 },
        },
        { id: 's/b', name: 'b', suite: 's', status: 'flaky', message: 'flaky: 1 of 2' },
        { id: 's/c', name: 'c', suite: 's', status: 'skipped', message: 'mode' },
        { id: 's/d', name: 'd', suite: 's', status: 'error', message: 'boom' },
      ],
      { mode: 'baremetal' },
    );
    expect(xml).toContain('<testsuite name="s" tests="4" failures="1" errors="1" skipped="1"');
    expect(xml).toContain('<testcase classname="s" name="a&lt;b" time="0.000" file="suites/s.yaml" line="4">');
    expect(xml).toContain('<failure message="x &quot;y&quot;">d &amp; e</failure>');
    expect(xml).toContain('<property name="flaky" value="true"/>');
    expect(xml).toContain('<skipped message="mode"/>');
    expect(xml).toContain('<error message="boom">boom</error>');
  });
});

describe('executor', () => {
  const probes: Probe[] = ['a', 'b'].flatMap((src) =>
    [1, 2, 3].map((i) => ({
      id: `${src}${i}`,
      caseId: 's/c',
      round: 1,
      source: src,
      protocol: 'http' as const,
      host: `10.0.0.${i}`,
      port: 8080,
      target: `t${i}`,
      connectTimeoutS: 1,
      maxTimeS: 1,
    })),
  );
  const okRunner = (): FakeCommandRunner =>
    new FakeCommandRunner().on('kubectl', undefined, (call) => {
      const script = call.args[call.args.length - 1] as string;
      const ids = [...script.matchAll(/^r (\w+)$/gm)].map((m) => m[1]);
      return {
        stdout:
          ids.map((id) => `KDF\t${id}\t0\t200 0.001\t\tt: HELLO! I AM ALIVE!!!`).join('\n') +
          `\nKDF-END ${ids.length}\n`,
      };
    });
  const expectationOf = () => ({ outcome: 'ok' as const, body: DEMO_REPLY });

  it('batched: one exec per source pod; per-probe: one exec per probe', async () => {
    const kubectl = (r: FakeCommandRunner) => new Kubectl({ runner: r, namespace: 'ns', kubeconfig: '/k' });
    const batched = await runProbes(kubectl(okRunner()), probes, { mode: 'batched', expectationOf });
    expect(batched.stats.execs).toBe(2);
    expect(batched.verdicts.every((v) => v.passed)).toBe(true);
    const perProbe = await runProbes(kubectl(okRunner()), probes, { mode: 'per-probe', expectationOf });
    expect(perProbe.stats.execs).toBe(6);
  });

  it('retries transport failures up to 3 times, never a real failure', async () => {
    const flaky = new FakeCommandRunner()
      .once('kubectl', undefined, {
        exitCode: 1,
        stderr: 'error: error dialing backend: dial tcp 10.0.0.1:10250: i/o timeout\n',
      })
      .once('kubectl', undefined, { stdout: '' })
      .on('kubectl', undefined, { stdout: 'KDF\ta1\t28\t000 1.0\tcurl: (28) timed out\t\nKDF-END 1\n' });
    const r = await runProbes(new Kubectl({ runner: flaky, namespace: 'ns' }), probes.slice(0, 1), {
      mode: 'batched',
      expectationOf,
    });
    expect(r.stats).toMatchObject({ execs: 3, retries: 2 });
    expect(r.verdicts[0]).toMatchObject({ observed: 'timeout', exitCode: 28, passed: false });
    const dead = new FakeCommandRunner().on('kubectl', undefined, {
      exitCode: 1,
      stderr: 'error: unable to upgrade connection: pod does not exist\n',
    });
    const d = await runProbes(new Kubectl({ runner: dead, namespace: 'ns' }), probes.slice(0, 1), {
      mode: 'batched',
      expectationOf,
    });
    expect(d.stats.execs).toBe(3);
    expect(d.verdicts[0]?.reason).toMatch(
      /kubectl exec failed: error: unable to upgrade connection: pod does not exist \(after 3 attempts\)/,
    );
  });

  it('recognises cut-off output as a transport failure', () => {
    const result = {
      exitCode: 0,
      signal: null,
      stdout: 'KDF\tp1\t0\t\t\t\n',
      stderr: '',
      stdoutTruncated: false,
      stderrTruncated: false,
      durationMs: 1,
      command: 'kubectl',
    };
    expect(transportFailure(result, parseBatchOutput(result.stdout, 2))).toMatch(/unparsable or cut-off output/);
  });
});
