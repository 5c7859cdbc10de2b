/**
 * The `dns` scenario kind: its load-time rules, the parsing of what nslookup (busybox) and getent print, polling until
 * the names resolve, and a failure as a case and a finding at the scenario line with the lookups and the resolv.conf.
 * kubectl is a fake runner; the real path (pod → kube-dns ClusterIP → the load balancer → CoreDNS) is
 * test/e2e/dns.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kubectl } from '../../src/kube/kubectl.js';
import { recordScenario, Run } from '../../src/kube/run.js';
import { DNS_SCRIPT, attemptProblem, clusterDomainOf, dnsKind, parseDnsOutput } from '../../src/kube/scenarios/dns.js';
import { scenarioKind } from '../../src/kube/scenarios/index.js';
import type { ScenarioContext } from '../../src/kube/scenarios/types.js';
import type { ConnectivitySettings } from '../../src/kube/settings.js';
import { DEFAULT_KURYR_NAMES } from '../../src/kube/state.js';
import { parseSuite, SuiteError, type LocatedScenario } from '../../src/kube/suite.js';
import type { KubePod, KubeService } from '../../src/kube/types.js';
import { ResultsWriter } from '../../src/results/writer.js';
import { FakeCommandRunner, type FakeCall } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';

const RESOLV = 'nameserver 10.0.0.138\nsearch ns.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n';

const SUITE_TEXT = `name: s
workload:
  name: demo
  services:
    - {name: demo, port: 80, targetPort: 8080}
scenarios:
  - name: resolve
    kind: dns
    to: demo
    within: 1s
`;

function problemsOf(text: string): string[] {
  try {
    parseSuite(text, 't.yaml');
  } catch (err) {
    if (err instanceof SuiteError) return err.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    throw err;
  }
  return [];
}

/** What the script prints for one attempt: each name's output and exit code, then the resolv.conf. */
function scriptOutput(tool: string, lookups: [name: string, output: string, exit: number][], resolv = RESOLV): string {
  const parts = lookups.map(([n, out, code]) => `KDF-DNS-NAME ${n}\n${out}KDF-DNS-EXIT ${code}\n`);
  return `KDF-DNS-TOOL ${tool}\n${parts.join('')}KDF-DNS-RESOLV\n${resolv}`;
}

const GETENT_OK = scriptOutput('getent', [
  ['demo', '10.0.0.140      demo.ns.svc.cluster.local\n', 0],
  ['demo.ns.svc.cluster.local', '10.0.0.140      demo.ns.svc.cluster.local\n', 0],
]);
const GETENT_FAIL = scriptOutput('getent', [
  ['demo', '', 2],
  ['demo.ns.svc.cluster.local', '', 2],
]);

async function newRun(runner: FakeCommandRunner): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-dns-'));
  const settings: ConnectivitySettings = {
    suites: [],
    cloud: 'devstack-admin',
    namespace: 'ns',
    generatedNamespace: false,
    image: 'img',
    replicas: 2,
    mode: 'baremetal',
    filter: [],
    timeoutMs: 60_000,
    execMode: 'batched',
  };
  const results = await ResultsWriter.open(join(dir, 'r.json'), { toolVersion: '0', stage: 'connectivity' });
  const kubectl = new Kubectl({ runner, namespace: 'ns' });
  return new Run(settings, { kubectl, logger: new RecordingLogger(), toolVersion: '0', intervalMs: 5 }, results);
}

function pod(name: string): KubePod {
  return {
    metadata: { name, labels: {}, annotations: {} },
    phase: 'Running',
    ready: true,
    podIP: '10.0.0.70',
    containers: [],
    restarts: 0,
  } as KubePod;
}

function context(run: Run, clusterIP = '10.0.0.140', namespace?: string): ScenarioContext {
  const svc = {
    metadata: { name: 'demo', namespace, labels: {}, annotations: {} },
    type: 'ClusterIP',
    clusterIP,
    ports: [],
    selector: {},
  } as KubeService;
  return {
    run,
    suite: { name: 's' },
    app: 'demo',
    pods: [pod('demo-b'), pod('demo-a')],
    services: new Map([['demo', svc]]),
    portOptions: { namespace: 'ns', mode: 'baremetal', names: DEFAULT_KURYR_NAMES },
  };
}

const SCENARIO = parseSuite(SUITE_TEXT, 's.yaml').scenarios[0] as LocatedScenario;

/** A runner whose `kubectl exec` prints `outputs` in turn (the last one from then on). */
function execs(outputs: string[]): { runner: FakeCommandRunner; calls: FakeCall[] } {
  const runner = new FakeCommandRunner();
  const calls: FakeCall[] = [];
  runner.on('kubectl', undefined, (call) => {
    calls.push(call);
    return { stdout: outputs[Math.min(calls.length, outputs.length) - 1] ?? '' };
  });
  return { runner, calls };
}

describe('the dns kind', () => {
  it('is registered, runs at once, and needs `to` naming a workload service, and a duration in `within`', () => {
    expect(scenarioKind('dns')).toBe(dnsKind);
    expect(dnsKind.runs).toBe('now');
    expect(problemsOf(SUITE_TEXT)).toEqual([]);
    expect(problemsOf(SUITE_TEXT.replace('    to: demo\n', ''))).toEqual(["7:5 'scenarios.0' must have property 'to'"]);
    expect(problemsOf(SUITE_TEXT.replace('to: demo', 'to: other'))).toEqual([
      "9:9 service 'other' is not one of workload.services",
    ]);
    expect(problemsOf(SUITE_TEXT.replace('within: 1s', 'within: soon'))).toEqual([
      expect.stringMatching(/^10:13 'scenarios\.0\.within' must match pattern/),
    ]);
    const noWorkload = 'name: s\nscenarios:\n  - name: r\n    kind: dns\n    to: demo\n';
    expect(problemsOf(noWorkload)).toEqual([
      '4:11 a dns scenario needs a workload to resolve from',
      "5:9 service 'demo' is not one of workload.services",
    ]);
  });
});

describe('reading the lookups', () => {
  it('takes the addresses getent prints, and only the answer of nslookup (not its server), old and new busybox', () => {
    expect(parseDnsOutput(GETENT_OK)?.lookups.map((l) => [l.name, l.exitCode, l.addresses])).toEqual([
      ['demo', 0, ['10.0.0.140']],
      ['demo.ns.svc.cluster.local', 0, ['10.0.0.140']],
    ]);
    const oldBusybox =
      'Server:    10.0.0.138\nAddress 1: 10.0.0.138 kube-dns.kube-system.svc.cluster.local\n\n' +
      'Name:      demo\nAddress 1: 10.0.0.140 demo.ns.svc.cluster.local\n';
    const newBusybox =
      'Server:\t\t10.0.0.138\nAddress:\t10.0.0.138:53\n\nName:\tdemo.ns.svc.cluster.local\nAddress: 10.0.0.140\n\n';
    const nxdomain =
      "Server:\t\t10.0.0.138\nAddress:\t10.0.0.138:53\n\n** server can't find nope.ns.svc.cluster.local: NXDOMAIN\n\n";
    const parsed = parseDnsOutput(
      scriptOutput('nslookup', [
        ['demo', oldBusybox, 0],
        ['demo.ns.svc.cluster.local', newBusybox, 0],
        ['nope.ns.svc.cluster.local', nxdomain, 1],
      ]),
    );
    expect(parsed?.tool).toBe('nslookup');
    expect(parsed?.lookups.map((l) => l.addresses)).toEqual([['10.0.0.140'], ['10.0.0.140'], []]);
    expect(parsed?.resolvConf).toBe(RESOLV);
  });

  it('an output cut off before the resolv.conf is no attempt', () => {
    expect(parseDnsOutput(GETENT_OK.slice(0, GETENT_OK.indexOf('KDF-DNS-RESOLV')))).toBeUndefined();
    expect(parseDnsOutput('')).toBeUndefined();
  });

  it('passes only when every name answers exactly the ClusterIP', () => {
    const ok = parseDnsOutput(GETENT_OK);
    expect(ok && attemptProblem(ok, '10.0.0.140')).toBeUndefined();
    expect(ok && attemptProblem(ok, '10.0.0.141')).toBe(
      'getent demo answered 10.0.0.140, not the ClusterIP 10.0.0.141',
    );
    const failed = parseDnsOutput(GETENT_FAIL);
    expect(failed && attemptProblem(failed, '10.0.0.140')).toBe('getent demo: exit 2, no output');
  });

  it("takes the cluster domain from the pod's search list", () => {
    expect(clusterDomainOf(RESOLV, 'ns')).toBe('cluster.local');
    expect(clusterDomainOf('search ns.svc.k8s.example svc.k8s.example\n', 'ns')).toBe('k8s.example');
    expect(clusterDomainOf('nameserver 1.1.1.1\n', 'ns')).toBe('cluster.local');
  });
});

describe('running a dns scenario', () => {
  it('resolves the short name and the FQDN from the first pod by name, the names as arguments, until they answer', async () => {
    const { runner, calls } = execs([GETENT_FAIL, GETENT_OK]);
    const run = await newRun(runner);
    const out = await dnsKind.run(context(run), SCENARIO);
    expect(out).toMatchObject({ status: 'passed' });
    expect(calls).toHaveLength(2);
    expect(calls[0]?.args).toEqual([
      '-n',
      'ns',
      'exec',
      'demo-a',
      '--',
      'sh',
      '-c',
      DNS_SCRIPT,
      'sh',
      'demo',
      'demo.ns.svc.cluster.local',
    ]);
    expect(run.stats.execs).toBe(2);
  });

  it('a service of another namespace: `<svc>.<ns>` (the search list completes only .svc.<domain>) and its FQDN', async () => {
    const { runner, calls } = execs([GETENT_OK]);
    const run = await newRun(runner);
    await dnsKind.run(context(run, '10.0.0.140', 'other'), SCENARIO);
    expect(calls[0]?.args.slice(-2)).toEqual(['demo.other', 'demo.other.svc.cluster.local']);
  });

  it('a name that never resolves is a failed case and a finding at the scenario line with the lookups and the resolv.conf', async () => {
    const { runner } = execs([GETENT_FAIL]);
    const run = await newRun(runner);
    await recordScenario(run, 's', SCENARIO, () => dnsKind.run(context(run), SCENARIO));
    const [c] = run.cases;
    expect(c?.status).toBe('failed');
    expect(c?.message).toMatch(
      /^demo and demo\.ns\.svc\.cluster\.local did not resolve to 10\.0\.0\.140 from demo-a in \d+s: getent demo: exit 2, no output$/,
    );
    expect(c?.evidence?.map((e) => e.title)).toEqual([
      'getent demo (from demo-a, exit 2)',
      'getent demo.ns.svc.cluster.local (from demo-a, exit 2)',
      '/etc/resolv.conf of demo-a',
    ]);
    expect(c?.evidence?.[2]?.data).toBe(RESOLV);
    expect(run.findings).toEqual([
      expect.objectContaining({
        file: 's.yaml',
        line: 7,
        rule: 'connectivity/dns',
        level: 'failure',
        details: expect.stringContaining(
          '(exit 2)\n(no output)\n$ getent hosts demo.ns.svc.cluster.local  (exit 2)\n(no output)\n$ cat /etc/resolv.conf\nnameserver 10.0.0.138',
        ),
      }),
    ]);
  });

  it('a wrong answer fails; a service without a cluster IP is an error; kubectl failing is the message', async () => {
    const wrong = await newRun(execs([GETENT_OK]).runner);
    expect(await dnsKind.run(context(wrong, '10.0.0.150'), SCENARIO)).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('answered 10.0.0.140, not the ClusterIP 10.0.0.150'),
    });
    const headless = await newRun(execs([GETENT_OK]).runner);
    expect(await dnsKind.run(context(headless, 'None'), SCENARIO)).toEqual({
      status: 'error',
      message: "service 'demo' has no cluster IP to resolve to",
    });
    const broken = new FakeCommandRunner();
    broken.on('kubectl', undefined, { exitCode: 1, stderr: 'error: unable to upgrade connection\n' });
    const r = await dnsKind.run(context(await newRun(broken)), SCENARIO);
    expect(r).toMatchObject({ status: 'failed', message: expect.stringContaining('unable to upgrade connection') });
  });
});
