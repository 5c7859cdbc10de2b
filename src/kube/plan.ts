/**
 * The planner: turns a suite's probe scenarios and the cluster's facts (ready pods, services) into probes, and turns
 * the verdicts back into one result per scenario: passed, failed, or flaky (some rounds of a `repeat` failed, others
 * passed), with "every backend answers" checked over requestsPerBackend × N requests
 * (docs/connectivity.md#suite-design).
 */
import { parseDuration } from '../runtime/duration.js';
import { DEMO_REPLY, type ProbeExpectation, type ProbeVerdict } from './classify.js';
import type { Probe, ProbeProtocol } from './script.js';
import { substitute, type LocatedScenario, type Suite } from './suite.js';
import type { KubePod, KubeService } from './types.js';

/** What the planner needs to know about the cluster. */
export interface ClusterFacts {
  namespace: string;
  /** Ready pods of the workload with IPs, sorted by name. */
  pods: KubePod[];
  services: Map<string, KubeService>;
  /** Variables for `${name}` in targets (suite defaults overridden by inputs). */
  vars: Record<string, string | undefined>;
}

/** A planned probe scenario. */
export interface ScenarioPlan {
  scenario: LocatedScenario;
  caseId: string;
  /** Probes of each round (index 0 = round 1). */
  rounds: Probe[][];
  expectation: ProbeExpectation;
  /** Pods that must all be seen answering (every-backend scenarios). */
  everyBackend?: string[];
  /** Set when nothing can be probed (e.g. no pod pairs on other nodes): the case is skipped with this reason. */
  skip?: string;
  /** Set when the scenario cannot run (no ready pods, unknown service): the case errors with this reason. */
  error?: string;
}

/** Default curl --connect-timeout and --max-time (seconds). */
export const DEFAULT_CONNECT_S = 2;
export const DEFAULT_MAX_S = 5;

/** Case id of a scenario. */
export function caseIdOf(suite: string, scenario: string): string {
  return `${suite}/${scenario}`;
}

function secondsOf(text: string | undefined, fallback: number): number {
  const ms = text === undefined ? undefined : parseDuration(text);
  return ms === undefined ? fallback : ms / 1000;
}

function protocolFor(scenario: LocatedScenario): ProbeProtocol {
  return scenario.protocol ?? 'http';
}

/** The expectation of a scenario: outcome ok by default; the demo reply regex for http/udp probes of pods. */
export function expectationOf(scenario: LocatedScenario): ProbeExpectation {
  const outcome = scenario.expect?.outcome ?? 'ok';
  const body =
    scenario.expect?.body !== undefined
      ? new RegExp(scenario.expect.body)
      : scenario.kind === 'pod-to-external'
        ? undefined
        : DEMO_REPLY;
  return { outcome, body };
}

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

/**
 * Plans one probe scenario.
 * @param nextId generates probe ids (`p1`, `p2`, …) unique within a round
 */
export function planScenario(
  suite: Suite,
  scenario: LocatedScenario,
  facts: ClusterFacts,
  nextId: () => string,
): ScenarioPlan {
  const caseId = caseIdOf(suite.name, scenario.name);
  const rounds = scenario.repeat ?? suite.repeat ?? 1;
  const plan: ScenarioPlan = { scenario, caseId, rounds: [], expectation: expectationOf(scenario) };
  const protocol = protocolFor(scenario);
  const connectTimeoutS = secondsOf(scenario.timeouts?.connect, DEFAULT_CONNECT_S);
  const maxTimeS = secondsOf(scenario.timeouts?.max, DEFAULT_MAX_S);
  const pods = facts.pods.filter((p) => p.podIP !== undefined);
  if (pods.length === 0) return { ...plan, error: 'no ready pod with an IP to probe from' };
  const sources =
    (scenario.from ?? (scenario.kind === 'pod-to-pod' ? 'every-pod' : 'one-pod')) === 'every-pod'
      ? pods
      : pods.slice(0, 1);
  const base = { caseId, protocol, connectTimeoutS, maxTimeS };
  let template: Omit<Probe, 'id' | 'round'>[] = [];

  if (scenario.kind === 'pod-to-pod') {
    const placement = scenario.placement ?? 'any';
    for (const src of sources) {
      for (const dst of pods) {
        if (dst === src && pods.length > 1) continue;
        if (placement === 'same-node' && src.nodeName !== dst.nodeName) continue;
        if (placement === 'other-node' && src.nodeName === dst.nodeName) continue;
        template.push({
          ...base,
          source: src.metadata.name,
          host: dst.podIP as string,
          port: protocol === 'icmp' ? undefined : scenario.port,
          target: dst.metadata.name,
          expectPod: protocol === 'http' || protocol === 'udp' ? dst.metadata.name : undefined,
        });
      }
    }
    if (template.length === 0) {
      return {
        ...plan,
        skip: `no ${placement} pod pairs among ${pods.length} pod(s) (nodes: ${[...new Set(pods.map((p) => p.nodeName ?? '?'))].join(', ')})`,
      };
    }
  } else if (scenario.kind === 'pod-to-service') {
    const svc = facts.services.get(scenario.to ?? '');
    if (!svc?.clusterIP) return { ...plan, error: `service '${scenario.to ?? ''}' has no cluster IP` };
    const wanted = protocol === 'udp' ? 'UDP' : 'TCP';
    const port = svc.ports.find(
      (p) => (scenario.port === undefined || p.port === scenario.port) && p.protocol === wanted,
    );
    if (!port)
      return { ...plan, error: `service '${svc.metadata.name}' has no ${wanted} port ${scenario.port ?? ''}`.trim() };
    const every = scenario.expect?.everyBackend ?? false;
    const total = every ? (scenario.expect?.requestsPerBackend ?? 10) * pods.length : sources.length;
    for (let i = 0; i < total; i++) {
      const src = sources[i % sources.length] as KubePod;
      template.push({
        ...base,
        source: src.metadata.name,
        host: svc.clusterIP,
        port: port.port,
        target: `svc/${svc.metadata.name}`,
      });
    }
    if (every) plan.everyBackend = pods.map((p) => p.metadata.name);
  } else if (scenario.kind === 'pod-to-external') {
    const target = substitute(scenario.to ?? '', facts.vars, `${scenario.file}:${scenario.line} (${scenario.name}.to)`);
    let parsed: { host: string; port?: number; url?: string };
    try {
      parsed = parseExternalTarget(target, scenario);
    } catch (err) {
      return { ...plan, error: (err as Error).message };
    }
    template = sources.map((src) => ({
      ...base,
      source: src.metadata.name,
      host: parsed.host,
      port: parsed.port,
      url: protocol === 'http' ? parsed.url : undefined,
      target,
    }));
  } else {
    return { ...plan, error: `not a probe scenario: ${scenario.kind}` };
  }
  for (let r = 1; r <= rounds; r++) plan.rounds.push(template.map((t) => ({ ...t, id: nextId(), round: r })));
  return plan;
}

/** The result of one planned scenario. */
export interface ScenarioResult {
  status: 'passed' | 'failed' | 'flaky' | 'skipped' | 'error';
  message?: string;
  details?: string;
  /** Rounds run. */
  attempts: number;
  /** Verdicts of every round. */
  verdicts: ProbeVerdict[];
  /** Failing verdicts of the last failing round. */
  failures: ProbeVerdict[];
  /** Backends seen answering (every-backend scenarios), over all rounds. */
  backendsSeen: string[];
}

function describeVerdict(v: ProbeVerdict): string {
  const p = v.probe;
  const port = p.port === undefined ? '' : `:${p.port}`;
  return `${p.source} -> ${p.target} (${p.protocol} ${p.host}${port}) round ${p.round}: ${v.reason ?? v.observed}`;
}

/** Judges a scenario's rounds: every round passed → passed; some failed, some passed → flaky; all failed → failed. */
export function evaluateScenario(plan: ScenarioPlan, verdicts: readonly ProbeVerdict[]): ScenarioResult {
  if (plan.error)
    return { status: 'error', message: plan.error, attempts: 0, verdicts: [], failures: [], backendsSeen: [] };
  if (plan.skip)
    return { status: 'skipped', message: plan.skip, attempts: 0, verdicts: [], failures: [], backendsSeen: [] };
  const seenAll = new Set<string>();
  const roundFailures: ProbeVerdict[][] = [];
  const roundMessages: string[] = [];
  for (let r = 1; r <= plan.rounds.length; r++) {
    const mine = verdicts.filter((v) => v.probe.round === r);
    const failed = mine.filter((v) => !v.passed);
    const seen = new Set(mine.flatMap((v) => (v.passed && v.backend ? [v.backend] : [])));
    seen.forEach((b) => seenAll.add(b));
    let message = failed.length > 0 ? `${failed.length} of ${mine.length} probes failed` : '';
    if (plan.everyBackend && failed.length === 0) {
      const missing = plan.everyBackend.filter((b) => !seen.has(b));
      if (missing.length > 0) {
        message = `not every backend answered: ${missing.join(', ')} never replied in ${mine.length} requests (seen: ${[...seen].sort().join(', ') || 'none'})`;
        roundFailures.push([]);
        roundMessages.push(message);
        continue;
      }
    }
    roundFailures.push(failed);
    roundMessages.push(message);
  }
  const failedRounds = roundMessages.filter((m) => m !== '').length;
  const total = plan.rounds.length;
  const lastBad = [...roundMessages.keys()].reverse().find((i) => roundMessages[i] !== '');
  const failures = lastBad === undefined ? [] : (roundFailures[lastBad] ?? []);
  // Identical failures (same pair, same reason) collapse into one line with a count.
  const grouped = new Map<string, number>();
  for (const v of failures) {
    const line = describeVerdict(v).replace(/ round \d+:/, ':');
    grouped.set(line, (grouped.get(line) ?? 0) + 1);
  }
  const details =
    [...grouped]
      .slice(0, 50)
      .map(([line, count]) => (count > 1 ? `${count}× ${line}` : line))
      .join('\n') || undefined;
  const base = { attempts: total, verdicts: [...verdicts], failures, backendsSeen: [...seenAll].sort() };
  if (failedRounds === 0) return { ...base, status: 'passed' };
  const first = roundMessages[lastBad ?? 0] ?? '';
  const headline = failures[0] ? `${first}; first: ${describeVerdict(failures[0])}` : first;
  if (failedRounds < total) {
    return {
      ...base,
      status: 'flaky',
      message: `flaky: ${failedRounds} of ${total} rounds failed (${headline})`,
      details,
    };
  }
  return {
    ...base,
    status: 'failed',
    message: total > 1 ? `all ${total} rounds failed: ${headline}` : headline,
    details,
  };
}
