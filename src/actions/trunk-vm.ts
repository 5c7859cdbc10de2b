/**
 * actions/trunk-vm: a thin adapter. Reads typed inputs, calls the library (src/openstack/trunk-vm-action.ts), and
 * turns the outcome into outputs, annotations and a job summary. `post` tears the VM down from the saved ledger
 * unless `keep`.
 */
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../runtime/version.js';
import type { OpenStackApi } from '../openstack/api.js';
import { connectOpenStack } from '../openstack/connect.js';
import { TRUNK_VM_STATE as STATE, runTrunkVmAction, runTrunkVmPost } from '../openstack/trunk-vm-action.js';
import { STAGE } from '../results/model.js';
import { TRUNK_VM } from '../stages/definitions.js';
import { annotateFindings, resultsPathFor } from '../runtime/action-io.js';
import { abortOnSignals } from '../runtime/cancel.js';
import { ProcessCommandRunner } from '../runtime/process-runner.js';
import { inNetns } from '../runtime/netns-runner.js';
import { CoreLogger } from '../runtime/core-logger.js';
import { kdfEnv } from '../runtime/env.js';
import { actionsStageIO, type StageIO, type StageOutcome } from '../runtime/stage-io.js';
import { defaultMasker } from '../runtime/secrets.js';

function runnerTemp(): string {
  return process.env.RUNNER_TEMP ?? tmpdir();
}

function runner(logger: CoreLogger): ProcessCommandRunner {
  return new ProcessCommandRunner({ masker: defaultMasker, logger });
}

/** The OpenStack client; test and sandbox knob: the cloud's APIs from its network namespace (runtime/env.ts). */
function client(cloud: string, cloudsYaml: string | undefined, logger: CoreLogger): OpenStackApi {
  const netns = kdfEnv('openstackNetns');
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return connectOpenStack({ runner: runner(logger), netns, cloud, cloudsYaml, cwd, logger, masker: defaultMasker });
}

/** The main step. */
export async function main(io: StageIO = actionsStageIO()): Promise<StageOutcome> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const settings = TRUNK_VM.readSettings(io.inputs, { workspace, env: process.env });
  const logger = new CoreLogger();
  const workDir = join(runnerTemp(), 'kdf-trunk-vm');
  const path = resultsPathFor(STAGE.trunkVm, io.context.resultsDir);
  // ssh and scp: in the sandbox inside the cloud's network namespace, where the floating IPs live
  const netns = kdfEnv('openstackNetns');
  // Saved before any network call: post must find the ledger even if main dies half-way.
  io.saveState(STATE.ledger, join(workDir, 'ledger.json'));
  io.saveState(STATE.keep, String(settings.keep));
  io.saveState(STATE.cloud, settings.cloud);
  io.saveState(STATE.cloudsYaml, settings.cloudsYaml ?? '');
  io.saveState(STATE.results, path);
  // The runner cancels with SIGINT: stop at the next step and delete what the ledger holds (post finds it empty).
  // In the root action the listener goes before the next stage runs.
  const cancel = abortOnSignals();
  const outcome = await runTrunkVmAction(settings, {
    client: client(settings.cloud, settings.cloudsYaml, logger),
    logger,
    runner: runner(logger),
    sshRunner: inNetns(runner(logger), netns),
    workspace,
    resultsPath: path,
    leg: io.context.leg,
    workDir,
    toolVersion: VERSION,
    signal: cancel.signal,
  }).finally(() => cancel.dispose());
  for (const [name, value] of Object.entries(outcome.outputs)) io.setOutput(name, value);
  annotateFindings(outcome.findings);
  const s = core.summary.addHeading(STAGE.trunkVm, 2);
  if (outcome.success) {
    s.addTable([
      [
        { data: 'server', header: true },
        { data: 'floating IP', header: true },
        { data: 'trunk', header: true },
        { data: 'parent port', header: true },
      ],
      [
        outcome.outputs['server-id'],
        outcome.outputs['floating-ip'],
        outcome.outputs['trunk-id'],
        outcome.outputs['parent-port-id'],
      ],
    ]);
  }
  s.addRaw(`\n**${outcome.success ? '✅' : '❌'} ${outcome.headline}**\n\n`);
  await s.write();
  return { status: outcome.success ? 'passed' : 'failed', headline: outcome.headline };
}

/** The post step. */
export async function post(io: StageIO = actionsStageIO()): Promise<void> {
  const ledgerPath = io.getState(STATE.ledger);
  if (!ledgerPath) {
    core.info('trunk-vm: the main step saved no ledger; nothing to tear down');
    return;
  }
  const logger = new CoreLogger();
  const line = await runTrunkVmPost(
    { ledgerPath, keep: io.getState(STATE.keep) === 'true', resultsPath: io.getState(STATE.results) || undefined },
    {
      client: client(io.getState(STATE.cloud) || 'devstack', io.getState(STATE.cloudsYaml) || undefined, logger),
      logger,
      toolVersion: VERSION,
    },
  );
  core.info(line);
}
