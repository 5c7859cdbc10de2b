/**
 * `kdf sandbox status`: for each service, whether its process runs and its probe answers inside the namespace,
 * with the URL it serves. All probes run in one helper process.
 */
import { join } from 'node:path';

import { CommandError, type CommandRunner } from '../runtime/command.js';
import { NetnsCommandRunner } from '../runtime/netns-runner.js';
import { SANDBOX } from './config.js';
import { baseEnv, Daemons } from './daemons.js';
import type { SandboxLayout } from './layout.js';
import { Namespace } from './netns.js';
import { serviceDefs } from './services.js';
import { readState } from './state.js';

/** The state of one service. */
export interface ServiceStatus {
  name: string;
  component: string;
  /** `healthy`: runs and answers; `unhealthy`: runs but its probe fails; `stopped`: no process. */
  state: 'healthy' | 'unhealthy' | 'stopped';
  pid?: number;
  url?: string;
  detail: string;
}

/** The whole sandbox's state. */
export interface SandboxStatus {
  namespace: string;
  namespaceExists: boolean;
  /** True when state.json exists (an `up` has run since the last wipe). */
  configured: boolean;
  octavia: boolean;
  kuryrDefaults: boolean;
  services: ServiceStatus[];
  /** Every service healthy. */
  healthy: boolean;
}

interface ProbeResult {
  name: string;
  ok: boolean;
  detail: string;
}

/** Probes every service of the sandbox in `layout`; `namespace` overrides the one in state.json. */
export async function sandboxStatus(
  deps: { runner: CommandRunner; layout: SandboxLayout },
  options: { namespace?: string } = {},
): Promise<SandboxStatus> {
  const { runner, layout } = deps;
  const state = readState(layout);
  const namespace = new Namespace(runner, options.namespace ?? state?.namespace ?? SANDBOX.namespace);
  const daemons = new Daemons(runner, namespace, layout);
  const octavia = state?.octavia ?? true;
  const defs = serviceDefs(layout, { octavia, namespace: namespace.name });
  const services: ServiceStatus[] = defs.map((d) => {
    const pid = daemons.runningPid(d.name);
    return {
      name: d.name,
      component: d.component,
      state: pid === undefined ? 'stopped' : 'healthy',
      pid,
      url: d.url,
      detail: pid === undefined ? 'not running' : `process ${pid} running`,
    };
  });

  const exists = namespace.exists();
  const specs = defs
    .map((d, i) => ({ def: d, status: services[i] }))
    .filter((x) => x.status?.pid !== undefined && x.def.probe)
    .map((x) => ({ name: x.def.name, pid: x.status?.pid, http: x.def.probe?.http, tcp: x.def.probe?.tcp }));
  if (exists && specs.length) {
    const results = await probe(runner, layout, namespace.name, specs);
    for (const r of results) {
      const s = services.find((x) => x.name === r.name);
      if (!s) continue;
      s.state = r.ok ? 'healthy' : 'unhealthy';
      s.detail = r.detail;
    }
  } else if (!exists) {
    for (const s of services)
      if (s.state === 'healthy') Object.assign(s, { state: 'unhealthy', detail: 'namespace missing' });
  }
  return {
    namespace: namespace.name,
    namespaceExists: exists,
    configured: state !== undefined,
    octavia,
    kuryrDefaults: state?.kuryrDefaults ?? false,
    services,
    healthy: exists && services.every((s) => s.state === 'healthy'),
  };
}

async function probe(
  runner: CommandRunner,
  layout: SandboxLayout,
  namespace: string,
  specs: { name: string; pid?: number; http?: string; tcp?: string }[],
): Promise<ProbeResult[]> {
  try {
    const { stdout } = await new NetnsCommandRunner(runner, namespace).run(
      '/usr/bin/python3',
      [join(layout.bin, 'probe'), 'check'],
      { input: JSON.stringify(specs), env: baseEnv(layout), replaceEnv: true, label: 'probe', timeoutMs: 30_000 },
    );
    return JSON.parse(stdout) as ProbeResult[];
  } catch (err) {
    if (err instanceof CommandError) {
      return specs.map((s) => ({ name: s.name, ok: false, detail: `probe failed: ${err.message}` }));
    }
    throw err;
  }
}

/** The status as an aligned text table. */
export function formatStatus(status: SandboxStatus): string {
  const head =
    `namespace ${status.namespace}: ${status.namespaceExists ? 'present' : 'absent'}` +
    (status.configured
      ? `; octavia ${status.octavia ? 'on' : 'off'}; kuryr defaults ${status.kuryrDefaults ? 'on' : 'off'}`
      : '; not configured');
  const rows = status.services.map((s) => [
    s.name,
    s.state,
    s.pid === undefined ? '-' : String(s.pid),
    s.url ?? '-',
    s.detail,
  ]);
  const header = ['SERVICE', 'STATE', 'PID', 'URL', 'DETAIL'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  return (
    [head, line(header), ...rows.map(line), status.healthy ? 'all services healthy' : 'NOT HEALTHY'].join('\n') + '\n'
  );
}
