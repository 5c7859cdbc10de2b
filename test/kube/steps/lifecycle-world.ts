/**
 * A scripted cluster + cloud for the lifecycle step tests: the FakeCommandRunner answers kubectl and openstack from
 * REAL output shapes (test/__fixtures__/connectivity: the kubectl double's pods, the openstack CLI's port list,
 * load balancer list and status tree), filtered by the world's mutable state (which pods live, which ports and
 * members exist), and a StepContext over it whose `refresh` re-reads the pods the way the engine does.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kubectl } from '../../../src/kube/kubectl.js';
import { Run } from '../../../src/kube/run.js';
import type { ConnectivitySettings } from '../../../src/kube/settings.js';
import { workloadPods } from '../../../src/kube/state.js';
import type { DeployedWorkload, StepContext } from '../../../src/kube/steps/types.js';
import { parseSuite, type Suite } from '../../../src/kube/suite.js';
import { parseService } from '../../../src/kube/types.js';
import { OpenStackClient } from '../../../src/openstack/client.js';
import { ResultsWriter } from '../../../src/results/writer.js';
import type { CommandRunner } from '../../../src/runtime/command.js';
import { FakeCommandRunner, type FakeCall, type FakeResponse } from '../../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../../__fixtures__/recording-logger.js';
import { connectivitySettings } from '../settings-fixture.js';

const fx = (name: string): string =>
  readFileSync(join(process.cwd(), 'test', '__fixtures__', 'connectivity', name), 'utf8');

type Json = Record<string, unknown>;

/** The fixture pods: name -> IP. */
export const POD_A = 'demo-548d747f98-kpfzd';
export const POD_B = 'demo-548d747f98-qbc2k';
export const IPS: Record<string, string> = { [POD_A]: '10.0.0.90', [POD_B]: '10.0.0.117' };
export const VIP = '10.0.0.130';
export const LB_ID = '719d9882-f1cc-450f-b8d9-9d7fed1c552b';

const POD_ITEMS = (JSON.parse(fx('pods.json')) as { items: Json[] }).items;
const PORTS = JSON.parse(fx('port-list-long.json')) as Json[];
const LB_LIST = fx('lb-list.json');
const LB_STATUS = JSON.parse(fx('lb-status.json')) as Json;

type Hook = (args: string) => FakeResponse | undefined;

/** The mutable state the fake answers from. */
export class LifecycleWorld {
  /** Live pods (fixture names), in the order kubectl lists them. */
  pods: string[] = [POD_A, POD_B];
  /** Names of the members the load balancer has (fixture members), or undefined when there is no load balancer. */
  members: string[] | undefined = [POD_A, POD_B];
  /** Extra rows of `port list --long` (Neutron ports beyond the fixture's). */
  extraPorts: Json[] = [];
  /** `device_id` of ports by id, for `port show`. */
  deviceIds: Record<string, string> = {};
  /** Pods whose HTTP server never answers (their probes time out). */
  silent = new Set<string>();
  readonly runner = new FakeCommandRunner();
  private rr = 0;

  constructor(kubectlHook: Hook = () => undefined, openstackHook: Hook = () => undefined) {
    this.runner.on('kubectl', undefined, (call: FakeCall) => {
      const a = call.args.join(' ');
      return kubectlHook(a) ?? this.kubectl(a, call);
    });
    this.runner.on('openstack', undefined, (call: FakeCall) => {
      const a = call.args.join(' ');
      return openstackHook(a) ?? this.openstack(a);
    });
  }

  /** The kubectl / openstack command lines the fake saw, without the global flags. */
  lines(command: 'kubectl' | 'openstack'): string[] {
    return this.runner.callsTo(command).map((c) => c.args.join(' '));
  }

  private kubectl(a: string, call: FakeCall): FakeResponse {
    if (/ get pods -l app=demo -o json$/.test(a)) {
      const items = this.pods.map((n) => POD_ITEMS.find((p) => (p.metadata as Json).name === n));
      return { stdout: JSON.stringify({ apiVersion: 'v1', kind: 'List', items }) };
    }
    if (/ get (kuryr\w+)( --all-namespaces)? -o json$/.test(a)) {
      const kind = /get (kuryr\w+)/.exec(a)?.[1] ?? '';
      return { exitCode: 1, stderr: `error: the server doesn't have a resource type "${kind}"\n` };
    }
    if (a.includes(' exec ')) return { stdout: this.answer(call.args[call.args.length - 1] as string) };
    if (/ (scale|delete|rollout restart) /.test(a)) return { stdout: 'ok\n' };
    throw new Error(`unexpected kubectl ${a}`);
  }

  private openstack(a: string): FakeResponse {
    if (a.includes('loadbalancer list --name capture/demo')) return { stdout: this.members ? LB_LIST : '[]\n' };
    if (a.includes(`loadbalancer status show ${LB_ID}`) || a.includes('loadbalancer status show capture/demo'))
      return { stdout: this.lbStatus() };
    if (a.includes('loadbalancer delete') || a.includes('loadbalancer listener delete')) return { stdout: '' };
    if (a.includes('port list --long')) return { stdout: JSON.stringify([...PORTS, ...this.extraPorts]) };
    const show = /port show (\S+)/.exec(a);
    if (show) {
      const id = show[1] as string;
      const row = [...PORTS, ...this.extraPorts].find((p) => p.ID === id);
      if (!row) return { exitCode: 1, stderr: `No Port found for ${id}\n` };
      const port = {
        id,
        name: row.Name,
        status: row.Status,
        network_id: 'net-1',
        device_id: this.deviceIds[id] ?? 'some-pod-uid',
        fixed_ips: row['Fixed IP Addresses'],
        security_group_ids: [],
      };
      return { stdout: JSON.stringify(port) };
    }
    throw new Error(`unexpected openstack ${a}`);
  }

  /** The fixture's status tree with only the world's members. */
  private lbStatus(): string {
    const tree = structuredClone(LB_STATUS) as { loadbalancer: { listeners: { pools: { members: Json[] }[] }[] } };
    for (const l of tree.loadbalancer.listeners) {
      for (const p of l.pools) {
        p.members = p.members.filter((m) => (this.members ?? []).some((n) => m.name === `capture/${n}:8080`));
      }
    }
    return JSON.stringify(tree);
  }

  /** Answers a batch probe script: requests to the VIP go round robin over the live, non-silent pods. */
  private answer(script: string): string {
    const lines: string[] = [];
    for (const m of script.matchAll(/^\( (.*); echo \$\? >"\$d\/(p\d+)\.rc" \) &$/gm)) {
      const [, cmd, id] = m as unknown as [string, string, string];
      const answering = this.pods.filter((p) => !this.silent.has(p));
      const url = /'?http:\/\/([\d.]+):(\d+)\/'?/.exec(cmd);
      const pod = url?.[1] === VIP ? answering[this.rr++ % Math.max(1, answering.length)] : undefined;
      lines.push(
        pod
          ? `KDF\t${id}\t0\t200 0.003\t\t${pod}: HELLO! I AM ALIVE!!!`
          : `KDF\t${id}\t28\t000 3.001\tcurl: (28) Connection timed out after 2001 milliseconds\t`,
      );
    }
    return `${lines.join('\n')}\nKDF-END ${lines.length}\n`;
  }
}

/** A `port list --long` row of a port named `name` with `ip`. */
export function portRow(id: string, name: string, ip: string): Json {
  return {
    ID: id,
    Name: name,
    'MAC Address': 'fa:16:3e:00:00:01',
    'Fixed IP Addresses': [{ subnet_id: 'd5181b60-8418-400c-90cb-15d0e7f99551', ip_address: ip }],
    Status: 'ACTIVE',
    'Security Groups': null,
    'Device Owner': 'compute:kuryr',
    Tags: [],
  };
}

/** Options of {@link stepContext}. */
export interface ContextOptions {
  suite?: string;
  mode?: ConnectivitySettings['mode'];
  /** The workload's namespace (default the run's, `capture`). */
  namespace?: string;
  hostRunner?: CommandRunner;
  signal?: AbortSignal;
  /** No OpenStack client. */
  noCloud?: boolean;
}

const SUITE = `name: life
workload:
  name: demo
  services:
    - name: demo
      port: 80
      targetPort: 8080
scenarios:
  - name: s
    kind: state
    check: pods-running
`;

/** A StepContext over `world` with workload `demo` (service `demo`) deployed. */
export async function stepContext(world: LifecycleWorld, o: ContextOptions = {}): Promise<StepContext> {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-steps-'));
  const settings = connectivitySettings({
    suites: [],
    resultsDir: dir,
    timeoutMs: 120_000,
    ...(o.mode ? { mode: o.mode } : {}),
  });
  const runner = world.runner;
  const kubectl = new Kubectl({ runner, namespace: settings.namespace });
  const results = await ResultsWriter.open(join(dir, 'r.json'), { toolVersion: '0', stage: 'connectivity' });
  const client = o.noCloud
    ? undefined
    : new OpenStackClient({ runner, cloud: 'devstack-admin', sleep: async () => undefined });
  const run = new Run(
    settings,
    {
      kubectl,
      client,
      logger: new RecordingLogger(),
      toolVersion: '0',
      hostRunner: o.hostRunner,
      signal: o.signal,
      intervalMs: 5,
    },
    results,
  );
  const suite: Suite = parseSuite(o.suite ?? SUITE, 'life.yaml');
  const namespace = o.namespace ?? settings.namespace;
  const service = parseService(JSON.parse(fx('service.json')) as Json);
  const demo: DeployedWorkload = {
    name: 'demo',
    namespace,
    labels: { app: 'demo' },
    pods: [],
    services: new Map([['demo', service]]),
  };
  const workloads = new Map([['demo', demo]]);
  const ctx: StepContext = {
    run,
    suite,
    workloads,
    namespaces: new Map([['', namespace]]),
    intervalMs: 5,
    async refresh() {
      for (const w of workloads.values()) {
        const pods = await workloadPods(kubectl.inNamespace(w.namespace), w.name);
        w.pods = pods.filter((p) => p.ready && p.podIP !== undefined);
      }
    },
  };
  await ctx.refresh();
  return ctx;
}
