/** The summary renderer (budgets, degradation, extension sections), event detection, and write pacing. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { buildAnnotations } from '../../src/results/publish/annotations.js';
import { ResultsCollector } from '../../src/results/publish/collector.js';
import { readOnlyReason, resolveTarget, type EventPayload } from '../../src/results/publish/event.js';
import { Locator } from '../../src/results/publish/locate.js';
import { WritePacer, type Clock } from '../../src/results/publish/pacer.js';
import {
  registerSummarySection,
  registeredSummarySections,
  SummaryRenderer,
  type SummaryContext,
  type SummarySection,
} from '../../src/results/publish/summary/renderer.js';
import { defaultSections } from '../../src/results/publish/summary/sections.js';
import { utf8Length } from '../../src/results/publish/utf8.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

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
    registerSummarySection('reachability', matrix);
    const sections = registeredSummarySections();
    expect(sections.map((s) => s.id)).toContain('reachability');
    const renderer = new SummaryRenderer([...defaultSections(), ...sections]);
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

  it('workflow_run: the uploaded event file gives the head SHA and PR; the run itself can write', () => {
    const current: EventPayload = { workflow_run: { head_sha: sha('b'), pull_requests: [] } };
    const t = resolveTarget({
      env: { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      current,
      eventFile: pr('someone/example', sha('c')),
    });
    expect(t).toMatchObject({ sha: sha('c'), shaSource: 'event-file', pullRequest: 7 });
    expect(t.readOnly).toBeUndefined();
    const noFile = resolveTarget({ env: { ...env, GITHUB_EVENT_NAME: 'workflow_run' }, current });
    expect(noFile).toMatchObject({ sha: sha('b'), shaSource: 'workflow_run' });
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
