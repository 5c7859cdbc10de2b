/**
 * The kubectl double's kinds and verbs for network policies, namespaces, services and Kuryr's CRDs (issue #16,
 * design A): NetworkPolicy with the API server's defaults and validation, namespace labels, user Endpoints of a
 * Service without a selector, `type: LoadBalancer`, the Kuryr CRDs written through `kdfkube.store.Cluster`,
 * `rollout restart` and scaling to zero. A temporary cluster with `cni: local`; needs root (network namespaces).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

import { REPO_ROOT } from '../../helpers/paths.js';
import { KUBE_DIR, PY, TempCluster, eventually, isRoot, runner } from './cluster.js';

jest.setTimeout(180_000);

type Obj = {
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid: string;
    generation?: number;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    deletionTimestamp?: string;
  };
  spec: Record<string, unknown>;
  status?: Record<string, unknown>;
  subsets?: { addresses?: { ip: string }[]; notReadyAddresses?: { ip: string }[]; ports?: unknown[] }[];
};
type List = { kind: string; items: Obj[] };

const d = isRoot() ? describe : describe.skip;
let c: TempCluster;
let n = 0;

beforeAll(async () => {
  if (isRoot()) c = await TempCluster.start('c16', '10.197.0.0/24');
});
afterAll(async () => {
  if (c) await c.stop();
});

/** Writes a manifest into the cluster's state dir and returns its path. */
function manifest(text: string): string {
  const p = join(c.stateDir, `m${++n}.yaml`);
  writeFileSync(p, text);
  return p;
}

/** Runs Python with sandbox/kube on sys.path and `c` = this cluster's kdfkube.store.Cluster (as sandbox/kuryr does). */
async function withStore(code: string): Promise<string> {
  const prelude = [
    'import sys',
    `sys.path.insert(0, ${JSON.stringify(KUBE_DIR)})`,
    'from kdfkube import store',
    `c = store.Cluster(${JSON.stringify(join(c.stateDir, 'kube', 'clusters', 'c16'))})`,
  ].join('\n');
  const r = await runner.run(PY, ['-c', `${prelude}\n${code}`]);
  return r.stdout;
}

/** Table rows of a `kubectl get` split on runs of spaces. */
const rows = (out: string): string[][] =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => l.split(/\s{2,}/));

const POLICIES = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-db
  labels: {tier: db}
spec:
  podSelector:
    matchLabels: {role: db}
    matchExpressions:
      - {key: env, operator: In, values: [prod, dev]}
      - {key: legacy, operator: DoesNotExist}
  ingress:
    - from:
        - ipBlock: {cidr: 172.17.0.0/16, except: [172.17.1.0/24]}
        - namespaceSelector: {matchLabels: {project: myproject}}
      ports:
        - port: 6379
  egress:
    - to: [{ipBlock: {cidr: 10.0.0.0/24}}]
      ports: [{protocol: UDP, port: 53}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all}
spec:
  podSelector: {}
`;

d('NetworkPolicy (networking.k8s.io/v1)', () => {
  it('applies with created/unchanged/configured, server defaults, the POD-SELECTOR table, -o name, and deletes', async () => {
    const f = manifest(POLICIES);
    expect(await c.ok('apply', '-f', f)).toBe(
      'networkpolicy.networking.k8s.io/allow-db created\nnetworkpolicy.networking.k8s.io/deny-all created\n',
    );
    expect(await c.ok('apply', '-f', f)).toBe(
      'networkpolicy.networking.k8s.io/allow-db unchanged\nnetworkpolicy.networking.k8s.io/deny-all unchanged\n',
    );
    expect(rows(await c.ok('get', 'networkpolicies'))).toEqual([
      ['NAME', 'POD-SELECTOR', 'AGE'],
      ['allow-db', 'env in (dev,prod),!legacy,role=db', expect.stringMatching(/^\d+s$/)],
      ['deny-all', '<none>', expect.stringMatching(/^\d+s$/)],
    ]);
    // the API server's defaults: policyTypes from the rules, TCP for a port without protocol, podSelector {} kept
    const db = await c.json<Obj>('get', 'netpol', 'allow-db');
    expect(db).toMatchObject({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: {
        name: 'allow-db',
        namespace: 'default',
        generation: 1,
        labels: { tier: 'db' },
        selfLink: '/apis/networking.k8s.io/v1/namespaces/default/networkpolicies/allow-db',
      },
    });
    expect(db.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(db.spec.ingress).toEqual([
      {
        from: [
          { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
          { namespaceSelector: { matchLabels: { project: 'myproject' } } },
        ],
        ports: [{ port: 6379, protocol: 'TCP' }],
      },
    ]);
    const deny = parse(await c.ok('get', 'networkpolicy', 'deny-all', '-o', 'yaml')) as Obj;
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    expect(await c.ok('get', 'netpol', '-o', 'name')).toBe(
      'networkpolicy.networking.k8s.io/allow-db\nnetworkpolicy.networking.k8s.io/deny-all\n',
    );
    // a changed spec is `configured` and bumps the generation
    writeFileSync(f, POLICIES.replace('port: 6379', 'port: 6380'));
    expect(await c.ok('apply', '-f', f)).toContain('networkpolicy.networking.k8s.io/allow-db configured\n');
    expect((await c.json<Obj>('get', 'netpol', 'allow-db')).metadata.generation).toBe(2);
    // describe: kubectl's layout (header block, truncated last-applied annotation, the rules)
    const described = (await c.ok('describe', 'netpol', 'allow-db')).split('\n');
    expect(described.slice(0, 3)).toEqual([
      'Name:         allow-db',
      'Namespace:    default',
      expect.stringMatching(/^Created on: {3}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4} \S+$/),
    ]);
    expect(described[3]).toBe('Labels:       tier=db');
    expect(described[4]).toBe('Annotations:  kubectl.kubernetes.io/last-applied-configuration:');
    expect(described[5]).toMatch(/^ {16}\{"apiVersion":"networking\.k8s\.io\/v1",.{100,}\.\.\.$/);
    expect(described[5]).toHaveLength(16 + 138 + 3);
    expect(described.slice(6)).toEqual([
      'Spec:',
      '  PodSelector:     env in (dev,prod),!legacy,role=db',
      '  Allowing ingress traffic:',
      '    To Port: 6380/TCP',
      '    From:',
      '      IPBlock:',
      '        CIDR: 172.17.0.0/16',
      '        Except: 172.17.1.0/24',
      '    From:',
      '      NamespaceSelector: project=myproject',
      '  Allowing egress traffic:',
      '    To Port: 53/UDP',
      '    To:',
      '      IPBlock:',
      '        CIDR: 10.0.0.0/24',
      '        Except: ',
      '  Policy Types: Ingress, Egress',
      '',
    ]);
    expect((await c.ok('describe', 'networkpolicy', 'deny-all')).split('\n').slice(6)).toEqual([
      'Spec:',
      '  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)',
      '  Allowing ingress traffic:',
      '    <none> (Selected pods are isolated for ingress connectivity)',
      '  Not affecting egress traffic',
      '  Policy Types: Ingress',
      '',
    ]);
    const missing = await c.kubectl(['get', 'netpol', 'nope']);
    expect(missing.stderr).toBe('Error from server (NotFound): networkpolicies.networking.k8s.io "nope" not found\n');
    // delete by label, by name, by file, --all
    expect(await c.ok('delete', 'netpol', '-l', 'tier=db')).toBe(
      'networkpolicy.networking.k8s.io "allow-db" deleted\n',
    );
    expect(await c.ok('delete', 'networkpolicy', 'deny-all')).toBe(
      'networkpolicy.networking.k8s.io "deny-all" deleted\n',
    );
    await c.ok('apply', '-f', f);
    expect(await c.ok('delete', '-f', f)).toBe(
      'networkpolicy.networking.k8s.io "allow-db" deleted\nnetworkpolicy.networking.k8s.io "deny-all" deleted\n',
    );
    await c.ok('apply', '-f', f);
    await c.ok('apply', '-f', f, '-n', 'kube-public');
    await c.ok('delete', 'netpol', '--all');
    expect((await c.kubectl(['get', 'netpol'])).stderr).toBe('No resources found in default namespace.\n');
    expect(await c.ok('get', 'netpol', '-A', '-o', 'name')).toBe(
      'networkpolicy.networking.k8s.io/allow-db\nnetworkpolicy.networking.k8s.io/deny-all\n',
    );
    await c.ok('apply', '-f', f);
    await c.ok('delete', 'netpol', '--all', '--all-namespaces');
    expect((await c.kubectl(['get', 'netpol', '-A'])).stderr).toBe('No resources found\n');
  });

  it('rejects what the API server rejects, with its message shape', async () => {
    const bad = (name: string, spec: string): string =>
      manifest(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}}\nspec:\n${spec}`);
    const one = await c.kubectl([
      'apply',
      '-f',
      bad('x', '  podSelector: {}\n  ingress:\n    - from: [{ipBlock: {except: [10.0.0.0/8]}}]\n'),
    ]);
    expect([one.exitCode, one.stderr]).toEqual([
      1,
      'The NetworkPolicy "x" is invalid: spec.ingress[0].from[0].ipBlock.cidr: Required value\n',
    ]);
    const many = await c.kubectl([
      'apply',
      '-f',
      bad(
        'y',
        '  podSelector: {}\n  egress:\n    - ports: [{protocol: ICMP}]\n      to: [{ipBlock: {cidr: 10.0.0.0/24, except: [10.1.0.0/24]}}]\n',
      ),
    ]);
    expect([many.exitCode, many.stderr]).toEqual([
      1,
      'The NetworkPolicy "y" is invalid: \n' +
        '* spec.egress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"\n' +
        '* spec.egress[0].to[0].ipBlock.except[0]: Invalid value: "10.1.0.0/24": must be a strict subset of `cidr`\n',
    ]);
    const both = await c.kubectl([
      'apply',
      '-f',
      bad('z', '  podSelector: {}\n  ingress:\n    - from: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]\n'),
    ]);
    expect(both.stderr).toBe(
      'The NetworkPolicy "z" is invalid: spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer\n',
    );
    // a port without protocol is fine (defaulted to TCP); none of the rejected ones was stored
    await c.ok('apply', '-f', bad('ok', '  podSelector: {}\n  ingress:\n    - ports: [{port: 80}]\n'));
    expect((await c.json<List>('get', 'netpol')).items.map((p) => p.metadata.name)).toEqual(['ok']);
    await c.ok('delete', 'netpol', 'ok');
  });
});

d('namespaces with labels', () => {
  it('applies labels, labels with and without --overwrite, removes with k-, and shows them', async () => {
    const f = manifest('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels: {team: a}\n');
    expect(await c.ok('apply', '-f', f)).toBe('namespace/team-a created\n');
    expect(await c.ok('label', 'namespace', 'team-a', 'env=prod')).toBe('namespace/team-a labeled\n');
    const clash = await c.kubectl(['label', 'ns', 'team-a', 'team=b']);
    expect([clash.exitCode, clash.stderr]).toEqual([
      1,
      "error: 'team' already has a value (a), and --overwrite is false\n",
    ]);
    expect(await c.ok('label', 'ns/team-a', 'team=b', '--overwrite')).toBe('namespace/team-a labeled\n');
    expect(await c.ok('label', 'namespace', 'team-a', 'team=b', '--overwrite')).toBe('namespace/team-a not labeled\n');
    expect(await c.ok('label', 'namespace', 'team-a', 'env-')).toBe('namespace/team-a labeled\n');
    // objects of a file go to (and are deleted from) the namespace each document names
    const np = manifest(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: team-a}\nspec: {podSelector: {}}\n',
    );
    await c.ok('apply', '-f', np);
    expect(await c.ok('delete', '-f', np)).toBe('networkpolicy.networking.k8s.io "p" deleted\n');
    const table = rows(await c.ok('get', 'ns', '--show-labels'));
    expect(table[0]).toEqual(['NAME', 'STATUS', 'AGE', 'LABELS']);
    expect(table.find((r) => r[0] === 'team-a')).toEqual(['team-a', 'Active', expect.any(String), 'team=b']);
    expect(table.find((r) => r[0] === 'default')?.[3]).toBe('<none>');
    const none = await c.kubectl(['label', 'ns', 'team-a']);
    expect(none.stderr).toBe('error: at least one label update is required\n');
    const gone = await c.kubectl(['label', 'ns', 'nope', 'a=b']);
    expect(gone.stderr).toBe('Error from server (NotFound): namespaces "nope" not found\n');
    await c.ok('delete', 'ns', 'team-a');
  });
});

d('services and endpoints', () => {
  it('keeps user Endpoints of a Service without a selector; not-ready pods are notReadyAddresses', async () => {
    const early = manifest(
      'apiVersion: v1\nkind: Endpoints\nmetadata: {name: early}\nsubsets: [{addresses: [{ip: 10.197.0.201}], ports: [{port: 80}]}]\n',
    );
    expect(await c.ok('apply', '-f', early)).toBe('endpoints/early created\n');
    const f = manifest(`apiVersion: v1
kind: Service
metadata: {name: manual}
spec:
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: Endpoints
metadata: {name: manual}
subsets:
  - addresses: [{ip: 10.197.0.200}]
    ports: [{port: 8080}]
`);
    expect(await c.ok('apply', '-f', f)).toBe('service/manual created\nendpoints/manual created\n');
    await c.ok('create', 'deployment', 'nr', '--image=quay.io/kuryr/demo', '--replicas=2');
    await c.ok('expose', 'deployment', 'nr', '--port=80', '--target-port=8080');
    await c.ok('rollout', 'status', 'deployment/nr', '--timeout=60s');
    // the controllers ran many passes meanwhile: the user's object is as applied (protocol defaulted)
    const ep = await c.json<Obj>('get', 'endpoints', 'manual');
    expect(ep.subsets).toEqual([{ addresses: [{ ip: '10.197.0.200' }], ports: [{ port: 8080, protocol: 'TCP' }] }]);
    // applied before its Service exists: the garbage collector leaves a user's Endpoints alone
    expect((await c.json<Obj>('get', 'ep', 'early')).subsets?.[0]?.addresses).toEqual([{ ip: '10.197.0.201' }]);
    await c.ok('delete', 'ep', 'early');
    // a pod whose container died is Running but not Ready (crash back-off): its address moves to notReadyAddresses
    const pods = (await c.json<List>('get', 'pods', '-l', 'app=nr')).items;
    const victim = pods[0]!;
    const pidFile = join(c.stateDir, 'kube', 'clusters', 'c16', 'run', 'pods', `${victim.metadata.uid}.pid`);
    process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGKILL');
    const split = await eventually(
      () => c.json<Obj>('get', 'ep', 'nr'),
      (e) => (e.subsets?.[0]?.notReadyAddresses ?? []).length === 1,
    );
    expect(split.subsets![0]!.notReadyAddresses!.map((a) => a.ip)).toEqual([victim.status!.podIP]);
    expect(split.subsets![0]!.addresses!.map((a) => a.ip)).toEqual([pods.find((p) => p !== victim)!.status!.podIP]);
    await c.ok('delete', 'svc', 'manual');
    expect((await c.kubectl(['get', 'ep', 'manual'])).exitCode).toBe(1);
    await c.ok('delete', 'deployment', 'nr');
    await c.ok('delete', 'svc', 'nr');
  });

  it('accepts type LoadBalancer: nodePort from 30000-32767, EXTERNAL-IP <pending> until the ingress IP is set', async () => {
    await c.ok('create', 'deployment', 'lb', '--image=quay.io/kuryr/demo');
    expect(await c.ok('expose', 'deployment', 'lb', '--port=80', '--target-port=8080', '--type=LoadBalancer')).toBe(
      'service/lb exposed\n',
    );
    const f = manifest(`apiVersion: v1
kind: Service
metadata: {name: lb2}
spec:
  type: LoadBalancer
  selector: {app: lb}
  ports: [{port: 8080, protocol: UDP}]
`);
    expect(await c.ok('apply', '-f', f)).toBe('service/lb2 created\n');
    const svc = await c.json<Obj>('get', 'svc', 'lb');
    const ports = svc.spec.ports as { nodePort: number }[];
    expect(svc.spec).toMatchObject({ type: 'LoadBalancer', externalTrafficPolicy: 'Cluster' });
    expect(ports[0]!.nodePort).toBeGreaterThanOrEqual(30000);
    expect(ports[0]!.nodePort).toBeLessThanOrEqual(32767);
    // a port has the keys of a real node-port service's port (fixture), `name` only with several ports
    const real = parse(readFileSync(join(REPO_ROOT, 'test/__fixtures__/kubectl/service-spec.yaml'), 'utf8')) as {
      spec: { ports: Record<string, unknown>[] };
    };
    const realKeys = Object.keys(real.spec.ports[0]!).filter((k) => k !== 'name');
    expect(Object.keys(ports[0]!).sort()).toEqual(realKeys.sort());
    const before = rows(await c.ok('get', 'svc', 'lb'));
    expect(before).toEqual([
      ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
      ['lb', 'LoadBalancer', svc.spec.clusterIP, '<pending>', `80:${ports[0]!.nodePort}/TCP`, expect.any(String)],
    ]);
    // Kuryr's emulation writes the floating IP through the store helper; a re-apply keeps nodePort and status
    expect(
      await withStore(
        "print(c.put_status('Service', 'default', 'lb', {'loadBalancer': {'ingress': [{'ip': '172.24.4.77'}]}}))",
      ),
    ).toBe('True\n');
    expect(rows(await c.ok('get', 'svc', 'lb'))[1]?.[3]).toBe('172.24.4.77');
    const lb2 = await c.json<Obj>('get', 'svc', 'lb2');
    writeFileSync(f, readFileSync(f, 'utf8').replace('{app: lb}', '{app: lb, x: y}'));
    expect(await c.ok('apply', '-f', f)).toBe('service/lb2 configured\n');
    expect((await c.json<Obj>('get', 'svc', 'lb2')).spec.ports).toEqual(lb2.spec.ports);
    const taken = manifest(
      `apiVersion: v1\nkind: Service\nmetadata: {name: lb3}\nspec:\n  type: LoadBalancer\n  ports: [{port: 1, nodePort: ${ports[0]!.nodePort}}]\n`,
    );
    expect((await c.kubectl(['apply', '-f', taken])).stderr).toBe(
      `The Service "lb3" is invalid: spec.ports[0].nodePort: Invalid value: ${ports[0]!.nodePort}: provided port is already allocated\n`,
    );
    await c.ok('delete', 'svc', 'lb', 'lb2');
    await c.ok('delete', 'deployment', 'lb');
  });
});

d("Kuryr's CRDs (openstack.org/v1)", () => {
  it('reads what the Kuryr emulation writes through kdfkube.store: tables, -o json/yaml, -A, delete', async () => {
    await withStore(`
with c.locked():
    for kind, ns, name in (('KuryrNetworkPolicy', 'default', 'np'), ('KuryrNetwork', 'default', 'default'),
                           ('KuryrLoadBalancer', 'kube-system', 'dns'), ('KuryrNet', None, 'ns-default')):
        o = store.new_object(kind, name, ns)
        o['spec'] = {'k': kind}
        c.put(o)
print(c.put_status('KuryrNetworkPolicy', 'default', 'np', {'securityGroupId': 'sg-1'}))
print(c.put_status('KuryrNetworkPolicy', 'default', 'np', {'securityGroupId': 'sg-1'}))
print(c.put_status('KuryrNetworkPolicy', 'default', 'gone', {}))
`);
    expect(rows(await c.ok('get', 'knp'))).toEqual([
      ['NAME', 'AGE'],
      ['np', expect.stringMatching(/^\d+s$/)],
    ]);
    const knp = await c.json<Obj>('get', 'kuryrnetworkpolicies', 'np');
    expect(knp).toMatchObject({
      apiVersion: 'openstack.org/v1',
      kind: 'KuryrNetworkPolicy',
      metadata: { selfLink: '/apis/openstack.org/v1/namespaces/default/kuryrnetworkpolicies/np' },
      spec: { k: 'KuryrNetworkPolicy' },
      status: { securityGroupId: 'sg-1' },
    });
    expect((parse(await c.ok('get', 'kuryrnetworks', 'default', '-o', 'yaml')) as Obj).kind).toBe('KuryrNetwork');
    expect(rows(await c.ok('get', 'klb', '-A'))).toEqual([
      ['NAMESPACE', 'NAME', 'AGE'],
      ['kube-system', 'dns', expect.any(String)],
    ]);
    expect((await c.kubectl(['get', 'klb'])).stderr).toBe('No resources found in default namespace.\n');
    const nets = await c.json<List>('get', 'kuryrnets');
    expect(nets.items.map((x) => [x.kind, x.metadata.name, x.metadata.namespace])).toEqual([
      ['KuryrNet', 'ns-default', undefined],
    ]);
    expect(await c.ok('get', 'kuryrloadbalancers', '-A', '-o', 'name')).toBe('kuryrloadbalancer.openstack.org/dns\n');
    expect(await c.ok('delete', 'knp', 'np')).toBe('kuryrnetworkpolicy.openstack.org "np" deleted\n');
    expect((await c.kubectl(['get', 'knp', 'np'])).stderr).toBe(
      'Error from server (NotFound): kuryrnetworkpolicies.openstack.org "np" not found\n',
    );
    await c.ok('delete', 'klb', 'dns', '-n', 'kube-system');
    await c.ok('delete', 'kuryrnetwork', 'default');
    await c.ok('delete', 'kuryrnet', 'ns-default');
  });

  it('a namespace delete takes its policies and CRDs with it, waiting for finalizers like the API server', async () => {
    await c.ok('create', 'namespace', 'fin');
    await c.ok(
      'apply',
      '-f',
      manifest(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: fin}\nspec: {podSelector: {}}\n',
      ),
    );
    await withStore(`
with c.locked():
    o = store.new_object('KuryrNetworkPolicy', 'p', 'fin')
    o['metadata']['finalizers'] = ['kuryr.openstack.org/networkpolicy-finalizer']
    c.put(o)
    c.put(store.new_object('KuryrNetwork', 'fin', 'fin'))
`);
    expect(await c.ok('delete', 'namespace', 'fin', '--wait=false')).toBe('namespace "fin" deleted\n');
    // the policy and the finalizer-less CRD go at once; the one with a finalizer is only marked, and holds the namespace
    const knp = await eventually(
      () => c.json<Obj>('get', 'knp', 'p', '-n', 'fin'),
      (o) => Boolean(o.metadata.deletionTimestamp),
    );
    expect(knp.metadata.deletionTimestamp).toBeDefined();
    expect((await c.kubectl(['get', 'netpol', 'p', '-n', 'fin'])).exitCode).toBe(1);
    expect((await c.kubectl(['get', 'kuryrnetwork', 'fin', '-n', 'fin'])).exitCode).toBe(1);
    expect(rows(await c.ok('get', 'ns', 'fin'))[1]?.[1]).toBe('Terminating');
    // Kuryr's emulation clears its finalizer: the object and then the namespace are gone
    await withStore(`
with c.locked():
    o = c.get('KuryrNetworkPolicy', 'fin', 'p')
    o['metadata']['finalizers'] = []
    c.put(o)
`);
    await eventually(
      () => c.kubectl(['get', 'ns', 'fin']),
      (r) => r.exitCode === 1,
    );
    expect((await c.kubectl(['get', 'knp', '-A'])).stderr).toBe('No resources found\n');
  });
});

d('rollout restart, scale to zero, delete pod', () => {
  it('restart replaces every pod through a new ReplicaSet; zero replicas empties pods and endpoints', async () => {
    await c.ok('create', 'deployment', 'rr', '--image=quay.io/kuryr/demo', '--replicas=2');
    await c.ok('expose', 'deployment', 'rr', '--port=80', '--target-port=8080');
    await c.ok('rollout', 'status', 'deployment/rr', '--timeout=60s');
    const before = (await c.json<List>('get', 'pods', '-l', 'app=rr')).items.map((p) => p.metadata.name);
    expect(await c.ok('rollout', 'restart', 'deployment/rr')).toBe('deployment.apps/rr restarted\n');
    const dep = await c.json<Obj>('get', 'deploy', 'rr');
    const tmpl = dep.spec.template as { metadata: { annotations: Record<string, string> } };
    expect(tmpl.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/,
    );
    expect(await c.ok('rollout', 'status', 'deployment/rr', '--timeout=60s')).toContain(
      'deployment "rr" successfully rolled out\n',
    );
    const rs = (await c.json<List>('get', 'rs', '-l', 'app=rr')).items;
    expect(rs.map((r) => r.spec.replicas).sort()).toEqual([0, 2]);
    const after = await eventually(
      () => c.json<List>('get', 'pods', '-l', 'app=rr'),
      (l) => l.items.length === 2 && l.items.every((p) => !before.includes(p.metadata.name)),
    );
    expect(after.items.every((p) => p.metadata.annotations?.['kubectl.kubernetes.io/restartedAt'])).toBe(true);
    // delete pod: replaced by the ReplicaSet
    const victim = after.items[0]!.metadata.name;
    expect(await c.ok('delete', 'pod', victim)).toBe(`pod "${victim}" deleted\n`);
    // scale to zero: no pods, empty endpoints, rollout status OK; and back
    expect(await c.ok('scale', 'deployment/rr', '--replicas=0')).toBe('deployment.apps/rr scaled\n');
    expect(await c.ok('rollout', 'status', 'deployment/rr', '--timeout=60s')).toContain('successfully rolled out');
    await eventually(
      () => c.kubectl(['get', 'pods', '-l', 'app=rr']),
      (r) => r.stderr === 'No resources found in default namespace.\n',
    );
    const ep = await eventually(
      () => c.json<Obj>('get', 'ep', 'rr'),
      (e) => !e.subsets,
    );
    expect(ep.subsets).toBeUndefined();
    expect(rows(await c.ok('get', 'deploy', 'rr'))[1]?.slice(0, 4)).toEqual(['rr', '0/0', '0', '0']);
    await c.ok('scale', 'deployment/rr', '--replicas=1');
    await c.ok('rollout', 'status', 'deployment/rr', '--timeout=60s');
    const back = await c.json<Obj>('get', 'ep', 'rr');
    expect(back.subsets?.[0]?.addresses).toHaveLength(1);
    await c.ok('delete', 'deployment', 'rr');
  });
});
