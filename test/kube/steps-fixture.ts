/**
 * Helpers of the `steps` tests: a Run over a fake command runner, a StepContext over hand-made workloads, and a
 * pod double that answers a probe batch script the way the demo pods (or a dropping policy) would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kubectl } from '../../src/kube/kubectl.js';
import { Run, type ConnectivityDeps } from '../../src/kube/run.js';
import type { DeployedWorkload, StepContext } from '../../src/kube/steps/types.js';
import { parseSuite, type Suite } from '../../src/kube/suite.js';
import type { KubePod, KubeService } from '../../src/kube/types.js';
import { ResultsWriter } from '../../src/results/writer.js';
import type { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { connectivitySettings } from './settings-fixture.js';

/** A ready pod. */
export function pod(name: string, ip: string): KubePod {
  return {
    metadata: { name, labels: {}, annotations: {} },
    phase: 'Running',
    ready: true,
    podIP: ip,
    containers: [name],
    restarts: 0,
  };
}

/** A ClusterIP (or LoadBalancer, with `external`) service on port 80 → 8080. */
export function service(name: string, clusterIP: string, external?: string): KubeService {
  return {
    metadata: { name, labels: {}, annotations: {} },
    type: external ? 'LoadBalancer' : 'ClusterIP',
    clusterIP,
    ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
    selector: {},
    ...(external ? { loadBalancerIP: external } : {}),
  };
}

/** A Run (namespace `capture`) over `runner`. */
export async function newRun(runner: FakeCommandRunner, deps: Partial<ConnectivityDeps> = {}): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-steps-'));
  const settings = connectivitySettings({ suites: [], resultsDir: dir, timeoutMs: 600_000 });
  const results = await ResultsWriter.open(join(dir, 'r.json'), { toolVersion: '0', stage: 'connectivity' });
  const kubectl = new Kubectl({ runner, namespace: 'capture' });
  return new Run(
    settings,
    { kubectl, logger: new RecordingLogger(), toolVersion: '0', intervalMs: 5, ...deps },
    results,
  );
}

/** The suite the step tests share: a client in the run's namespace, a server in `other`, two policies. */
export const STEPS_SUITE: Suite = parseSuite(
  `name: np
namespaces: [{name: other, labels: {team: other}}]
workloads:
  - {name: client}
  - name: server
    namespace: other
    labels: {role: server}
    services: [{name: web, port: 80, targetPort: 8080, type: LoadBalancer}]
policies:
  deny:
    namespace: other
    spec: {podSelector: {matchLabels: {role: server}}, policyTypes: [Ingress]}
  allow-client:
    namespace: other
    spec:
      podSelector: {matchLabels: {role: server}}
      ingress: [{from: [{ipBlock: {cidr: "\${podIP:client}/32"}}, {ipBlock: {cidr: "\${cidr:other}"}}]}]
scenarios:
  - name: s
    kind: steps
    steps: [{apply-policy: deny}]
`,
  'np.yaml',
);

/** A StepContext over `client` (2 pods, run namespace) and `server` (2 pods, capture-other, service `web`). */
export function stepContext(run: Run, refresh: () => Promise<void> = async () => undefined): StepContext {
  const workloads = new Map<string, DeployedWorkload>([
    [
      'client',
      {
        name: 'client',
        namespace: 'capture',
        labels: { app: 'client' },
        pods: [pod('client-a', '10.0.0.11'), pod('client-b', '10.0.0.12')],
        services: new Map(),
      },
    ],
    [
      'server',
      {
        name: 'server',
        namespace: 'capture-other',
        labels: { app: 'server', role: 'server' },
        pods: [pod('server-a', '10.0.0.21'), pod('server-b', '10.0.0.22')],
        services: new Map([['web', service('web', '10.0.0.130', '172.24.4.50')]]),
      },
    ],
  ]);
  const namespaces = new Map([
    ['', 'capture'],
    ['other', 'capture-other'],
  ]);
  return { run, suite: STEPS_SUITE, workloads, namespaces, refresh, intervalMs: 5 };
}

/** What a probe meets. */
export type Fate = 'ok' | 'timeout' | 'refused';

/** A probe of a batch script: its id, target host and port. */
export interface ScriptProbe {
  id: string;
  host: string;
  port?: number;
}

/** The probes of a batch script (http and udp lines). */
export function probesOf(script: string): ScriptProbe[] {
  const out: ScriptProbe[] = [];
  for (const m of script.matchAll(/^\( (.*); echo \$\? >"\$d\/(p\d+)\.rc" \) &$/gm)) {
    const [, cmd = '', id = ''] = m;
    const url = /http:\/\/([\d.]+):(\d+)\//.exec(cmd);
    const nc = /nc -u -w \d+ ([\d.]+) (\d+)/.exec(cmd);
    const hit = url ?? nc;
    out.push({ id, host: hit?.[1] ?? '', port: hit ? Number(hit[2]) : undefined });
  }
  return out;
}

/** The batch output of `script` when each probe meets `fate(probe)`; `name(ip)` is the pod that answers. */
export function answer(script: string, fate: (p: ScriptProbe) => Fate, name: (ip: string) => string): string {
  const lines = probesOf(script).map((p) => {
    switch (fate(p)) {
      case 'ok':
        return `KDF\t${p.id}\t0\t200 0.003\t\t${name(p.host)}: HELLO! I AM ALIVE!!!`;
      case 'timeout':
        return `KDF\t${p.id}\t28\t000 2.002\tcurl: (28) Connection timed out after 2001 milliseconds\t`;
      case 'refused':
        return `KDF\t${p.id}\t7\t000 0.001\tcurl: (7) Failed to connect to ${p.host} port ${p.port ?? 80}: Connection refused\t`;
    }
  });
  return `${lines.join('\n')}\nKDF-END ${lines.length}\n`;
}

/** Pod names by IP of {@link stepContext}. */
export const POD_BY_IP: Record<string, string> = {
  '10.0.0.11': 'client-a',
  '10.0.0.12': 'client-b',
  '10.0.0.21': 'server-a',
  '10.0.0.22': 'server-b',
  '10.0.0.130': 'server-a',
  '172.24.4.50': 'server-b',
};
