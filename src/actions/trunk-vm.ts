/**
 * actions/trunk-vm: a thin adapter. Reads typed inputs, calls the library (src/openstack/trunk-vm-action.ts), and
 * turns the outcome into outputs, annotations and a job summary. `post` tears the VM down from the saved ledger
 * unless `keep`.
 */
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../runtime/version.js';
import { OpenStackClient } from '../openstack/client.js';
import { runTrunkVmAction, runTrunkVmPost } from '../openstack/trunk-vm-action.js';
import { readTrunkVmSettings } from '../openstack/trunk-vm-settings.js';
import { annotateFindings, resultsPathFor } from '../runtime/action-io.js';
import { abortOnSignals } from '../runtime/cancel.js';
import { ProcessCommandRunner } from '../runtime/process-runner.js';
import { inNetns } from '../runtime/netns-runner.js';
import { CoreLogger } from '../runtime/core-logger.js';
import { actionsStageIO, type StageIO } from '../runtime/stage-io.js';
import { defaultMasker } from '../runtime/secrets.js';

/** Test and sandbox knob (documented in the README): run `openstack`, `ssh` and `scp` inside this network namespace. */
const netns = process.env.KDF_OPENSTACK_NETNS;

function runnerTemp(): string {
  return process.env.RUNNER_TEMP ?? tmpdir();
}

function runner(logger: CoreLogger): ProcessCommandRunner {
  return new ProcessCommandRunner({ masker: defaultMasker, logger });
}

function client(cloud: string, cloudsYaml: string | undefined, logger: CoreLogger): OpenStackClient {
  return new OpenStackClient({
    runner: inNetns(runner(logger), netns),
    cloud,
    cloudsYaml,
  });
}

/** The main step. */
export async function main(io: StageIO = actionsStageIO()): Promise<void> {
  const settings = readTrunkVmSettings(io.inputs, process.env.GITHUB_WORKSPACE ?? process.cwd());
  const logger = new CoreLogger();
  const workDir = join(runnerTemp(), 'kdf-trunk-vm');
  const path = resultsPathFor('trunk-vm');
  // Saved before any network call: post must find the ledger even if main dies half-way.
  io.saveState('ledger', join(workDir, 'ledger.json'));
  io.saveState('keep', String(settings.keep));
  io.saveState('cloud', settings.cloud);
  io.saveState('clouds-yaml', settings.cloudsYaml ?? '');
  io.saveState('results', path);
  // The runner cancels with SIGINT: stop at the next step and delete what the ledger holds (post finds it empty).
  // In the root action the listener goes before the next stage runs.
  const cancel = abortOnSignals();
  const outcome = await runTrunkVmAction(settings, {
    client: client(settings.cloud, settings.cloudsYaml, logger),
    logger,
    runner: runner(logger),
    sshRunner: inNetns(runner(logger), netns),
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    resultsPath: path,
    workDir,
    toolVersion: VERSION,
    signal: cancel.signal,
  }).finally(() => cancel.dispose());
  for (const [name, value] of Object.entries(outcome.outputs)) io.setOutput(name, value);
  annotateFindings(outcome.findings);
  const s = core.summary.addHeading('trunk-vm', 2);
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
  if (!outcome.success) io.setFailed(outcome.headline);
}

/** The post step. */
export async function post(io: StageIO = actionsStageIO()): Promise<void> {
  const ledgerPath = io.getState('ledger');
  if (!ledgerPath) {
    core.info('trunk-vm: the main step saved no ledger; nothing to tear down');
    return;
  }
  const logger = new CoreLogger();
  const line = await runTrunkVmPost(
    { ledgerPath, keep: io.getState('keep') === 'true', resultsPath: io.getState('results') || undefined },
    {
      client: client(io.getState('cloud') || 'devstack', io.getState('clouds-yaml') || undefined, logger),
      logger,
      toolVersion: VERSION,
    },
  );
  core.info(line);
}
