/**
 * The engine end to end over a fake CommandRunner fed with REAL outputs (test/__fixtures__/connectivity: the sandbox
 * kubectl double's JSON and the real openstack CLI's, plus a real batch-exec stdout): waits, state checks, batched
 * probes with a transport retry, a dropped pod classified as timeout with evidence and a finding at the suite line,
 * JUnit and results JSON, the namespace deleted afterwards.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConnectivityAction } from '../../src/kube/action.js';
import { parseBatchOutput } from '../../src/kube/script.js';
import type { ConnectivitySettings } from '../../src/kube/settings.js';
import { OpenStackClient } from '../../src/openstack/client.js';
import { readResults } from '../../src/results/writer.js';
import { FakeCommandRunner, type FakeCall, type FakeResponse } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { connectivitySettings } from './settings-fixture.js';

const fx = (name: string): string =>
  readFileSync(join(process.cwd(), 'test', '__fixtures__', 'connectivity', name), 'utf8');
const PODS: Record<string, string> = { '10.0.0.90': 'demo-548d747f98-kpfzd', '10.0.0.117': 'demo-548d747f98-qbc2k' };
const VIP = '10.0.0.130';

const SUITE = `name: fake
workload:
  name: demo
  services:
    - name: demo
      port: 80
      targetPort: 8080
waits:
  interval: 1s
scenarios:
  - name: pods-running
    kind: state
    check: pods-running
  - name: ports
    kind: state
    check: pod-ports-active
  - name: members
    kind: state
    check: loadbalancer-members
    resource: demo
  - name: pod-to-pod-http
    kind: pod-to-pod
    protocol: http
    port: 8080
  - name: pod-to-pod-ping
    kind: pod-to-pod
    protocol: icmp
  - name: every-backend
    kind: pod-to-service
    protocol: http
    to: demo
    expect:
      everyBackend: true
`;

/** Answers a batch script the way the pods would, dropping HTTP to `dropped`. */
function answer(script: string, dropped: string | undefined): string {
  const lines: string[] = [];
  let rr = 0;
  for (const m of script.matchAll(/^\( (.*); echo \$\? >"\$d\/(p\d+)\.rc" \) &$/gm)) {
    const [, cmd, id] = m as unknown as [string, string, string];
    const url = /'?http:\/\/([\d.]+):(\d+)\/'?/.exec(cmd);
    if (url) {
      const ip = url[1] as string;
      if (ip === dropped) {
        lines.push(`KDF\t${id}\t28\t000 3.001\tcurl: (28) Connection timed out after 2001 milliseconds\t`);
        continue;
      }
      const pod = ip === VIP ? Object.values(PODS)[rr++ % 2] : PODS[ip];
      lines.push(`KDF\t${id}\t0\t200 0.003\t\t${pod}: HELLO! I AM ALIVE!!!`);
    } else {
      lines.push(`KDF\t${id}\t0\t\t\t`);
    }
  }
  return `${lines.join('\n')}\nKDF-END ${lines.length}\n`;
}

type Hook = (args: string) => FakeResponse | undefined;

function world(
  dropped?: string,
  openstackHook: Hook = () => undefined,
  kubectlHook: Hook = () => undefined,
): FakeCommandRunner {
  const runner = new FakeCommandRunner();
  const k = (args: readonly string[]): string => args.join(' ');
  let upgradeFailures = 1;
  runner.on('kubectl', undefined, (call: FakeCall) => {
    const a = k(call.args);
    const hooked = kubectlHook(a);
    if (hooked) return hooked;
    if (a.endsWith('version -o json')) return { stdout: '{"serverVersion":{"gitVersion":"v1.16.0"}}\n' }; // preflight
    if (a.includes('get namespace capture')) {
      return { exitCode: 1, stderr: 'Error from server (NotFound): namespaces "capture" not found\n' };
    }
    if (a.includes('apply -f -')) return { stdout: 'applied\n' };
    if (a.includes('get deployment demo')) return { stdout: fx('deployment.json') };
    if (a.includes('get pods -l app=demo')) return { stdout: fx('pods.json') };
    if (a.includes('get service demo')) return { stdout: fx('service.json') };
    if (a.includes('delete namespace capture')) return { stdout: 'namespace "capture" deleted\n' };
    if (/get kuryr/.test(a))
      return { exitCode: 1, stderr: 'error: the server doesn\'t have a resource type "kuryrports"\n' };
    if (a.includes(' exec ')) {
      // The first exec hits a transport failure (as kubectl prints it); the retry goes through.
      if (upgradeFailures-- > 0)
        return { exitCode: 1, stderr: 'error: unable to upgrade connection: container not found ("demo")\n' };
      return { stdout: answer(call.args[call.args.length - 1] as string, dropped) };
    }
    throw new Error(`unexpected kubectl ${a}`);
  });
  runner.on('openstack', undefined, (call: FakeCall) => {
    const a = k(call.args);
    const hooked = openstackHook(a);
    if (hooked) return hooked;
    if (a.includes('port list --long')) return { stdout: fx('port-list-long.json') };
    if (a.includes('loadbalancer list --name capture/demo')) return { stdout: fx('lb-list.json') };
    if (a.includes('loadbalancer status show')) return { stdout: fx('lb-status.json') };
    if (a.includes('port show')) return { stdout: JSON.stringify({ security_group_ids: ['sg-1'] }) };
    if (a.includes('security group rule list sg-1')) return { stdout: '[]' };
    throw new Error(`unexpected openstack ${a}`);
  });
  return runner;
}

function settings(dir: string): ConnectivitySettings {
  return connectivitySettings({
    suites: [join(dir, 'fake.yaml')],
    timeoutMs: 60_000,
    resultsDir: join(dir, 'results'),
  });
}

async function run(
  dropped?: string,
  extra: Partial<Parameters<typeof runConnectivityAction>[1]> = {},
  hook?: Hook,
  kubectlHook?: Hook,
  cloudsYamlArgument = false,
) {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-conn-'));
  writeFileSync(join(dir, 'fake.yaml'), SUITE);
  // the preflight reads the cloud's clouds.yaml
  writeFileSync(join(dir, 'clouds.yaml'), 'clouds:\n  devstack-admin:\n    auth: {}\n');
  const runner = world(dropped, hook, kubectlHook);
  const logger = new RecordingLogger();
  const outcome = await runConnectivityAction(settings(dir), {
    runner,
    client: new OpenStackClient({ runner, cloud: 'devstack-admin', sleep: async () => undefined }),
    logger,
    toolVersion: '0.0.0-test',
    cwd: dir,
    intervalMs: 10,
    env: { OS_CLIENT_CONFIG_FILE: join(dir, 'clouds.yaml') },
    ...extra,
    ...(cloudsYamlArgument ? { cloudsYaml: join(dir, 'clouds.yaml') } : {}),
  });
  return { outcome, runner, dir, logger };
}

describe('runConnectivity over real output shapes', () => {
  it('the real batch output parses', () => {
    const parsed = parseBatchOutput(fx('exec-batch.stdout'), 5);
    expect(parsed.complete).toBe(true);
    expect(parsed.results.get('p3')).toMatchObject({ exitCode: 7, stderr: expect.stringContaining('curl: (7)') });
    expect(parsed.results.get('p4')?.body).toBe('demo-548d747f98-qbc2k: HELLO! I AM ALIVE!!!');
  });

  it('passes a healthy cluster: waits, states, one exec per source pod per round (plus one transport retry)', async () => {
    const { outcome, runner, dir } = await run();
    expect(outcome.cases.map((c) => `${c.id}:${c.status}`)).toEqual([
      'fake/wait/deployment:passed',
      'fake/wait/ports:passed',
      'fake/wait/loadbalancer-demo:passed',
      'fake/pods-running:passed',
      'fake/ports:passed',
      'fake/members:passed',
      'fake/pod-to-pod-http:passed',
      'fake/pod-to-pod-ping:passed',
      'fake/every-backend:passed',
    ]);
    expect(outcome.success).toBe(true);
    expect(outcome.outputs).toMatchObject({ passed: '9', failed: '0', flaky: '0' });
    // 2 source pods → 2 execs, + 1 retried transport failure; never one exec per probe.
    expect(outcome.stats).toMatchObject({ execs: 3, retries: 1 });
    const execs = runner.calls.filter((c) => c.args.includes('exec'));
    expect(execs[0]?.args.slice(0, 7)).toEqual(['-n', 'capture', 'exec', 'demo-548d747f98-kpfzd', '--', 'sh', '-c']);
    expect(runner.calls.some((c) => c.args.join(' ') === 'delete namespace capture --wait=false')).toBe(true);
    const doc = await readResults(join(dir, 'results', 'connectivity.json'));
    expect(doc.run.status).toBe('passed');
    const matrix = doc.cases
      .find((c) => c.id === 'fake/pod-to-pod-http')
      ?.evidence?.find((e) => e.kind === 'reachability');
    expect(matrix?.data).toHaveLength(2);
    expect(readFileSync(join(dir, 'results', 'connectivity-junit.xml'), 'utf8')).toContain(
      '<testcase classname="fake" name="pod-to-pod-http"',
    );
  });

  it('labels its results with the leg and reads the clouds.yaml it is given, with no environment variable', async () => {
    const { outcome, dir } = await run(undefined, { leg: 'ubuntu-18.04/nested', env: {} }, undefined, undefined, true);
    expect(outcome.success).toBe(true);
    const doc = await readResults(join(dir, 'results', 'connectivity.json'));
    expect(doc.run.extra).toMatchObject({ leg: 'ubuntu-18.04/nested', namespace: 'capture' });
  });

  it('a dropped pod: pod-to-pod fails as timeout (28) with evidence and a finding at the scenario line', async () => {
    const { outcome } = await run('10.0.0.117');
    const http = outcome.cases.find((c) => c.id === 'fake/pod-to-pod-http');
    expect(http?.status).toBe('failed');
    expect(http?.message).toMatch(
      /1 of 2 probes failed; first: demo-548d747f98-kpfzd -> demo-548d747f98-qbc2k \(http 10.0.0.117:8080\) round 1: expected ok, got timeout \(exit 28\)/,
    );
    expect(http?.location).toEqual({ file: 'fake.yaml', line: 21, endLine: 24 });
    expect(http?.evidence?.map((e) => e.kind)).toEqual([
      'reachability',
      'probes',
      'kubernetes-pods',
      'neutron-ports',
      'security-group-rules',
    ]);
    const finding = outcome.findings.find((f) => f.caseId === 'fake/pod-to-pod-http');
    expect(finding).toMatchObject({ file: 'fake.yaml', line: 21, level: 'failure', rule: 'connectivity/pod-to-pod' });
    expect(outcome.cases.find((c) => c.id === 'fake/pod-to-pod-ping')?.status).toBe('passed');
    expect(outcome.outputs.failed).toBe('1');
  });
});

describe('runConnectivity cancelled by SIGINT/SIGTERM', () => {
  it('stops at the next step, deletes the namespace and the load balancers, and writes a cancelled case', async () => {
    const abort = new AbortController();
    let lbGone = false;
    const { outcome, runner, dir } = await run(undefined, { signal: abort.signal, lbGraceMs: 50 }, (a) => {
      // the signal comes while the engine waits for the service's load balancer
      if (a.includes('loadbalancer list --name capture/demo')) abort.abort('SIGINT');
      if (a === '--os-cloud devstack-admin loadbalancer list -f json')
        return { stdout: lbGone ? '[]' : fx('lb-list.json') }; // Kuryr has not deleted it: the run must
      if (a.includes('loadbalancer delete --cascade')) return ((lbGone = true), { stdout: '' });
      return undefined;
    });
    expect(outcome.cancelled).toBe(true);
    expect(outcome.success).toBe(false);
    expect(outcome.headline).toBe('connectivity: cancelled (suite fake: service demo)');
    expect(outcome.cases.at(-1)).toMatchObject({
      id: 'cancelled',
      status: 'failed',
      message: expect.stringMatching(/^cancelled \(SIGINT\) during suite fake: service demo/),
    });
    // no state check or probe ran after the signal
    expect(outcome.cases.some((c) => c.id === 'fake/pods-running')).toBe(false);
    expect(runner.calls.some((c) => c.args.includes('exec'))).toBe(false);
    const lines = runner.calls.map((c) => c.args.join(' '));
    expect(lines).toContain('delete namespace capture --wait=false');
    const deleted = lines.filter((l) => l.includes('loadbalancer delete --cascade'));
    expect(deleted).toHaveLength(1);
    expect(lines.indexOf('delete namespace capture --wait=false')).toBeLessThan(lines.indexOf(deleted[0] ?? ''));
    const doc = await readResults(join(dir, 'results', 'connectivity.json'));
    expect(doc.run.status).toBe('failed');
    expect(doc.cases.map((c) => c.id)).toContain('cancelled');
  });

  it('when Kuryr deletes the load balancers itself, the run only waits for it', async () => {
    const abort = new AbortController();
    let lists = 0;
    const { outcome, runner } = await run(undefined, { signal: abort.signal }, (a) => {
      if (a.includes('loadbalancer list --name capture/demo')) abort.abort('SIGTERM');
      if (a === '--os-cloud devstack-admin loadbalancer list -f json')
        return { stdout: ++lists === 1 ? fx('lb-list.json') : '[]' };
      return undefined;
    });
    expect(outcome.cancelled).toBe(true);
    expect(lists).toBe(2);
    expect(runner.calls.some((c) => c.args.includes('delete') && c.args.includes('loadbalancer'))).toBe(false);
  });

  it('a signal during a kubectl exec that hangs ends the exec at once; the clean-up kubectl still runs', async () => {
    const abort = new AbortController();
    const t0 = Date.now();
    const { outcome, runner } = await run(
      undefined,
      { signal: abort.signal, lbGraceMs: 50 },
      (a) => (a === '--os-cloud devstack-admin loadbalancer list -f json' ? { stdout: '[]' } : undefined),
      (a) => {
        if (!a.includes(' exec ')) return undefined;
        setTimeout(() => abort.abort('SIGINT'), 20);
        return { delayMs: 60_000, stdout: '' }; // a pod that never answers
      },
    );
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(outcome.cancelled).toBe(true);
    expect(outcome.cases.map((c) => c.id).filter((id) => id.startsWith('fake/pod-to'))).toEqual([]);
    expect(outcome.cases.at(-1)?.message).toMatch(/^cancelled \(SIGINT\) during suite fake: (probes|verdicts)/);
    const deleteNs = runner.calls.find((c) => c.args.join(' ') === 'delete namespace capture --wait=false');
    expect(deleteNs?.options.signal).toBeUndefined();
  });
});
