/**
 * The GitHub API stub (validated against GitHub's OpenAPI description) and the sender talking to it through real
 * Octokit over HTTP on 127.0.0.1: retries, rate limits, pacing through an injected clock, and exactly one check run.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { faults, GitHubStub } from '../../../sandbox/github/index.js';
import type { CheckAnnotation } from '../../../src/results/publish/annotations.js';
import { createOctokit } from '../../../src/results/publish/octokit.js';
import { WritePacer, type Clock } from '../../../src/results/publish/pacer.js';
import { externalIdFor, planCheckRun } from '../../../src/results/publish/planner.js';
import { CheckRunSender, PublishError } from '../../../src/results/publish/sender.js';

const SHA = 'c'.repeat(40);

function fakeClock(): Clock & { t: number; sleeps: number[] } {
  const clock = {
    t: 0,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}

const annotations = (k: number): CheckAnnotation[] =>
  Array.from({ length: k }, (_, i) => ({
    path: 'src/x.ts',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure' as const,
    title: `t${i}`,
    message: `m${i}`,
  }));

let stub: GitHubStub;
beforeEach(async () => {
  stub = await GitHubStub.start();
});
afterEach(async () => {
  await stub.close();
});

function sender(clock = fakeClock(), token = 'ghs_write') {
  const octokit = createOctokit({ token, baseUrl: stub.url, clock, readRetryBaseMs: 1 });
  return {
    clock,
    s: new CheckRunSender(octokit, new WritePacer(clock, 1000), { owner: 'o', repo: 'r', backoffMs: 5 }),
  };
}

function plan(k: number, existing?: { id: number }) {
  return planCheckRun({
    owner: 'o',
    repo: 'r',
    name: 'kdf',
    headSha: SHA,
    externalId: externalIdFor('kdf', SHA),
    title: 'title',
    summary: 'summary',
    annotations: annotations(k),
    conclusion: 'failure',
    ...(existing ? { existing } : {}),
  });
}
const identity = { name: 'kdf', sha: SHA, externalId: externalIdFor('kdf', SHA) };

async function raw(
  method: string,
  path: string,
  body?: unknown,
  token = 'ghs_write',
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(stub.url + path, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: await res.json() };
}

describe('GitHubStub', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(stub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("rejects bodies GitHub's schema rejects, with GitHub's 422", async () => {
    const bad = await raw('POST', '/repos/o/r/check-runs', { head_sha: SHA, output: { title: 't', summary: 's' } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json)).toContain("must have required property 'name'");
    const level = await raw('POST', '/repos/o/r/check-runs', {
      name: 'n',
      head_sha: SHA,
      output: {
        title: 't',
        summary: 's',
        annotations: [{ path: 'a', start_line: 1, end_line: 1, annotation_level: 'error', message: 'm' }],
      },
    });
    expect(JSON.stringify(level.json)).toContain('must be equal to one of the allowed values');
    const completed = await raw('POST', '/repos/o/r/check-runs', { name: 'n', head_sha: SHA, status: 'completed' });
    expect(completed.status).toBe(422);
  });

  it('enforces the limits the server adds: 50 annotations, 65535 bytes, columns on one line', async () => {
    const many = await raw('POST', '/repos/o/r/check-runs', {
      name: 'n',
      head_sha: SHA,
      output: { title: 't', summary: 's', annotations: annotations(51) },
    });
    expect(many.status).toBe(422);
    const bytes = await raw('POST', '/repos/o/r/check-runs', {
      name: 'n',
      head_sha: SHA,
      output: { title: 't', summary: 'é'.repeat(40_000) },
    });
    expect(bytes).toMatchObject({
      status: 422,
      json: { message: expect.stringContaining('Only 65535 characters are allowed; 80000 were supplied') },
    });
    const cols = await raw('POST', '/repos/o/r/check-runs', {
      name: 'n',
      head_sha: SHA,
      output: {
        title: 't',
        summary: 's',
        annotations: [
          { path: 'a', start_line: 1, end_line: 2, start_column: 1, annotation_level: 'notice', message: 'm' },
        ],
      },
    });
    expect(cols.status).toBe(422);
    expect(stub.runs()).toHaveLength(0);
  });

  it('keeps state, appends annotations on update, and answers with schema-valid bodies', async () => {
    const created = await raw('POST', '/repos/o/r/check-runs', {
      name: 'n',
      head_sha: SHA,
      external_id: 'x',
      output: { title: 't', summary: 's', annotations: annotations(2) },
    });
    expect(created.status).toBe(201);
    const id = (created.json as { id: number }).id;
    await raw('PATCH', `/repos/o/r/check-runs/${id}`, {
      conclusion: 'success',
      output: { title: 't', summary: 's2', annotations: annotations(1) },
    });
    const got = await raw('GET', `/repos/o/r/check-runs/${id}`);
    expect(got.json).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { summary: 's2', annotations_count: 3 },
    });
    const list = await raw('GET', `/repos/o/r/commits/${SHA}/check-runs?check_name=n`);
    expect(list.json).toMatchObject({ total_count: 1 });
    expect(((await raw('GET', `/repos/o/r/check-runs/${id}/annotations`)).json as unknown[]).length).toBe(3);
    expect(stub.responseProblems).toEqual([]);
  });

  it('refuses writes with a read-only token and requests without one', async () => {
    const ro = await GitHubStub.start({ tokens: { ghs_read: 'read' } });
    try {
      const res = await fetch(`${ro.url}/repos/o/r/check-runs`, {
        method: 'POST',
        headers: { authorization: 'token ghs_read' },
        body: JSON.stringify({ name: 'n', head_sha: SHA }),
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ message: 'Resource not accessible by integration' });
      expect((await fetch(`${ro.url}/repos/o/r/check-runs/1`)).status).toBe(401);
    } finally {
      await ro.close();
    }
  });
});

describe('CheckRunSender', () => {
  it('creates one run with ⌈k/50⌉ paced writes and every annotation once', async () => {
    const { s, clock } = sender();
    const result = await s.send(plan(120), identity);
    expect(stub.writes.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH']);
    expect(stub.runs()).toHaveLength(1);
    expect(stub.runs()[0]?.annotations.map((a) => a.title)).toEqual(annotations(120).map((a) => a.title));
    expect(stub.runs()[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(result).toMatchObject({ id: stub.runs()[0]?.id, writes: 3, recovered: 0 });
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  it('a 502 before the create: the create is repeated, one run', async () => {
    stub.inject(faults.badGateway({ method: 'POST', when: 'before' }));
    const { s } = sender();
    await s.send(plan(10), identity);
    expect(stub.writes.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 502', 'POST 201']);
    expect(stub.runs()).toHaveLength(1);
    expect(stub.runs()[0]?.annotations).toHaveLength(10);
  });

  it('a 502 after the create took effect: found by external_id, not created twice', async () => {
    stub.inject(faults.badGateway({ method: 'POST', when: 'after' }));
    const { s } = sender();
    const result = await s.send(plan(60), identity);
    expect(stub.runs()).toHaveLength(1);
    expect(stub.runs()[0]?.annotations).toHaveLength(60);
    expect(result).toMatchObject({ recovered: 1, id: stub.runs()[0]?.id });
    expect(stub.writes.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 502', 'PATCH 200']);
  });

  it('a 502 after an update took effect: the batch is not appended twice', async () => {
    stub.inject(faults.badGateway({ method: 'PATCH', when: 'after' }));
    const { s } = sender();
    await s.send(plan(130), identity);
    expect(stub.runs()[0]?.annotations).toHaveLength(130);
    expect(new Set(stub.runs()[0]?.annotations.map((a) => a.title)).size).toBe(130);
  });

  it('a 502 before an update: the batch is sent again', async () => {
    stub.inject(faults.badGateway({ method: 'PATCH', when: 'before' }));
    const { s } = sender();
    await s.send(plan(80), identity);
    expect(stub.writes.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201', 'PATCH 502', 'PATCH 200']);
    expect(stub.runs()[0]?.annotations).toHaveLength(80);
  });

  it.each([403, 429] as const)(
    'honours retry-after on a %i secondary rate limit, then retries once',
    async (status) => {
      stub.inject(faults.secondaryRateLimit({ status, retryAfter: 7, method: 'POST' }));
      const { s, clock } = sender();
      await s.send(plan(5), identity);
      expect(stub.writes.map((r) => `${r.method} ${r.status}`)).toEqual([`POST ${status}`, 'POST 201']);
      expect(clock.sleeps).toContain(7000);
      expect(stub.runs()).toHaveLength(1);
    },
  );

  it('retries reads on 5xx (plugin-retry) and finds an existing run by external_id', async () => {
    const { s } = sender();
    await s.send(plan(3), identity);
    stub.inject({ method: 'GET', status: 503, body: { message: 'unavailable' } });
    const found = await s.findExisting('kdf', SHA, identity.externalId);
    expect(found).toMatchObject({ id: stub.runs()[0]?.id, annotationsCount: 3 });
    expect(await s.findExisting('kdf', SHA, 'another')).toBeUndefined();
    expect((await s.annotationKeys(found?.id ?? 0)).size).toBe(3);
  });

  it('finds an earlier run only on the commit being published, whatever the server lists', async () => {
    const { s } = sender();
    const other = 'd'.repeat(40);
    stub.inject({
      method: 'GET',
      path: `/commits/${SHA}/check-runs`,
      status: 200,
      body: {
        total_count: 1,
        check_runs: [
          {
            id: 99,
            head_sha: other,
            external_id: identity.externalId,
            html_url: 'x',
            output: { annotations_count: 0 },
          },
        ],
      },
    });
    expect(await s.findExisting('kdf', SHA, identity.externalId)).toBeUndefined();
  });

  it('fails for good on a 4xx that is not a rate limit, naming the request', async () => {
    const ro = await GitHubStub.start({ tokens: { ghs_read: 'read' } });
    try {
      const octokit = createOctokit({ token: 'ghs_read', baseUrl: ro.url, clock: fakeClock() });
      const roSender = new CheckRunSender(octokit, new WritePacer(fakeClock()), { owner: 'o', repo: 'r' });
      const err = await roSender.send(plan(1), identity).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PublishError);
      expect((err as PublishError).status).toBe(403);
      expect((err as Error).message).toMatch(
        /POST check run \(request 1 of 1\) failed with HTTP 403: Resource not accessible by integration/,
      );
      expect(ro.writes).toHaveLength(1);
    } finally {
      await ro.close();
    }
  });

  it('works under a GitHub Enterprise base path', async () => {
    const ghes = await GitHubStub.start({ basePath: '/api/v3' });
    try {
      const octokit = createOctokit({ token: 't', baseUrl: ghes.url + '/', clock: fakeClock() });
      const result = await new CheckRunSender(octokit, new WritePacer(fakeClock()), { owner: 'o', repo: 'r' }).send(
        plan(2),
        identity,
      );
      expect(ghes.url).toMatch(/\/api\/v3$/);
      expect(result.id).toBe(ghes.runs()[0]?.id);
      expect(ghes.requests[0]?.path).toBe('/repos/o/r/check-runs');
    } finally {
      await ghes.close();
    }
  });
});
