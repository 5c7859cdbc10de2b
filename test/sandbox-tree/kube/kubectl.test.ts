/**
 * The sandbox kubectl double (sandbox/kube): real kubectl grammar, outputs and errors, the controllers and the kubelet,
 * against a temporary cluster with `cni: local` (pods wired on a bridge in a test-created namespace, real packets,
 * real demo-server processes). Needs root (network namespaces).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { TempCluster, eventually, isRoot } from './cluster.js';

jest.setTimeout(120_000);

const ALNUM = '[bcdfghjklmnpqrstvwxz2456789]';
const POD_NAME = new RegExp(`^demo-(${ALNUM}{9,10})-${ALNUM}{5}$`);

type Obj = {
  metadata: {
    name: string;
    namespace?: string;
    uid: string;
    labels?: Record<string, string>;
    deletionTimestamp?: string;
    ownerReferences?: { kind: string; name: string }[];
  };
  spec: Record<string, unknown> & { nodeName?: string; replicas?: number };
  status: Record<string, unknown> & { podIP?: string; phase?: string };
};
type List = { kind: string; apiVersion: string; items: Obj[] };

const d = isRoot() ? describe : describe.skip;
let c: TempCluster;

beforeAll(async () => {
  if (isRoot()) c = await TempCluster.start();
});
afterAll(async () => {
  if (c) await c.stop();
});

/** Ready, non-terminating pods with an app label. */
async function runningPods(app: string, ns = 'default'): Promise<Obj[]> {
  const l = await c.json<List>('get', 'pods', '-n', ns, '-l', `app=${app}`);
  return l.items.filter((p) => p.status.phase === 'Running' && !p.metadata.deletionTimestamp);
}

d('grammar, tables and errors', () => {
  it('lists the two nodes with the real column headers', async () => {
    const out = await c.ok('get', 'nodes');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/).slice(0, 2))).toEqual([
      ['kdf-node-1', 'Ready'],
      ['kdf-node-2', 'Ready'],
    ]);
    const wide = await c.ok('get', 'no', '-o', 'wide');
    expect(wide.split('\n')[0]).toMatch(
      /^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\s+INTERNAL-IP\s+EXTERNAL-IP\s+OS-IMAGE\s+KERNEL-VERSION\s+CONTAINER-RUNTIME$/,
    );
  });

  it('says "No resources found in <ns> namespace." on stderr for an empty list, and exits 0', async () => {
    const r = await c.kubectl(['get', 'pods']);
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([0, '', 'No resources found in default namespace.\n']);
    const other = await c.kubectl(['--namespace=kube-public', 'get', 'po']);
    expect(other.stderr).toBe('No resources found in kube-public namespace.\n');
    const all = await c.kubectl(['get', 'deploy', '-A']);
    expect(all.stderr).toBe('No resources found\n');
    const empty = await c.json<List>('get', 'pods');
    expect(empty).toMatchObject({ apiVersion: 'v1', kind: 'List', items: [] });
  });

  it('reports a missing object like the API server', async () => {
    const r = await c.kubectl(['get', 'pod', 'nope']);
    expect([r.exitCode, r.stderr]).toEqual([1, 'Error from server (NotFound): pods "nope" not found\n']);
    const d2 = await c.kubectl(['get', 'deployment/nope']);
    expect(d2.stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    const ns = await c.kubectl(['get', 'pods', '-n', 'nowhere']);
    expect(ns.stderr).toBe('No resources found in nowhere namespace.\n');
  });

  it.each([
    [['run', 'x', '--image=busybox'], 'error: kubectl run is not supported by the sandbox kubectl double'],
    [['get', 'pods', '--watch'], 'error: kubectl get --watch is not supported by the sandbox kubectl double'],
    [['rollout', 'undo', 'deploy/x'], 'error: kubectl rollout undo is not supported by the sandbox kubectl double'],
    [
      ['create', 'secret', 'generic', 's'],
      'error: kubectl create secret is not supported by the sandbox kubectl double',
    ],
    [['port-forward', 'svc/x', '80'], 'error: kubectl port-forward is not supported by the sandbox kubectl double'],
  ])('fails loudly on %j', async (args, message) => {
    const r = await c.kubectl(args);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });

  it('rejects unknown flags and flags of another verb', async () => {
    const r = await c.kubectl(['get', 'pods', '--bogus']);
    expect([r.exitCode, r.stderr]).toEqual([1, 'error: unknown flag: --bogus\n']);
    const s = await c.kubectl(['get', 'pods', '-x']);
    expect(s.stderr).toBe("error: unknown shorthand flag: 'x' in -x\n");
    const v = await c.kubectl(['get', 'pods', '--image=x']);
    expect(v.exitCode).toBe(1);
    expect(v.stderr).toContain('--image');
  });

  it('reports a v1.16 client (and server) version', async () => {
    const client = JSON.parse(await c.ok('version', '--client', '-o', 'json')) as Record<
      string,
      Record<string, string>
    >;
    expect(Object.keys(client)).toEqual(['clientVersion']);
    expect(client.clientVersion).toMatchObject({
      major: '1',
      minor: '16',
      gitVersion: 'v1.16.0',
      platform: 'linux/amd64',
    });
    const both = JSON.parse(await c.ok('version', '-o', 'json')) as Record<string, Record<string, string>>;
    expect(both.serverVersion?.gitVersion).toBe('v1.16.0');
  });

  it('finds the cluster from --kubeconfig, $KUBECONFIG, else ~/.kube/config', async () => {
    const viaFlag = await c.kubectl(['get', 'ns', '--kubeconfig', c.kubeconfig, '-o', 'name'], {
      env: { KUBECONFIG: '/nonexistent' },
    });
    expect(viaFlag.stdout).toContain('namespace/default\n');
    const none = await c.kubectl(['get', 'ns'], { env: { KUBECONFIG: '' } });
    expect(none.exitCode).toBe(1);
    expect(none.stderr).toContain('The connection to the server localhost:8080 was refused');
  });

  it('has the kubernetes service at the API VIP and namespaces in real shape', async () => {
    const svc = await c.ok('get', 'svc');
    expect(svc).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE\n/);
    expect(svc).toMatch(/\nkubernetes\s+ClusterIP\s+10\.0\.0\.129\s+<none>\s+443\/TCP\s+\d+s\n/);
    const ns = await c.json<Obj>('get', 'namespace', 'default');
    expect(ns).toMatchObject({ apiVersion: 'v1', kind: 'Namespace', status: { phase: 'Active' } });
    expect(ns.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

d('deployments, pods and the data plane', () => {
  let pods: Obj[];

  it('creates a deployment and rolls it out with the real messages', async () => {
    expect(await c.ok('create', 'deployment', 'demo', '--image=quay.io/kuryr/demo', '--replicas=2')).toBe(
      'deployment.apps/demo created\n',
    );
    const again = await c.kubectl(['create', 'deployment', 'demo', '--image=quay.io/kuryr/demo']);
    expect(again.stderr).toBe('Error from server (AlreadyExists): deployments.apps "demo" already exists\n');
    const r = await c.kubectl(['rollout', 'status', 'deploy/demo', '--timeout=60s'], { allowedExitCodes: [0] });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('deployment "demo" successfully rolled out');
    for (const l of lines.slice(0, -1))
      expect(l).toMatch(
        /^(Waiting for deployment spec update to be observed\.\.\.|Waiting for deployment "demo" rollout to finish: \d+ (of|out of) \d+ (updated|new) replicas (are available|have been updated)\.\.\.)$/,
      );
    pods = await runningPods('demo');
    expect(pods).toHaveLength(2);
  });

  it('names replica sets and pods like the deployment controller, and spreads them over both nodes', async () => {
    const rs = await c.json<List>('get', 'rs', '-l', 'app=demo');
    expect(rs.items).toHaveLength(1);
    const rsName = rs.items[0]!.metadata.name;
    for (const p of pods) {
      const m = POD_NAME.exec(p.metadata.name);
      expect(m).not.toBeNull();
      expect(p.metadata.labels).toEqual({ app: 'demo', 'pod-template-hash': m![1] });
      expect(p.metadata.name.startsWith(`${rsName}-`)).toBe(true);
      expect(p.metadata.ownerReferences).toEqual([
        expect.objectContaining({ kind: 'ReplicaSet', name: rsName, controller: true }),
      ]);
    }
    expect(new Set(pods.map((p) => p.spec.nodeName))).toEqual(new Set(['kdf-node-1', 'kdf-node-2']));
    const table = await c.ok('get', 'pods', '-o', 'wide');
    expect(table.split('\n')[0]).toMatch(
      /^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/,
    );
    expect(table).toMatch(/\ndemo-\S+\s+1\/1\s+Running\s+0\s+\d+s\s+10\.199\.0\.\d+\s+kdf-node-\d\s+<none>\s+<none>\n/);
    const deploy = await c.ok('get', 'deployments');
    expect(deploy).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\ndemo\s+2\/2\s+2\s+2\s+\d+s\n$/);
  });

  it('runs the demo server in every pod: every pod answers every other on 8080 (HTTP) and 9090 (UDP)', async () => {
    for (const from of pods)
      for (const to of pods) {
        const body = await c.ok(
          'exec',
          from.metadata.name,
          '--',
          'curl',
          '-sS',
          '--max-time',
          '5',
          `http://${to.status.podIP}:8080/`,
        );
        expect(body).toBe(`${to.metadata.name}: HELLO! I AM ALIVE!!!\n`);
      }
    const udp = await c.ok(
      'exec',
      '-i',
      pods[0]!.metadata.name,
      '--',
      'sh',
      '-c',
      `printf hello | nc -u -w 2 ${pods[1]!.status.podIP} 9090`,
    );
    expect(udp).toBe(`${pods[1]!.metadata.name}: HELLO! I AM ALIVE!!!\n`);
  });

  it('exec passes stdin, HOSTNAME and the exit code through like kubectl', async () => {
    const name = pods[0]!.metadata.name;
    expect(await c.ok('exec', name, '--', 'sh', '-c', 'echo $HOSTNAME')).toBe(`${name}\n`);
    const r = await c.kubectl(['exec', '-i', name, '--', 'cat'], { input: 'piped\n' });
    expect(r.stdout).toBe('piped\n');
    const refused = await c.kubectl([
      'exec',
      name,
      '--',
      'curl',
      '-sS',
      '--max-time',
      '3',
      `http://${pods[1]!.status.podIP}:8081/`,
    ]);
    expect(refused.exitCode).toBe(7);
    expect(refused.stderr).toMatch(/curl: \(7\)[\s\S]*command terminated with exit code 7\n$/);
    const missing = await c.kubectl(['exec', name, '--', 'no-such-program']);
    expect(missing.exitCode).toBe(126);
    const old = await c.kubectl(['exec', name, 'ls']);
    expect(old.exitCode).toBe(1);
    expect(old.stderr).toContain('exec [POD] -- [COMMAND]');
    const ping = await c.kubectl(['exec', name, '--', 'ping', '-c', '1', '-W', '2', pods[1]!.status.podIP!]);
    expect(ping.exitCode).toBe(0);
  });

  it('logs show the demo server log', async () => {
    const log = await c.ok('logs', pods[1]!.metadata.name);
    expect(log).toContain(`Listening on :8080 (HTTP) and :9090 (UDP) as ${pods[1]!.metadata.name}`);
    expect(log).toMatch(/HTTP 10\.199\.0\.\d+ "GET \/ HTTP\/1\.1" 200/);
  });

  it('exposes the deployment: ClusterIP after the API VIP, endpoints on the target port of ready pods', async () => {
    expect(await c.ok('expose', 'deployment', 'demo', '--port=80', '--target-port=8080')).toBe(
      'service/demo exposed\n',
    );
    const svc = await c.json<Obj>('get', 'svc', 'demo');
    expect(svc.spec).toEqual({
      clusterIP: '10.0.0.130',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }],
      selector: { app: 'demo' },
      sessionAffinity: 'None',
      type: 'ClusterIP',
    });
    expect(
      await c.ok('expose', 'deploy/demo', '--name=demo-udp', '--port=90', '--target-port=9090', '--protocol=UDP'),
    ).toBe('service/demo-udp exposed\n');
    const ips = pods.map((p) => p.status.podIP).sort();
    type Ep = { subsets?: { addresses: { ip: string }[]; ports: unknown[] }[] };
    // the endpoints controller writes the object shortly after the Service, as on a real cluster
    const ep = await eventually(
      async () => {
        const r = await c.kubectl(['get', 'ep', 'demo-udp', '-o', 'json']);
        return (r.exitCode === 0 ? JSON.parse(r.stdout) : {}) as Ep;
      },
      (e) => (e.subsets?.[0]?.addresses.length ?? 0) === 2,
    );
    expect(ep.subsets![0]!.addresses.map((a) => a.ip).sort()).toEqual(ips);
    expect(ep.subsets![0]!.ports).toEqual([{ port: 9090, protocol: 'UDP' }]);
    expect(await c.ok('get', 'svc', 'demo-udp', '-o', 'jsonpath={.spec.clusterIP}')).toBe('10.0.0.131');
  });

  it('scales 2 -> 5 -> 1: pods, endpoints and deployment status follow, netns of removed pods go away', async () => {
    expect(await c.ok('scale', 'deployment/demo', '--replicas=5')).toBe('deployment.apps/demo scaled\n');
    await c.ok('rollout', 'status', 'deployment', 'demo', '--timeout=60s');
    expect(await runningPods('demo')).toHaveLength(5);
    const ep = await eventually(
      () => c.ok('get', 'endpoints', 'demo', '-o', 'jsonpath={.subsets[*].addresses[*].ip}'),
      (s) => s.split(' ').filter(Boolean).length === 5,
    );
    expect(ep.split(' ')).toHaveLength(5);
    const spread = (await runningPods('demo')).map((p) => p.spec.nodeName);
    expect(spread.filter((n) => n === 'kdf-node-1').length).toBeGreaterThanOrEqual(2);
    expect(spread.filter((n) => n === 'kdf-node-2').length).toBeGreaterThanOrEqual(2);
    expect(c.podNamespaces()).toHaveLength(5);

    await c.ok('scale', '--replicas=1', 'deploy', 'demo');
    await c.ok('rollout', 'status', 'deploy/demo', '--timeout=60s');
    await eventually(
      () => c.json<List>('get', 'pods', '-l', 'app=demo'),
      (l) => l.items.length === 1,
    );
    await eventually(
      async () => c.podNamespaces(),
      (n) => n.length === 1,
    );
    const d = await c.json<Obj>('get', 'deploy', 'demo');
    expect(d.status).toMatchObject({ replicas: 1, readyReplicas: 1, availableReplicas: 1, updatedReplicas: 1 });
    expect(d.status.observedGeneration).toBe((d.metadata as unknown as { generation: number }).generation);
    const eps = await eventually(
      () => c.ok('get', 'ep', 'demo', '-o', 'jsonpath={.subsets[*].addresses[*].ip}'),
      (s) => s.split(' ').filter(Boolean).length === 1,
    );
    expect(eps).toMatch(/^10\.199\.0\.\d+$/);
  });

  it('wait --for=condition=Ready and --for=delete; a deleted pod is replaced', async () => {
    const [pod] = await runningPods('demo');
    const w = await c.ok('wait', '--for=condition=Ready', 'pod', '-l', 'app=demo', '--timeout=30s');
    expect(w).toBe(`pod/${pod!.metadata.name} condition met\n`);
    expect(await c.ok('delete', 'pod', pod!.metadata.name)).toBe(`pod "${pod!.metadata.name}" deleted\n`);
    expect(await c.kubectl(['get', 'pod', pod!.metadata.name])).toMatchObject({ exitCode: 1 });
    const gone = await c.ok('wait', '--for=delete', `pod/${pod!.metadata.name}`, '--timeout=10s');
    expect(gone).toBe('');
    const [next] = await eventually(
      () => runningPods('demo'),
      (p) => p.length === 1,
    );
    expect(next!.metadata.name).not.toBe(pod!.metadata.name);
    const t = await c.kubectl(['wait', '--for=condition=Ready', 'pod', '-l', 'app=nothing', '--timeout=1s']);
    expect([t.exitCode, t.stderr]).toEqual([1, 'error: no matching resources found\n']);
  });

  it('restarts a killed container like restartPolicy Always, after the crash back-off', async () => {
    const [pod] = await runningPods('demo');
    const pidFile = join(c.stateDir, 'kube', 'clusters', 'c1', 'run', 'pods', `${pod!.metadata.uid}.pid`);
    const pid = readFileSync(pidFile, 'utf8').trim();
    process.kill(Number(pid), 'SIGKILL');
    // first the kubelet's back-off (10 s): Running but not Ready, waiting in CrashLoopBackOff
    const waiting = await eventually(
      () => c.json<Obj>('get', 'pod', pod!.metadata.name),
      (x) =>
        (x.status.containerStatuses as { state: { waiting?: { reason: string } } }[])[0]?.state.waiting?.reason ===
        'CrashLoopBackOff',
    );
    expect(waiting.status.phase).toBe('Running');
    const p = await eventually(
      () => c.json<Obj>('get', 'pod', pod!.metadata.name),
      (x) =>
        ((x.status.containerStatuses as { restartCount: number; ready: boolean }[])[0]?.restartCount ?? 0) === 1 &&
        (x.status.containerStatuses as { ready: boolean }[])[0]!.ready,
    );
    expect(p.status.phase).toBe('Running');
    const body = await c.ok(
      'exec',
      pod!.metadata.name,
      '--',
      'curl',
      '-sS',
      '--max-time',
      '5',
      `http://${p.status.podIP}:8080/x`,
    );
    expect(body).toBe(`${pod!.metadata.name}: HELLO! I AM ALIVE!!!\n`);
  });
});

d('apply, namespaces and placement', () => {
  const manifest = (replicas: number | undefined, image = 'quay.io/kuryr/demo'): string => `
apiVersion: v1
kind: Namespace
metadata:
  name: kapply
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: kapply
spec:
${replicas === undefined ? '' : `  replicas: ${replicas}\n`}  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector: {matchLabels: {app: web}}
            topologyKey: kubernetes.io/hostname
      containers:
      - name: demo
        image: ${image}
        ports: [{containerPort: 8080}]
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: kapply}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
`;

  it('apply creates, then reports unchanged, then configured; scale survives an apply without replicas', async () => {
    const file = join(c.stateDir, 'web.yaml');
    writeFileSync(file, manifest(2));
    expect(await c.ok('apply', '-f', file)).toBe(
      'namespace/kapply created\ndeployment.apps/web created\nservice/web created\n',
    );
    expect(await c.ok('apply', '-f', file)).toBe(
      'namespace/kapply unchanged\ndeployment.apps/web unchanged\nservice/web unchanged\n',
    );
    await c.ok('-n', 'kapply', 'rollout', 'status', 'deploy/web', '--timeout=60s');
    const pods = await runningPods('web', 'kapply');
    // required anti-affinity on the hostname: one pod per node
    expect(new Set(pods.map((p) => p.spec.nodeName)).size).toBe(2);
    expect(await c.ok('scale', 'deploy/web', '-n', 'kapply', '--replicas=1')).toBe('deployment.apps/web scaled\n');
  });

  it('apply from stdin with replicas removed keeps the scaled count (three-way merge)', async () => {
    const out = await c.kubectl(['apply', '-f', '-'], { input: manifest(undefined), allowedExitCodes: [0] });
    expect(out.stdout).toBe('namespace/kapply unchanged\ndeployment.apps/web configured\nservice/web unchanged\n');
    const d = await c.json<Obj>('get', 'deployment', 'web', '-n', 'kapply');
    expect(d.spec.replicas).toBe(1);
  });

  it('a third pod with required anti-affinity on two nodes stays Pending (Unschedulable)', async () => {
    await c.ok('scale', 'deploy/web', '-n', 'kapply', '--replicas=3');
    const pending = await eventually(
      () => c.json<List>('get', 'pods', '-n', 'kapply'),
      (l) =>
        l.items.filter((p) => !p.spec.nodeName).length === 1 &&
        l.items.filter((p) => p.status.phase === 'Running').length === 2,
    );
    const p = pending.items.find((x) => !x.spec.nodeName)!;
    expect(p.status.conditions).toEqual([
      expect.objectContaining({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }),
    ]);
  });

  it('places pods by nodeSelector and required pod affinity (same node) on kubernetes.io/hostname', async () => {
    const pods = `
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: kapply, labels: {role: client}}
spec:
  nodeSelector: {kubernetes.io/hostname: kdf-node-2}
  containers: [{name: demo, image: quay.io/kuryr/demo}]
---
apiVersion: v1
kind: Pod
metadata: {name: echo-same-node, namespace: kapply, labels: {role: echo}}
spec:
  affinity:
    podAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
      - labelSelector: {matchLabels: {role: client}}
        topologyKey: kubernetes.io/hostname
  containers: [{name: demo, image: quay.io/kuryr/demo}]
`;
    const r = await c.kubectl(['apply', '-n', 'kapply', '-f', '-'], { input: pods, allowedExitCodes: [0] });
    expect(r.stdout).toBe('pod/client created\npod/echo-same-node created\n');
    const w = await c.ok(
      'wait',
      '-n',
      'kapply',
      '--for=condition=Ready',
      'pod/client',
      'pod/echo-same-node',
      '--timeout=30s',
    );
    expect(w).toBe('pod/client condition met\npod/echo-same-node condition met\n');
    const nodes = await c.ok(
      'get',
      'pods',
      '-n',
      'kapply',
      '-l',
      'role',
      '-o',
      'jsonpath={range .items[*]}{.metadata.name}={.spec.nodeName}{"\\n"}{end}',
    );
    expect(nodes).toBe('client=kdf-node-2\necho-same-node=kdf-node-2\n');
  });

  it('an image other than quay.io/kuryr/demo never runs and says why', async () => {
    await c.ok('create', 'deployment', 'other', '--image=nginx:1.17', '-n', 'kapply');
    const p = await eventually(
      () => c.json<List>('get', 'pods', '-n', 'kapply', '-l', 'app=other'),
      (l) => pod0Waiting(l) === 'ImagePullBackOff',
    );
    expect(p.items[0]!.status.phase).toBe('Pending');
    expect(await c.ok('get', 'pods', '-n', 'kapply', '-l', 'app=other')).toMatch(/0\/1\s+ImagePullBackOff/);
  });

  it('delete namespace cascades to every object, process and pod namespace', async () => {
    expect(await c.ok('delete', 'namespace', 'kapply', '--timeout=60s')).toBe('namespace "kapply" deleted\n');
    const r = await c.kubectl(['get', 'ns', 'kapply']);
    expect(r.stderr).toBe('Error from server (NotFound): namespaces "kapply" not found\n');
    expect((await c.kubectl(['get', 'all', '-n', 'kapply'])).stdout).toBe('');
    await eventually(
      async () => c.podNamespaces(),
      (n) => n.length === 1,
    ); // the demo pod of `default` only
    const forbidden = await c.kubectl(['delete', 'ns', 'default']);
    expect(forbidden.stderr).toContain('this namespace may not be deleted');
  });

  it('delete deployment removes its replica sets and pods (background cascade)', async () => {
    expect(await c.ok('delete', 'deployment', 'demo')).toBe('deployment.apps "demo" deleted\n');
    await eventually(
      () => c.json<List>('get', 'pods', '-A'),
      (l) => l.items.length === 0,
    );
    await eventually(
      async () => c.podNamespaces(),
      (n) => n.length === 0,
    );
    expect((await c.json<List>('get', 'rs', '-A')).items).toEqual([]);
    const ep = await c.json<{ subsets?: unknown }>('get', 'ep', 'demo');
    expect(ep.subsets).toBeUndefined();
    expect(await c.ok('delete', 'svc', 'demo', 'demo-udp')).toBe(
      'service "demo" deleted\nservice "demo-udp" deleted\n',
    );
    expect(existsSync(join(c.stateDir, 'kube', 'clusters', 'c1', 'objects', 'endpoints', 'default', 'demo.json'))).toBe(
      false,
    );
  });
});

function pod0Waiting(l: List): string | undefined {
  const cs = l.items[0]?.status.containerStatuses as { state?: { waiting?: { reason?: string } } }[] | undefined;
  return cs?.[0]?.state?.waiting?.reason;
}
