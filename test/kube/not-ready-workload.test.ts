/**
 * A workload with `readinessProbe` and `ready: false` (kuryr-tempest-plugin's test_service_with_not_ready_endpoints):
 * the Deployment carries the probe as written; the deployment wait wants its pods Running with an IP and not Ready,
 * the ports wait one ACTIVE port per such pod, the load balancer wait no members (over recorded real outputs of the
 * sandbox's kubectl double and the openstack CLI); a suite that uses the fields wrongly fails at its file:line.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConnectivityAction } from '../../src/kube/action.js';
import { heldFor, readinessWindowMs } from '../../src/kube/never-ready.js';
import { deploymentManifest } from '../../src/kube/workload.js';
import { OpenStackClient } from '../../src/openstack/client.js';
import { FakeCommandRunner, type FakeCall } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { connectivitySettings } from './settings-fixture.js';
import { suiteProblems, suiteWithWorkloads } from './suite-problems.js';

const fx = (name: string): string =>
  readFileSync(join(process.cwd(), 'test', '__fixtures__', 'connectivity', name), 'utf8');

const PROBE = { tcpSocket: { port: 8081 }, periodSeconds: 2 };

const SUITE = `name: nr
workloads:
  - name: demo
    replicas: 2
    readinessProbe: { tcpSocket: { port: 8081 }, periodSeconds: 2 }
    ready: false
    services: [{name: demo, port: 80, targetPort: 8080}]
waits: {interval: 1s, deployment: 2s, loadBalancer: 2s}
scenarios:
  - {name: pods, kind: state, check: pods-running}
`;

type Json = Record<string, unknown>;
type FixturePod = { status: { conditions: { type: string; status: string; reason?: string }[] } };

/** The two recorded pods, Ready or (as a failing readiness probe leaves them) Running and not Ready. */
function podsJson(ready: boolean): string {
  const list = JSON.parse(fx('pods.json')) as { items: FixturePod[] };
  for (const p of list.items) {
    for (const c of p.status.conditions.filter((x) => x.type === 'Ready' || x.type === 'ContainersReady')) {
      c.status = ready ? 'True' : 'False';
      if (!ready) c.reason = 'ContainersNotReady';
    }
  }
  return JSON.stringify(list);
}

/** The recorded load balancer, with its members or with none. */
function lbStatus(members: boolean): string {
  const tree = JSON.parse(fx('lb-status.json')) as {
    loadbalancer: { listeners: { pools: { members: unknown[] }[] }[] };
  };
  if (!members) for (const l of tree.loadbalancer.listeners) for (const p of l.pools) p.members = [];
  return JSON.stringify(tree);
}

function world(o: { ready: boolean; members: boolean }): FakeCommandRunner {
  const runner = new FakeCommandRunner();
  runner.on('kubectl', undefined, (c: FakeCall) => {
    const a = c.args.join(' ');
    if (a.endsWith('version -o json')) return { stdout: '{"serverVersion":{"gitVersion":"v1.16.0"}}\n' };
    if (a.includes('get namespace capture'))
      return { exitCode: 1, stderr: 'Error from server (NotFound): namespaces "capture" not found\n' };
    if (a.includes('apply -f -')) return { stdout: 'applied\n' };
    if (a.includes('get deployment demo')) return { stdout: fx('deployment.json') };
    if (a.includes('get pods -l app=demo')) return { stdout: podsJson(o.ready) };
    if (a.includes('get service demo')) return { stdout: fx('service.json') };
    if (/get kuryr/.test(a)) return { exitCode: 1, stderr: 'error: the server doesn\'t have a resource type "x"\n' };
    if (a.includes('delete namespace')) return { stdout: 'deleted\n' };
    throw new Error(`unexpected kubectl ${a}`);
  });
  runner.on('openstack', undefined, (c: FakeCall) => {
    const a = c.args.join(' ');
    if (a.includes('port list --long')) return { stdout: fx('port-list-long.json') };
    if (a.includes('loadbalancer list --name capture/demo')) return { stdout: fx('lb-list.json') };
    if (a.includes('loadbalancer status show')) return { stdout: lbStatus(o.members) };
    if (a.includes('port show')) return { stdout: JSON.stringify({ security_group_ids: [] }) };
    throw new Error(`unexpected openstack ${a}`);
  });
  return runner;
}

async function run(o: { ready: boolean; members: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-not-ready-'));
  writeFileSync(join(dir, 'nr.yaml'), SUITE);
  writeFileSync(join(dir, 'clouds.yaml'), 'clouds:\n  devstack-admin:\n    auth: {}\n');
  const runner = world(o);
  const settings = connectivitySettings({
    suites: [join(dir, 'nr.yaml')],
    timeoutMs: 60_000,
    resultsDir: join(dir, 'out'),
  });
  const outcome = await runConnectivityAction(settings, {
    runner,
    client: new OpenStackClient({ runner, cloud: 'devstack-admin', sleep: async () => undefined }),
    logger: new RecordingLogger(),
    toolVersion: '0',
    cwd: dir,
    intervalMs: 20,
    env: { OS_CLIENT_CONFIG_FILE: join(dir, 'clouds.yaml') },
  });
  const wait = (id: string) => outcome.cases.find((c) => c.id === `nr/wait/${id}`);
  return { outcome, runner, wait };
}

describe('deploymentManifest', () => {
  it('puts the readiness probe as written on the container, and nothing without one', () => {
    const container = (m: Json): Json =>
      ((((m.spec as Json).template as Json).spec as Json).containers as Json[])[0] as Json;
    expect(container(deploymentManifest('w', 'quay.io/kuryr/demo', 2, 'any', {}, PROBE))).toEqual({
      name: 'w',
      image: 'quay.io/kuryr/demo',
      ports: [
        { containerPort: 8080, protocol: 'TCP' },
        { containerPort: 9090, protocol: 'UDP' },
      ],
      readinessProbe: PROBE,
    });
    expect(container(deploymentManifest('w', 'quay.io/kuryr/demo', 2, 'any'))).not.toHaveProperty('readinessProbe');
  });

  it('places the pods: spread prefers other nodes, together requires the node of the others, any says nothing', () => {
    const affinity = (placement: 'spread' | 'together' | 'any'): unknown =>
      (((deploymentManifest('w', 'img', 2, placement).spec as Json).template as Json).spec as Json).affinity;
    const term = { labelSelector: { matchLabels: { app: 'w' } }, topologyKey: 'kubernetes.io/hostname' };
    expect(affinity('spread')).toEqual({
      podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: term }] },
    });
    expect(affinity('together')).toEqual({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term] } });
    expect(affinity('any')).toBeUndefined();
  });
});

describe('a workload with ready: false', () => {
  it('waits for its pods running and not ready, one port each, and a load balancer without members', async () => {
    const { runner, wait } = await run({ ready: false, members: false });
    const deployment = runner.calls
      .map((c) => c.options.input ?? '')
      .filter((i) => i.includes('"kind":"Deployment"'))
      .map((i) => JSON.parse(i) as { spec: { template: { spec: { containers: Json[] } } } });
    expect(deployment[0]?.spec.template.spec.containers[0]?.readinessProbe).toEqual(PROBE);
    expect(wait('deployment-demo')).toMatchObject({
      status: 'passed',
      name: 'wait: deployment demo running with 2 pods, none ready',
    });
    // not on the first look: on consecutive polls over the probe's window, (0 + 2 × (1 + 1) + 1) s at 1 s
    const podReads = runner.calls.filter((c) => c.args.join(' ').includes('get pods -l app=demo'));
    expect(podReads.length).toBeGreaterThanOrEqual(6);
    expect(wait('ports-demo')?.status).toBe('passed');
    expect(runner.calls.some((c) => c.args.join(' ').includes('port list --long'))).toBe(true);
    expect(wait('loadbalancer-demo')).toMatchObject({
      status: 'passed',
      name: 'wait: load balancer capture/demo ACTIVE with 0 member(s)',
    });
  });

  it('fails the load balancer wait when the not-ready pods are members', async () => {
    const { wait } = await run({ ready: false, members: true });
    const lb = wait('loadbalancer-demo');
    expect(lb?.status).toBe('failed');
    expect(lb?.message).toMatch(/pool capture\/demo:TCP:80 has extra members capture\/demo-548d747f98-/);
  });

  it('fails the deployment wait when its pods are ready after all', async () => {
    const { wait } = await run({ ready: true, members: false });
    const d = wait('deployment-demo');
    expect(d?.status).toBe('failed');
    expect(d?.message).toMatch(/pods: 0 of 2 Running, not Ready, with an IP \(2 exist\)/);
    expect(d?.details ?? d?.message).toMatch(/pod demo-548d747f98-kpfzd: Ready, expected never ready/);
  });
});

describe('the never-ready window', () => {
  it('spans the initial delay, one period per success needed plus one, and the timeout', () => {
    expect(readinessWindowMs(undefined)).toBe(21_000);
    expect(readinessWindowMs({ tcpSocket: { port: 8081 }, periodSeconds: 2 })).toBe(5_000);
    const probe = { exec: { command: ['x'] }, initialDelaySeconds: 5, periodSeconds: 3, successThreshold: 2 };
    expect(readinessWindowMs({ ...probe, timeoutSeconds: 2 })).toBe(16_000);
  });

  it('holds only after that many consecutive polls held; a miss starts over', async () => {
    const answers = [true, true, false, true, true, true];
    const check = heldFor(async () => ({ problems: answers.shift() ? [] : ['no'], value: 1 }), 3);
    const seen: string[][] = [];
    for (let i = 0; i < 6; i++) seen.push((await check()).problems);
    expect(seen).toEqual([
      ['held on 1 of 3 consecutive polls so far'],
      ['held on 2 of 3 consecutive polls so far'],
      ['no'],
      ['held on 1 of 3 consecutive polls so far'],
      ['held on 2 of 3 consecutive polls so far'],
      [],
    ]);
  });
});

const problems = (text: string): string[] => suiteProblems(text, 'nr.yaml');
const suiteWith = (workload: string): string => suiteWithWorkloads('nr', workload);

describe('readinessProbe and ready at load', () => {
  it('accepts every handler and a probe without ready: false', () => {
    expect(
      problems(
        suiteWith(
          [
            '  - {name: a, readinessProbe: {httpGet: {port: 8080, path: /x, scheme: HTTP}}, ready: false}',
            '  - {name: b, readinessProbe: {exec: {command: [cat, /tmp/ok]}, failureThreshold: 1}}',
            '  - {name: c, readinessProbe: {tcpSocket: {port: 8080}, initialDelaySeconds: 0}}',
            '',
          ].join('\n'),
        ),
      ),
    ).toEqual([]);
  });

  it('refuses ready: false without a probe, and a named port the container does not have, at their lines', () => {
    expect(
      problems(
        suiteWith('  - name: a\n    ready: false\n  - name: b\n    readinessProbe: {tcpSocket: {port: http}}\n'),
      ),
    ).toEqual([
      "4:12 workload a: 'ready: false' needs a readinessProbe (without one its pods are Ready once running)",
      "6:40 workload b: the container has no port named 'http' (its ports 8080/TCP and 9090/UDP are unnamed): give the number",
    ]);
    expect(
      problems(`name: nr\nworkload:\n  ready: false\nscenarios:\n  - {name: s, kind: state, check: pods-running}\n`),
    ).toEqual([
      "3:10 workload demo: 'ready: false' needs a readinessProbe (without one its pods are Ready once running)",
    ]);
  });

  it('refuses probing the pods of a never-ready workload in a matrix or through everyBackend', () => {
    const text = [
      'name: nr',
      'workloads:',
      '  - {name: a, replicas: 1}',
      '  - name: u',
      '    readinessProbe: {tcpSocket: {port: 8081}}',
      '    ready: false',
      '    services: [{name: su, port: 80, targetPort: 8080}]',
      'scenarios:',
      '  - name: s',
      '    kind: steps',
      '    steps:',
      '      - expect:',
      '          members: [su]',
      '          everyBackend: [su]',
      '          reachability:',
      '            matrix:',
      "              - {from: a, to: 'service:su', result: denied}",
      '              - {from: u/0, to: a, result: allowed}',
      '              - {from: a, to: u, result: allowed}',
      '',
    ].join('\n');
    const why = "workload u has 'ready: false': it never has a ready pod to probe";
    expect(problems(text)).toEqual([`14:26 ${why}`, `18:24 ${why}`, `19:31 ${why}`]);
  });

  it('wants exactly one handler and a port from 1 to 65535, in one message each', () => {
    expect(
      problems(
        suiteWith(
          [
            '  - name: a',
            '    readinessProbe: {periodSeconds: 2}',
            '  - name: b',
            '    readinessProbe: {tcpSocket: {port: 8081}, exec: {command: [x]}}',
            '  - name: c',
            '    readinessProbe: {tcpSocket: {port: 70000}}',
            '  - name: d',
            '    readinessProbe: {httpGet: {port: 8080}, periodSeconds: 0}',
            '',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      "4:21 'workloads.0.readinessProbe' must have exactly one of httpGet, tcpSocket, exec",
      "6:21 'workloads.1.readinessProbe' must have exactly one of httpGet, tcpSocket, exec",
      "8:40 'workloads.2.readinessProbe.tcpSocket.port' must be a port number from 1 to 65535 or a port name",
      "10:60 'workloads.3.readinessProbe.periodSeconds' must be >= 1",
    ]);
  });
});
