/**
 * `delete-namespace` / `create-namespace` and the `policy-objects` expectation over a scripted kubectl and openstack
 * (FakeCommandRunner): the kubectl grammar they use, the Deployments and Services kept and applied again (without the
 * addresses the cluster allocated), and policy-objects converging or failing with its evidence.
 */
import { describe, expect, it } from '@jest/globals';

import { Kubectl } from '../../../src/kube/kubectl.js';
import { createNamespace } from '../../../src/kube/steps/actions/create-namespace.js';
import { deleteNamespace } from '../../../src/kube/steps/actions/delete-namespace.js';
import { reapplyManifest } from '../../../src/kube/steps/actions/namespace-snapshot.js';
import { policyObjects } from '../../../src/kube/steps/expect/policy-objects.js';
import type { StepContext } from '../../../src/kube/steps/types.js';
import type { SuiteDocument } from '../../../src/kube/suite.js';
import { OpenStackClient } from '../../../src/openstack/client.js';
import { FakeCommandRunner, type FakeCall } from '../../__fixtures__/fake-command-runner.js';

type Json = Record<string, unknown>;

const DEPLOYMENT: Json = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'gamma-server',
    namespace: 'run-gamma',
    uid: 'u1',
    resourceVersion: '12',
    labels: { app: 'gamma-server' },
    annotations: { 'deployment.kubernetes.io/revision': '1', 'kubectl.kubernetes.io/last-applied-configuration': '{}' },
  },
  spec: { replicas: 1, selector: { matchLabels: { app: 'gamma-server' } }, template: { metadata: {}, spec: {} } },
  status: { readyReplicas: 1 },
};
const SERVICE: Json = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'gamma-server', namespace: 'run-gamma', uid: 'u2' },
  spec: {
    type: 'LoadBalancer',
    clusterIP: '10.0.0.140',
    selector: { app: 'gamma-server' },
    ports: [{ port: 80, targetPort: 8080, protocol: 'TCP', nodePort: 31234 }],
  },
  status: { loadBalancer: {} },
};

function world(): { runner: FakeCommandRunner; ctx: StepContext; kubectlLines: () => string[] } {
  const runner = new FakeCommandRunner();
  const kubectl = new Kubectl({ runner, namespace: 'run', kubeconfig: '/k' });
  const client = new OpenStackClient({ runner, cloud: 'c', retry: { attempts: 1 } });
  const ctx = {
    run: { deps: { kubectl, client }, deadline: Date.now() + 600_000 },
    suite: {
      namespaces: [{ name: 'gamma', labels: { team: 'gamma' } }],
      policies: { 'deny-gamma': { namespace: 'gamma', spec: {} } },
    },
    namespaces: new Map([
      ['', 'run'],
      ['gamma', 'run-gamma'],
    ]),
    intervalMs: 10,
  } as unknown as StepContext;
  const kubectlLines = (): string[] => runner.callsTo('kubectl').map((c) => c.args.join(' '));
  return { runner, ctx, kubectlLines };
}

describe('delete-namespace and create-namespace', () => {
  it('keep the Deployments and Services, delete with --wait, and apply them again in the recreated namespace', async () => {
    const { runner, ctx, kubectlLines } = world();
    runner.on('kubectl', (a) => a.includes('get'), {
      stdout: JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [DEPLOYMENT, SERVICE] }),
    });
    runner.on('kubectl', (a) => a.includes('delete'), { stdout: 'namespace "run-gamma" deleted\n' });
    let applied: Json[] = [];
    runner.on(
      'kubectl',
      (a) => a.includes('apply'),
      (call: FakeCall) => {
        applied.push(JSON.parse(call.options.input as string) as Json);
        return { stdout: 'ok\n' };
      },
    );
    await expect(deleteNamespace.run(ctx, 'gamma')).resolves.toMatch(
      /^deleted namespace run-gamma \(2 deployment\(s\)\/service\(s\) kept to recreate\) in /,
    );
    expect(kubectlLines()).toEqual([
      '--kubeconfig /k -n run-gamma get deployments,services -o json',
      '--kubeconfig /k delete namespace run-gamma --wait=true --timeout=300s',
    ]);
    await expect(createNamespace.run(ctx, 'gamma')).resolves.toBe(
      'created namespace run-gamma, applied deployment/gamma-server, service/gamma-server again',
    );
    expect(kubectlLines().slice(2)).toEqual(['--kubeconfig /k apply -f -', '--kubeconfig /k -n run-gamma apply -f -']);
    expect(applied[0]).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'run-gamma', labels: { team: 'gamma' } },
    });
    expect(applied[1]).toEqual({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'gamma-server', labels: { app: 'gamma-server' } },
          spec: DEPLOYMENT.spec,
        },
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'gamma-server' },
          spec: {
            type: 'LoadBalancer',
            selector: { app: 'gamma-server' },
            ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
          },
        },
      ],
    });
    // the snapshot is used once: a second create only makes the namespace
    applied = [];
    await expect(createNamespace.run(ctx, 'gamma')).resolves.toBe('created namespace run-gamma');
    expect(applied).toHaveLength(1);
  });

  it('refuse the run namespace, at load time and at run time', async () => {
    const { ctx } = world();
    const doc = { namespaces: [{ name: 'gamma' }] } as unknown as SuiteDocument;
    expect(deleteNamespace.validate?.('gamma', doc)).toEqual([]);
    expect(createNamespace.validate?.('', doc)).toEqual([
      {
        path: [],
        message: "'' is not a key of the suite's namespaces (known: gamma); the run namespace cannot be deleted",
      },
    ]);
    await expect(deleteNamespace.run(ctx, '')).rejects.toThrow(
      'the run namespace cannot be deleted or recreated by a step',
    );
  });

  it('reapplyManifest drops what the cluster allocated', () => {
    expect(reapplyManifest(SERVICE).spec).toEqual({
      type: 'LoadBalancer',
      selector: { app: 'gamma-server' },
      ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
    });
  });
});

describe('policy-objects', () => {
  const KNP = JSON.stringify({
    apiVersion: 'openstack.org/v1',
    kind: 'KuryrNetworkPolicy',
    metadata: { name: 'deny-gamma' },
  });
  // the columns `openstack security group list -f json` prints (Description and Tags left out)
  const groups = (names: string[]): string =>
    JSON.stringify(names.map((n, i) => ({ ID: `id-${i}`, Name: n, Project: 'p-k8s' })));

  it('converges once the KuryrNetworkPolicy and the group sg-<ns>-<policy> are gone', async () => {
    const { runner, ctx } = world();
    runner.once('kubectl', undefined, { stdout: KNP });
    runner.on('kubectl', undefined, {
      exitCode: 1,
      stderr: 'Error from server (NotFound): kuryrnetworkpolicies.openstack.org "deny-gamma" not found\n',
    });
    runner.once('openstack', undefined, { stdout: groups(['default', 'sg-run-gamma-deny-gamma']) });
    runner.on('openstack', undefined, { stdout: groups(['default', 'sg-run-gamma-other']) });
    const out = await policyObjects.check(ctx, { policy: 'deny-gamma', present: false }, Date.now() + 5000);
    expect(out.ok).toBe(true);
    expect(out.message).toMatch(
      /^KuryrNetworkPolicy run-gamma\/deny-gamma and security group sg-run-gamma-deny-gamma are gone \(\d+\.\d s\)$/,
    );
    expect(runner.callsTo('kubectl')[0]?.args.join(' ')).toBe(
      '--kubeconfig /k -n run-gamma get kuryrnetworkpolicies deny-gamma -o json',
    );
    expect(runner.callsTo('openstack')[0]?.args.join(' ')).toBe('--os-cloud c security group list -f json');
  });

  it('fails with evidence when the group stays', async () => {
    const { runner, ctx } = world();
    runner.on('kubectl', undefined, { exitCode: 1, stderr: 'Error from server (NotFound): x not found\n' });
    runner.on('openstack', undefined, { stdout: groups(['sg-run-gamma-deny-gamma']) });
    const out = await policyObjects.check(ctx, { policy: 'deny-gamma', present: false }, Date.now() + 50);
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/: security group sg-run-gamma-deny-gamma still exists \(id-0\) after \d+\.\d s$/);
    expect(out.evidence?.map((e) => e.kind)).toEqual(['kuryrnetworkpolicy', 'security-groups']);
  });

  it('present: true needs both objects', async () => {
    const { runner, ctx } = world();
    runner.on('kubectl', undefined, { stdout: KNP });
    runner.on('openstack', undefined, { stdout: groups([]) });
    const out = await policyObjects.check(ctx, { policy: 'deny-gamma', present: true }, Date.now() + 30);
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/: no security group sg-run-gamma-deny-gamma after/);
  });

  it('names an unknown policy at load time', () => {
    const doc = { policies: { a: {} } } as unknown as SuiteDocument;
    expect(policyObjects.validate?.({ policy: 'b', present: 'yes' } as never, doc)).toEqual([
      { path: ['policy'], message: "'b' is not a key of the suite's policies (known: a)" },
      { path: ['present'], message: 'present must be true or false' },
    ]);
  });
});
