/**
 * The probe step of a suite: every probe scenario is planned by its kind's unit, then all scenarios' probes of one
 * round go out together (one `kubectl exec` per source pod, round by round for `repeat`), and each scenario is judged
 * and recorded with its evidence (the reachability matrix, the backends seen, the failing probes and the state of
 * the pods, ports and services involved).
 */
import type { Evidence } from '../results/model.js';
import { getErrorMessage } from '../runtime/errors.js';
import type { ProbeExpectation, ProbeVerdict } from './classify.js';
import { runProbes } from './executor.js';
import { evaluateScenario, type ClusterFacts, type ScenarioPlan } from './plan.js';
import { recordScenario, type Run, type StepOutcome } from './run.js';
import { planScenario } from './scenarios/index.js';
import type { Probe } from './script.js';
import { collectEvidence } from './state.js';
import type { LocatedScenario } from './suite.js';
import type { ReachabilityCell } from './summary.js';
import type { SuiteWorkload } from './workload.js';

function reachability(
  verdicts: readonly ProbeVerdict[],
  expect: ProbeExpectation,
  everyBackend: boolean,
): ReachabilityCell[] {
  // The last round decides a cell; every-backend scenarios collapse to one cell per source.
  const last = Math.max(0, ...verdicts.map((v) => v.probe.round));
  const cells = new Map<string, ReachabilityCell>();
  for (const v of verdicts.filter((x) => x.probe.round === last)) {
    const key = `${v.probe.source}>${v.probe.target}`;
    const prev = cells.get(key);
    const passed = (prev?.passed ?? true) && v.passed;
    cells.set(key, {
      from: v.probe.source,
      to: v.probe.target,
      protocol: `${v.probe.protocol}${v.probe.port === undefined ? '' : `/${v.probe.port}`}${everyBackend ? ' (every backend)' : ''}`,
      expected: expect.outcome,
      observed: passed ? v.observed : prev && !prev.passed ? prev.observed : v.observed,
      passed,
    });
  }
  return [...cells.values()];
}

/** Plans each scenario; one that cannot be planned (an unset variable, …) becomes a plan that errors. */
function planAll(run: Run, w: SuiteWorkload, scenarios: readonly LocatedScenario[]): ScenarioPlan[] {
  const { settings } = run;
  const facts: ClusterFacts = {
    namespace: settings.namespace,
    pods: [...w.pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name)),
    services: w.services,
    vars: { ...w.suite.variables, ...(settings.externalTarget ? { 'external-target': settings.externalTarget } : {}) },
  };
  return scenarios.map((s) => {
    const scenario = settings.repeat === undefined ? s : { ...s, repeat: settings.repeat };
    try {
      return planScenario(w.suite, scenario, facts, run.probeId);
    } catch (err) {
      const caseId = `${w.suite.name}/${s.name}`;
      return { scenario, caseId, rounds: [], expectation: { outcome: 'ok' }, error: getErrorMessage(err) };
    }
  });
}

/** Sends the plans' probes round by round; returns each case's verdicts. */
async function sendRounds(
  run: Run,
  w: SuiteWorkload,
  plans: readonly ScenarioPlan[],
): Promise<Map<string, ProbeVerdict[]>> {
  const { logger } = run.deps;
  const { kubectl } = w; // the source pods' namespace
  const suite = w.suite.name;
  const verdicts = new Map<string, ProbeVerdict[]>();
  const rounds = Math.max(0, ...plans.map((p) => p.rounds.length));
  const byCase = new Map(plans.map((p) => [p.caseId, p.expectation]));
  for (let r = 0; r < rounds; r++) {
    run.step(`suite ${suite}: probes, round ${r + 1} of ${rounds}`);
    const probes: Probe[] = plans.flatMap((p) => p.rounds[r] ?? []);
    const { verdicts: got, stats } = await runProbes(kubectl, probes, {
      mode: run.settings.execMode,
      expectationOf: (p) => byCase.get(p.caseId) ?? { outcome: 'ok' },
      onRetry: (pod, attempt, why) =>
        logger.warning(`kubectl exec ${pod}: transport failure (attempt ${attempt}), retrying: ${why}`),
      onRecheck: (count, inFlight) =>
        logger.info(
          `${count} probe(s) timed out with ${inFlight} probes in flight: sending them again a few at a time ` +
            '(the runner may have been too busy for curl to keep its timeout)',
        ),
    });
    run.stats.execs += stats.execs;
    run.stats.retries += stats.retries;
    for (const v of got) verdicts.set(v.probe.caseId, [...(verdicts.get(v.probe.caseId) ?? []), v]);
  }
  return verdicts;
}

/** Judges one scenario's verdicts and gathers its evidence. */
async function judge(run: Run, w: SuiteWorkload, plan: ScenarioPlan, verdicts: ProbeVerdict[]): Promise<StepOutcome> {
  const result = evaluateScenario(plan, verdicts);
  const evidence: Evidence[] = [];
  const cells = reachability(result.verdicts, plan.expectation, plan.everyBackend !== undefined);
  if (cells.length > 0) evidence.push({ kind: 'reachability', title: 'expected vs observed', data: cells });
  if (plan.everyBackend) {
    const data = { expected: plan.everyBackend, seen: result.backendsSeen };
    evidence.push({ kind: 'backends', title: 'backends seen', data });
  }
  if (result.status === 'failed' || result.status === 'error') {
    const involved = new Set(result.failures.flatMap((v) => [v.probe.source, v.probe.target]));
    const svcs = [...w.services.values()].filter((x) => involved.has(`svc/${x.metadata.name}`));
    evidence.push({
      kind: 'probes',
      title: 'failing probes',
      data: result.failures.slice(0, 50).map(({ probe: p, ...v }) => ({
        from: p.source,
        to: p.target,
        protocol: p.protocol,
        host: p.host,
        port: p.port,
        observed: v.observed,
        exitCode: v.exitCode,
        httpCode: v.httpCode,
        stderr: v.stderr,
        body: v.body,
      })),
    });
    const pods = w.pods.filter((p) => involved.has(p.metadata.name) || svcs.length > 0);
    evidence.push(...(await collectEvidence(run.deps, { pods, services: svcs, options: w.portOptions })));
  }
  const { status, message, details } = result;
  return { status, message, details, attempts: result.attempts || undefined, evidence };
}

/** Plans, sends and judges the suite's probe scenarios; each becomes a case (all share the batch's duration). */
export async function runProbeScenarios(
  run: Run,
  w: SuiteWorkload,
  scenarios: readonly LocatedScenario[],
): Promise<void> {
  const plans = planAll(run, w, scenarios);
  const started = Date.now();
  const verdicts = await sendRounds(run, w, plans);
  run.stats.wallMs += Date.now() - started;
  run.step(`suite ${w.suite.name}: verdicts`); // probes cut short by a signal are no verdicts
  for (const plan of plans) {
    await recordScenario(run, w.suite.name, plan.scenario, async () => ({
      ...(await judge(run, w, plan, verdicts.get(plan.caseId) ?? [])),
      durationMs: Date.now() - started,
    }));
  }
}
