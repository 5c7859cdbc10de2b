/**
 * A `type: LoadBalancer` service: the engine applies it as such and its load-balancer wait also waits for the
 * external IP Kuryr writes to `status.loadBalancer.ingress` (over the recorded real outputs of the sandbox's kubectl
 * double and the openstack CLI); an IP that never comes fails the wait, saying so.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConnectivityAction } from '../../src/kube/action.js';
import { OpenStackClient } from '../../src/openstack/client.js';
import { FakeCommandRunner, type FakeCall } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { connectivitySettings } from './settings-fixture.js';

const fx = (name: string): string =>
  readFileSync(join(process.cwd(), 'test', '__fixtures__', 'connectivity', name), 'utf8');

const SUITE = `name: lb
workload:
  name: demo
  services: [{name: demo, port: 80, targetPort: 8080, type: LoadBalancer}]
waits: {interval: 1s, loadBalancer: 2s}
scenarios:
  - {name: pods, kind: state, check: pods-running}
`;

/** The service as the double prints it, with the external IP from the `ipAfter`-th read on (never when undefined). */
function world(ipAfter: number | undefined): FakeCommandRunner {
  const runner = new FakeCommandRunner();
  let reads = 0;
  runner.on('kubectl', undefined, (c: FakeCall) => {
    const a = c.args.join(' ');
    if (a.endsWith('version -o json')) return { stdout: '{"serverVersion":{"gitVersion":"v1.16.0"}}\n' };
    if (a.includes('get namespace capture'))
      return { exitCode: 1, stderr: 'Error from server (NotFound): namespaces "capture" not found\n' };
    if (a.includes('apply -f -')) return { stdout: 'applied\n' };
    if (a.includes('get deployment demo')) return { stdout: fx('deployment.json') };
    if (a.includes('get pods -l app=demo')) return { stdout: fx('pods.json') };
    if (a.includes('get service demo')) {
      const svc = JSON.parse(fx('service.json')) as { spec: { type: string }; status: unknown };
      svc.spec.type = 'LoadBalancer';
      if (ipAfter !== undefined && ++reads >= ipAfter)
        svc.status = { loadBalancer: { ingress: [{ ip: '172.24.4.77' }] } };
      return { stdout: JSON.stringify(svc) };
    }
    if (/get kuryr/.test(a)) return { exitCode: 1, stderr: 'error: the server doesn\'t have a resource type "x"\n' };
    if (a.includes('delete namespace')) return { stdout: 'deleted\n' };
    throw new Error(`unexpected kubectl ${a}`);
  });
  runner.on('openstack', undefined, (c: FakeCall) => {
    const a = c.args.join(' ');
    if (a.includes('port list --long')) return { stdout: fx('port-list-long.json') };
    if (a.includes('loadbalancer list --name capture/demo')) return { stdout: fx('lb-list.json') };
    if (a.includes('loadbalancer status show')) return { stdout: fx('lb-status.json') };
    if (a.includes('port show')) return { stdout: JSON.stringify({ security_group_ids: [] }) };
    throw new Error(`unexpected openstack ${a}`);
  });
  return runner;
}

async function run(ipAfter: number | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-lb-svc-'));
  writeFileSync(join(dir, 'lb.yaml'), SUITE);
  writeFileSync(join(dir, 'clouds.yaml'), 'clouds:\n  devstack-admin:\n    auth: {}\n');
  const runner = world(ipAfter);
  const settings = connectivitySettings({
    suites: [join(dir, 'lb.yaml')],
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
  return { outcome, runner };
}

describe('a LoadBalancer service', () => {
  it('is applied as type LoadBalancer and its wait lasts until the external IP is there', async () => {
    const { outcome, runner } = await run(3);
    const applied = runner.calls
      .map((c) => c.options.input ?? '')
      .filter((i) => i.includes('"kind":"Service"'))
      .map((i) => JSON.parse(i) as { spec: { type: string; selector?: unknown } });
    expect(applied).toEqual([
      expect.objectContaining({ spec: expect.objectContaining({ type: 'LoadBalancer', selector: { app: 'demo' } }) }),
    ]);
    expect(outcome.cases.find((c) => c.id === 'lb/wait/loadbalancer-demo')?.status).toBe('passed');
    const reads = runner.calls.filter((c) => c.args.join(' ').includes('get service demo'));
    expect(reads.length).toBeGreaterThanOrEqual(3);
  });

  it('without an external IP the wait fails saying so', async () => {
    const { outcome } = await run(undefined);
    const wait = outcome.cases.find((c) => c.id === 'lb/wait/loadbalancer-demo');
    expect(wait?.status).toBe('failed');
    expect(wait?.message).toMatch(/^not reached in \d+ s: service demo has no external IP yet$/);
  });
});
