/**
 * The bundled action (dist/, built by `npm test`) run as the runner runs it — INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, an event payload file — against the GitHub API stub on 127.0.0.1, for push, pull_request,
 * fork pull_request and workflow_run events.
 */
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { GitHubStub } from '../../../sandbox/github/index.js';
import { runActionJob, type StepResult } from '../../helpers/action-runner.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { FIXTURES } from '../helpers/fixtures.js';

const ACTION = join(REPO_ROOT, 'actions', 'publish-results');
const TOKEN = 'ghs_e2eTokenThatMustNeverBePrinted';
const HEAD = 'a'.repeat(40);
const MERGE = 'f'.repeat(40);
let stub: GitHubStub;
let ws: string;

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'actions', 'publish-results', 'main.js'))) {
    throw new Error('dist/ is not built: run `npm run build` (npm test does it first).');
  }
});
beforeEach(async () => {
  stub = await GitHubStub.start();
  ws = mkdtempSync(join(tmpdir(), 'kdf-e2e-'));
  cpSync(join(FIXTURES, 'pytest-xunit1.xml'), join(ws, 'reports', 'pytest.xml'));
  cpSync(join(FIXTURES, 'stestr.subunit'), join(ws, 'reports', 'tempest.subunit'));
  cpSync(join(FIXTURES, 'tools', 'pytest', 'test_sample.py'), join(ws, 'test_sample.py'));
});
afterEach(async () => {
  await stub.close();
});

async function step(
  opts: { with?: Record<string, string>; event?: unknown; eventName?: string; env?: Record<string, string> } = {},
): Promise<StepResult> {
  const { main } = await runActionJob({
    actionDir: ACTION,
    workspace: ws,
    token: TOKEN,
    with: { results: 'reports/*', ...(opts.with ?? {}) },
    event: opts.event ?? {},
    eventName: opts.eventName ?? 'push',
    env: { GITHUB_API_URL: stub.url, GITHUB_REPOSITORY: 'kuryr/example', GITHUB_SHA: MERGE, ...(opts.env ?? {}) },
    timeoutMs: 60_000,
  });
  return main;
}

function expectTokenMasked(r: StepResult): void {
  expect(r.masks).toContain(TOKEN);
  const leaks = (r.stdout + r.stderr).split('\n').filter((l) => l.includes(TOKEN) && !l.startsWith('::add-mask::'));
  expect(leaks).toEqual([]);
  expect(r.summary).not.toContain(TOKEN);
}

describe('publish-results action (bundled)', () => {
  it('push: one check run on GITHUB_SHA, outputs, job summary, fail-on failure fails the step', async () => {
    const r = await step();
    expect(r.exitCode).toBe(1);
    const run = stub.runs()[0];
    expect(stub.runs()).toHaveLength(1);
    expect(run).toMatchObject({
      head_sha: MERGE,
      name: 'kuryr-dragonflow',
      status: 'completed',
      conclusion: 'failure',
    });
    expect(r.outputs).toEqual({
      'check-run-id': String(run?.id),
      'check-run-url': `${stub.origin}/kuryr/example/runs/${run?.id}`,
      conclusion: 'failure',
      passed: '4',
      failed: '7',
      skipped: '3',
      flaky: '0',
      annotations: '7',
      'annotations-omitted': '0',
    });
    expect(run?.annotations).toContainEqual(expect.objectContaining({ path: 'test_sample.py', start_line: 14 }));
    expect(r.summary).toContain('### ❌ kuryr-dragonflow: 6 failed, 1 error, 4 passed, 3 skipped');
    expect(r.summary).toContain(`Check run: [kuryr-dragonflow](${r.outputs['check-run-url']})`);
    expect(r.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([
      'Results have 6 failed, 1 error(s), 0 failure finding(s) (fail-on: failure).',
    ]);
    expectTokenMasked(r);
    expect(stub.responseProblems).toEqual([]);
  });

  it('pull_request from the same repository: attaches to the head SHA, not the merge commit; fail-on never passes', async () => {
    const event = { pull_request: { number: 12, head: { sha: HEAD, repo: { full_name: 'kuryr/example' } } } };
    const r = await step({ event, eventName: 'pull_request', with: { 'fail-on': 'never', name: 'connectivity' } });
    expect(r.exitCode).toBe(0);
    expect(stub.runs()[0]).toMatchObject({ head_sha: HEAD, name: 'connectivity', conclusion: 'neutral' });
    expect(r.outputs.conclusion).toBe('neutral');
  });

  it('fork pull_request: no API request, job summary says why, at most 10 error annotations', async () => {
    const event = { pull_request: { number: 13, head: { sha: HEAD, repo: { full_name: 'someone/example' } } } };
    const r = await step({ event, eventName: 'pull_request', with: { 'fail-on': 'never' } });
    expect(r.exitCode).toBe(0);
    expect(stub.requests).toEqual([]);
    expect(r.outputs['check-run-id']).toBe('');
    expect(r.outputs.annotations).toBe('7');
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors).toHaveLength(7);
    expect(errors[0]?.properties).toMatchObject({ file: 'test_sample.py', line: '14' });
    expect(r.summary).toContain('No check run was written: this pull request comes from a fork (someone/example)');
    expectTokenMasked(r);
  });

  it("workflow_run: the commit is the event's workflow_run.head_sha, the uploaded event file must agree; GHES base", async () => {
    await stub.close();
    stub = await GitHubStub.start({ basePath: '/api/v3' });
    const forkEvent = (sha: string) =>
      JSON.stringify({
        pull_request: { number: 14, head: { sha, repo: { full_name: 'someone/example' } } },
        repository: { full_name: 'kuryr/example' },
      });
    writeFileSync(join(ws, 'event.json'), forkEvent(HEAD));
    const current = {
      workflow_run: {
        head_sha: HEAD,
        event: 'pull_request',
        head_repository: { full_name: 'someone/example' },
        pull_requests: [],
      },
    };
    const run = () =>
      step({ event: current, eventName: 'workflow_run', with: { 'event-file': 'event.json', 'fail-on': 'error' } });
    const r = await run();
    expect(r.exitCode).toBe(1); // one errored case
    expect(stub.runs()[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
    expect(stub.requests.every((q) => q.status < 400)).toBe(true);

    // The fork controls the artifact: an event file naming another commit (say, main's) is refused, nothing is sent.
    const requestsBefore = stub.requests.length;
    writeFileSync(join(ws, 'event.json'), forkEvent(MERGE));
    const forged = await run();
    expect(forged.exitCode).toBe(1);
    expect(stub.requests).toHaveLength(requestsBefore);
    expect(stub.runs()).toHaveLength(1);
    expect(forged.annotations.map((a) => a.message).join('\n')).toContain(
      `event-file: its head commit ${MERGE} is not the one published`,
    );
  });

  it('more than 50 failures: ⌈k/50⌉ writes, at least 1 s apart in real time; a re-run updates the same run', async () => {
    const cases = Array.from(
      { length: 120 },
      (_, i) => `<testcase classname="lb.c" name="t${i}"><failure message="m${i}">x</failure></testcase>`,
    ).join('');
    writeFileSync(join(ws, 'reports', 'many.xml'), `<testsuite name="many">${cases}</testsuite>`);
    const r = await step({ with: { results: 'reports/many.xml' } });
    expect(r.outputs.annotations).toBe('120');
    const writes = stub.writes;
    expect(writes.map((w) => w.method)).toEqual(['POST', 'PATCH', 'PATCH']);
    for (let i = 1; i < writes.length; i++) {
      expect((writes[i]?.startedAt ?? 0) - (writes[i - 1]?.endedAt ?? 0)).toBeGreaterThanOrEqual(1000);
    }
    const again = await step({ with: { results: 'reports/many.xml' } });
    expect(stub.runs()).toHaveLength(1);
    expect(stub.runs()[0]?.annotations).toHaveLength(120);
    expect(again.outputs['check-run-id']).toBe(r.outputs['check-run-id']);
  });

  it('a bad input fails the step with a message naming it', async () => {
    const r = await step({ with: { mode: 'everything' } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toContain(
      "Input 'mode' must be one of: auto, check-run, summary",
    );
    expect(stub.requests).toEqual([]);
  });
});
