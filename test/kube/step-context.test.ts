/**
 * The step context's refresh: it re-reads each workload's ready pods and services in the workload's namespace (one
 * call per namespace), and rewrites the Endpoints of a service without a selector only when the pod IPs changed.
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
      (a) => a.join(' ').includes('get pods,services -o json'),
      () => ({
        stdout: JSON.stringify({
          kind: 'List',
          items: [
            {
              kind: 'Pod',
              metadata: { name: 'server-0', labels: { app: 'server' } },
              status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: 'True' }] },
            },
            // another deployment's pod in the namespace: not the workload's
            {
              kind: 'Pod',
              metadata: { name: 'stranger-0', labels: { app: 'stranger' } },
              status: { phase: 'Running', podIP: '10.0.0.77', conditions: [{ type: 'Ready', status: 'True' }] },
            },
            {
              kind: 'Service',
              metadata: { name: 'manual' },
              spec: { clusterIP: '10.0.0.140', ports: [{ port: 80, targetPort: 8080 }] },
            },
          ],
        }),
      }),
    );
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
    expect(lines.filter((l) => l.includes(' get '))).toEqual([
      '-n capture-other get pods,services -o json',
      '-n capture-other get pods,services -o json',
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

  it('refresh reads each namespace once, whatever the number of workloads in it', async () => {
    const suite = parseSuite(
      `name: ctx2
namespaces: [{name: other}]
workloads:
  - {name: a}
  - {name: b}
  - {name: c, namespace: other}
scenarios:
  - {name: s, kind: steps, steps: [{wait: 1s}]}
`,
      'ctx2.yaml',
    );
    const runner = new FakeCommandRunner();
    const podOf = (app: string, ip: string): object => ({
      kind: 'Pod',
      metadata: { name: `${app}-0`, labels: { app } },
      status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: 'True' }] },
    });
    runner.on('kubectl', (a) => a.join(' ') === '-n capture get pods,services -o json', {
      stdout: JSON.stringify({ kind: 'List', items: [podOf('a', '10.0.0.1'), podOf('b', '10.0.0.2')] }),
    });
    runner.on('kubectl', (a) => a.join(' ') === '-n capture-other get pods,services -o json', {
      stdout: JSON.stringify({ kind: 'List', items: [podOf('c', '10.0.0.3')] }),
    });
    const run = await newRun(runner);
    const ws = suite.workloads!.map((spec) =>
      suiteWorkload(run, suite, { spec, namespace: spec.namespace === 'other' ? 'capture-other' : 'capture' }),
    );
    const ctx = createStepContext(run, suite, ws, new Map([['other', 'capture-other']]));
    await ctx.refresh();
    expect(runner.calls.map((c) => c.args.join(' ')).sort()).toEqual([
      '-n capture get pods,services -o json',
      '-n capture-other get pods,services -o json',
    ]);
    expect(['a', 'b', 'c'].map((n) => ctx.workloads.get(n)?.pods.map((p) => p.podIP))).toEqual([
      ['10.0.0.1'],
      ['10.0.0.2'],
      ['10.0.0.3'],
    ]);
  });
});
