/** Collector, locator, annotations and the request planner: the pure part of publishing. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import {
  annotationKey,
  buildAnnotations,
  caseTitle,
  selectAnnotations,
  type CheckAnnotation,
} from '../../../src/results/publish/annotations.js';
import { ResultsCollector, type SourceFile } from '../../../src/results/publish/collector.js';
import { GITHUB_LIMITS } from '../../../src/results/publish/limits.js';
import { Locator, stackFrames } from '../../../src/results/publish/locate.js';
import {
  CHECK_RUN_ID_PLACEHOLDER,
  externalIdFor,
  planCheckRun,
  writeRequestCount,
  type PlanInput,
} from '../../../src/results/publish/planner.js';
import { utf8Length } from '../../../src/results/publish/utf8.js';
import type { TestCase } from '../../../src/results/model.js';

const fileOf = (c: ResultsCollector, display = 'reports/junit.xml'): SourceFile =>
  c.addFile({ display, abs: `/repo/${display}`, format: 'junit' });
const tc = (id: string, status: TestCase['status'], extra: Partial<TestCase> = {}): TestCase => ({
  id,
  name: id,
  suite: 's',
  status,
  ...extra,
});

describe('ResultsCollector', () => {
  it('counts every case but keeps only failures up to the limit', () => {
    const c = new ResultsCollector({ keepFailures: 2 });
    const f = fileOf(c);
    ['a', 'b', 'c'].forEach((id) => c.addCase(tc(id, 'failed'), f));
    c.addCase(tc('d', 'passed', { durationMs: 5 }), f);
    c.addCase(tc('e', 'skipped'), f);
    expect(c.totals).toMatchObject({ total: 5, failed: 3, passed: 1, skipped: 1, durationMs: 5 });
    expect(c.failures.map((k) => k.case.id)).toEqual(['a', 'b']);
    expect(c.dropped.failures).toBe(1);
    expect(c.worst).toBe('failed');
  });

  it('turns a failure followed by a pass of the same id in the same file into one flaky case', () => {
    const c = new ResultsCollector({ keepFailures: 1 });
    const f = fileOf(c);
    c.addCase(tc('x', 'failed', { message: 'first' }), f);
    c.addCase(tc('y', 'failed'), f); // not kept, still tracked
    c.addCase(tc('x', 'passed'), f);
    c.addCase(tc('y', 'passed'), f);
    const other = fileOf(c, 'reports/other.xml');
    c.addCase(tc('z', 'failed'), f);
    c.addCase(tc('z', 'passed'), other); // another file: not a retry
    expect(c.totals).toMatchObject({ total: 4, failed: 1, flaky: 2, passed: 1 });
    expect(c.flaky.map((k) => [k.case.id, k.case.status, k.case.attempts])).toEqual([
      ['x', 'flaky', 2],
      ['y', 'flaky', 2],
    ]);
    expect(c.failures.map((k) => k.case.id)).toEqual(['z']); // x's slot was freed when it turned flaky
  });

  it('counts a case that failed on every retry once, as its worst status', () => {
    const c = new ResultsCollector();
    const f = fileOf(c);
    c.addCase(tc('x', 'failed', { message: 'first' }), f);
    c.addCase(tc('x', 'error', { message: 'second' }), f);
    expect(c.totals).toMatchObject({ total: 1, failed: 0, error: 1 });
    expect(c.failures[0]?.case).toMatchObject({ status: 'error', message: 'first', attempts: 2 });
  });

  it('remembers the slowest cases in order', () => {
    const c = new ResultsCollector({ slowest: 3 });
    const f = fileOf(c);
    [5, 1, 9, 7, 3].forEach((d, i) => c.addCase(tc(`t${i}`, 'passed', { durationMs: d }), f));
    expect(c.slowest.map((s) => s.durationMs)).toEqual([9, 7, 5]);
  });
});

describe('Locator', () => {
  const existing = new Set([
    'tests/test_ports.py',
    'src/app.test.ts',
    'kuryr_tempest_plugin/tests/scenario/test_lb.py',
  ]);
  const locator = new Locator({ root: '/work/repo', exists: (p) => existing.has(p) });

  it('finds frames in JS, Python and pytest traces', () => {
    expect(
      stackFrames('Error: x\n    at Object.<anonymous> (/work/repo/src/app.test.ts:12:5)\n    at node:internal/x:1:1')
        .frames,
    ).toEqual([{ file: '/work/repo/src/app.test.ts', line: 12 }]);
    const py = stackFrames('Traceback:\n  File "/work/repo/tests/test_ports.py", line 7, in t\nAssertionError');
    expect(py).toEqual({ frames: [{ file: '/work/repo/tests/test_ports.py', line: 7 }], innermostLast: true });
    expect(stackFrames('tests/test_ports.py:14: AssertionError').frames).toEqual([
      { file: 'tests/test_ports.py', line: 14 },
    ]);
  });

  it('maps absolute, relative and foreign paths to repository paths', () => {
    expect(locator.toRepoPath('/work/repo/src/app.test.ts')).toBe('src/app.test.ts');
    expect(locator.toRepoPath('src\\app.test.ts')).toBe('src/app.test.ts');
    expect(locator.toRepoPath('/opt/stack/kuryr-tempest-plugin/kuryr_tempest_plugin/tests/scenario/test_lb.py')).toBe(
      'kuryr_tempest_plugin/tests/scenario/test_lb.py',
    );
    expect(locator.toRepoPath('/usr/lib/python3/unittest/case.py')).toBeUndefined();
    expect(locator.toRepoPath('../elsewhere.py')).toBeUndefined();
  });

  it('refines a file location with the failing line of the trace, and finds one when there is none', () => {
    const details = 'def t():\n>  assert 1 == 2\ntests/test_ports.py:14: AssertionError';
    expect(locator.locate({ file: 'tests/test_ports.py', line: 3 }, details)).toEqual({
      path: 'tests/test_ports.py',
      line: 14,
    });
    expect(locator.locate(undefined, details)).toEqual({ path: 'tests/test_ports.py', line: 14 });
    expect(locator.locate({ file: '/elsewhere/x.py', line: 2 }, 'no trace')).toEqual({
      outside: '/elsewhere/x.py',
      line: 2,
    });
  });
});

describe('buildAnnotations', () => {
  const locator = new Locator({ root: '/repo', exists: () => true });
  const build = (c: ResultsCollector) => buildAnnotations(c, { locator, baseDir: () => '/repo/reports' });

  it('puts failures first, then warnings, then notices, each in arrival order, and merges duplicates', () => {
    const c = new ResultsCollector();
    const f = fileOf(c);
    c.addFinding({ file: 'a.conf', line: 2, level: 'notice', title: 'n', message: 'note' }, f);
    c.addCase(tc('flaky', 'flaky', { attempts: 3 }), f);
    c.addCase(tc('x', 'failed', { message: 'boom', location: { file: 'src/x.ts', line: 4 } }), f);
    c.addFinding({ file: 'a.conf', line: 1, level: 'failure', title: 'bad', message: 'm', column: 3, endColumn: 9 }, f);
    const other = fileOf(c, 'reports/second.xml');
    c.addCase(tc('x', 'failed', { message: 'boom', location: { file: 'src/x.ts', line: 4 } }), other);
    const set = build(c);
    expect(set.entries.map((e) => [e.annotation.annotation_level, e.annotation.title])).toEqual([
      ['failure', 'Failed: s › x (×2)'],
      ['failure', 'bad'],
      ['warning', 'Flaky: s › flaky'],
      ['notice', 'n'],
    ]);
    expect(set.entries[1]?.annotation).toMatchObject({
      path: 'a.conf',
      start_line: 1,
      end_line: 1,
      start_column: 3,
      end_column: 9,
    });
    expect(set.entries[2]?.annotation.message).toContain('Passed after 3 attempts.');
  });

  it('anchors a case without an in-repository location on its results file and keeps the outside path', () => {
    const c = new ResultsCollector();
    c.addCase(tc('t', 'error', { location: { file: '/opt/stack/x.py', line: 9 } }), fileOf(c));
    const [e] = buildAnnotations(c, {
      locator: new Locator({ root: '/repo', exists: () => false }),
      baseDir: () => '/repo/reports',
    }).entries;
    expect(e).toMatchObject({ outside: '/opt/stack/x.py', fallbackPath: true });
    expect(e?.annotation).toMatchObject({ path: 'reports/junit.xml', start_line: 1, end_line: 1 });
    expect(e?.annotation.message).toContain('Location outside the repository: /opt/stack/x.py:9');
  });

  it('cuts every field to GitHub limits', () => {
    const c = new ResultsCollector();
    c.addCase(tc('é'.repeat(400), 'failed', { message: '😀'.repeat(20_000), details: 'ü'.repeat(40_000) }), fileOf(c));
    const a = build(c).entries[0]?.annotation as CheckAnnotation;
    expect((a.title ?? '').length).toBeLessThanOrEqual(GITHUB_LIMITS.titleChars);
    expect(utf8Length(a.message)).toBeLessThanOrEqual(GITHUB_LIMITS.annotationFieldBytes);
    expect(utf8Length(a.raw_details ?? '')).toBeLessThanOrEqual(GITHUB_LIMITS.annotationFieldBytes);
    expect(a.message.endsWith('(truncated)')).toBe(true);
  });

  it('applies the limit after sorting and counts what it left out', () => {
    const c = new ResultsCollector({ keepFailures: 3 });
    const f = fileOf(c);
    for (let i = 0; i < 5; i++) c.addCase(tc(`t${i}`, 'failed'), f);
    const sel = selectAnnotations(build(c), 2);
    expect(sel.entries.map((e) => e.annotation.title)).toEqual(['Failed: s › t0', 'Failed: s › t1']);
    expect(sel.omitted).toBe(3);
    expect(caseTitle('pod to pod same node', 'pod to pod same node')).toBe('pod to pod same node');
  });
});

describe('planCheckRun', () => {
  const annotation = (i: number): CheckAnnotation => ({
    path: 'f.ts',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure',
    message: `m${i}`,
  });
  const input = (k: number, extra: Partial<PlanInput> = {}): PlanInput => ({
    owner: 'o',
    repo: 'r',
    name: 'kdf',
    headSha: 'a'.repeat(40),
    externalId: externalIdFor('kdf', 'a'.repeat(40)),
    title: 't',
    summary: 's',
    annotations: Array.from({ length: k }, (_, i) => annotation(i)),
    conclusion: 'failure',
    ...extra,
  });

  it('sends max(1, ⌈k/50⌉) writes: a POST with the first 50, then PATCHes of 50, completing on the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1234 }), (k) => {
        const plan = planCheckRun(input(k));
        expect(plan).toHaveLength(writeRequestCount(k));
        expect(plan).toHaveLength(Math.max(1, Math.ceil(k / 50)));
        expect(plan[0]).toMatchObject({ method: 'POST', path: '/repos/o/r/check-runs' });
        expect(plan[0]?.body).toMatchObject({ name: 'kdf', head_sha: 'a'.repeat(40) });
        plan
          .slice(1)
          .forEach((r) =>
            expect(r).toMatchObject({ method: 'PATCH', path: `/repos/o/r/check-runs/${CHECK_RUN_ID_PLACEHOLDER}` }),
          );
        const sent = plan.flatMap((r) => r.body.output.annotations ?? []);
        expect(sent).toEqual(input(k).annotations);
        plan.forEach((r) => expect((r.body.output.annotations ?? []).length).toBeLessThanOrEqual(50));
        expect(plan.at(-1)?.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
        plan.slice(0, -1).forEach((r) => expect(r.body.conclusion).toBeUndefined());
        expect(plan.at(-1)?.annotationsAfter).toBe(k);
      }),
    );
  });

  it('updates an existing run instead of creating one, skipping annotations it already has', () => {
    const all = input(120);
    const have = new Set(all.annotations.slice(0, 100).map(annotationKey));
    const plan = planCheckRun({ ...all, existing: { id: 77, annotationKeys: have } });
    expect(plan.map((r) => [r.method, r.path, r.body.output.annotations?.length ?? 0])).toEqual([
      ['PATCH', '/repos/o/r/check-runs/77', 20],
    ]);
    expect(plan[0]?.body.name).toBeUndefined();
  });

  it('is pure: the same input gives the same requests', () => {
    expect(planCheckRun(input(130))).toEqual(planCheckRun(input(130)));
  });
});
