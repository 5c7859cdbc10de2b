/**
 * The step context's refresh: it re-reads each workload's ready pods and services in the workload's namespace, and
 * rewrites the Endpoints of a service without a selector only when the pod IPs changed.
 */
import { describe, expect, it } from '@jest/globals';
import { createStepContext } from '../../src/kube/steps/context.js';
import { parseSuite } from '../../src/kube/suite.js';
import { suiteWorkload } from '../../src/kube/workload.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';
import { newRun, pod } from './steps-fixture.js';

const SUITE = parseSuite(
  `name: ctx
namespaces: [{name: other}]
workloads:
  - name: server
    namespace: other
    services: [{name: manual, port: 80, targetPort: 8080, selector: false}]
scenarios:
  - {name: s, kind: steps, steps: [{wait: 1s}]}
`,
  'ctx.yaml',
);

describe('the step context', () => {
  it('refresh re-reads pods and services and rewrites manual Endpoints when the pod IPs change', async () => {
    let ip = '10.0.0.21';
    const runner = new FakeCommandRunner();
    runner.on(
      'kubectl',
      (a) => a.join(' ').includes('get pods -l app=server'),
      () => ({
        stdout: JSON.stringify({
          kind: 'List',
          items: [
            {
              metadata: { name: 'server-0' },
              status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: 'True' }] },
            },
          ],
        }),
      }),
    );
    runner.on('kubectl', (a) => a.join(' ').includes('get service manual'), {
      stdout: JSON.stringify({
        metadata: { name: 'manual' },
        spec: { clusterIP: '10.0.0.140', ports: [{ port: 80, targetPort: 8080 }] },
      }),
    });
    runner.on('kubectl', (a) => a.join(' ').includes('apply -f -'), { stdout: 'applied\n' });
    const run = await newRun(runner);
    const w = suiteWorkload(run, SUITE, { spec: SUITE.workloads![0]!, namespace: 'capture-other' });
    w.pods = [pod('server-0', '10.0.0.21')];
    w.services.set('manual', {
      metadata: { name: 'manual', labels: {}, annotations: {} },
      type: 'ClusterIP',
      ports: [],
      selector: {},
    });
    const ctx = createStepContext(run, SUITE, [w], new Map([['other', 'capture-other']]));
    await ctx.refresh(); // same IP: nothing to write
    ip = '10.0.0.29'; // the pod was replaced
    await ctx.refresh();
    const lines = runner.calls.map((c) => c.args.join(' '));
    expect(lines.filter((l) => l.includes('get pods'))).toEqual([
      '-n capture-other get pods -l app=server -o json',
      '-n capture-other get pods -l app=server -o json',
    ]);
    const writes = runner.calls.filter((c) => c.args.join(' ') === '-n capture-other apply -f -');
    expect(writes.map((c) => JSON.parse(c.options.input!) as { subsets: { addresses: { ip: string }[] }[] })).toEqual([
      expect.objectContaining({
        kind: 'Endpoints',
        subsets: [expect.objectContaining({ addresses: [{ ip: '10.0.0.29' }] })],
      }),
    ]);
    expect(ctx.workloads.get('server')?.pods.map((p) => p.podIP)).toEqual(['10.0.0.29']);
    expect(ctx.workloads.get('server')?.services.get('manual')?.clusterIP).toBe('10.0.0.140');
  });
});
