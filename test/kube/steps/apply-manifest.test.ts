/**
 * The `apply-manifest` step action against the REAL sandbox kubectl double (a cluster made by `kdf-kube init`, no
 * manager: applying CRD objects needs none): a schema rejection passes only when the server said "is invalid" and
 * named the field; an accepted object where a rejection was expected fails the step and is deleted again; a refusal
 * that is not validation (a kind the cluster does not serve) fails the step.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'yaml';

import { Kubectl } from '../../../src/kube/kubectl.js';
import { applyManifest, namesField, type ApplyManifestArg } from '../../../src/kube/steps/actions/apply-manifest.js';
import type { StepContext } from '../../../src/kube/steps/types.js';
import type { SuiteDocument } from '../../../src/kube/suite.js';
import { ProcessCommandRunner } from '../../../src/runtime/process-runner.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const KUBE = join(REPO_ROOT, 'sandbox', 'kube', 'bin');
const runner = new ProcessCommandRunner({ killGraceMs: 2000 });
let state: string;
let kubectl: Kubectl;
let ctx: StepContext;

beforeAll(async () => {
  state = mkdtempSync(join(tmpdir(), 'kdf-am-'));
  const kubeconfig = join(state, 'kubeconfig');
  await runner.run('/usr/bin/python3', [
    join(KUBE, 'kdf-kube'),
    ...['init', '--state-dir', state, '--cluster', 'am', '--kubeconfig', kubeconfig],
    ...['--cni', 'local', '--local-cidr', '10.197.0.0/24'],
  ]);
  kubectl = new Kubectl({ runner, kubeconfig, namespace: 'run-ns', executable: join(KUBE, 'kubectl') });
  await kubectl.createNamespace();
  await kubectl.run(['create', 'namespace', 'run-ns-other'], { namespaced: false });
  // the action reads only the run's kubectl and the namespace map
  ctx = {
    run: { deps: { kubectl } },
    namespaces: new Map([
      ['', 'run-ns'],
      ['other', 'run-ns-other'],
    ]),
  } as unknown as StepContext;
});
afterAll(() => {
  if (state) rmSync(state, { recursive: true, force: true });
});

const NET = { netId: 'n1', routerId: 'r1', subnetCIDR: '10.0.0.0/26', subnetId: 's1' };
const kuryrNet = (spec: Record<string, unknown>): Record<string, unknown> => ({
  apiVersion: 'openstack.org/v1',
  kind: 'KuryrNet',
  metadata: { name: 'kdf-kn' },
  spec,
});
const knp = (spec: Record<string, unknown>): Record<string, unknown> => ({
  apiVersion: 'openstack.org/v1',
  kind: 'KuryrNetPolicy',
  metadata: { name: 'kdf-np' },
  spec: {
    egressSgRules: [],
    ingressSgRules: [{ security_group_rule: { id: 'r-1' } }],
    networkpolicy_spec: { podSelector: {} },
    podSelector: {},
    securityGroupId: 'sg-1',
    ...spec,
  },
});
const run = (arg: ApplyManifestArg): Promise<string> => applyManifest.run(ctx, arg);

describe('apply-manifest against the sandbox kubectl double', () => {
  it('passes a rejection that names the field, with the server message', async () => {
    const { netId: _n, ...noNetId } = NET;
    await expect(run({ manifest: kuryrNet(noNetId), expect: 'rejected', field: 'spec.netId' })).resolves.toBe(
      'rejected as expected: The KuryrNet "kdf-kn" is invalid: spec.netId: Required value',
    );
    await expect(
      run({
        manifest: knp({ networkpolicy_spec: [], securityGroupId: 1 }),
        expect: 'rejected',
        field: 'spec.securityGroupId',
      }),
    ).resolves.toMatch(
      /^rejected as expected: The KuryrNetPolicy "kdf-np" is invalid: \* spec\.networkpolicy_spec: .* \* spec\.securityGroupId: Invalid value/,
    );
  });

  it('fails a rejection that does not name the field', async () => {
    await expect(
      run({ manifest: kuryrNet({ ...NET, populated: 'x' }), expect: 'rejected', field: 'spec.netId' }),
    ).rejects.toThrow(/KuryrNet\/kdf-kn was rejected, but the message does not name spec\.netId: .*spec\.populated/);
  });

  it('fails when a rejection was expected and the object was accepted, and deletes it again', async () => {
    await expect(run({ manifest: kuryrNet(NET), expect: 'rejected' })).rejects.toThrow(
      'the API server accepted KuryrNet/kdf-kn (kuryrnet.openstack.org/kdf-kn created), expected a rejection; deleted it again',
    );
    expect(await kubectl.run(['get', 'kuryrnets', '-o', 'name'], { namespaced: false })).toBe('');
  });

  it('fails a refusal that is not validation (a kind the cluster does not serve)', async () => {
    const manifest = { apiVersion: 'openstack.org/v1', kind: 'KuryrPort', metadata: { name: 'p' }, spec: {} };
    await expect(run({ manifest, expect: 'rejected' })).rejects.toThrow(
      /KuryrPort\/p was refused, but not by validation \(expected "is invalid"\): error: kubectl apply of kind KuryrPort/,
    );
  });

  it('applies an accepted object in the namespace of the key, and fails when it is refused', async () => {
    await expect(run({ manifest: knp({}), namespace: 'other' })).resolves.toBe(
      'applied KuryrNetPolicy/kdf-np: kuryrnetpolicy.openstack.org/kdf-np created',
    );
    expect(
      await kubectl.run(['-n', 'run-ns-other', 'get', 'kuryrnetpolicies', '-o', 'name'], { namespaced: false }),
    ).toBe('kuryrnetpolicy.openstack.org/kdf-np\n');
    await expect(run({ manifest: knp({ podSelector: [] }), expect: 'accepted' })).rejects.toThrow(
      /^the API server refused KuryrNetPolicy\/kdf-np: The KuryrNetPolicy "kdf-np" is invalid: spec\.podSelector/,
    );
  });
});

/** Every apply-manifest step of the built-in suites, as `suite/scenario/n` with its argument. */
function builtinSteps(): [string, ApplyManifestArg][] {
  const dir = join(REPO_ROOT, 'suites');
  const out: [string, ApplyManifestArg][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as {
      name: string;
      scenarios?: { name: string; steps?: Record<string, unknown>[] }[];
    };
    for (const s of doc.scenarios ?? [])
      (s.steps ?? []).forEach((step, i) => {
        if (step['apply-manifest'])
          out.push([`${doc.name}/${s.name}/${i + 1}`, step['apply-manifest'] as ApplyManifestArg]);
      });
  }
  return out;
}

describe('the built-in suites apply-manifest steps', () => {
  const steps = builtinSteps();
  it('exist (the CRD schema and NodePort scenarios of docs/coverage.md)', () => {
    expect(steps.map(([id]) => id)).toEqual(
      expect.arrayContaining([
        'namespaces/kuryrnet-schema/1',
        'namespaces/kuryrnet-schema/2',
        'network-policy/knp-schema/3',
        'services/node-port-service-controller-stable/2',
      ]),
    );
  });
  it.each(steps)('%s passes against the sandbox double', async (_id, arg) => {
    expect(applyManifest.validate?.(arg, { namespaces: [] } as unknown as SuiteDocument)).toEqual([]);
    await expect(run(arg)).resolves.toMatch(
      arg.expect === 'rejected'
        ? /^rejected as expected: The Kuryr\w+ "kdf-schema-[a-z-]+" is invalid: /
        : /^applied \w+\/[a-z-]+: \S+ created$/,
    );
  });
});

describe('apply-manifest load-time rules', () => {
  const doc = { namespaces: [{ name: 'other' }] } as unknown as SuiteDocument;
  const problems = (arg: unknown): string[] =>
    (applyManifest.validate?.(arg as ApplyManifestArg, doc) ?? []).map((p) => `${p.path.join('.')}: ${p.message}`);

  it('accepts a complete object', () => {
    expect(problems({ manifest: kuryrNet(NET), expect: 'rejected', field: 'spec.x', namespace: 'other' })).toEqual([]);
  });

  it('names every mistake with its path', () => {
    expect(problems({ manifest: 'x' })).toEqual([
      'manifest: manifest must be a Kubernetes object (apiVersion, kind, metadata.name)',
    ]);
    expect(
      problems({
        manifest: { kind: 'KuryrNet', metadata: { namespace: 'a' } },
        expect: 'maybe',
        field: 'spec',
        namespace: 'nope',
      }),
    ).toEqual([
      "manifest.apiVersion: the manifest needs 'apiVersion' (a string)",
      "manifest.metadata.name: the manifest needs 'metadata.name'",
      "manifest.metadata.namespace: remove metadata.namespace: the step's 'namespace' (a key of the suite's namespaces) places the object",
      "expect: expect must be 'accepted' or 'rejected', not 'maybe'",
      "field: 'field' names what a rejection must mention: it needs expect: rejected",
      "namespace: unknown namespace 'nope' (known: other); add it to 'namespaces'",
    ]);
  });

  it('recognizes both message forms Kubernetes used for a field', () => {
    expect(namesField('The KuryrNet "x" is invalid: spec.netId: Required value', 'spec.netId')).toBe(true);
    expect(namesField('validation failure list:\nspec.netId in body is required', 'spec.netId')).toBe(true);
    expect(namesField('The KuryrNet "x" is invalid: spec.netIdentity: Required value', 'spec.netId')).toBe(false);
  });
});
