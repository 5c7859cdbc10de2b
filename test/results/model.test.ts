import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  RESULTS_SCHEMA_ID,
  createResultsDocument,
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
