/**
 * `everyBackend: [service, …]`: requests through each service's ClusterIP reach every ready pod of its workload. It
 * is the pod-to-service kind's every-backend scenario (requestsPerBackend × pods requests from the workload's first
 * pod, one `kubectl exec`), planned against the pods of each poll and re-sent until every pod answered or the step's
 * deadline.
 */
import type { Evidence } from '../../../results/model.js';
import { getErrorMessage } from '../../../runtime/errors.js';
import type { ProbeVerdict } from '../../classify.js';
import { runProbes } from '../../executor.js';
import { evaluateScenario, planProbes, type ScenarioResult } from '../../plan.js';
import { podToService } from '../../scenarios/pod-to-service.js';
import { collectEvidence } from '../../state.js';
import type { LocatedScenario } from '../../suite.js';
import { kubectlOf, pollUntilDeadline, portOptionsOf, seconds, serviceOf, type OwnedService } from '../lookup.js';
import type { StepContext, StepExpectation } from '../types.js';

/** The every-backend scenario of one service: its first TCP port over HTTP (else its first port, UDP). */
export function everyBackendScenario(ctx: StepContext, owned: OwnedService): LocatedScenario {
  const { service } = owned;
  const port = service.ports.find((p) => p.protocol === 'TCP') ?? service.ports[0];
  const { file, line } = ctx.suite;
  return {
    name: `everyBackend ${service.metadata.name}`,
    kind: 'pod-to-service',
    to: service.metadata.name,
    protocol: port?.protocol === 'UDP' ? 'udp' : 'http',
    ...(port === undefined ? {} : { port: port.port }),
    expect: { everyBackend: true },
    repeat: 1,
    file,
    line,
    endLine: line,
  };
}

interface Probed {
  owned: OwnedService;
  result?: ScenarioResult;
  expected: string[];
}

/** Plans, sends and judges one service's every-backend probes against the workload's current ready pods. */
async function probeService(ctx: StepContext, owned: OwnedService): Promise<Probed> {
  const w = owned.workload;
  const scenario = everyBackendScenario(ctx, owned);
  const pods = [...w.pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  const facts = { namespace: w.namespace, pods, services: new Map(w.services), vars: {} };
  const plan = planProbes(ctx.suite, scenario, facts, ctx.run.probeId, podToService);
  let verdicts: ProbeVerdict[] = [];
  if (!plan.error && !plan.skip) {
    const probes = plan.rounds.flat();
    const sent = await runProbes(kubectlOf(ctx, w), probes, {
      mode: ctx.run.settings.execMode,
      expectationOf: () => plan.expectation,
    });
    ctx.run.stats.execs += sent.stats.execs;
    ctx.run.stats.retries += sent.stats.retries;
    verdicts = sent.verdicts;
  }
  return { owned, result: evaluateScenario(plan, verdicts), expected: plan.everyBackend ?? [] };
}

async function checkAll(
  ctx: StepContext,
  services: readonly string[],
): Promise<{ problems: string[]; value: Probed[] }> {
  await ctx.refresh();
  const problems: string[] = [];
  const value: Probed[] = [];
  for (const name of services) {
    const owned = serviceOf(ctx, name);
    if (!owned) {
      problems.push(`service ${name} is not deployed`);
      continue;
    }
    const about = `service ${name} (workload ${owned.workload.namespace}/${owned.workload.name})`;
    try {
      const probed = await probeService(ctx, owned);
      value.push(probed);
      if (probed.result?.status !== 'passed') problems.push(`${about}: ${probed.result?.message ?? 'not probed'}`);
    } catch (err) {
      ctx.run.checkCancelled();
      problems.push(`${about}: ${getErrorMessage(err).split('\n')[0] ?? ''}`);
      value.push({ owned, expected: [] });
    }
  }
  return { problems, value };
}

async function evidenceOf(ctx: StepContext, probed: readonly Probed[]): Promise<Evidence[]> {
  const out: Evidence[] = [];
  for (const p of probed) {
    const svc = p.owned.service.metadata.name;
    const seen = p.result?.backendsSeen ?? [];
    out.push({ kind: 'backends', title: `backends of service ${svc}`, data: { expected: p.expected, seen } });
    const failures = (p.result?.failures ?? []).slice(0, 20).map(({ probe, ...v }) => ({
      from: probe.source,
      to: probe.target,
      host: probe.host,
      port: probe.port,
      observed: v.observed,
      exitCode: v.exitCode,
      stderr: v.stderr,
      body: v.body,
    }));
    if (failures.length > 0) out.push({ kind: 'probes', title: `failing probes to service ${svc}`, data: failures });
    const { workload: w, service } = p.owned;
    out.push(
      ...(await collectEvidence(ctx.run.deps, { pods: w.pods, services: [service], options: portOptionsOf(ctx, w) })),
    );
  }
  return out;
}

/** The `everyBackend` expectation. */
export const everyBackendExpectation: StepExpectation<string[]> = {
  name: 'everyBackend',
  async check(ctx, arg, deadline) {
    const outcome = await pollUntilDeadline(ctx, deadline, `every backend of ${arg.join(', ')}`, () =>
      checkAll(ctx, arg),
    );
    const probed = outcome.value ?? [];
    if (outcome.ok) {
      const counts = probed.map((p) => `${p.owned.service.metadata.name}: ${p.expected.length}`);
      return {
        ok: true,
        message: `every ready pod answered through its service (${counts.join(', ')}) after ${seconds(outcome.ms)}`,
        convergedMs: outcome.ms,
      };
    }
    return {
      ok: false,
      message: `not every backend reached in ${seconds(outcome.ms)}: ${outcome.problems[0] ?? ''}`,
      details: outcome.problems.join('\n'),
      evidence: await evidenceOf(ctx, probed),
    };
  },
};
