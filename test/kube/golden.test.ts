/**
 * A golden run of the engine: every built-in suite in both modes, a flaky suite, a cluster it cannot reach, a
 * refused workload and no cloud, over a fake CommandRunner that answers like a small cluster (fixtures from
 * test/__fixtures__/connectivity). The results document (minus times), the findings, the JUnit file and the ordered
 * kubectl/openstack calls are compared with test/__fixtures__/connectivity/golden.json, so a refactoring of the
 * engine that changes a case, a finding, evidence or the call order shows up here. Regenerate (only for an intended
 * change) with UPDATE_GOLDEN=1.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConnectivity } from '../../src/kube/engine.js';
import { Kubectl } from '../../src/kube/kubectl.js';
import type { ConnectivitySettings } from '../../src/kube/settings.js';
import { loadSuites, parseSuite, type Suite } from '../../src/kube/suite.js';
import { OpenStackClient } from '../../src/openstack/client.js';
import { FakeCommandRunner, type FakeCall, type FakeResponse } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { connectivitySettings } from './settings-fixture.js';

const FX = join(process.cwd(), 'test', '__fixtures__', 'connectivity');
const GOLDEN = join(FX, 'golden.json');
const fx = (name: string): string => readFileSync(join(FX, name), 'utf8');
const POD_IPS = ['10.0.0.90', '10.0.0.117'];
const VIP = '10.0.0.130';

/** A suite whose probes fail in the first round only (flaky with repeat 2) and whose service is missing. */
const FLAKY = `name: flaky
workload:
  name: demo
  replicas: 2
  services:
    - name: demo
      port: 80
      targetPort: 8080
scenarios:
  - name: http
    kind: pod-to-pod
    protocol: http
    port: 8080
  - name: tcp-needs-port
    kind: pod-to-pod
    protocol: tcp
    port: 8080
    placement: same-node
  - name: service-udp
    kind: pod-to-service
    protocol: udp
    to: demo
  - name: external
    kind: pod-to-external
    protocol: tcp
    to: \${external-target}
  - name: unknown-svc-lb
    kind: state
    check: loadbalancer-active
    resource: nope
`;

/** The cluster the fake runner plays: workloads scale to what was applied, deleted workloads have no pods. */
class World {
  readonly runner = new FakeCommandRunner();
  private readonly replicas = new Map<string, number>();
  private readonly services = new Map<string, Record<string, unknown>>();
  private execs = 0;

  constructor(
    private readonly dropFirstRoundTo?: string,
    private readonly broken: { namespace?: boolean; app?: string } = {},
  ) {
    this.runner.on('kubectl', undefined, (call) => this.kubectl(call));
    this.runner.on('openstack', undefined, (call) => this.openstack(call.args.join(' ')));
  }

  private pods(app: string): string {
    const doc = JSON.parse(fx('pods.json')) as { items: Record<string, unknown>[] };
    doc.items = doc.items.slice(0, this.replicas.get(app) ?? 0);
    return JSON.stringify(doc);
  }

  private deployment(app: string): string {
    const d = JSON.parse(fx('deployment.json')) as Record<string, Record<string, unknown>>;
    const n = this.replicas.get(app) ?? 0;
    (d.metadata as Record<string, unknown>).name = app;
    d.spec = { ...d.spec, replicas: n };
    d.status = { ...d.status, replicas: n, readyReplicas: n, availableReplicas: n, updatedReplicas: n };
    return JSON.stringify(d);
  }

  private apply(input: string): FakeResponse {
    const m = JSON.parse(input) as { kind: string; metadata: { name: string }; spec: Record<string, unknown> };
    if (m.kind === 'Deployment') this.replicas.set(m.metadata.name, m.spec.replicas as number);
    if (m.kind === 'Service') this.services.set(m.metadata.name, m.spec);
    return { stdout: `${m.kind.toLowerCase()}/${m.metadata.name} configured\n` };
  }

  private service(name: string): FakeResponse {
    const spec = this.services.get(name);
    if (!spec) return { exitCode: 1, stderr: `Error from server (NotFound): services "${name}" not found\n` };
    const svc = JSON.parse(fx('service.json')) as Record<string, Record<string, unknown>>;
    (svc.metadata as Record<string, unknown>).name = name;
    svc.spec = { ...svc.spec, ports: spec.ports, clusterIP: VIP };
    return { stdout: JSON.stringify(svc) };
  }

  private kubectl(call: FakeCall): FakeResponse {
    const a = call.args.join(' ');
    if (/get namespace \S+ -o json/.test(a) && this.broken.namespace) {
      return {
        exitCode: 1,
        stderr: 'Unable to connect to the server: dial tcp 127.0.0.1:6443: connect: refused\nmore\n',
      };
    }
    if (/get namespace \S+ -o json/.test(a)) return { exitCode: 1, stderr: 'Error from server (NotFound): x\n' };
    const input = call.options.input ?? '{}';
    if (this.broken.app !== undefined && input.includes(`"name":"${this.broken.app}"`)) {
      return {
        exitCode: 1,
        stderr: `Error from server (Forbidden): deployments "${this.broken.app}" is forbidden\nquota\n`,
      };
    }
    if (a.includes('apply -f -')) return this.apply(input);
    const scale = /scale deployment\/(\S+) --replicas=(\d+)/.exec(a);
    if (scale) return (this.replicas.set(scale[1] ?? '', Number(scale[2])), { stdout: 'scaled\n' });
    const deleted = /delete deployment (\S+)/.exec(a);
    if (deleted) return (this.replicas.delete(deleted[1] ?? ''), { stdout: 'deleted\n' });
    const deployment = /get deployment (\S+) -o json/.exec(a);
    if (deployment) return { stdout: this.deployment(deployment[1] ?? '') };
    const pods = /get pods -l app=(\S+) -o json/.exec(a);
    if (pods) return { stdout: this.pods(pods[1] ?? '') };
    const service = /get service (\S+) -o json/.exec(a);
    if (service) return this.service(service[1] ?? '');
    if (a.includes(' exec ')) return { stdout: this.answer(call.args[call.args.length - 1] ?? '', ++this.execs) };
    if (/delete |create namespace/.test(a)) return { stdout: 'ok\n' };
    return { exitCode: 1, stderr: `error: the server doesn't have a resource type for: ${a}\n` };
  }

  /** Answers a batch script: pods and the VIP reply (the VIP round robin), the dropped IP times out in exec 1 and 2. */
  private answer(script: string, exec: number): string {
    const lines: string[] = [];
    let rr = 0;
    for (const m of script.matchAll(/^\( (.*); echo \$\? >"\$d\/(p\d+)\.rc" \) &$/gm)) {
      const cmd = m[1] ?? '';
      const id = m[2] ?? '';
      const ip = /(\d+\.\d+\.\d+\.\d+)/.exec(cmd)?.[1];
      if (ip !== undefined && ip === this.dropFirstRoundTo && exec <= 2) {
        lines.push(`KDF\t${id}\t28\t000 3.001\tcurl: (28) Connection timed out after 2001 milliseconds\t`);
        continue;
      }
      const index = ip === VIP ? rr++ % 2 : POD_IPS.indexOf(ip ?? '');
      const pod = index < 0 ? undefined : `demo-548d747f98-${index === 0 ? 'kpfzd' : 'qbc2k'}`;
      lines.push(`KDF\t${id}\t0\t200 0.003\t\t${pod ? `${pod}: HELLO! I AM ALIVE!!!` : ''}`);
    }
    return `${lines.join('\n')}\nKDF-END ${lines.length}\n`;
  }

  private openstack(a: string): FakeResponse {
    if (a.includes('port list --long')) return { stdout: fx('port-list-long.json') };
    if (a.includes('loadbalancer list --name capture/demo ')) return { stdout: fx('lb-list.json') };
    if (a.includes('loadbalancer list')) return { stdout: '[]' };
    if (a.includes('loadbalancer status show')) return { stdout: fx('lb-status.json') };
    if (a.includes('subnet show k8s-pod-subnet')) return { stdout: fx('subnet-pod.json') };
    if (a.includes('network show k8s-pod-net')) return { stdout: JSON.stringify({ id: 'net-1', name: 'k8s-pod-net' }) };
    if (a.includes('port show')) return { stdout: JSON.stringify({ security_group_ids: ['sg-1'] }) };
    if (a.includes('security group rule list')) return { stdout: '[]' };
    return { exitCode: 1, stderr: `No resource found for: ${a}\n` };
  }
}

/** Times and durations out: they differ between runs. */
function normalise(value: unknown): unknown {
  const text = JSON.stringify(value, (key, v: unknown) =>
    /At$|^durationMs$|^wallMs$|^convergenceMs$|^generatedAt$|^time/.test(key) ? 'T' : v,
  );
  return JSON.parse(
    text
      .replace(/convergence-ms:\d+/g, 'convergence-ms:N')
      .replace(/in \d+(\.\d+)? s/g, 'in N s')
      .replace(/kdf-golden-[A-Za-z0-9]+/g, 'DIR'),
  ) as unknown;
}

async function goldenRun(
  name: string,
  suites: Suite[],
  extra: Partial<ConnectivitySettings>,
  drop?: string,
  broken?: { namespace?: boolean; app?: string; cloud?: boolean },
): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-golden-'));
  const world = new World(drop, broken);
  const settings = connectivitySettings({
    suites: suites.map((s) => s.name),
    timeoutMs: 1, // a wait that cannot converge gives up after the 1 s floor
    resultsDir: dir,
    ...extra,
  });
  const outcome = await runConnectivity(
    suites,
    settings,
    {
      kubectl: new Kubectl({ runner: world.runner, namespace: 'capture' }),
      client: broken?.cloud
        ? undefined
        : new OpenStackClient({ runner: world.runner, cloud: 'devstack-admin', sleep: async () => undefined }),
      logger: new RecordingLogger(),
      toolVersion: '0.0.0-golden',
      intervalMs: 5,
    },
    { results: join(dir, 'connectivity.json'), junit: join(dir, 'junit.xml') },
  );
  return normalise({
    name,
    headline: outcome.headline,
    outputs: { ...outcome.outputs, results: 'R', junit: 'J' },
    stats: { ...outcome.stats, wallMs: 0 },
    results: JSON.parse(readFileSync(join(dir, 'connectivity.json'), 'utf8')) as unknown,
    junit: readFileSync(join(dir, 'junit.xml'), 'utf8').replace(/time="[^"]*"/g, 'time="T"'),
    // a wait that does not converge polls as often as the machine allows: repeated polls count once
    calls: world.runner.calls
      .map((c) => `${c.command} ${c.args.join(' ')}`)
      .filter((line, i, all) => line !== all[i - 1]),
  });
}

describe('the engine against its golden results', () => {
  it('built-in suites (both modes), a flaky suite, a lost cluster and a refused workload give the recorded cases, findings, JUnit and calls', async () => {
    const builtins = loadSuites(['default-config', 'basic', 'udp', 'nested', 'external'], process.cwd());
    const flaky = parseSuite(FLAKY, 'ci/flaky.yaml');
    const runs = [
      await goldenRun('baremetal', builtins, {}),
      await goldenRun('nested', builtins, { mode: 'nested', externalTarget: 'example.org:80' }),
      await goldenRun('flaky', [flaky], { repeat: 2, externalTarget: '10.0.0.90:8080' }, '10.0.0.117'),
      await goldenRun('filtered', builtins, { filter: ['tag:service', '!udp'], execMode: 'per-probe' }),
      await goldenRun('no-namespace', builtins, {}, undefined, { namespace: true }),
      await goldenRun('no-workload', builtins, {}, undefined, { app: 'demo-udp' }),
      await goldenRun('no-cloud', builtins, { mode: 'nested' }, undefined, { cloud: true }),
    ];
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN, `${JSON.stringify(runs, null, 1)}\n`);
    }
    expect(runs).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  }, 120_000);
});
