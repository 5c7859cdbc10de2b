/**
 * A `steps` suite end to end through runConnectivityAction over a fake kubectl: its namespace created with its labels,
 * two workloads deployed in two namespaces (pod labels, a service without a selector and the Endpoints the engine
 * writes for it), each step a case at its line with its convergence time, the scenario's summary case, a failed step
 * skipping the rest with a finding at the step's line, and every namespace deleted at the end.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConnectivityAction } from '../../src/kube/action.js';
import { FakeCommandRunner, type FakeCall } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { connectivitySettings } from './settings-fixture.js';
import { answer } from './steps-fixture.js';

const SUITE = `name: multi
namespaces: [{name: other, labels: {team: other}}]
workloads:
  - {name: client, replicas: 1}
  - name: server
    namespace: other
    replicas: 1
    labels: {role: server}
    services: [{name: manual, port: 80, targetPort: 8080, selector: false}]
policies:
  deny: {namespace: other, spec: {podSelector: {matchLabels: {role: server}}, policyTypes: [Ingress]}}
waits: {interval: 1s}
scenarios:
  - name: deny
    kind: steps
    steps:
      - apply-policy: deny
        expect: {reachability: {within: 2s, matrix: [{from: client, to: server, result: denied}]}}
      - delete-policy: deny
        expect: {reachability: {within: 2s, matrix: [{from: client, to: server, result: allowed}]}}
`;

const IPS: Record<string, string> = { client: '10.0.0.11', server: '10.0.0.21' };

function deployment(name: string): string {
  const status = { observedGeneration: 1, replicas: 1, readyReplicas: 1, availableReplicas: 1, updatedReplicas: 1 };
  return JSON.stringify({ metadata: { name, generation: 1 }, spec: { replicas: 1 }, status });
}

function podOf(name: string): Record<string, unknown> {
  return {
    kind: 'Pod',
    metadata: { name: `${name}-0`, labels: { app: name } },
    spec: { nodeName: 'n1', containers: [{ name }] },
    status: { phase: 'Running', podIP: IPS[name], conditions: [{ type: 'Ready', status: 'True' }] },
  };
}

function pods(name: string): string {
  return JSON.stringify({ kind: 'List', items: [podOf(name)] });
}

const MANUAL = {
  kind: 'Service',
  metadata: { name: 'manual' },
  spec: { type: 'ClusterIP', clusterIP: '10.0.0.140', ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }] },
};

/** A cluster whose data plane enforces the policy when `enforce`, and ignores it otherwise. */
function world(enforce: boolean): { runner: FakeCommandRunner; lines: () => string[] } {
  const runner = new FakeCommandRunner();
  let policy = false;
  runner.on('kubectl', undefined, (c: FakeCall) => {
    const a = c.args.join(' ');
    if (a.endsWith('version -o json')) return { stdout: '{"serverVersion":{"gitVersion":"v1.16.0"}}\n' };
    if (a.includes('get namespace capture'))
      return { exitCode: 1, stderr: 'Error from server (NotFound): namespaces "capture" not found\n' };
    if (a.includes('apply -f -')) {
      if ((c.options.input ?? '').includes('"NetworkPolicy"')) policy = true;
      return { stdout: 'applied\n' };
    }
    if (a.includes('delete networkpolicy deny'))
      return ((policy = false), { stdout: 'networkpolicy "deny" deleted\n' });
    const m = /get (deployment |pods -l app=)(client|server)/.exec(a);
    if (m) return { stdout: m[1] === 'deployment ' ? deployment(m[2]!) : pods(m[2]!) };
    if (a.includes('get service manual')) return { stdout: JSON.stringify(MANUAL) };
    // the step context's refresh: one read per namespace (client in the run's, server and its service in other)
    if (a === '-n capture get pods,services -o json')
      return { stdout: JSON.stringify({ kind: 'List', items: [podOf('client')] }) };
    if (a === '-n capture-other get pods,services -o json')
      return { stdout: JSON.stringify({ kind: 'List', items: [podOf('server'), MANUAL] }) };
    if (a.includes(' exec ')) {
      const fate = enforce && policy ? 'timeout' : 'ok';
      return {
        stdout: answer(
          c.args.at(-1) ?? '',
          () => fate,
          (ip) => (ip === IPS.server ? 'server-0' : 'client-0'),
        ),
      };
    }
    if (a.includes('delete namespace')) return { stdout: 'deleted\n' };
    throw new Error(`unexpected kubectl ${a}`);
  });
  return { runner, lines: () => runner.calls.map((c) => c.args.join(' ')) };
}

async function run(enforce: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-steps-engine-'));
  writeFileSync(join(dir, 'multi.yaml'), SUITE);
  const w = world(enforce);
  const settings = connectivitySettings({
    suites: [join(dir, 'multi.yaml')],
    timeoutMs: 120_000,
    resultsDir: join(dir, 'out'),
  });
  const outcome = await runConnectivityAction(settings, {
    runner: w.runner,
    logger: new RecordingLogger(),
    toolVersion: '0',
    cwd: dir,
    intervalMs: 20,
    env: {},
  });
  return { outcome, ...w };
}

/** The parts of the applied objects the test reads. */
interface Manifest {
  metadata: { name: string; labels?: Record<string, string> };
  spec: { selector?: unknown; template: { metadata: { labels: Record<string, string> } } };
}

const inputs = (runner: FakeCommandRunner, kind: string) =>
  runner.calls
    .filter((c) => (c.options.input ?? '').includes(`"kind":"${kind}"`))
    .map((c) => ({
      ns: c.args.includes('-n') ? c.args[c.args.indexOf('-n') + 1] : undefined,
      o: JSON.parse(c.options.input!) as Manifest,
    }));

describe('a steps suite over several namespaces', () => {
  it('deploys across namespaces, records a case per step and a summary, and deletes every namespace', async () => {
    const { outcome, runner, lines } = await run(true);
    expect(outcome.cases.map((c) => `${c.id}:${c.status}`)).toEqual([
      'multi/wait/deployment-client:passed',
      'multi/wait/deployment-server:passed',
      'multi/deny/1-apply-policy:passed',
      'multi/deny/2-delete-policy:passed',
      'multi/deny:passed',
    ]);
    expect(outcome.success).toBe(true);
    const [ns] = inputs(runner, 'Namespace').filter((x) => x.o.metadata.name === 'capture-other');
    expect(ns?.o.metadata.labels).toEqual({
      team: 'other',
      'app.kubernetes.io/managed-by': 'kuryr-dragonflow-actions',
    });
    const deployments = inputs(runner, 'Deployment');
    expect(deployments.map((d) => `${d.ns}/${d.o.metadata.name}`)).toEqual(['capture/client', 'capture-other/server']);
    expect(deployments[1]?.o.spec.template.metadata.labels).toEqual({ role: 'server', app: 'server' });
    const [svc] = inputs(runner, 'Service');
    expect(svc?.ns).toBe('capture-other');
    expect(svc?.o.spec.selector).toBeUndefined();
    expect(inputs(runner, 'Endpoints')[0]).toMatchObject({
      ns: 'capture-other',
      o: {
        metadata: { name: 'manual' },
        subsets: [{ addresses: [{ ip: '10.0.0.21' }], ports: [{ name: 'tcp-80', port: 8080, protocol: 'TCP' }] }],
      },
    });
    const step1 = outcome.cases.find((c) => c.id === 'multi/deny/1-apply-policy');
    expect(step1?.location).toEqual({ file: 'multi.yaml', line: 17, endLine: 18 });
    expect(step1?.message).toMatch(
      /^applied networkpolicy capture-other\/deny; reachability: 1 cell\(s\) as expected after/,
    );
    expect(step1?.tags).toEqual(['step', expect.stringMatching(/^convergence-ms:\d+$/)]);
    // the case's time is the convergence time (design F)
    expect(step1?.tags?.[1]).toBe(`convergence-ms:${step1?.durationMs}`);
    expect(outcome.cases.at(-1)?.message).toMatch(/^2 step\(s\) passed \(slowest convergence \d+\.\d s\)$/);
    expect(lines().filter((l) => l.includes(' exec '))[0]).toMatch(/^-n capture exec client-0 -- sh -c /);
    expect(lines()).toEqual(
      expect.arrayContaining(['delete namespace capture --wait=false', 'delete namespace capture-other --wait=false']),
    );
  });

  it('a policy the data plane ignores: the step fails at its line, the rest is skipped, the summary fails', async () => {
    const { outcome } = await run(false);
    expect(outcome.cases.slice(2).map((c) => `${c.id}:${c.status}`)).toEqual([
      'multi/deny/1-apply-policy:failed',
      'multi/deny/2-delete-policy:skipped',
      'multi/deny:failed',
    ]);
    expect(outcome.cases[3]?.message).toBe('not run: step 1 failed');
    expect(outcome.cases[4]?.message).toMatch(
      /^step 1 \(apply-policy\) failed: applied networkpolicy capture-other\/deny; reachability: 1 of 1 cell\(s\) differ/,
    );
    expect(outcome.findings).toEqual([
      expect.objectContaining({
        caseId: 'multi/deny/1-apply-policy',
        file: 'multi.yaml',
        line: 17,
        rule: 'connectivity/steps',
      }),
    ]);
    expect(outcome.success).toBe(false);
  });
});
