/**
 * The `publish-results` action: reads the inputs, wires @actions/core (job summary, outputs, annotations, masking)
 * into the library's ports, and returns the outcome: `error` when the check run could not be written, `failed` when
 * the results fail under `fail-on`. All logic lives in src/results/publish/.
 */
import * as core from '@actions/core';
import { connectivitySections } from '../kube/summary.js';
import { CoreLogger } from '../runtime/core-logger.js';
import { actionsStageIO, type StageIO, type StageOutcome } from '../runtime/stage-io.js';
import {
  PUBLISH_INPUTS,
  publishResults,
  type JobSummarySink,
  type PublishOutcome,
  type PublishPorts,
  type PublishSettings,
} from '../results/publish/index.js';
import { PUBLISH_RESULTS } from '../stages/definitions.js';

/** Input names, as in action.yml. */
export const INPUTS = PUBLISH_INPUTS;

/** Output names, as in action.yml. */
export const OUTPUTS = [
  'check-run-id',
  'check-run-url',
  'conclusion',
  'passed',
  'failed',
  'skipped',
  'flaky',
  'annotations',
  'annotations-omitted',
] as const;

/** Reads and validates every input (ConfigurationError naming the input on a bad value). */
export function readSettings(inputs: StageIO['inputs']): PublishSettings {
  return PUBLISH_RESULTS.readSettings(inputs, { workspace: process.cwd(), env: process.env });
}

/** The outputs of an outcome, by name. */
export function outputsOf(outcome: PublishOutcome): Record<(typeof OUTPUTS)[number], string> {
  const t = outcome.totals;
  return {
    'check-run-id': outcome.checkRunId !== undefined ? String(outcome.checkRunId) : '',
    'check-run-url': outcome.checkRunUrl ?? '',
    conclusion: outcome.conclusion,
    passed: String(t.passed),
    failed: String(t.failed + t.error),
    skipped: String(t.skipped),
    flaky: String(t.flaky),
    annotations: String(outcome.annotations),
    'annotations-omitted': String(outcome.annotationsOmitted),
  };
}

/** The job summary through core.summary (appending; core writes GITHUB_STEP_SUMMARY). */
export const coreJobSummary: JobSummarySink = {
  async append(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
};

/** How a publish ended, as a stage outcome. */
export function stageOutcomeOf(outcome: PublishOutcome): StageOutcome {
  if (outcome.publishError) {
    return { status: 'error', headline: `Publishing the check run failed: ${outcome.publishError}` };
  }
  if (outcome.failStep && outcome.failMessage) return { status: 'failed', headline: outcome.failMessage };
  return { status: 'passed', headline: `check run: ${outcome.conclusion}` };
}

/** Entry point (`runs.main`); `ports` for tests. */
export async function main(io: StageIO = actionsStageIO(), ports: Partial<PublishPorts> = {}): Promise<StageOutcome> {
  const logger = ports.logger ?? new CoreLogger();
  // Mask the token before anything could print it, even if a later input is bad.
  const rawToken = io.inputs.getOptionalInput(INPUTS.token);
  if (rawToken) logger.addSecret(rawToken);
  const settings = readSettings(io.inputs);
  const outcome = await publishResults(settings, {
    logger,
    env: process.env,
    jobSummary: coreJobSummary,
    ...ports,
    sections: [...connectivitySections(), ...(ports.sections ?? [])],
  });
  for (const [name, value] of Object.entries(outputsOf(outcome))) io.setOutput(name, value);
  return stageOutcomeOf(outcome);
}
