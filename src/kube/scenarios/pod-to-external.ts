/** `pod-to-external`: source pods probe a target outside the cluster (a URL, `host:port`, or a host). */
import type { LocatedScenario } from '../suite.js';
import { substitute } from '../variables.js';
import type { ProbeKind, ProbeTargets, TargetContext } from './types.js';

/** Parses an external target: a URL, or `host:port` (http), or a bare host (ping/port from the scenario). */
export function parseExternalTarget(
  target: string,
  scenario: LocatedScenario,
): { host: string; port?: number; url?: string } {
  if (/^https?:\/\//.test(target)) {
    const u = new URL(target);
    return { host: u.hostname, port: u.port === '' ? undefined : Number(u.port), url: target };
  }
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(target);
  if (!m) throw new Error(`not a host, host:port or URL: ${target}`);
  const host = (m[1] ?? '').replace(/^\[|\]$/g, '');
  return { host, port: m[2] === undefined ? scenario.port : Number(m[2]) };
}

function targets({ scenario, facts, sources, protocol, base }: TargetContext): ProbeTargets {
  // an unset variable is a configuration error (it names the input), not a failed probe
  const target = substitute(scenario.to ?? '', facts.vars, `${scenario.file}:${scenario.line} (${scenario.name}.to)`);
  let parsed: { host: string; port?: number; url?: string };
  try {
    parsed = parseExternalTarget(target, scenario);
  } catch (err) {
    return { error: (err as Error).message };
  }
  const probes = sources.map((src) => ({
    ...base,
    source: src.metadata.name,
    host: parsed.host,
    port: parsed.port,
    url: protocol === 'http' ? parsed.url : undefined,
    target,
  }));
  return { probes };
}

/** The pod-to-external kind: no workload needed beyond a pod to probe from; the reply is not the demo's. */
export const podToExternal: ProbeKind<'pod-to-external'> = {
  kind: 'pod-to-external',
  runs: 'batched',
  defaultFrom: 'one-pod',
  repliesLikeDemo: false,
  targets,
};
