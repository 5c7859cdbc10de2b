/**
 * The sandbox kubectl double validates `apply` of the Kuryr CRDs whose pinned-train definition carries an
 * openAPIV3Schema (KuryrNet, KuryrNetPolicy) and rejects a bad object with the API server's Invalid message, exit 1.
 * Runs the real double on a cluster made by `kdf-kube init` (no manager: apply of a CRD object needs none, no root).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CommandResult } from '../../../src/runtime/command.js';
import { KUBECTL, KUBE_DIR, PY, runner } from './cluster.js';

let state: string;
let kubeconfig: string;

beforeAll(async () => {
  state = mkdtempSync(join(tmpdir(), 'kdf-crd-'));
  kubeconfig = join(state, 'kubeconfig');
  await runner.run(PY, [
    join(KUBE_DIR, 'bin', 'kdf-kube'),
    'init',
    '--state-dir',
    state,
    '--cluster',
    'crd',
    '--kubeconfig',
    kubeconfig,
    '--cni',
    'local',
    '--local-cidr',
    '10.198.0.0/24',
  ]);
});
afterAll(() => {
  if (state) rmSync(state, { recursive: true, force: true });
});

function kubectl(args: readonly string[], input?: string): Promise<CommandResult> {
  return runner.run(PY, [KUBECTL, '--kubeconfig', kubeconfig, ...args], {
    input,
    allowedExitCodes: Array.from({ length: 256 }, (_, i) => i),
    timeoutMs: 60_000,
  });
}

const kuryrNet = (spec: Record<string, unknown>): string =>
  JSON.stringify({ apiVersion: 'openstack.org/v1', kind: 'KuryrNet', metadata: { name: 'kn' }, spec });
const NET = { netId: 'n1', routerId: 'r1', subnetCIDR: '10.0.0.0/26', subnetId: 's1' };
const RULE = { id: 'r-1', direction: 'ingress', ethertype: 'IPv4', security_group_id: 'sg-1' };
const knp = (spec: Record<string, unknown>): string =>
  JSON.stringify({
    apiVersion: 'openstack.org/v1',
    kind: 'KuryrNetPolicy',
    metadata: { name: 'np' },
    spec: {
      egressSgRules: [],
      ingressSgRules: [{ security_group_rule: RULE }],
      networkpolicy_spec: { podSelector: {}, policyTypes: ['Ingress'] },
      podSelector: {},
      securityGroupId: 'sg-1',
      ...spec,
    },
  });

describe('kubectl apply of Kuryr CRD objects (schema of the pinned train)', () => {
  it('rejects a KuryrNet without netId, and one whose populated is a string, like the API server', async () => {
    const { netId: _dropped, ...withoutNetId } = NET;
    let r = await kubectl(['apply', '-f', '-'], kuryrNet(withoutNetId));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('The KuryrNet "kn" is invalid: spec.netId: Required value\n');
    r = await kubectl(['apply', '-f', '-'], kuryrNet({ ...NET, populated: 'True' }));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'The KuryrNet "kn" is invalid: spec.populated: Invalid value: "string": spec.populated in body must be of ' +
        'type boolean: "string"\n',
    );
    expect((await kubectl(['get', 'kuryrnets', '-o', 'name'])).stdout).toBe('');
  });

  it('accepts a valid KuryrNet (cluster-scoped) and a valid KuryrNetPolicy (namespaced)', async () => {
    let r = await kubectl(['apply', '-f', '-'], kuryrNet({ ...NET, populated: false }));
    expect(r.stdout).toBe('kuryrnet.openstack.org/kn created\n');
    r = await kubectl(['-n', 'default', 'apply', '-f', '-'], knp({}));
    expect(r.stdout).toBe('kuryrnetpolicy.openstack.org/np created\n');
    expect((await kubectl(['-n', 'default', 'get', 'kuryrnetpolicies', '-o', 'name'])).stdout).toBe(
      'kuryrnetpolicy.openstack.org/np\n',
    );
    // an update is validated as well
    r = await kubectl(['apply', '-f', '-'], kuryrNet({ ...NET, populated: 'yes' }));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^The KuryrNet "kn" is invalid: spec\.populated: Invalid value/);
    await kubectl(['delete', 'kuryrnet', 'kn']);
    await kubectl(['-n', 'default', 'delete', 'kuryrnetpolicy', 'np']);
  });

  it('rejects a KuryrNetPolicy without ingressSgRules, with a rule without id, with a list as networkpolicy_spec', async () => {
    const { ingressSgRules: _x, ...rest } = JSON.parse(knp({})).spec as Record<string, unknown>;
    const noIngress = JSON.stringify({ ...JSON.parse(knp({})), spec: rest });
    let r = await kubectl(['-n', 'default', 'apply', '-f', '-'], noIngress);
    expect(r.stderr).toBe('The KuryrNetPolicy "np" is invalid: spec.ingressSgRules: Required value\n');
    const { id: _id, ...ruleWithoutId } = RULE;
    r = await kubectl(
      ['-n', 'default', 'apply', '-f', '-'],
      knp({ ingressSgRules: [{ security_group_rule: ruleWithoutId }] }),
    );
    expect(r.stderr).toBe(
      'The KuryrNetPolicy "np" is invalid: spec.ingressSgRules.0.security_group_rule.id: Required value\n',
    );
    r = await kubectl(['-n', 'default', 'apply', '-f', '-'], knp({ networkpolicy_spec: [] }));
    expect(r.stderr).toBe(
      'The KuryrNetPolicy "np" is invalid: spec.networkpolicy_spec: Invalid value: "array": spec.networkpolicy_spec ' +
        'in body must be of type object: "array"\n',
    );
    // several causes: kubectl's multi-line form
    r = await kubectl(['-n', 'default', 'apply', '-f', '-'], knp({ networkpolicy_spec: [], securityGroupId: 7 }));
    expect(r.stderr).toBe(
      'The KuryrNetPolicy "np" is invalid: \n' +
        '* spec.networkpolicy_spec: Invalid value: "array": spec.networkpolicy_spec in body must be of type object: "array"\n' +
        '* spec.securityGroupId: Invalid value: "integer": spec.securityGroupId in body must be of type string: "integer"\n',
    );
    expect(r.exitCode).toBe(1);
  });
});

describe('kubectl apply of a NodePort service', () => {
  it('allocates a nodePort like a LoadBalancer does, keeps it on re-apply, and shows it in get svc', async () => {
    const svc = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'np' },
      spec: { type: 'NodePort', selector: { app: 'np' }, ports: [{ port: 80, targetPort: 8080 }] },
    });
    let r = await kubectl(['-n', 'default', 'apply', '-f', '-'], svc);
    expect(r.stdout).toBe('service/np created\n');
    const spec = (): Promise<{ type: string; externalTrafficPolicy: string; ports: { nodePort: number }[] }> =>
      kubectl(['-n', 'default', 'get', 'svc', 'np', '-o', 'json']).then((x) => JSON.parse(x.stdout).spec);
    const first = await spec();
    expect(first.type).toBe('NodePort');
    expect(first.externalTrafficPolicy).toBe('Cluster');
    const nodePort = first.ports[0]?.nodePort ?? 0;
    expect(nodePort).toBeGreaterThanOrEqual(30000);
    expect(nodePort).toBeLessThanOrEqual(32767);
    r = await kubectl(['-n', 'default', 'apply', '-f', '-'], svc);
    expect(r.stdout).toBe('service/np unchanged\n');
    expect((await spec()).ports[0]?.nodePort).toBe(nodePort);
    r = await kubectl(['-n', 'default', 'get', 'svc', 'np']);
    expect(r.stdout).toMatch(new RegExp(`^np\\s+NodePort\\s+10\\.\\S+\\s+<none>\\s+80:${nodePort}/TCP\\s`, 'm'));
    await kubectl(['-n', 'default', 'delete', 'svc', 'np']);
  });
});
