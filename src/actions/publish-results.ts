/**
 * The `publish-results` action: reads the inputs, wires @actions/core (job summary, outputs, annotations, masking)
 * into the library's ports, and reports the outcome. All logic lives in src/results/publish/.
 */
import * as core from '@actions/core';
import { connectivitySections } from '../kube/summary.js';
import { CoreLogger } from '../runtime/core-logger.js';
import { Inputs } from '../runtime/inputs.js';
import {
  DEFAULT_ANNOTATIONS_LIMIT,
  FAIL_ON,
  PUBLISH_MODES,
  publishResults,
  splitPatterns,
  type JobSummarySink,
  type PublishOutcome,
  type PublishPorts,
  type PublishSettings,
} from '../results/publish/index.js';

/** Input names, as in action.yml. */
export const INPUTS = {
  results: 'results',
  name: 'name',
  token: 'token',
  mode: 'mode',
  annotationsLimit: 'annotations-limit',
  failOn: 'fail-on',
  commit: 'commit',
  eventFile: 'event-file',
} as const;

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
export function readSettings(inputs: Inputs): PublishSettings {
  const results = splitPatterns(inputs.getRequiredInput(INPUTS.results));
  const settings: PublishSettings = {
    results,
    name: inputs.getOptionalInput(INPUTS.name, 'kuryr-dragonflow'),
    mode: inputs.getEnumInput(INPUTS.mode, PUBLISH_MODES, 'auto'),
    annotationsLimit: inputs.getIntegerInput(
      INPUTS.annotationsLimit,
      { min: 0, max: 1_000_000 },
      DEFAULT_ANNOTATIONS_LIMIT,
    ),
    failOn: inputs.getEnumInput(INPUTS.failOn, FAIL_ON, 'failure'),
  };
  const token = inputs.getOptionalInput(INPUTS.token);
  if (token) settings.token = token;
  const commit = inputs.getOptionalInput(INPUTS.commit);
  if (commit) settings.commit = commit;
  const eventFile = inputs.getOptionalInput(INPUTS.eventFile);
  if (eventFile) settings.eventFile = eventFile;
  return settings;
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

/** Dependencies of {@link main}, for tests. */
export interface MainDeps {
  inputs?: Inputs;
  ports?: Partial<PublishPorts>;
  setOutput?: (name: string, value: string) => void;
  setFailed?: (message: string) => void;
}

/** Entry point (`runs.main`). */
export async function main(deps: MainDeps = {}): Promise<void> {
  const inputs = deps.inputs ?? new Inputs();
  const logger = deps.ports?.logger ?? new CoreLogger();
  // Mask the token before anything could print it, even if a later input is bad.
  const rawToken = inputs.getOptionalInput(INPUTS.token);
  if (rawToken) logger.addSecret(rawToken);
  const settings = readSettings(inputs);
  const outcome = await publishResults(settings, {
    logger,
    env: process.env,
    jobSummary: coreJobSummary,
    ...deps.ports,
    sections: [...connectivitySections(), ...(deps.ports?.sections ?? [])],
  });
  const setOutput = deps.setOutput ?? core.setOutput;
  for (const [name, value] of Object.entries(outputsOf(outcome))) setOutput(name, value);
  const setFailed = deps.setFailed ?? core.setFailed;
  if (outcome.publishError) setFailed(`Publishing the check run failed: ${outcome.publishError}`);
  else if (outcome.failStep && outcome.failMessage) setFailed(outcome.failMessage);
}
