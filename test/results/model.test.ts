import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  RESULTS_SCHEMA_ID,
  createResultsDocument,
  mergeResults,
  overallStatus,
  summarize,
  validateResults,
  type ResultsDocument,
  type TestCase,
} from '../../src/results/index.js';

const full = (): ResultsDocument =>
  validateResults(
    JSON.parse(
      readFileSync(fileURLToPath(new URL('../__fixtures__/results/full.json', import.meta.url)), 'utf8'),
    ) as unknown,
  );

const tc = (id: string, status: TestCase['status'], durationMs?: number): TestCase => ({
  id,
  name: id,
  suite: 's',
  status,
  ...(durationMs !== undefined ? { durationMs } : {}),
});

describe('createResultsDocument', () => {
  it('fills tool, startedAt, status and $schema, and the result is schema-valid', () => {
    const doc = createResultsDocument(
      { toolVersion: '1.2.3', stage: 'setup-devstack', profile: 'dragonflow' },
      new Date('2025-02-01T10:00:00Z'),
    );
    expect(doc).toEqual({
      $schema: RESULTS_SCHEMA_ID,
      schemaVersion: 1,
      run: {
        tool: 'kuryr-dragonflow-actions',
        toolVersion: '1.2.3',
        stage: 'setup-devstack',
        profile: 'dragonflow',
        startedAt: '2025-02-01T10:00:00.000Z',
        status: 'running',
      },
      cases: [],
      findings: [],
    });
    expect(validateResults(doc)).toBe(doc);
  });

  it('keeps a given startedAt and status', () => {
    const doc = createResultsDocument({
      toolVersion: '1',
      stage: 'lint',
      startedAt: '2024-01-01T00:00:00Z',
      status: 'passed',
    });
    expect(doc.run.startedAt).toBe('2024-01-01T00:00:00Z');
    expect(doc.run.status).toBe('passed');
  });
});

describe('summarize', () => {
  it('counts cases by status, findings by level and sums durations', () => {
    expect(summarize(full())).toEqual({
      total: 4,
      passed: 1,
      failed: 1,
      error: 0,
      skipped: 1,
      flaky: 1,
      durationMs: 11523.5,
      findings: { notice: 1, warning: 1, failure: 0, total: 2 },
    });
  });
});

describe('overallStatus', () => {
  const base = (): ResultsDocument => createResultsDocument({ toolVersion: '1', stage: 'connectivity' });

  it('is passed for an empty run and for passed, skipped and flaky cases, notices and warnings', () => {
    const doc = base();
    expect(overallStatus(doc)).toBe('passed');
    doc.cases.push(tc('a', 'passed'), tc('b', 'skipped'), tc('c', 'flaky'));
    doc.findings.push({ file: 'f', line: 1, level: 'warning', title: 't', message: 'm' });
    doc.findings.push({ file: 'f', line: 1, level: 'notice', title: 't', message: 'm' });
    expect(overallStatus(doc)).toBe('passed');
  });

  it('is failed for a failed case, a failure finding, or a run that says failed', () => {
    const a = base();
    a.cases.push(tc('a', 'passed'), tc('b', 'failed'));
    expect(overallStatus(a)).toBe('failed');
    const b = base();
    b.findings.push({ file: 'f', line: 1, level: 'failure', title: 't', message: 'm' });
    expect(overallStatus(b)).toBe('failed');
    const c = base();
    c.run.status = 'failed';
    expect(overallStatus(c)).toBe('failed');
  });

  it('is error, the worst, for an errored case or a run that says error', () => {
    const a = base();
    a.cases.push(tc('a', 'failed'), tc('b', 'error'));
    expect(overallStatus(a)).toBe('error');
    const b = base();
    b.run.status = 'error';
    b.cases.push(tc('a', 'passed'));
    expect(overallStatus(b)).toBe('error');
  });
});

describe('mergeResults', () => {
  it('concatenates cases and findings, tags them with their run, and keeps per-run metadata', () => {
    const lint = createResultsDocument({ toolVersion: '1', stage: 'lint', startedAt: '2025-01-01T00:00:00Z' });
    lint.findings.push({ file: 'local.conf', line: 2, level: 'failure', title: 't', message: 'm' });
    lint.run.finishedAt = '2025-01-01T00:00:01Z';
    const conn = full();

    const merged = mergeResults([lint, conn], ['lint.json', 'conn.json']);

    expect(merged.runs.map((r) => [r.run.stage, r.source, r.status, r.complete])).toEqual([
      ['lint', 'lint.json', 'failed', true],
      ['connectivity', 'conn.json', 'failed', true],
    ]);
    expect(merged.runs[1]?.run.github?.sha).toBe(conn.run.github?.sha);
    expect(merged.runs[1]?.summary.flaky).toBe(1);
    expect(merged.cases).toHaveLength(4);
    expect(merged.cases.every((c) => c.runIndex === 1 && c.stage === 'connectivity')).toBe(true);
    expect(merged.findings.map((f) => [f.stage, f.runIndex, f.line])).toEqual([
      ['lint', 0, 2],
      ['connectivity', 1, 12],
      ['connectivity', 1, 3],
    ]);
    expect(merged.status).toBe('failed');
    // summarize() works on a merge too.
    expect(summarize(merged).findings).toEqual({ notice: 1, warning: 1, failure: 1, total: 3 });
  });

  it('takes the worst status, flags unfinished runs, and does not alias the inputs', () => {
    const a = createResultsDocument({ toolVersion: '1', stage: 'plan' });
    const b = createResultsDocument({ toolVersion: '1', stage: 'setup-devstack' });
    b.cases.push(tc('stack', 'error'));
    const merged = mergeResults([a, b]);
    expect(merged.status).toBe('error');
    expect(merged.runs.map((r) => r.complete)).toEqual([false, false]);
    expect(merged.runs[0]).not.toHaveProperty('source');
    merged.cases[0]!.status = 'passed';
    merged.runs[0]!.run.stage = 'changed';
    expect(b.cases[0]?.status).toBe('error');
    expect(a.run.stage).toBe('plan');
    expect(mergeResults([])).toEqual({ runs: [], cases: [], findings: [], status: 'passed' });
  });
});
