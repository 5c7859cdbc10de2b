/**
 * The BUNDLED root action, run as the GitHub runner runs it: a stage failure stops the stages that need it, while
 * publish-results still runs over the results the failed stage wrote, and post runs the stages' post steps.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from '@jest/globals';

import type { ResultsDocument } from '../../src/results/model.js';
import { ActionJob } from '../helpers/action-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'actions', 'pipeline', 'main.js')))
    throw new Error('dist/actions/pipeline is missing: run npm run build (npm test does)');
});

describe('root action (bundled)', () => {
  it('setup-devstack refusing the host skips the rest, publishes what it wrote, and post still runs', async () => {
    const results = mkdtempSync(join(tmpdir(), 'kdf-pipeline-results-'));
    // Every input is valid (a bad one now fails before any stage): preflight refuses the host's distro, which
    // the ussuri train's DevStack does not run on. The leg still comes from KDF_LEG.
    const job = new ActionJob({
      actionDir: REPO_ROOT,
      with: { topology: 'nested', 'vm-image': 'bionic', 'publish-mode': 'summary' },
      env: {
        KDF_RESULTS_DIR: results,
        KDF_OS_RELEASE: join(REPO_ROOT, 'sandbox', 'devstack', 'os-release', 'ubuntu-20.04'),
        KDF_LEG: 'ubuntu-18.04/nested',
      },
    });
    const main = await job.run('main');
    expect(main.exitCode).toBe(1);
    const errors = main.annotations.filter((a) => a.command === 'error').map((a) => a.message);
    expect(errors.join('\n')).toMatch(/setup-devstack: .*refuses ubuntu-20\.04/);
    expect(errors.join('\n')).toMatch(/failed stage\(s\): setup-devstack$/m);
    const notices = main.annotations.filter((a) => a.command === 'notice').map((a) => a.message);
    expect(notices).toEqual(
      expect.arrayContaining([
        'trunk-vm: skipped, setup-devstack failed',
        'connectivity: skipped, setup-devstack failed',
      ]),
    );
    expect(main.outputs).toMatchObject({ topology: 'nested', 'results-dir': results, leg: 'ubuntu-18.04/nested' });
    expect(main.outputs['publish-results-conclusion']).toBeDefined();
    expect(readdirSync(results)).toContain('pipeline.json');
    const doc = JSON.parse(readFileSync(join(results, 'pipeline.json'), 'utf8')) as ResultsDocument;
    expect(doc.cases.map((c) => `${c.id} ${c.status}`)).toEqual([
      'setup-devstack failed',
      'trunk-vm skipped',
      'connectivity skipped',
    ]);
    // labelled with the leg (publish-results' Matrix); no durations, which the stages' own cases already carry
    expect(doc.run.extra).toMatchObject({ leg: 'ubuntu-18.04/nested' });
    expect(doc.cases.filter((c) => c.durationMs !== undefined)).toEqual([]);
    // the pipeline's setup-devstack case and setup-devstack's own preflight case: a refused preflight is an error
    // (the stage could not do its job), and that error case already explains why its document never finished, so
    // publish-results adds no "did not finish" error of its own (it did while the refusal was recorded as failed)
    expect(main.outputs['publish-results-failed']).toBe('2');
    expect(main.summary).toMatch(/kuryr-dragonflow/);
    const post = await job.run('post');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(/setup-devstack \(post\)/);
  });

  it('refuses an unknown topology before any stage runs', async () => {
    const job = new ActionJob({ actionDir: REPO_ROOT, with: { topology: 'vm' } });
    const main = await job.run('main');
    // a configuration error found before anything ran: exit 2, as kdf (issue #14; was 1)
    expect(main.exitCode).toBe(2);
    expect(main.annotations.map((a) => a.message).join('\n')).toMatch(/Input 'topology' must be baremetal or nested/);
  });

  it('refuses a bad input of a later stage before setup-devstack starts: nothing runs, nothing is written', async () => {
    const results = mkdtempSync(join(tmpdir(), 'kdf-pipeline-results-'));
    const job = new ActionJob({
      actionDir: REPO_ROOT,
      // replicas is connectivity's, the last stage before publishing; the host would be refused anyway, so a
      // pipeline that started setup-devstack would not touch this machine
      with: { topology: 'baremetal', replicas: '0', 'publish-mode': 'summary' },
      env: {
        KDF_RESULTS_DIR: results,
        KDF_OS_RELEASE: join(REPO_ROOT, 'sandbox', 'devstack', 'os-release', 'ubuntu-20.04'),
      },
    });
    const main = await job.run('main');
    expect(main.exitCode).toBe(2);
    const errors = main.annotations.filter((a) => a.command === 'error').map((a) => a.message);
    expect(errors).toEqual(["connectivity: Input 'replicas' must be an integer between 1 and 200 (got '0')."]);
    expect(main.stdout).not.toMatch(/▶ setup-devstack/);
    expect(readdirSync(results)).toEqual([]);
  });
});
