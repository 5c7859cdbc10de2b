/**
 * publishResults end to end in process: real files, real parsers, real Octokit against the stub, a recording logger
 * and summary sink, a fake clock. Covers the modes, the fork fallback, GitHub being down, fail-on and dry runs.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { GitHubStub } from '../../../sandbox/github/index.js';
import type { Clock } from '../../../src/results/publish/pacer.js';
import {
  decideConclusion,
  DEFAULT_ANNOTATIONS_LIMIT,
  publishResults,
  type PublishSettings,
} from '../../../src/results/publish/publish.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { RecordingLogger } from '../../__fixtures__/recording-logger.js';
import { FIXTURES } from '../helpers/fixtures.js';

const SHA = 'b'.repeat(40);
let stub: GitHubStub;
let ws: string;

beforeEach(async () => {
  stub = await GitHubStub.start();
  ws = mkdtempSync(join(tmpdir(), 'kdf-publish-'));
  for (const f of ['jest-junit.xml', 'pytest-xunit1.xml', 'stestr.subunit'])
    cpSync(join(FIXTURES, f), join(ws, 'reports', f));
  cpSync(join(FIXTURES, 'tools', 'pytest', 'test_sample.py'), join(ws, 'test_sample.py'));
});
afterEach(async () => {
  await stub.close();
});

const clock = (): Clock & { sleeps: number[] } => {
  let t = 0;
  const sleeps: number[] = [];
  return { sleeps, now: () => t, sleep: async (ms) => void (sleeps.push(ms), (t += ms)) };
};

function run(settings: Partial<PublishSettings> = {}, env: Record<string, string> = {}) {
  const logger = new RecordingLogger();
  const summary: string[] = [];
  const order: string[] = [];
  const c = clock();
  const promise = publishResults(
    {
      results: ['reports/*'],
      name: 'kdf',
      token: 'ghs_topsecret',
      mode: 'auto',
      annotationsLimit: 0,
      failOn: 'failure',
      ...settings,
    },
    {
      logger,
      env: {
        GITHUB_REPOSITORY: 'kuryr/example',
        GITHUB_SHA: SHA,
        GITHUB_API_URL: stub.url,
        GITHUB_WORKSPACE: ws,
        GITHUB_EVENT_NAME: 'push',
        ...env,
      },
      jobSummary: {
        append: async (md) => {
          order.push(`summary@${stub.requests.length}`);
          summary.push(md);
        },
      },
      clock: c,
      readRetryBaseMs: 1,
      writeBackoffMs: 1,
    },
  );
  return { promise, logger, summary, order, clock: c };
}

describe('publishResults', () => {
  it('reads every format, writes the summary before any request, then one check run with every failure', async () => {
    const { promise, summary, order, logger } = run();
    const out = await promise;
    expect(order[0]).toBe('summary@0');
    expect(out.mode).toBe('check-run');
    expect(out.totals).toMatchObject({ total: 20, failed: 8, error: 2, passed: 6, skipped: 4 });
    expect(out.conclusion).toBe('failure');
    expect(out.failStep).toBe(true);
    expect(stub.runs()).toHaveLength(1);
    const run0 = stub.runs()[0];
    expect(run0?.annotations).toHaveLength(out.annotations);
    expect(out.annotations).toBe(10);
    // pytest's own failing line, in a file that exists in the workspace.
    expect(run0?.annotations).toContainEqual(
      expect.objectContaining({ path: 'test_sample.py', start_line: 14, annotation_level: 'failure' }),
    );
    expect(out.checkRunUrl).toBe(`${stub.origin}/kuryr/example/runs/${run0?.id}`);
    expect(summary[0]).toContain('### ❌ kdf: 8 failed, 2 errors, 6 passed, 4 skipped');
    expect(summary[1]).toContain(`Check run: [kdf](${out.checkRunUrl})`);
    expect(logger.secrets).toContain('ghs_topsecret');
    expect(logger.text()).not.toContain('ghs_topsecret');
    expect(stub.responseProblems).toEqual([]);
  });

  it('a re-run for the same commit and name updates the run instead of adding one', async () => {
    await run().promise;
    const second = await run().promise;
    expect(stub.runs()).toHaveLength(1);
    expect(stub.runs()[0]?.annotations).toHaveLength(10); // nothing appended twice
    expect(second.requests?.map((r) => r.method)).toEqual(['PATCH']);
  });

  it('a fork pull request: no API call at all, summary plus at most 10 error annotations, and why', async () => {
    const event = join(ws, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 3, head: { sha: SHA, repo: { full_name: 'fork/example' } } } }),
    );
    const { promise, summary, logger } = run(
      { annotationsLimit: 0 },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    );
    const out = await promise;
    expect(stub.requests).toEqual([]);
    expect(out).toMatchObject({ mode: 'summary', annotations: 10 });
    expect(out.reason).toMatch(/fork \(fork\/example\)/);
    expect(logger.messages('error').length).toBeLessThanOrEqual(10);
    expect(summary[0]).toContain('No check run was written: this pull request comes from a fork');
    expect(summary[0]).toContain('workflow_run');
  });

  it('GitHub down: the summary is already written, and the outcome says what happened', async () => {
    await stub.close();
    const { promise, summary, logger } = run();
    const out = await promise;
    expect(out.publishError).toMatch(/fetch failed|ECONNREFUSED/);
    expect(summary[0]).toContain('#### Failures (10)');
    expect(summary[1]).toContain('Publishing the check run failed');
    expect(logger.messages('error').join('\n')).toContain('The results are complete in the job summary');
    stub = await GitHubStub.start(); // for afterEach
  });

  it('auto mode without checks: write falls back to workflow annotations with a hint', async () => {
    await stub.close();
    stub = await GitHubStub.start({ tokens: { ghs_topsecret: 'read' } });
    const { promise, summary, logger } = run();
    const out = await promise;
    expect(out).toMatchObject({ mode: 'summary', annotations: 10 });
    expect(out.publishError).toBeUndefined();
    expect(logger.messages('warning').join('\n')).toContain("Add 'permissions: checks: write'");
    expect(summary.at(-1)).toContain('No check run');
  });

  it('dry run: requests.json exactly as it would be sent and summary.md, no network', async () => {
    const dir = join(ws, 'out');
    const out = await run({ dryRunDir: dir, annotationsLimit: 3 }).promise;
    expect(stub.requests).toEqual([]);
    const requests = JSON.parse(readFileSync(join(dir, 'requests.json'), 'utf8')) as Array<{
      method: string;
      path: string;
      body: { output: { annotations?: unknown[] } };
    }>;
    expect(requests.map((r) => [r.method, r.path, r.body.output.annotations?.length])).toEqual([
      ['POST', '/repos/kuryr/example/check-runs', 3],
    ]);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(out.jobSummary);
    expect(JSON.stringify(requests)).not.toContain('ghs_topsecret');
  });

  describe('a large JUnit (generated): the default limit plans a bounded run, 0 plans every annotation', () => {
    /** `flaky` cases that fail then pass (warnings), arriving first, then `failures` failing cases. */
    const bigJunit = (failures: number, flaky: number): string => {
      const parts = ['<testsuites><testsuite name="big">'];
      for (let i = 0; i < flaky; i++)
        parts.push(
          `<testcase classname="f" name="flaky${i}"><failure message="once"/></testcase><testcase classname="f" name="flaky${i}"/>`,
        );
      for (let i = 0; i < failures; i++)
        parts.push(`<testcase classname="c${i % 7}" name="t${i}"><failure message="m${i}">at x</failure></testcase>`);
      parts.push('</testsuite></testsuites>');
      return parts.join('\n');
    };
    const plan = async (annotationsLimit: number) => {
      const dir = join(ws, `dry-${annotationsLimit}`);
      const out = await run({ results: ['big.xml'], dryRunDir: dir, annotationsLimit, failOn: 'never' }).promise;
      const requests = JSON.parse(readFileSync(join(dir, 'requests.json'), 'utf8')) as Array<{
        body: { output: { annotations?: Array<{ annotation_level: string }> } };
      }>;
      return { out, levels: requests.flatMap((r) => (r.body.output.annotations ?? []).map((a) => a.annotation_level)) };
    };
    beforeEach(() => writeFileSync(join(ws, 'big.xml'), bigJunit(2500, 30)));

    it(`default ${DEFAULT_ANNOTATIONS_LIMIT}: 20 writes, failures first, the rest counted in the summaries and outcome`, async () => {
      const { out, levels } = await plan(DEFAULT_ANNOTATIONS_LIMIT);
      expect(out.totals).toMatchObject({ failed: 2500, flaky: 30 });
      expect(out.requests).toHaveLength(20);
      expect(levels).toHaveLength(1000);
      expect(new Set(levels)).toEqual(new Set(['failure'])); // the 30 warnings came first in the file, yet none is sent
      expect(out.annotations).toBe(1000);
      expect(out.annotationsOmitted).toBe(1530);
      const note = 'Annotations: 1000 of 2530 published (`annotations-limit` is 1000, failures first); the other 1530';
      expect(out.jobSummary).toContain(note);
      expect(out.requests?.[0]?.body.output.summary).toContain(note);
    });

    it('0: every annotation, ⌈k/50⌉ writes, nothing left out', async () => {
      const { out, levels } = await plan(0);
      expect(out.requests).toHaveLength(Math.ceil(2530 / 50));
      expect(levels.filter((l) => l === 'failure')).toHaveLength(2500);
      expect(levels.slice(2500)).toEqual(Array(30).fill('warning'));
      expect(out.annotationsOmitted).toBe(0);
      expect(out.jobSummary).not.toContain('Annotations: ');
    });
  });

  it('no token where a check run would be written: a ConfigurationError naming the token input, no request', async () => {
    for (const mode of ['auto', 'check-run'] as const) {
      const r = run({ token: undefined, mode });
      await expect(r.promise).rejects.toThrow(expect.objectContaining({ input: 'token' }));
      await expect(run({ token: '', mode }).promise).rejects.toThrow(/^Input 'token' is not set: writing a check run/);
    }
    expect(stub.requests).toEqual([]);
    await expect(run({ token: undefined, mode: 'summary' }).promise).resolves.toMatchObject({ mode: 'summary' });
  });

  it('names the input when nothing matches', async () => {
    await expect(run({ results: ['nothing/*.xml'] }).promise).rejects.toThrow(ConfigurationError);
    await expect(run({ results: ['nothing/*.xml'] }).promise).rejects.toThrow(
      /Input 'results': no files match 'nothing\/\*\.xml'/,
    );
  });

  it('a truncated results file becomes an error case pointing at the file', async () => {
    cpSync(join(FIXTURES, 'hand', 'truncated.xml'), join(ws, 'reports', 'zz-truncated.xml'));
    const out = await run({ mode: 'summary' }).promise;
    expect(out.totals.error).toBe(4); // the 2 before, the error case kept from before the cut, and the file itself
    expect(out.jobSummary).toContain('Error: publish-results › read reports/zz-truncated.xml');
  });
});

describe('results JSON', () => {
  it('reads cases and findings of the toolkit format, with stages and annotation columns', async () => {
    const doc = {
      schemaVersion: 1,
      run: {
        tool: 'kuryr-dragonflow-actions',
        toolVersion: '0.1.0',
        stage: 'lint',
        startedAt: '2025-01-01T00:00:00Z',
        finishedAt: '2025-01-01T00:00:01Z',
        status: 'failed',
        profile: 'dragonflow',
      },
      cases: [
        {
          id: 'lint/a',
          name: 'heredoc',
          suite: 'local.conf',
          status: 'failed',
          message: 'unquoted heredoc',
          location: { file: 'test_sample.py', line: 3 },
        },
        { id: 'lint/b', name: 'ok', suite: 'local.conf', status: 'passed', durationMs: 4 },
      ],
      findings: [
        {
          file: 'test_sample.py',
          line: 5,
          column: 2,
          endColumn: 8,
          level: 'warning',
          title: 'Relative LOGFILE',
          message: 'use $DEST/logs',
          rule: 'localconf/relative-logfile',
        },
      ],
    };
    writeFileSync(join(ws, 'reports', 'lint.json'), JSON.stringify(doc));
    const out = await run({ results: ['reports/lint.json'], failOn: 'never' }).promise;
    expect(out.totals).toMatchObject({
      total: 2,
      failed: 1,
      passed: 1,
      findings: { warning: 1, failure: 0, notice: 0 },
    });
    const annotations = stub.runs()[0]?.annotations ?? [];
    expect(annotations.map((a) => [a.annotation_level, a.path, a.start_line, a.start_column, a.title])).toEqual([
      ['failure', 'test_sample.py', 3, null, 'Failed: local.conf › heredoc'],
      ['warning', 'test_sample.py', 5, 2, 'Relative LOGFILE (localconf/relative-logfile)'],
    ]);
    expect(out.jobSummary).toContain('#### Stages');
    expect(out.conclusion).toBe('neutral');
  });

  it('an invalid results document becomes an error case naming the problem', async () => {
    writeFileSync(join(ws, 'reports', 'bad.json'), JSON.stringify({ schemaVersion: 2 }));
    const out = await run({ results: ['reports/bad.json'], mode: 'summary' }).promise;
    expect(out.totals.error).toBe(1);
    expect(out.jobSummary).toContain('invalid results document');
  });
});

describe('decideConclusion', () => {
  const totals = (failed: number, error: number, total = 5) => ({
    total,
    passed: total - failed - error,
    failed,
    error,
    skipped: 0,
    flaky: 0,
    durationMs: 0,
    findings: { notice: 0, warning: 0, failure: 0 },
  });
  it.each([
    ['failure', 1, 0, 'failure', true],
    ['error', 1, 0, 'neutral', false],
    ['error', 0, 1, 'failure', true],
    ['never', 2, 2, 'neutral', false],
    ['failure', 0, 0, 'success', false],
  ] as const)('fail-on %s with %i failed and %i errors → %s', (failOn, failed, error, conclusion, failStep) => {
    expect(decideConclusion(totals(failed, error), failOn)).toMatchObject({ conclusion, failStep });
  });
  it('nothing at all is neutral', () => {
    expect(decideConclusion(totals(0, 0, 0), 'failure').conclusion).toBe('neutral');
  });
});
