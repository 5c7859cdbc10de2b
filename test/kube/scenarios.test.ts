/**
 * The scenario-kind framework: the registry matches the suite schema, each kind owns its load-time rules, the
 * planner serves any probe kind, the state kind's checks, and the one recorder that turns a step into a case and a
 * finding.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kubectl } from '../../src/kube/kubectl.js';
import { planProbes, type ClusterFacts } from '../../src/kube/plan.js';
import { recordScenario, Run } from '../../src/kube/run.js';
import { SCENARIO_KINDS, probeKind, scenarioKind } from '../../src/kube/scenarios/index.js';
import { STATE_CHECKS } from '../../src/kube/scenarios/state-checks.js';
import { stateKind } from '../../src/kube/scenarios/state.js';
import type { ProbeKind, ScenarioContext } from '../../src/kube/scenarios/types.js';
import type { ConnectivitySettings } from '../../src/kube/settings.js';
import { DEFAULT_KURYR_NAMES } from '../../src/kube/state.js';
import { parseSuite, SuiteError, suiteSchema, type LocatedScenario } from '../../src/kube/suite.js';
import type { KubePod } from '../../src/kube/types.js';
import { ResultsWriter } from '../../src/results/writer.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';

const scenarioDef = (suiteSchema.$defs as Record<string, { properties: Record<string, { enum: string[] }> }>)
  .scenario as { properties: Record<string, { enum: string[] }> };

function problemsOf(text: string): string[] {
  try {
    parseSuite(text, 't.yaml');
  } catch (err) {
    if (err instanceof SuiteError) return err.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    throw err;
  }
  return [];
}

function pod(name: string, ip: string, node: string): KubePod {
  return { metadata: { name }, phase: 'Running', ready: true, podIP: ip, nodeName: node } as KubePod;
}

async function newRun(mode: ConnectivitySettings['mode'] = 'baremetal'): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-scenarios-'));
  const settings: ConnectivitySettings = {
    suites: [],
    cloud: 'devstack-admin',
    namespace: 'ns',
    generatedNamespace: false,
    image: 'img',
    replicas: 2,
    mode,
    filter: [],
    timeoutMs: 60_000,
    execMode: 'batched',
  };
  const runner = new FakeCommandRunner();
  runner.on('kubectl', undefined, { exitCode: 1, stderr: 'no such resource\n' });
  const results = await ResultsWriter.open(join(dir, 'r.json'), { toolVersion: '0', stage: 'connectivity' });
  const kubectl = new Kubectl({ runner, namespace: 'ns' });
  return new Run(settings, { kubectl, logger: new RecordingLogger(), toolVersion: '0' }, results);
}

const SUITE = parseSuite(
  'name: s\nscenarios:\n  - name: a\n    kind: state\n    check: network-exists\n  - name: b\n    kind: state\n    check: trunk-subports\n    tags: [x]\n',
  's.yaml',
);
const [NETWORK, TRUNK] = SUITE.scenarios as [LocatedScenario, LocatedScenario];

function context(run: Run): ScenarioContext {
  const portOptions = { namespace: 'ns', mode: run.settings.mode, names: DEFAULT_KURYR_NAMES };
  return { run, suite: SUITE, app: 'demo', pods: [], services: new Map(), portOptions };
}

describe('the registry', () => {
  it('has one unit per kind of the suite schema, registered under its own name, and no other', () => {
    const kinds = scenarioDef.properties.kind?.enum ?? [];
    expect(kinds.length).toBeGreaterThan(0);
    expect(Object.keys(SCENARIO_KINDS).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) expect(scenarioKind(kind)?.kind).toBe(kind);
    expect(scenarioKind('network-policy')).toBeUndefined();
    expect(scenarioKind('toString')).toBeUndefined();
  });

  it('has one state check per check of the suite schema', () => {
    expect(Object.keys(STATE_CHECKS).sort()).toEqual([...(scenarioDef.properties.check?.enum ?? [])].sort());
  });

  it('tells check kinds (run at once) from probe kinds (batched)', () => {
    expect(scenarioKind('state')?.runs).toBe('now');
    expect(probeKind('state')).toBeUndefined();
    expect(['pod-to-pod', 'pod-to-service', 'pod-to-external'].map((k) => probeKind(k)?.runs)).toEqual([
      'batched',
      'batched',
      'batched',
    ]);
  });
});

describe("each kind's load-time rules", () => {
  it('pod-to-pod and pod-to-service need a workload (at the kind line); pod-to-external and state do not', () => {
    const text =
      'name: t\nscenarios:\n' +
      '  - name: p\n    kind: pod-to-pod\n    protocol: icmp\n' +
      '  - name: s\n    kind: pod-to-service\n    protocol: http\n    to: demo\n' +
      '  - name: e\n    kind: pod-to-external\n    protocol: http\n    to: example.org\n' +
      '  - name: n\n    kind: state\n    check: network-exists\n';
    expect(problemsOf(text)).toEqual([
      '4:11 a pod-to-pod scenario needs a workload',
      '7:11 a pod-to-service scenario needs a workload',
      "9:9 service 'demo' is not one of workload.services",
    ]);
  });

  it('pod-to-pod needs a port unless it pings', () => {
    const workload = 'workload:\n  name: w\n';
    const tcp = `name: t\n${workload}scenarios:\n  - name: p\n    kind: pod-to-pod\n    protocol: tcp\n`;
    expect(problemsOf(tcp)).toEqual(['5:5 a tcp pod-to-pod scenario needs a port']);
    expect(problemsOf(tcp.replace('tcp\n', 'icmp\n'))).toEqual([]);
  });
});

describe('planning any probe kind', () => {
  // a kind the framework has never seen: one probe from each source pod to a fixed host
  const beacon: ProbeKind = {
    kind: 'pod-to-external',
    runs: 'batched',
    defaultFrom: 'every-pod',
    repliesLikeDemo: false,
    targets: ({ sources, base }) => ({
      probes: sources.map((s) => ({ ...base, source: s.metadata.name, host: '192.0.2.1', target: 'beacon' })),
    }),
  };
  const suite = parseSuite(
    'name: t\nrepeat: 2\nscenarios:\n  - name: b\n    kind: pod-to-external\n    protocol: icmp\n    to: x\n',
    't.yaml',
  );
  const scenario = suite.scenarios[0] as LocatedScenario;
  const facts = (pods: KubePod[]): ClusterFacts => ({ namespace: 'ns', pods, services: new Map(), vars: {} });
  const ids = (): (() => string) => {
    let n = 0;
    return () => `p${++n}`;
  };

  it('sends the kind’s probes from its default sources, once per round, with fresh ids and the shared timeouts', () => {
    const pods = [pod('a', '10.0.0.1', 'n1'), pod('b', '10.0.0.2', 'n2')];
    const plan = planProbes(suite, scenario, facts(pods), ids(), beacon);
    expect(plan.rounds.map((r) => r.map((p) => `${p.id}:${p.source}>${p.target}:${p.round}`))).toEqual([
      ['p1:a>beacon:1', 'p2:b>beacon:1'],
      ['p3:a>beacon:2', 'p4:b>beacon:2'],
    ]);
    expect(plan.rounds[0]?.[0]).toMatchObject({ caseId: 't/b', protocol: 'icmp', connectTimeoutS: 2, maxTimeS: 5 });
    expect(plan.expectation).toEqual({ outcome: 'ok', body: undefined });
  });

  it('passes on what the kind says: skip and error, and errors for a kind that does not probe', () => {
    const pods = [pod('a', '10.0.0.1', 'n1')];
    expect(planProbes(suite, scenario, facts(pods), ids(), { ...beacon, targets: () => ({ skip: 'no' }) }).skip).toBe(
      'no',
    );
    expect(
      planProbes(suite, scenario, facts(pods), ids(), { ...beacon, targets: () => ({ error: 'bad' }) }),
    ).toMatchObject({ error: 'bad', rounds: [] });
    expect(planProbes(suite, scenario, facts(pods), ids(), undefined).error).toBe(
      'not a probe scenario: pod-to-external',
    );
  });
});

describe('the state kind', () => {
  const state = stateKind;

  it('a check that does not apply to the mode is skipped; without the cloud a cloud check throws naming os-cloud', async () => {
    const run = await newRun('baremetal');
    await expect(state.run(context(run), TRUNK)).resolves.toEqual({ skip: 'trunk subports apply to mode nested' });
    await expect(state.run(context(run), NETWORK)).rejects.toThrow(
      'the network-exists check needs the OpenStack cloud (os-cloud)',
    );
  });

  it('an unknown check fails with the problem and the evidence of the pods', async () => {
    const run = await newRun();
    const r = await state.run(context(run), { ...NETWORK, check: 'nope' as never });
    expect(r).toMatchObject({ status: 'failed', message: 'unknown check nope', details: undefined });
    expect('evidence' in r ? r.evidence?.map((e) => e.kind) : []).toEqual(['kubernetes-pods']);
  });
});

describe('the recorder', () => {
  it('a step that throws is an error case (first line, the whole text as details) and a failure finding at the scenario line', async () => {
    const run = await newRun();
    await recordScenario(run, 's', NETWORK, () => Promise.reject(new Error('boom\nmore')));
    expect(run.cases).toEqual([
      expect.objectContaining({
        id: 's/a',
        name: 'a',
        suite: 's',
        status: 'error',
        message: 'boom',
        details: 'boom\nmore',
        location: { file: 's.yaml', line: 3, endLine: 5 },
        durationMs: expect.any(Number),
      }),
    ]);
    expect(run.findings).toEqual([
      {
        file: 's.yaml',
        line: 3,
        endLine: 5,
        level: 'failure',
        title: 'connectivity: s/a error',
        message: 'boom\nmore',
        details: undefined,
        rule: 'connectivity/state',
        caseId: 's/a',
      },
    ]);
  });

  it('flaky is a warning; passed has no finding; a skip is a case without a duration or a finding', async () => {
    const run = await newRun();
    await recordScenario(run, 's', TRUNK, async () => ({ status: 'flaky', message: 'm', durationMs: 7, attempts: 2 }));
    await recordScenario(run, 's', NETWORK, async () => ({ status: 'passed' }));
    await recordScenario(run, 's', TRUNK, async () => ({ skip: 'not here' }));
    expect(run.cases.map((c) => [c.status, c.durationMs, c.attempts, c.tags])).toEqual([
      ['flaky', 7, 2, ['x']],
      ['passed', expect.any(Number), undefined, undefined],
      ['skipped', undefined, undefined, ['x']],
    ]);
    expect(run.findings.map((f) => [f.caseId, f.level])).toEqual([['s/b', 'warning']]);
  });

  it('a step that throws after the run was cancelled is the cancellation, not an error case', async () => {
    const run = await newRun();
    const abort = new AbortController();
    const cancelled = new Run(run.settings, { ...run.deps, signal: abort.signal }, run.results);
    abort.abort('SIGINT');
    await expect(recordScenario(cancelled, 's', NETWORK, () => Promise.reject(new Error('killed')))).rejects.toThrow(
      /SIGINT/,
    );
    expect(cancelled.cases).toEqual([]);
  });
});
