/**
 * actions/connectivity: a thin adapter. Reads typed inputs, runs the library (src/kube/action.ts), and turns the
 * outcome into outputs, annotations and a job summary (reachability matrix and load-balancer table). `post` deletes
 * the run's namespace if main died before it could.
 */
import * as core from '@actions/core';
import { VERSION } from '../runtime/version.js';
import { CONNECTIVITY_STATE as STATE, runConnectivityAction } from '../kube/action.js';
import { Kubectl } from '../kube/kubectl.js';
import { STAGE } from '../results/model.js';
import { CONNECTIVITY } from '../stages/definitions.js';
import { ConnectivityEvidence, renderLoadBalancers, renderMatrix } from '../kube/summary.js';
import { connectOpenStack } from '../openstack/connect.js';
import { annotateFindings } from '../runtime/action-io.js';
import { abortOnSignals } from '../runtime/cancel.js';
import { ProcessCommandRunner } from '../runtime/process-runner.js';
import { inNetns } from '../runtime/netns-runner.js';
import { CoreLogger } from '../runtime/core-logger.js';
import { kdfEnv } from '../runtime/env.js';
import { actionsStageIO, type StageIO, type StageOutcome } from '../runtime/stage-io.js';
import { defaultMasker } from '../runtime/secrets.js';

/** The main step. */
export async function main(io: StageIO = actionsStageIO()): Promise<StageOutcome> {
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const settings = CONNECTIVITY.readSettings(io.inputs, { workspace: cwd, env: process.env });
  // Test and sandbox knobs (runtime/env.ts): the kubectl executable and a netns for `openstack`.
  const netns = kdfEnv('openstackNetns');
  const { cloudsYaml } = io.context;
  const logger = new CoreLogger();
  const runner = new ProcessCommandRunner({ masker: defaultMasker, logger });
  io.saveState(STATE.kubeconfig, settings.kubeconfig ?? '');
  // The runner cancels with SIGINT: stop at the next step, remove the namespace and the load balancers, report.
  const cancel = abortOnSignals();
  let outcome;
  try {
    outcome = await runConnectivityAction(settings, {
      runner,
      client: connectOpenStack({
        runner,
        netns,
        cloud: settings.cloud,
        cloudsYaml,
        cwd,
        logger,
        masker: defaultMasker,
      }),
      logger,
      toolVersion: VERSION,
      cwd,
      kubectl: kdfEnv('kubectl'),
      resultsDir: io.context.resultsDir,
      leg: io.context.leg,
      cloudsYaml,
      signal: cancel.signal,
      // probes from `host` run where the cloud's addresses are reachable, as the OpenStack client does
      hostRunner: inNetns(runner, netns),
      // Saved before the namespace exists: post deletes it if main dies half-way (and not one never made).
      onCreatingNamespace: () => io.saveState(STATE.namespace, settings.generatedNamespace ? settings.namespace : ''),
    });
  } finally {
    cancel.dispose();
  }
  io.saveState(STATE.done, 'true');
  for (const [name, value] of Object.entries(outcome.outputs)) io.setOutput(name, value);
  annotateFindings(outcome.findings);
  const seen = new ConnectivityEvidence();
  outcome.cases.forEach((c) => seen.observe(c));
  const s = core.summary.addHeading(STAGE.connectivity, 2);
  s.addRaw(`\n**${outcome.success ? '✅' : '❌'} ${outcome.headline}**\n\n`);
  s.addRaw(`${renderMatrix(seen.cells, 400_000)}\n\n${renderLoadBalancers(seen.loadBalancers, 100_000)}\n`);
  await s.write();
  return { status: outcome.success ? 'passed' : 'failed', headline: outcome.headline };
}

/** The post step: deletes a generated namespace that main left behind. */
export async function post(io: StageIO = actionsStageIO()): Promise<void> {
  const namespace = io.getState(STATE.namespace);
  if (!namespace || io.getState(STATE.done) === 'true') return;
  const kubectl = new Kubectl({
    runner: new ProcessCommandRunner({ masker: defaultMasker }),
    kubeconfig: io.getState(STATE.kubeconfig) || undefined,
    namespace,
    executable: kdfEnv('kubectl'),
  });
  const deleted = await kubectl.deleteNamespace();
  core.info(deleted ? `deleted namespace ${namespace}` : `namespace ${namespace} was already gone`);
}
