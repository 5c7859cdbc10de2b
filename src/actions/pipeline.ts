/**
 * The root action (`action.yml`): the whole pipeline in one step. setup-devstack → trunk-vm (only for `topology:
 * nested`) → connectivity → publish-results, each stage being the same adapter that runs as its own action, fed
 * from the root's inputs (see {@link STAGE_INPUTS}) and from the outputs of the stages before it. A failed stage
 * skips the stages that need it; publish-results always runs, so the check run shows what happened. `post` runs
 * the stages' post steps in reverse order (connectivity, trunk-vm, setup-devstack).
 */
import * as core from '@actions/core';

import { hostDistro, readOsRelease } from '../devstack/distro.js';

import { ConfigurationError, getErrorMessage } from '../runtime/errors.js';
import { terminateRunningCommands } from '../runtime/process-groups.js';
import { kdfEnv } from '../runtime/env.js';
import { Inputs, actionsInputSource, recordInputSource } from '../runtime/inputs.js';
import { PipelineStageIO, type StageContext, type StageOutcome } from '../runtime/stage-io.js';
import { VERSION } from '../runtime/version.js';
import { PIPELINE_STAGES, STAGE, type PipelineStage } from '../results/model.js';
import { ResultsWriter } from '../results/writer.js';
import { resultsDir, resultsPathFor } from '../runtime/action-io.js';
import { defaultMasker } from '../runtime/secrets.js';
import { STAGE_DEFINITIONS } from '../stages/definitions.js';
import { inRootTerms, validatePipelineInputs } from './pipeline-validate.js';
import { ADAPTERS } from './stages.js';

/** The stages in pipeline order (src/results/model.ts). */
export const STAGES = PIPELINE_STAGES;
export type Stage = PipelineStage;

/**
 * Root input → stage input, per stage. Names are the stages' own unless two stages share a name with different
 * meanings (the VM image vs the pod image, stack.sh's timeout vs the suites').
 */
export const STAGE_INPUTS: Record<Stage, Record<string, string>> = {
  'setup-devstack': {
    profile: 'profile',
    release: 'release',
    'devstack-ref': 'devstack-ref',
    'kuryr-ref': 'kuryr-ref',
    'dragonflow-ref': 'dragonflow-ref',
    'git-base': 'git-base',
    'local-conf': 'local-conf',
    'local-conf-file': 'local-conf-file',
    'admin-password': 'admin-password',
    'ports-pool': 'ports-pool',
    octavia: 'octavia',
    dest: 'dest',
    'stack-user': 'stack-user',
    'stack-timeout-minutes': 'timeout-minutes',
    nat: 'nat',
    cache: 'cache',
    clean: 'clean',
    'force-distro': 'force-distro',
    'allow-fork-pr': 'allow-fork-pr',
  },
  'trunk-vm': {
    'vm-image': 'image',
    'vm-image-url': 'image-url',
    'vm-flavor': 'flavor',
    'vm-ssh-user': 'ssh-user',
    'vm-boot-timeout-minutes': 'boot-timeout-minutes',
    'overcloud-local-conf': 'overcloud-local-conf',
    'overcloud-local-conf-file': 'overcloud-local-conf-file',
    'overcloud-service-host': 'overcloud-service-host',
    'overcloud-timeout-minutes': 'overcloud-timeout-minutes',
    'overcloud-release': 'overcloud-release',
    'overcloud-kuryr-conf': 'overcloud-kuryr-conf',
    'admin-password': 'admin-password',
    'git-base': 'git-base',
    keep: 'keep',
  },
  connectivity: {
    suites: 'suites',
    namespace: 'namespace',
    'pod-image': 'image',
    replicas: 'replicas',
    filter: 'filter',
    repeat: 'repeat',
    'connectivity-timeout-minutes': 'timeout-minutes',
    'external-target': 'external-target',
    'kuryr-conf': 'kuryr-conf',
  },
  'publish-results': {
    'check-name': 'name',
    'github-token': 'token',
    'publish-mode': 'mode',
    'fail-on': 'fail-on',
    'annotations-limit': 'annotations-limit',
  },
};

/** `topology`: `baremetal` pods on the DevStack host, `nested` pods inside the trunk VM's overcloud. */
export type Topology = 'baremetal' | 'nested';

/** The root inputs that are not passed through to one stage. */
export interface PipelineSettings {
  topology: Topology;
  /** The matrix leg every stage's results are labelled with (publish-results' Matrix table). */
  leg: string;
  /** The host's distro id (`ubuntu-18.04`), recorded in pipeline.json's run. */
  distro: string;
}

/**
 * Reads `topology` and `leg`. The leg defaults to the leg variable (runtime/env.ts), then to `<distro>/<topology>`
 * with the distro read from os-release (the os-release variable's file or /etc/os-release; `ID-VERSION_ID` when the
 * toolkit does not know it).
 */
export function readPipelineSettings(
  inputs: Inputs,
  env: NodeJS.ProcessEnv = process.env,
  readHostOsRelease: () => string | undefined = () => readOsRelease(kdfEnv('osRelease', env) || undefined),
): PipelineSettings {
  const topology = inputs.getOptionalInput('topology', 'baremetal');
  if (topology !== 'baremetal' && topology !== 'nested') {
    throw new ConfigurationError(`Input 'topology' must be baremetal or nested (got '${topology}').`, 'topology');
  }
  const distro = hostDistro(readHostOsRelease());
  const leg = inputs.getOptionalInput('leg', '').trim() || kdfEnv('leg', env)?.trim() || `${distro}/${topology}`;
  if (/[\r\n]/.test(leg) || leg.length > 100) {
    throw new ConfigurationError(`Input 'leg' must be one line of at most 100 characters.`, 'leg');
  }
  return { topology, leg, distro };
}

/** One stage's inputs: its share of the root inputs (empty ones left out) plus values wired from earlier stages. */
export function stageInputs(
  stage: Stage,
  root: (name: string) => string | undefined,
  wired: Record<string, string | undefined> = {},
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [rootName, stageName] of Object.entries(STAGE_INPUTS[stage])) {
    const v = root(rootName);
    if (v !== undefined && v !== '') values[stageName] = v;
  }
  for (const [name, v] of Object.entries(wired)) if (v !== undefined && v !== '') values[name] = v;
  return values;
}

/**
 * The values a stage takes from the ones before it (docs/nested-topology.md#trunk-vm-procedure: the trunk VM lives in
 * the demo project).
 */
export function wiring(
  stage: Stage,
  topology: Topology,
  outputs: Partial<Record<Stage, Record<string, string>>>,
  root: (name: string) => string | undefined,
  dir: string = resultsDir(),
): Record<string, string | undefined> {
  const setup = outputs['setup-devstack'] ?? {};
  switch (stage) {
    case 'setup-devstack':
      return {};
    case 'trunk-vm':
      return {
        'os-cloud': 'devstack',
        'clouds-yaml': setup['clouds-yaml'],
        overcloud: 'true',
        'devstack-dir': `${root('dest') || '/opt/stack'}/devstack`,
      };
    case 'connectivity':
      return {
        mode: topology,
        kubeconfig: topology === 'nested' ? outputs['trunk-vm']?.['overcloud-kubeconfig'] : setup.kubeconfig,
        'os-cloud': 'devstack-admin',
      };
    case 'publish-results':
      // every stage's results JSON in the one directory (pipeline.json is always there); not connectivity's JUnit,
      // which holds the same cases again (for other tools) and would count them twice
      return { results: `${dir}/*.json` };
  }
}

const rootInput = (name: string): string | undefined => actionsInputSource(name);

/** A stage's error in the root action's words: a stage input named in a ConfigurationError gets its root name. */
export function describeStageError(stage: Stage, err: unknown): string {
  return err instanceof ConfigurationError ? inRootTerms(stage, err).message : getErrorMessage(err);
}

/**
 * The root's own settings, once every stage's inputs passed; `undefined` when one did not: the step has failed
 * with one line naming the root input, and exits 2 (as kdf does for a configuration error), nothing having run.
 */
function checkRootInputs(): PipelineSettings | undefined {
  try {
    const settings = readPipelineSettings(new Inputs(actionsInputSource));
    validatePipelineInputs(settings.topology, rootInput, process.env.GITHUB_WORKSPACE ?? process.cwd());
    return settings;
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    core.setFailed(defaultMasker.mask(err.message));
    process.exitCode = 2;
    return undefined;
  }
}

/** One run of the pipeline: what every stage gets, and what the stages so far came to. */
interface PipelineRun {
  topology: Topology;
  leg: string;
  /** The one results directory (computed once, passed to every stage). */
  dir: string;
  results: ResultsWriter;
  cancel: ReturnType<typeof watchCancellation>;
  outputs: Partial<Record<Stage, Record<string, string>>>;
  ran: Stage[];
  failed: Stage[];
}

/** Records a stage that did not run, with why. */
async function skip(run: PipelineRun, stage: Stage, why: string): Promise<void> {
  core.notice(`${stage}: skipped, ${why}`);
  await run.results.addCase({ id: stage, name: stage, suite: STAGE.pipeline, status: 'skipped', message: why });
}

/** What a stage gets besides its inputs: the results directory, the leg and (connectivity) setup's clouds.yaml. */
function contextOf(run: PipelineRun, stage: Stage): StageContext {
  const cloudsYaml = stage === STAGE.connectivity ? run.outputs['setup-devstack']?.['clouds-yaml'] : undefined;
  return { resultsDir: run.dir, leg: run.leg, ...(cloudsYaml ? { cloudsYaml } : {}) };
}

/** Runs one stage's main step; a throw is the stage's `error` outcome, in the root action's words. */
async function runStage(run: PipelineRun, stage: Stage): Promise<StageOutcome> {
  const root = rootInput;
  const io = new PipelineStageIO(
    stage,
    new Inputs(recordInputSource(stageInputs(stage, root, wiring(stage, run.topology, run.outputs, root, run.dir)))),
    contextOf(run, stage),
  );
  run.ran.push(stage);
  core.saveState(RAN_STATE, run.ran.join(','));
  core.startGroup(`▶ ${stage}`);
  const t0 = Date.now();
  run.cancel.current = stage;
  let outcome: StageOutcome;
  try {
    outcome = await (await ADAPTERS[stage]()).main(io);
  } catch (err) {
    outcome = { status: 'error', headline: describeStageError(stage, err) };
  } finally {
    run.cancel.current = undefined;
    core.endGroup();
  }
  // Cancelled in a stage that cannot stop itself: the process is exiting; record nothing more.
  if (run.cancel.exiting) await run.cancel.exiting;
  run.outputs[stage] = io.outputs;
  for (const [name, value] of Object.entries(io.outputs)) core.setOutput(`${stage}-${name}`, value);
  const failedHere = stageFailed(stage, outcome);
  if (failedHere) core.error(`${stage}: ${outcome.headline}`);
  else if (outcome.status !== 'passed') core.info(`${stage}: ${outcome.headline}`);
  const took = Math.round((Date.now() - t0) / 1000);
  core.info(`${stage}: ${failedHere ? `failed (${outcome.headline.split('\n')[0]})` : 'done'} in ${took} s`);
  return outcome;
}

/**
 * Whether a stage's outcome fails the pipeline: any `error`, and `failed` except from a stage that reports on the
 * others (publish-results' failed results are the other stages' failures, already counted).
 */
export function stageFailed(stage: Stage, outcome: StageOutcome): boolean {
  if (outcome.status === 'passed') return false;
  return outcome.status === 'error' || STAGE_DEFINITIONS[stage].reportsOnOthers !== true;
}

/** The main→post state key listing the stages that ran. */
const RAN_STATE = 'pipeline.ran';

/**
 * The main step: every stage's inputs checked up front (a bad one fails the step before anything runs), then every
 * stage in order; the step fails when any stage failed.
 */
export async function main(): Promise<void> {
  const settings = checkRootInputs();
  if (settings === undefined) return;
  const { topology, leg, distro } = settings;
  core.info(`leg ${leg}`);
  const dir = resultsDir();
  // The results of every stage go to one directory, which publish-results reads; pipeline.json (one case per
  // stage, labelled with the leg) is written first, so the check run tells which stage failed or was skipped even
  // if none wrote results.
  const results = await ResultsWriter.open(
    resultsPathFor(STAGE.pipeline, dir),
    { toolVersion: VERSION, stage: STAGE.pipeline, distro },
    { leg },
  );
  const run: PipelineRun = {
    topology,
    leg,
    dir,
    results,
    cancel: watchCancellation(results),
    outputs: {},
    ran: [],
    failed: [],
  };
  for (const stage of STAGES) await step(run, stage);
  run.cancel.dispose();
  const cancelled = run.cancel.signal !== undefined;
  // publish-results finished pipeline.json before it ran; a cancelled run never got there
  if (!run.ran.includes(STAGE.publishResults))
    await results.finish(cancelled || run.failed.length > 0 ? 'failed' : 'passed');
  core.setOutput('results-dir', dir);
  core.setOutput('topology', topology);
  core.setOutput('leg', leg);
  if (cancelled) core.setFailed(`cancelled (${run.cancel.signal})`);
  else if (run.failed.length > 0) core.setFailed(`failed stage(s): ${run.failed.join(', ')}`);
}

/** One stage of the loop: skipped (topology, cancellation, an earlier failure) or run and recorded. */
async function step(run: PipelineRun, stage: Stage): Promise<void> {
  if (stage === STAGE.trunkVm && run.topology !== 'nested') return;
  if (run.cancel.exiting) await run.cancel.exiting;
  if (run.cancel.signal !== undefined) return skip(run, stage, 'the run was cancelled');
  if (stage !== STAGE.publishResults && run.failed.length > 0) return skip(run, stage, `${run.failed[0]} failed`);
  if (stage === STAGE.publishResults) await run.results.finish(run.failed.length > 0 ? 'failed' : 'passed');
  const outcome = await runStage(run, stage);
  const failedHere = stageFailed(stage, outcome);
  if (failedHere) run.failed.push(stage);
  if (stage === STAGE.publishResults) return;
  // No duration: the stage's own cases carry it, and publish-results sums every case's duration.
  await run.results.addCase({
    id: stage,
    name: stage,
    suite: STAGE.pipeline,
    status: failedHere ? 'failed' : 'passed',
    message: failedHere ? outcome.headline.split('\n')[0] : undefined,
  });
}

/**
 * The runner cancels a step with SIGINT (then SIGTERM, then SIGKILL). A stage that stops itself is left to do so,
 * and the stages after it are skipped. Any other stage has no cancellation of its own: as a standalone action it
 * would simply die, so the pipeline records the cancellation in pipeline.json and exits with 130; the post step,
 * which the runner still runs, cleans up what the stages made.
 */
function watchCancellation(results: ResultsWriter): {
  signal: NodeJS.Signals | undefined;
  current: Stage | undefined;
  /** Set when the process is on its way out (process.exit(130) follows): it never resolves. */
  exiting: Promise<never> | undefined;
  dispose(): void;
} {
  const state = {
    signal: undefined as NodeJS.Signals | undefined,
    current: undefined as Stage | undefined,
    exiting: undefined as Promise<never> | undefined,
    dispose: (): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
  function onSignal(signal: NodeJS.Signals): void {
    if (state.signal !== undefined) return;
    state.signal = signal;
    const stage = state.current;
    if (stage !== undefined && STAGE_DEFINITIONS[stage].stopsItself) return;
    core.error(`${stage ?? 'pipeline'}: cancelled (${signal})`);
    state.exiting = new Promise<never>(() => undefined);
    const exit = (): never => process.exit(130);
    const recorded =
      stage === undefined
        ? results.finish('failed')
        : results
            .addCase({
              id: stage,
              name: stage,
              suite: STAGE.pipeline,
              status: 'failed',
              message: `cancelled (${signal})`,
            })
            .then(() => results.finish('failed'));
    // the stage's programs (kubectl, openstack, ssh) lead their own process groups: end them before exiting
    recorded
      .then(
        () => terminateRunningCommands(),
        () => terminateRunningCommands(),
      )
      .then(exit, exit);
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return state;
}

/** The post step: the stages' post steps in reverse order; one failing does not stop the others. */
export async function post(): Promise<void> {
  const ran = (core.getState(RAN_STATE) || '')
    .split(',')
    .filter((s): s is Stage => (STAGES as readonly string[]).includes(s));
  const errors: string[] = [];
  for (const stage of [...ran].reverse()) {
    const mod = await ADAPTERS[stage]();
    if (!mod.post) continue;
    core.startGroup(`◀ ${stage} (post)`);
    try {
      await mod.post(new PipelineStageIO(stage, new Inputs(recordInputSource({})), { resultsDir: resultsDir() }));
    } catch (err) {
      errors.push(`${stage}: ${getErrorMessage(err)}`);
      core.error(`${stage} post: ${getErrorMessage(err)}`);
    } finally {
      core.endGroup();
    }
  }
  if (errors.length > 0) core.setFailed(`post failed for: ${errors.map((e) => e.split(':')[0]).join(', ')}`);
}
