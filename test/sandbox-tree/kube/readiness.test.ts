/**
 * The sandbox kubelet's readiness probes (sandbox/kube/kdfkube/readiness.py) in a real kube-manager of this tree: a
 * tcpSocket probe on a port the demo server never opens keeps the pods Running and not Ready (kubectl's `0/1`
 * `Running`, the Ready condition's ContainersNotReady reason, the Endpoints' notReadyAddresses, readyReplicas 0); a
 * probe on 8080 makes its pod Ready; an exec probe follows a file the test creates and removes. A temporary cluster
 * with `cni: local`; needs root (network namespaces).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { TempCluster, eventually, isRoot } from './cluster.js';

jest.setTimeout(180_000);

type Condition = { type: string; status: string; reason?: string; message?: string };
type Pod = {
  metadata: { name: string };
  spec: { containers: { readinessProbe?: Record<string, unknown> }[] };
  status: {
    phase?: string;
    podIP?: string;
    conditions?: Condition[];
    containerStatuses?: { ready: boolean; started?: boolean; state: Record<string, unknown> }[];
  };
};
type List = { items: Pod[] };

const d = isRoot() ? describe : describe.skip;
let c: TempCluster;

beforeAll(async () => {
  if (isRoot()) c = await TempCluster.start('rp', '10.196.0.0/24');
});
afterAll(async () => {
  if (c) await c.stop();
});

function deployment(name: string, replicas: number, probe: Record<string, unknown>): string {
  return JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name,
              image: 'quay.io/kuryr/demo',
              ports: [{ containerPort: 8080, protocol: 'TCP' }],
              readinessProbe: probe,
            },
          ],
        },
      },
    },
  });
}

async function apply(text: string): Promise<void> {
  await c.kubectl(['apply', '-f', '-'], { input: text, allowedExitCodes: [0] });
}

async function pods(app: string): Promise<Pod[]> {
  return (await c.json<List>('get', 'pods', '-l', `app=${app}`)).items;
}

const running = (p: Pod): boolean => p.status.phase === 'Running' && p.status.podIP !== undefined;
const ready = (p: Pod): boolean => p.status.conditions?.some((x) => x.type === 'Ready' && x.status === 'True') ?? false;

d('readiness probes', () => {
  it('a probe on a closed port: Running, not Ready, 0/1, notReadyAddresses; a probe on 8080: Ready', async () => {
    await apply(deployment('unready', 2, { tcpSocket: { port: 8081 }, periodSeconds: 1 }));
    await apply(deployment('probed', 1, { tcpSocket: { port: 8080 }, periodSeconds: 1 }));
    await apply(
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'unready' },
        spec: { selector: { app: 'unready' }, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }] },
      }),
    );
    const probed = await eventually(
      () => pods('probed'),
      (ps) => ps.length === 1 && ps.every((p) => running(p) && ready(p)),
      60_000,
    );
    expect(probed[0]?.status.containerStatuses?.[0]?.ready).toBe(true);
    const unready = await eventually(
      () => pods('unready'),
      (ps) => ps.length === 2 && ps.every(running),
      60_000,
    );
    for (const p of unready) {
      expect(p.spec.containers[0]?.readinessProbe).toEqual({
        tcpSocket: { port: 8081 },
        periodSeconds: 1,
        timeoutSeconds: 1,
        successThreshold: 1,
        failureThreshold: 3,
      });
      const byType = Object.fromEntries((p.status.conditions ?? []).map((x) => [x.type, x]));
      const message = `containers with unready status: [unready]`;
      expect(byType.Ready).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message });
      expect(byType.ContainersReady).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message });
      expect(p.status.containerStatuses?.[0]).toMatchObject({ ready: false, started: true });
      expect(Object.keys(p.status.containerStatuses?.[0]?.state ?? {})).toEqual(['running']);
    }
    const table = await c.ok('get', 'pods', '-l', 'app=unready', '--no-headers');
    for (const line of table.trimEnd().split('\n')) expect(line.split(/\s+/).slice(1, 3)).toEqual(['0/1', 'Running']);
    const ep = await c.json<{ subsets?: { addresses?: unknown[]; notReadyAddresses?: { ip: string }[] }[] }>(
      'get',
      'endpoints',
      'unready',
    );
    expect(ep.subsets?.[0]?.addresses).toBeUndefined();
    expect(ep.subsets?.[0]?.notReadyAddresses?.map((a) => a.ip).sort()).toEqual(
      unready.map((p) => p.status.podIP).sort(),
    );
    const dep = await c.json<{ status: { readyReplicas?: number; replicas?: number } }>('get', 'deployment', 'unready');
    expect(dep.status.replicas).toBe(2);
    expect(dep.status.readyReplicas ?? 0).toBe(0);
    // the probes ran all along, and never made these pods ready
    expect((await pods('unready')).some(ready)).toBe(false);
  });

  it('an exec probe follows its command: ready once it passes, not ready after failureThreshold failures', async () => {
    const marker = join(c.stateDir, 'exec-probe-ok');
    rmSync(marker, { force: true });
    await apply(
      deployment('execd', 1, {
        exec: { command: ['test', '-e', marker] },
        periodSeconds: 1,
        failureThreshold: 2,
      }),
    );
    await eventually(
      () => pods('execd'),
      (ps) => ps.length === 1 && ps.every((p) => running(p) && !ready(p)),
      60_000,
    );
    writeFileSync(marker, 'ok');
    await eventually(
      () => pods('execd'),
      (ps) => ps.length === 1 && ps.every(ready),
      30_000,
    );
    rmSync(marker);
    const after = await eventually(
      () => pods('execd'),
      (ps) => ps.length === 1 && ps.every((p) => running(p) && !ready(p)),
      30_000,
    );
    expect(after[0]?.status.containerStatuses?.[0]).toMatchObject({ ready: false, started: true });
  });
});
