/** The stage contract: one description per stage, and every registry derived from it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

import { ACTIONS } from '../../src/index.js';
import { stageFailed } from '../../src/actions/pipeline.js';
import { stageOutcomeOf } from '../../src/actions/publish-results.js';
import { ADAPTERS } from '../../src/actions/stages.js';
import { PIPELINE_STAGES } from '../../src/results/model.js';
import type { PublishOutcome } from '../../src/results/publish/index.js';
import { STAGE_DEFINITIONS } from '../../src/stages/definitions.js';
import { REPO_ROOT } from '../helpers/paths.js';

const actionInputs = (stage: string): string[] =>
  Object.keys(
    (parse(readFileSync(join(REPO_ROOT, 'actions', stage, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
  );

describe('stage definitions', () => {
  it.each([...PIPELINE_STAGES])('%s: its inputs are exactly its action.yml inputs, in order', (stage) => {
    expect(STAGE_DEFINITIONS[stage].name).toBe(stage);
    expect([...STAGE_DEFINITIONS[stage].inputs]).toEqual(actionInputs(stage));
  });

  it('the actions bundle and the pipeline take every stage from the one adapter table', () => {
    expect(Object.keys(ADAPTERS)).toEqual([...PIPELINE_STAGES]);
    expect(Object.keys(ACTIONS).sort()).toEqual([...PIPELINE_STAGES, 'pipeline'].sort());
  });
});

describe('stage outcomes in the pipeline', () => {
  const publish = (o: Partial<PublishOutcome>): PublishOutcome => ({ conclusion: 'success', ...o }) as PublishOutcome;

  it('publish-results: a failure to publish is an error and fails the pipeline; failed results do not', () => {
    const notWritten = stageOutcomeOf(publish({ publishError: 'HTTP 403' }));
    expect(notWritten).toEqual({ status: 'error', headline: 'Publishing the check run failed: HTTP 403' });
    expect(stageFailed('publish-results', notWritten)).toBe(true);
    const red = stageOutcomeOf(publish({ conclusion: 'failure', failStep: true, failMessage: '2 failed' }));
    expect(red).toEqual({ status: 'failed', headline: '2 failed' });
    expect(stageFailed('publish-results', red)).toBe(false);
    expect(stageOutcomeOf(publish({})).status).toBe('passed');
  });

  it('any other stage fails the pipeline when it failed or errored', () => {
    for (const status of ['failed', 'error'] as const) {
      expect(stageFailed('connectivity', { status, headline: 'x' })).toBe(true);
    }
    expect(stageFailed('setup-devstack', { status: 'passed', headline: 'ok' })).toBe(false);
  });
});
