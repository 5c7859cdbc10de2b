/**
 * The planner: turns a suite's probe scenarios and the cluster's facts (ready pods, services) into probes (the parts
 * every probe kind shares; each kind in src/kube/scenarios/ says where its probes go), and turns
 * the verdicts back into one result per scenario: passed, failed, or flaky (some rounds of a `repeat` failed, others
 * passed), with "every backend answers" checked over requestsPerBackend × N requests
 * (docs/connectivity.md#suite-design).
 */
import { parseDuration } from '../runtime/duration.js';
import { DEMO_REPLY, type ProbeExpectation, type ProbeVerdict } from './classify.js';
import type { ProbeKind } from './scenarios/types.js';
import type { Probe, ProbeProtocol } from './script.js';
import type { LocatedScenario, Suite } from './suite.js';
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

/**
 * The expectation of a scenario: outcome ok by default; for targets that are the demo workload, the demo reply regex.
 * @param repliesLikeDemo whether the scenario's kind probes the demo workload (its {@link ProbeKind} says)
 */
export function expectationOf(scenario: LocatedScenario, repliesLikeDemo: boolean): ProbeExpectation {
  const outcome = scenario.expect?.outcome ?? 'ok';
  const body =
    scenario.expect?.body !== undefined ? new RegExp(scenario.expect.body) : repliesLikeDemo ? DEMO_REPLY : undefined;
  return { outcome, body };
}

/**
 * Plans one probe scenario: the parts every probe kind shares (case id, rounds, timeouts, source pods); the kind
 * says where the probes go.
 * @param nextId generates probe ids (`p1`, `p2`, …) unique within a round
 * @param kind the scenario's kind; undefined when it does not probe (the plan errors)
 */
export function planProbes(
  suite: Suite,
  scenario: LocatedScenario,
  facts: ClusterFacts,
  nextId: () => string,
  kind: ProbeKind | undefined,
): ScenarioPlan {
  const caseId = caseIdOf(suite.name, scenario.name);
  const rounds = scenario.repeat ?? suite.repeat ?? 1;
  const plan: ScenarioPlan = {
    scenario,
    caseId,
    rounds: [],
    expectation: expectationOf(scenario, kind?.repliesLikeDemo ?? true),
  };
  const protocol = protocolFor(scenario);
  const connectTimeoutS = secondsOf(scenario.timeouts?.connect, DEFAULT_CONNECT_S);
  const maxTimeS = secondsOf(scenario.timeouts?.max, DEFAULT_MAX_S);
  const pods = facts.pods.filter((p) => p.podIP !== undefined);
  if (pods.length === 0) return { ...plan, error: 'no ready pod with an IP to probe from' };
  if (!kind) return { ...plan, error: `not a probe scenario: ${scenario.kind}` };
  const sources = (scenario.from ?? kind.defaultFrom) === 'every-pod' ? pods : pods.slice(0, 1);
  const base = { caseId, protocol, connectTimeoutS, maxTimeS };
  const targets = kind.targets({ scenario, facts, pods, sources, protocol, base });
  if ('skip' in targets) return { ...plan, skip: targets.skip };
  if ('error' in targets) return { ...plan, error: targets.error };
  if (targets.everyBackend) plan.everyBackend = targets.everyBackend;
  for (let r = 1; r <= rounds; r++) plan.rounds.push(targets.probes.map((t) => ({ ...t, id: nextId(), round: r })));
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
