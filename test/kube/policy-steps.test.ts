/**
 * The policy actions of `steps`: apply-policy resolves `${podIP:w}` and `${cidr:ns}` when it applies (the namespace's
 * KuryrNetwork, else the shared pod subnet), in the policy's real namespace; update-policy applies another spec under
 * the same name; delete-policy and label-namespace call kubectl as real kubectl wants; the scenario's end deletes
 * what it applied.
 */
import { describe, expect, it } from '@jest/globals';
import { OpenStackClient } from '../../src/openstack/client.js';
import { applyPolicy } from '../../src/kube/steps/actions/apply-policy.js';
import { deletePolicy } from '../../src/kube/steps/actions/delete-policy.js';
import { labelNamespace } from '../../src/kube/steps/actions/label-namespace.js';
import { appliedPolicies, removeAppliedPolicies } from '../../src/kube/steps/actions/policy-state.js';
import { updatePolicy } from '../../src/kube/steps/actions/update-policy.js';
import { STEP_ACTIONS } from '../../src/kube/steps/actions/index.js';
import { FakeCommandRunner, type FakeCall } from '../__fixtures__/fake-command-runner.js';
import { newRun, stepContext } from './steps-fixture.js';

const line = (c: FakeCall): string => c.args.join(' ');

function kube(kuryrNetworks: unknown[] | undefined): FakeCommandRunner {
  const runner = new FakeCommandRunner();
  runner.on(
    'kubectl',
    (a) => a.join(' ').includes('get kuryrnetworks'),
    () =>
      kuryrNetworks === undefined
        ? { exitCode: 1, stderr: 'error: the server doesn\'t have a resource type "kuryrnetworks"\n' }
        : { stdout: JSON.stringify({ kind: 'List', items: kuryrNetworks }) },
  );
  runner.on('kubectl', undefined, { stdout: 'ok\n' });
  return runner;
}

const applied = (runner: FakeCommandRunner): { ns: string; body: Record<string, unknown> }[] =>
  runner.calls
    .filter((c) => line(c).includes('apply -f -'))
    .map((c) => ({
      ns: c.args[c.args.indexOf('-n') + 1] ?? '',
      body: JSON.parse(c.options.input as string) as Record<string, unknown>,
    }));

describe('policy actions', () => {
  it('the registry has the four policy actions under their names', () => {
    for (const n of ['apply-policy', 'delete-policy', 'update-policy', 'label-namespace'])
      expect(STEP_ACTIONS[n]?.name).toBe(n);
  });

  it('apply-policy applies the object in its real namespace with the metadata name = the key', async () => {
    const runner = kube(undefined);
    const ctx = stepContext(await newRun(runner));
    expect(await applyPolicy.run(ctx, 'deny')).toBe('applied networkpolicy capture-other/deny');
    expect(applied(runner)).toEqual([
      {
        ns: 'capture-other',
        body: {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: {
            name: 'deny',
            namespace: 'capture-other',
            labels: { 'app.kubernetes.io/managed-by': 'kuryr-dragonflow-actions' },
          },
          spec: { podSelector: { matchLabels: { role: 'server' } }, policyTypes: ['Ingress'] },
        },
      },
    ]);
    expect([...appliedPolicies(ctx).keys()]).toEqual(['deny']);
  });

  it('update-policy resolves ${podIP:client} and ${cidr:other} (KuryrNetwork) at apply time, under the old name', async () => {
    const runner = kube([
      { metadata: { name: 'capture-other', namespace: 'capture-other' }, status: { subnetCIDR: '10.0.1.64/26' } },
    ]);
    const ctx = stepContext(await newRun(runner));
    await updatePolicy.run(ctx, { name: 'deny', to: 'allow-client' });
    const [only] = applied(runner);
    expect(only?.ns).toBe('capture-other');
    expect(only?.body.metadata).toMatchObject({ name: 'deny', namespace: 'capture-other' });
    expect(only?.body.spec).toEqual({
      podSelector: { matchLabels: { role: 'server' } },
      ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.11/32' } }, { ipBlock: { cidr: '10.0.1.64/26' } }] }],
    });
    expect(runner.calls.some((c) => line(c) === '-n capture-other get kuryrnetworks -o json')).toBe(true);
  });

  it('${cidr:ns} without a KuryrNetwork is the pod subnet every namespace shares', async () => {
    const runner = kube(undefined);
    runner.on('openstack', (a) => a.join(' ').includes('subnet show k8s-pod-subnet'), {
      stdout: JSON.stringify({
        id: 's1',
        name: 'k8s-pod-subnet',
        cidr: '10.0.0.64/26',
        network_id: 'n1',
        ip_version: 4,
        gateway_ip: '10.0.0.65',
        allocation_pools: [],
        enable_dhcp: false,
      }),
    });
    const client = new OpenStackClient({ runner, cloud: 'c', sleep: async () => undefined });
    const ctx = stepContext(await newRun(runner, { client }));
    await updatePolicy.run(ctx, { name: 'deny', to: 'allow-client' });
    expect(JSON.stringify(applied(runner)[0]?.body.spec)).toContain('"cidr":"10.0.0.64/26"');
  });

  it('a workload without a ready pod cannot fill ${podIP:…}: the action fails saying so', async () => {
    const ctx = stepContext(await newRun(kube(undefined)));
    ctx.workloads.get('client')!.pods = [];
    await expect(updatePolicy.run(ctx, { name: 'deny', to: 'allow-client' })).rejects.toThrow(
      "${podIP:client}: workload 'client' has no ready pod with an IP",
    );
  });

  it('delete-policy, label-namespace and the end of the scenario use real kubectl grammar', async () => {
    const runner = kube(undefined);
    const ctx = stepContext(await newRun(runner));
    await applyPolicy.run(ctx, 'deny');
    await applyPolicy.run(ctx, 'allow-client').catch(() => undefined); // no subnet: fails before applying
    expect(await deletePolicy.run(ctx, 'deny')).toBe('deleted networkpolicy capture-other/deny');
    await labelNamespace.run(ctx, { namespace: 'other', labels: { team: 'blue', tier: 'db' } });
    await updatePolicy.run(ctx, { name: 'deny', to: 'deny' });
    await removeAppliedPolicies(ctx);
    const lines = runner.calls.map(line).filter((l) => !l.includes('apply') && !l.includes('kuryrnetworks'));
    expect(lines).toEqual([
      '-n capture-other delete networkpolicy deny',
      'label namespace capture-other team=blue tier=db --overwrite',
      '-n capture-other delete networkpolicy deny',
    ]);
    expect(appliedPolicies(ctx).size).toBe(0);
  });
});
