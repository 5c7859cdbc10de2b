/**
 * The engine's `ready: false` waits against the real kubelet of this tree (a temporary cluster with `cni: local`, no
 * cloud: the ports and load-balancer waits need Neutron and Octavia and are left out): a workload whose readiness
 * probe never passes satisfies the deployment wait `running with N pods, none ready` and `pods: {w: 0}` after a
 * wait; one whose probe passes fails that wait, naming the pod that is Ready. Needs root (network namespaces).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runConnectivityAction } from '../../../src/kube/action.js';
import { RecordingLogger } from '../../__fixtures__/recording-logger.js';
import { connectivitySettings } from '../../kube/settings-fixture.js';
import { KUBECTL, TempCluster, isRoot, runner } from './cluster.js';

jest.setTimeout(240_000);

const d = isRoot() ? describe : describe.skip;
let c: TempCluster;

beforeAll(async () => {
  if (isRoot()) c = await TempCluster.start('nre', '10.195.0.0/24');
});
afterAll(async () => {
  if (c) await c.stop();
});

const suite = (port: number): string => `name: nr
workloads:
  - name: unready
    replicas: 2
    readinessProbe: { tcpSocket: { port: ${port} }, periodSeconds: 1 }
    ready: false
    services: [{ name: unready, port: 80, targetPort: 8080 }]
waits: { interval: 1s, deployment: 20s, loadBalancer: 10s }
scenarios:
  - name: stays-unready
    kind: steps
    steps:
      - wait: 3s
        expect:
          pods: { unready: 0 }
`;

async function run(port: number) {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-nre-'));
  writeFileSync(join(dir, 'nr.yaml'), suite(port));
  const settings = connectivitySettings({
    suites: [join(dir, 'nr.yaml')],
    timeoutMs: 180_000,
    resultsDir: join(dir, 'out'),
    kubeconfig: c.kubeconfig,
    namespace: `nr-${port}`,
  });
  const outcome = await runConnectivityAction(settings, {
    runner,
    logger: new RecordingLogger(),
    toolVersion: '0',
    cwd: dir,
    kubectl: KUBECTL,
    env: { PATH: process.env.PATH, HOME: c.stateDir },
  });
  const byId = (id: string) => outcome.cases.find((x) => x.id === id);
  return { outcome, byId };
}

d('ready: false against the sandbox kubelet', () => {
  it('a probe on 8081 (nothing listens): the none-ready wait and pods: {unready: 0} pass', async () => {
    const { byId, outcome } = await run(8081);
    expect(byId('nr/wait/deployment-unready')).toMatchObject({
      status: 'passed',
      name: 'wait: deployment unready running with 2 pods, none ready',
    });
    expect(byId('nr/stays-unready')?.status).toBe('passed');
    expect(outcome.cases.filter((x) => x.status !== 'passed').map((x) => `${x.id}: ${x.message ?? ''}`)).toEqual([]);
  });

  it('a probe on 8080 (the demo server): the none-ready wait fails, naming the Ready pods', async () => {
    const { byId } = await run(8080);
    const wait = byId('nr/wait/deployment-unready');
    expect(wait?.status).toBe('failed');
    expect(wait?.message).toMatch(/pods: 0 of 2 Running, not Ready, with an IP \(2 exist\)/);
    expect(wait?.details ?? '').toMatch(/pod unready-[a-z0-9]+-[a-z0-9]{5}: Ready, expected never ready/);
  });
});
