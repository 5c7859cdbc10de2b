/**
 * The JSON the kubectl double prints has the shapes real kubectl prints: key sets and value types of a running pod,
 * a deployment, a List and a service, compared path by path with real output (test/__fixtures__/kubectl, sources in
 * its README), in both directions; plus the table headers. Needs root (a temporary cluster with pods).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

import { REPO_ROOT } from '../../helpers/paths.js';
import { TempCluster, eventually, isRoot } from './cluster.js';

jest.setTimeout(120_000);

const FIXTURES = join(REPO_ROOT, 'test', '__fixtures__', 'kubectl');
const fixture = (f: string): unknown => {
  const text = readFileSync(join(FIXTURES, f), 'utf8');
  return f.endsWith('.json') ? JSON.parse(text) : parse(text);
};

/** Maps whose keys are data, not schema: compared as one opaque object. */
const OPAQUE = new Set(['labels', 'annotations', 'matchLabels', 'nodeSelector', 'selector']);

/** Every path of `v` with the JSON type found there (`[]` for array elements), e.g. `spec.containers[].name: string`. */
function shape(v: unknown, path = '', out = new Map<string, Set<string>>()): Map<string, Set<string>> {
  const type = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
  if (path) {
    if (!out.has(path)) out.set(path, new Set());
    out.get(path)!.add(type);
  }
  const last = path.split('.').at(-1) ?? '';
  if (Array.isArray(v)) for (const x of v) shape(x, `${path}[]`, out);
  else if (v && typeof v === 'object' && !OPAQUE.has(last))
    for (const [k, x] of Object.entries(v)) shape(x, path ? `${path}.${k}` : k, out);
  return out;
}

/**
 * Compares two shapes: paths of `real` missing from `double` (unless exempt), paths only in `double` (unless
 * allowed), and paths whose types differ.
 */
function compare(
  real: unknown,
  double: unknown,
  exempt: readonly RegExp[],
  extra: readonly RegExp[],
): { missing: string[]; unexpected: string[]; types: string[] } {
  const r = shape(real);
  const d = shape(double);
  const missing = [...r.keys()].filter((p) => !d.has(p) && !exempt.some((e) => e.test(p)));
  const unexpected = [...d.keys()].filter((p) => !r.has(p) && !extra.some((e) => e.test(p)));
  const types = [...r.keys()]
    .filter((p) => d.has(p))
    .filter((p) => [...d.get(p)!].some((t) => !r.get(p)!.has(t)))
    .map((p) => `${p}: real ${[...r.get(p)!].join('|')}, double ${[...d.get(p)!].join('|')}`);
  return { missing, unexpected, types };
}

// Fields of the fixtures that a v1.16-era cluster without service-account tokens, resource limits or IPv6 does not
// have (each a deliberate difference, documented in sandbox/kube/README.md).
const POD_EXEMPT = [
  /^spec\.volumes/, // service-account token volumes: no API server tokens in the sandbox
  /^spec\.containers\[\]\.volumeMounts/,
  /^spec\.containers\[\]\.resources\./, // limits/requests of the fixture's Guaranteed pod; the demo has none
  /^spec\.preemptionPolicy$/, // added in v1.19
  /^spec\.containers\[\]\.env/, // the demo deployment sets no env
  /^spec\.containers\[\]\.ports\[\]\.name$/,
  /^metadata\.labels$/, // opaque and present: compared as a whole elsewhere
];
const POD_EXTRA = [/^metadata\.selfLink$/]; // v1.16 still printed selfLink (removed in v1.20)

const d = isRoot() ? describe : describe.skip;
let c: TempCluster;

beforeAll(async () => {
  if (!isRoot()) return;
  c = await TempCluster.start('shapes', '10.198.0.0/24');
  await c.ok('create', 'deployment', 'demo', '--image=quay.io/kuryr/demo', '--port=8080');
  await c.ok('rollout', 'status', 'deployment/demo', '--timeout=60s');
  await c.ok('expose', 'deployment', 'demo', '--port=80', '--target-port=8080');
});
afterAll(async () => {
  if (c) await c.stop();
});

d('object shapes match real kubectl output', () => {
  it('a running pod (kubectl get pod -o yaml)', async () => {
    const pods = await c.json<{ items: unknown[] }>('get', 'pods', '-l', 'app=demo');
    const real = fixture('pod-running.yaml');
    const res = compare(real, pods.items[0], POD_EXEMPT, POD_EXTRA);
    expect(res).toEqual({ missing: [], unexpected: [], types: [] });
    expect(pods.items[0]).toMatchObject({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { resourceVersion: expect.stringMatching(/^\d+$/), creationTimestamp: expect.stringMatching(/Z$/) },
      status: { phase: 'Running', qosClass: 'BestEffort' },
    });
  });

  it('the List envelope of kubectl get pods -o json', async () => {
    const list = await c.json<{ items: unknown[] }>('get', 'pods');
    const real = fixture('pods-list.json') as { items: unknown[] };
    const res = compare({ ...real, items: [] }, { ...list, items: [] }, [], [/^metadata\.selfLink$/]);
    expect(res).toEqual({ missing: [], unexpected: [], types: [] });
    const item = compare(real.items[0], list.items[0], POD_EXEMPT, POD_EXTRA);
    expect(item).toEqual({ missing: [], unexpected: [], types: [] });
  });

  it('a deployment (kubectl get deploy -o json)', async () => {
    const deploy = await eventually(
      () => c.json<{ status: { conditions?: { reason: string }[] } }>('get', 'deployment', 'demo'),
      (x) => x.status.conditions?.some((k) => k.reason === 'NewReplicaSetAvailable') ?? false,
    );
    const res = compare(
      fixture('deployment.json'),
      deploy,
      [],
      [
        /^metadata\.selfLink$/,
        // create deployment --port adds ports to the template (the fixture's deployment has none)
        /^spec\.template\.spec\.containers\[\]\.ports/,
      ],
    );
    expect(res).toEqual({ missing: [], unexpected: [], types: [] });
  });

  it('a service spec (kubectl get svc -o yaml)', async () => {
    const svc = await c.json<{ spec: unknown }>('get', 'svc', 'demo');
    const real = (fixture('service-spec.yaml') as { spec: unknown }).spec;
    const res = compare(
      real,
      svc.spec,
      [/^ports\[\]\.(name|nodePort)$/], // a name only with several ports, nodePort only for type NodePort
      [/^(sessionAffinity|type)$/], // cut off by the documentation's `grep -C 5`
    );
    expect(res).toEqual({ missing: [], unexpected: [], types: [] });
  });
});

describe('the shape comparison', () => {
  it('catches a missing field, an invented field and a wrong type', () => {
    const real = { status: { podIP: '10.0.0.1', podIPs: [{ ip: '10.0.0.1' }], restartCount: 0 } };
    const double = { status: { podIP: '10.0.0.1', restartCount: '0', hostname: 'x' } };
    expect(compare(real, double, [], [])).toEqual({
      missing: ['status.podIPs', 'status.podIPs[]', 'status.podIPs[].ip'],
      unexpected: ['status.hostname'],
      types: ['status.restartCount: real number, double string'],
    });
  });
});

d('table headers match real kubectl output', () => {
  const tables = new Map<string, string>();
  for (const block of readFileSync(join(FIXTURES, 'tables.txt'), 'utf8').split('### ').slice(1)) {
    const [title, header] = block.split('\n');
    tables.set(title!, header!);
  }
  const cells = (line: string): string[] => line.trim().split(/\s{2,}/);

  it.each([
    ['kubectl get pods', ['get', 'pods']],
    ['kubectl get pod -o wide', ['get', 'pod', '-o', 'wide']],
    ['kubectl get svc my-nginx', ['get', 'svc', 'demo']],
    ['kubectl get all (deployments)', ['get', 'deployments.apps']],
    ['kubectl get all (replicasets)', ['get', 'rs']],
  ])('%s', async (title, args) => {
    const out = await c.ok(...args);
    expect(cells(out.split('\n')[0]!)).toEqual(cells(tables.get(title)!));
  });
});
