/** Classifier (curl exit-code semantics, lost exit codes), planner (pairs, placement, every backend) and evaluation. */
import { describe, expect, it } from '@jest/globals';
import { parseVlanId } from '../../src/kube/scenarios/state-checks.js';
import { classifyRaw, curlCodeFromStderr, curlOutcome, judge, DEMO_REPLY } from '../../src/kube/classify.js';
import { evaluateScenario, type ClusterFacts } from '../../src/kube/plan.js';
import { planScenario } from '../../src/kube/scenarios/index.js';
import { parseExternalTarget } from '../../src/kube/scenarios/pod-to-external.js';
import type { Probe, RawProbeResult } from '../../src/kube/script.js';
import { parseSuite, type Suite } from '../../src/kube/suite.js';
import type { KubePod } from '../../src/kube/types.js';

const probe = (over: Partial<Probe> = {}): Probe => ({
  id: 'p1',
  caseId: 's/c',
  round: 1,
  source: 'a',
  protocol: 'http',
  host: '10.0.0.70',
  port: 8080,
  target: 'b',
  connectTimeoutS: 2,
  maxTimeS: 5,
  ...over,
});
const raw = (over: Partial<RawProbeResult>): RawProbeResult => ({ id: 'p1', stderr: '', body: '', ...over });

describe('classification', () => {
  it('maps curl exit codes: 0 ok, 28 timeout, 7 refused, 22 HTTP error, 6 resolve, 35 TLS', () => {
    expect([0, 28, 7, 22, 6, 35, 52].map((c) => curlOutcome(c))).toEqual([
      'ok',
      'timeout',
      'refused',
      'http-error',
      'resolve',
      'tls',
      'error',
    ]);
    expect(curlOutcome(7, 'curl: (7) Failed to connect to 10.0.0.9 port 80: No route to host')).toBe('unreachable');
  });

  it('recovers an exit code the exec lost from `curl: (N)`', () => {
    expect(curlCodeFromStderr('curl: (28) Connection timed out after 2001 milliseconds')).toBe(28);
    expect(classifyRaw(probe(), raw({ exitCode: 0, stderr: 'curl: (28) Connection timed out after 2001 ms' }))).toEqual(
      { observed: 'timeout', exitCode: 28 },
    );
    expect(classifyRaw(probe(), raw({ exitCode: undefined, stderr: 'curl: (7) Failed to connect' }))).toEqual({
      observed: 'refused',
      exitCode: 7,
    });
    expect(classifyRaw(probe(), raw({ exitCode: undefined }))).toEqual({ observed: 'error' });
  });

  it('classifies ping and nc', () => {
    expect(classifyRaw(probe({ protocol: 'icmp' }), raw({ exitCode: 1 })).observed).toBe('timeout');
    expect(classifyRaw(probe({ protocol: 'udp' }), raw({ exitCode: 0, body: '' })).observed).toBe('timeout');
    expect(
      classifyRaw(probe({ protocol: 'udp' }), raw({ exitCode: 1, stderr: 'nc: read(net): Connection refused' }))
        .observed,
    ).toBe('refused');
    expect(
      classifyRaw(
        probe({ protocol: 'tcp' }),
        raw({ exitCode: 1, stderr: 'nc: connect to 10.0.0.9 port 80 (tcp) timed out: Operation now in progress' }),
      ).observed,
    ).toBe('timeout');
  });

  it('judges body, backend identity and expected failures', () => {
    const ok = raw({ exitCode: 0, httpCode: 200, body: 'b: HELLO! I AM ALIVE!!!' });
    expect(judge(probe({ expectPod: 'b' }), ok, { outcome: 'ok', body: DEMO_REPLY })).toMatchObject({
      passed: true,
      backend: 'b',
    });
    expect(judge(probe({ expectPod: 'c' }), ok, { outcome: 'ok', body: DEMO_REPLY }).reason).toBe(
      'answered by b, not c',
    );
    expect(judge(probe(), raw({ exitCode: 0, body: 'hello' }), { outcome: 'ok', body: DEMO_REPLY }).passed).toBe(false);
    expect(judge(probe(), raw({ exitCode: 28 }), { outcome: 'timeout' }).passed).toBe(true);
    expect(judge(probe(), raw({ exitCode: 7 }), { outcome: 'timeout' }).reason).toBe(
      'expected timeout, got refused (exit 7)',
    );
    expect(DEMO_REPLY.exec('demo-2293951457-j29nb: HELLO, I AM ALIVE!!!')?.groups?.pod).toBe('demo-2293951457-j29nb');
  });
});

const pod = (name: string, ip: string, node: string): KubePod => ({
  metadata: { name, labels: { app: 'demo' }, annotations: {} },
  nodeName: node,
  phase: 'Running',
  podIP: ip,
  ready: true,
  containers: ['demo'],
  restarts: 0,
});

const SUITE = `name: t
workload:
  services:
    - name: demo
      port: 80
      targetPort: 8080
repeat: 2
scenarios:
  - name: http
    kind: pod-to-pod
    protocol: http
    port: 8080
  - name: other-node
    kind: pod-to-pod
    protocol: icmp
    placement: other-node
  - name: svc
    kind: pod-to-service
    protocol: http
    to: demo
    expect:
      everyBackend: true
      requestsPerBackend: 3
  - name: ext
    kind: pod-to-external
    protocol: http
    to: \${external-target}
`;

function facts(pods: KubePod[], vars: Record<string, string> = {}): ClusterFacts {
  return {
    namespace: 'ns',
    pods,
    vars,
    services: new Map([
      [
        'demo',
        {
          metadata: { name: 'demo', labels: {}, annotations: {} },
          type: 'ClusterIP',
          clusterIP: '10.0.0.171',
          ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
          selector: { app: 'demo' },
        },
      ],
    ]),
  };
}

describe('planner', () => {
  const suite: Suite = parseSuite(SUITE, 'suites/t.yaml');
  const three = [pod('a', '10.0.0.65', 'n1'), pod('b', '10.0.0.66', 'n1'), pod('c', '10.0.0.67', 'n2')];
  const ids = (): (() => string) => {
    let n = 0;
    return () => `p${++n}`;
  };

  it('probes every ordered pair (no self pairs) per round, expecting the target pod to answer', () => {
    const plan = planScenario(suite, suite.scenarios[0]!, facts(three), ids());
    expect(plan.rounds).toHaveLength(2);
    expect(plan.rounds[0]!.map((p) => `${p.source}>${p.target}`)).toEqual(['a>b', 'a>c', 'b>a', 'b>c', 'c>a', 'c>b']);
    expect(plan.rounds[0]![0]).toMatchObject({ host: '10.0.0.66', port: 8080, expectPod: 'b', caseId: 't/http' });
    expect(new Set(plan.rounds.flat().map((p) => p.id)).size).toBe(12);
  });

  it('honours placement and skips when no pair qualifies', () => {
    const plan = planScenario(suite, suite.scenarios[1]!, facts(three), ids());
    expect(plan.rounds[0]!.map((p) => `${p.source}>${p.target}`)).toEqual(['a>c', 'b>c', 'c>a', 'c>b']);
    const same = planScenario(suite, suite.scenarios[1]!, facts(three.slice(0, 2)), ids());
    expect(same.skip).toMatch(/no other-node pod pairs among 2 pod\(s\) \(nodes: n1\)/);
  });

  it('sends requestsPerBackend × N requests to the ClusterIP for every-backend', () => {
    const plan = planScenario(suite, suite.scenarios[2]!, facts(three), ids());
    expect(plan.rounds[0]).toHaveLength(9);
    expect(plan.rounds[0]!.every((p) => p.host === '10.0.0.171' && p.port === 80 && p.source === 'a')).toBe(true);
    expect(plan.everyBackend).toEqual(['a', 'b', 'c']);
  });

  it('substitutes the external target and names the variable when it is missing', () => {
    const plan = planScenario(
      suite,
      suite.scenarios[3]!,
      facts(three, { 'external-target': '198.51.100.10:80' }),
      ids(),
    );
    expect(plan.rounds[0]![0]).toMatchObject({ host: '198.51.100.10', port: 80, target: '198.51.100.10:80' });
    expect(() => planScenario(suite, suite.scenarios[3]!, facts(three), ids())).toThrow(
      /variable 'external-target' is not set/,
    );
    expect(parseExternalTarget('http://example.test:8080/x', suite.scenarios[3]!)).toEqual({
      host: 'example.test',
      port: 8080,
      url: 'http://example.test:8080/x',
    });
  });

  it('errors without ready pods', () => {
    expect(planScenario(suite, suite.scenarios[0]!, facts([]), ids()).error).toMatch(/no ready pod/);
  });
});

describe('evaluation: passed, failed, flaky, every backend', () => {
  const suite = parseSuite(SUITE, 'suites/t.yaml');
  const two = [pod('a', '10.0.0.65', 'n1'), pod('b', '10.0.0.66', 'n2')];
  let n = 0;
  const next = (): string => `p${++n}`;
  const ok = (p: Probe, backend = p.target) =>
    judge(p, raw({ id: p.id, exitCode: 0, body: `${backend}: HELLO! I AM ALIVE!!!` }), {
      outcome: 'ok',
      body: DEMO_REPLY,
    });
  const timeout = (p: Probe) =>
    judge(p, raw({ id: p.id, exitCode: 28, stderr: 'curl: (28) Connection timed out' }), {
      outcome: 'ok',
      body: DEMO_REPLY,
    });

  it('passed when every round passes; flaky when a round failed and another passed; failed when all failed', () => {
    const plan = planScenario(suite, suite.scenarios[0]!, facts(two), next);
    const [r1, r2] = plan.rounds as [Probe[], Probe[]];
    expect(
      evaluateScenario(
        plan,
        [...r1, ...r2].map((p) => ok(p)),
      ).status,
    ).toBe('passed');
    const flaky = evaluateScenario(plan, [...r1.map(timeout), ...r2.map((p) => ok(p))]);
    expect(flaky.status).toBe('flaky');
    expect(flaky.message).toMatch(/^flaky: 1 of 2 rounds failed/);
    const failed = evaluateScenario(plan, [...r1, ...r2].map(timeout));
    expect(failed.status).toBe('failed');
    expect(failed.message).toMatch(
      /all 2 rounds failed: 2 of 2 probes failed; first: a -> b \(http 10.0.0.66:8080\) round 2: expected ok, got timeout \(exit 28\)/,
    );
  });

  it('fails every-backend when a backend never answers, naming it', () => {
    const plan = planScenario(suite, suite.scenarios[2]!, facts(two), next);
    const verdicts = plan.rounds.flat().map((p) => ok(p, 'a'));
    const r = evaluateScenario(plan, verdicts);
    expect(r.status).toBe('failed');
    expect(r.message).toMatch(/not every backend answered: b never replied in 6 requests \(seen: a\)/);
    expect(
      evaluateScenario(
        plan,
        plan.rounds.flat().map((p, i) => ok(p, i % 2 ? 'a' : 'b')),
      ).status,
    ).toBe('passed');
  });
});

describe('VLAN id inside a nested pod', () => {
  it('reads /proc/net/vlan/eth0 or ip -d link output', () => {
    expect(parseVlanId('eth0  VID: 101\t REORDER_HDR: 1  dev->priv_flags: 1001\n')).toBe(101);
    expect(parseVlanId('2: eth0@if9: <BROADCAST> mtu 1450\n    vlan protocol 802.1Q id 102 <REORDER_HDR>\n')).toBe(102);
    expect(parseVlanId('')).toBeUndefined();
  });
});
