/** The summary renderer (budgets, degradation, extension sections), event detection, and write pacing. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { buildAnnotations } from '../../../src/results/publish/annotations.js';
import { ResultsCollector } from '../../../src/results/publish/collector.js';
import { readOnlyReason, resolveTarget, type EventPayload } from '../../../src/results/publish/event.js';
import { Locator } from '../../../src/results/publish/locate.js';
import { WritePacer, type Clock } from '../../../src/results/publish/pacer.js';
import {
  SummaryRenderer,
  type SummaryContext,
  type SummarySection,
} from '../../../src/results/publish/summary/renderer.js';
import { defaultSections } from '../../../src/results/publish/summary/sections.js';
import { utf8Length } from '../../../src/results/publish/utf8.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';

function context(failures: number, detailBytes = 2000): SummaryContext {
  const c = new ResultsCollector();
  const f = c.addFile({ display: 'reports/junit.xml', abs: '/repo/reports/junit.xml', format: 'junit' });
  for (let i = 0; i < failures; i++) {
    c.addCase(
      {
        id: `t${i}`,
        name: `test <${i}> | é`,
        suite: 'suite',
        status: 'failed',
        message: `boom ${i}`,
        details: '😀'.repeat(detailBytes / 4),
        durationMs: i,
      },
      f,
    );
  }
  c.addCase({ id: 'ok', name: 'ok', suite: 'suite', status: 'passed', durationMs: 3 }, f);
  const annotations = buildAnnotations(c, {
    locator: new Locator({ root: '/repo', exists: () => true }),
    baseDir: () => '/repo',
  });
  return {
    name: 'kdf',
    target: 'check-run',
    totals: c.totals,
    collector: c,
    annotations,
    conclusion: 'failure',
    notes: ['a note'],
  };
}

describe('SummaryRenderer', () => {
  it('never exceeds its byte budget, whatever the number of failures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 200, max: 70_000 }), (n, budget) => {
        const out = new SummaryRenderer(defaultSections()).render(context(n, 400), budget);
        expect(utf8Length(out)).toBeLessThanOrEqual(budget);
      }),
      { numRuns: 40 },
    );
  });

  it('degrades from details to one line per failure to a count as the budget shrinks', () => {
    const ctx = context(2000);
    const full = new SummaryRenderer(defaultSections()).render({ ...ctx, target: 'job-summary' }, 1024 * 1024);
    const check = new SummaryRenderer(defaultSections()).render(ctx, 65535);
    const tiny = new SummaryRenderer(defaultSections()).render(ctx, 200);
    expect(utf8Length(full)).toBeLessThanOrEqual(1024 * 1024);
    expect(full).toContain('<details><summary>Failed: suite › test &lt;0&gt; | é');
    expect(check).toMatch(/^- Failed: suite › test &lt;\d+&gt;/m); // one-liners once details no longer fit
    expect(check).toMatch(/…and \d+ more failure\(s\) not shown here\./);
    expect(tiny).toContain('### ❌ kdf: 2000 failed, 1 passed');
    expect(tiny).toContain('2000 failure(s): see the annotations.');
  });

  it('escapes names in tables and headings', () => {
    const out = new SummaryRenderer(defaultSections()).render({ ...context(1), name: '<script>x</script>' }, 65535);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
  });

  it('lets other stages add sections that observe every case and get their share of the budget', () => {
    const seen: string[] = [];
    const matrix = (): SummarySection => ({
      id: 'reachability',
      order: 25,
      observer: { observe: (c) => seen.push(c.id) },
      minimal: () => '#### Reachability',
      render: (_ctx, max) => `#### Reachability\n| from | to |\n| --- | --- |\n| a | b |`.slice(0, max),
    });
    const renderer = new SummaryRenderer([...defaultSections(), matrix()]);
    const c = new ResultsCollector({ observers: renderer.observers() });
    c.addCase(
      { id: 'p1', name: 'p1', suite: 's', status: 'passed' },
      c.addFile({ display: 'r.json', abs: '/r.json', format: 'results-json' }),
    );
    expect(seen).toEqual(['p1']);
    const out = renderer.render({ ...context(3000), collector: c, totals: c.totals }, 65535);
    expect(out).toContain('| a | b |');
    const failingSection: SummarySection = {
      id: 'broken',
      order: 99,
      minimal: () => '',
      render: () => {
        throw new Error('oops');
      },
    };
    expect(new SummaryRenderer([failingSection]).render(context(0), 1000)).toContain(
      'The broken section failed to render: oops',
    );
  });
});

describe('resolveTarget', () => {
  const sha = (c: string): string => c.repeat(40);
  const env = { GITHUB_REPOSITORY: 'kuryr/example', GITHUB_SHA: sha('m'.replace('m', 'e')), GITHUB_EVENT_NAME: 'push' };
  const pr = (head: string | null, headSha = sha('a')): EventPayload => ({
    pull_request: { number: 7, head: { sha: headSha, repo: head === null ? null : { full_name: head } } },
  });

  it('push: GITHUB_SHA, writable', () => {
    expect(resolveTarget({ env, current: {} })).toMatchObject({
      owner: 'kuryr',
      repo: 'example',
      sha: sha('e'),
      shaSource: 'GITHUB_SHA',
    });
    expect(resolveTarget({ env, current: {} }).readOnly).toBeUndefined();
  });

  it('pull_request from the same repository: the head SHA (not the merge commit), writable', () => {
    const t = resolveTarget({ env: { ...env, GITHUB_EVENT_NAME: 'pull_request' }, current: pr('kuryr/example') });
    expect(t).toMatchObject({ sha: sha('a'), shaSource: 'pull_request', pullRequest: 7 });
    expect(t.readOnly).toBeUndefined();
  });

  it('pull_request from a fork or a deleted fork: read-only, detected before any call', () => {
    const t = resolveTarget({ env: { ...env, GITHUB_EVENT_NAME: 'pull_request' }, current: pr('someone/example') });
    expect(t.readOnly).toMatch(/fork \(someone\/example\)/);
    expect(readOnlyReason({ GITHUB_EVENT_NAME: 'pull_request' }, pr(null), 'kuryr/example')).toMatch(
      /deleted repository/,
    );
  });

  it('Dependabot: read-only, except on privileged events', () => {
    expect(resolveTarget({ env: { ...env, GITHUB_ACTOR: 'dependabot[bot]' }, current: {} }).readOnly).toMatch(
      /Dependabot/,
    );
    expect(
      readOnlyReason({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_ACTOR: 'dependabot[bot]' }, {}, 'k/e'),
    ).toBeUndefined();
  });

  describe('workflow_run with an uploaded event file (an artifact of the run that tested the pull request)', () => {
    const wr = { ...env, GITHUB_EVENT_NAME: 'workflow_run' };
    const current: EventPayload = {
      workflow_run: { head_sha: sha('b'), head_repository: { full_name: 'someone/example' }, pull_requests: [] },
    };
    const file = (over: Partial<NonNullable<EventPayload['pull_request']>> = {}, repo = 'kuryr/example') => ({
      pull_request: {
        number: 7,
        head: { sha: sha('b'), repo: { full_name: 'someone/example' } },
        base: { repo: { full_name: repo } },
        ...over,
      },
      repository: { full_name: repo },
    });
    const refusal = (eventFile: EventPayload, cur = current): unknown => {
      try {
        resolveTarget({ env: wr, current: cur, eventFile });
      } catch (err) {
        return err;
      }
      throw new Error('resolveTarget accepted the event file');
    };

    it("the commit is the current event's workflow_run.head_sha; a consistent file adds the PR number", () => {
      const t = resolveTarget({ env: wr, current, eventFile: file() });
      expect(t).toMatchObject({ sha: sha('b'), shaSource: 'workflow_run', pullRequest: 7 });
      expect(t.readOnly).toBeUndefined();
      expect(resolveTarget({ env: wr, current })).toMatchObject({ sha: sha('b'), shaSource: 'workflow_run' });
    });

    it('a file naming another commit is refused (exit 2, naming event-file), never published to', () => {
      const err = refusal(file({ head: { sha: sha('c'), repo: { full_name: 'someone/example' } } }));
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as ConfigurationError).input).toBe('event-file');
      expect((err as Error).message).toMatch(
        new RegExp(`^event-file: its head commit ${sha('c')} is not the one published; .*kuryr/example@${sha('b')}`),
      );
      expect((err as Error).message).not.toContain('\n');
    });

    it('a file of another repository, another head repository, an unknown PR or no commit at all is refused', () => {
      expect(refusal(file({}, 'victim/repo'))).toMatchObject({
        input: 'event-file',
        message: expect.stringContaining('belongs to repository victim/repo, not kuryr/example'),
      });
      const otherHead = file({ head: { sha: sha('b'), repo: { full_name: 'mallory/example' } } });
      expect((refusal(otherHead) as Error).message).toContain('head repository mallory/example is not someone/example');
      const listed: EventPayload = { workflow_run: { ...current.workflow_run, pull_requests: [{ number: 3 }] } };
      expect((refusal(file(), listed) as Error).message).toContain(
        "pull request #7 is not among the current event's (#3)",
      );
      expect((refusal({ repository: { full_name: 'kuryr/example' } }) as Error).message).toContain(
        'names no head commit',
      );
    });

    it("the commit input (the workflow author's) is trusted; the file must then match it", () => {
      const t = resolveTarget({ env: wr, current, commit: sha('d') });
      expect(t).toMatchObject({ sha: sha('d'), shaSource: 'input' });
      expect(() => resolveTarget({ env: wr, current, commit: sha('d'), eventFile: file() })).toThrow(
        /event-file: its head commit b+ is not the one published/,
      );
    });

    it('outside workflow_run too, an event file never chooses the commit', () => {
      expect(() => resolveTarget({ env, current: {}, eventFile: file({ head: { sha: sha('c') } }) })).toThrow(
        ConfigurationError,
      );
    });
  });

  it('GITHUB_REPOSITORY or --repo that is not OWNER/NAME: a ConfigurationError naming where it came from', () => {
    for (const bad of ['kuryr', 'kuryr/example/x', 'kuryr/..', 'ku ryr/example', 'kuryr/ex?ample', '/example']) {
      expect(() => resolveTarget({ env, current: {}, repository: bad })).toThrow(
        expect.objectContaining({ input: '--repo', message: expect.stringMatching(/^--repo must be OWNER\/NAME/) }),
      );
    }
    expect(() => resolveTarget({ env: { ...env, GITHUB_REPOSITORY: 'nope' }, current: {} })).toThrow(
      /^GITHUB_REPOSITORY must be OWNER\/NAME .*got 'nope'; outside Actions pass --repo\.$/,
    );
    expect(resolveTarget({ env, current: {}, repository: 'My-Org/repo.name_2' })).toMatchObject({
      owner: 'My-Org',
      repo: 'repo.name_2',
    });
  });

  it('the commit input wins, and a bad one is a ConfigurationError naming it', () => {
    expect(resolveTarget({ env, current: pr('kuryr/example'), commit: sha('D') }).sha).toBe(sha('d'));
    expect(() => resolveTarget({ env, current: {}, commit: 'main' })).toThrow(ConfigurationError);
    expect(() => resolveTarget({ env, current: {}, commit: 'main' })).toThrow(/Input 'commit'/);
    expect(() => resolveTarget({ env: { GITHUB_SHA: sha('a') }, current: {} })).toThrow(/GITHUB_REPOSITORY/);
  });
});

describe('WritePacer', () => {
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

  it('runs writes one at a time with at least 1 s between the end of one and the start of the next', async () => {
    const clock = fakeClock();
    const pacer = new WritePacer(clock, 1000);
    const spans: Array<[number, number]> = [];
    let running = 0;
    const write = async (cost: number): Promise<void> =>
      pacer.write(async () => {
        expect(++running).toBe(1);
        const start = clock.t;
        clock.t += cost;
        spans.push([start, clock.t]);
        running--;
      });
    await Promise.all([write(300), write(50), write(2000), write(0)]);
    expect(spans).toHaveLength(4);
    for (let i = 1; i < spans.length; i++) {
      expect((spans[i] as [number, number])[0] - (spans[i - 1] as [number, number])[1]).toBeGreaterThanOrEqual(1000);
    }
    expect(pacer.waitedMs).toBe(3000);
  });

  it('keeps going after a failed write and still spaces the next one', async () => {
    const clock = fakeClock();
    const pacer = new WritePacer(clock, 1000);
    await expect(pacer.write(async () => Promise.reject(new Error('502')))).rejects.toThrow('502');
    await pacer.write(async () => undefined);
    expect(clock.sleeps).toEqual([1000]);
  });
});
