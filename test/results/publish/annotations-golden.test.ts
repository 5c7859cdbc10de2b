/**
 * Pins buildAnnotations' whole output (entries in order, every field, merge counts, notKept) for a collector holding
 * every kind of kept item: failures, errors, flaky cases, findings of each level, in and outside the repository,
 * duplicates, dropped items and fields over GitHub's limits.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { buildAnnotations } from '../../../src/results/publish/annotations.js';
import { ResultsCollector, type SourceFile } from '../../../src/results/publish/collector.js';
import { Locator } from '../../../src/results/publish/locate.js';
import type { TestCase } from '../../../src/results/model.js';

const tc = (id: string, status: TestCase['status'], extra: Partial<TestCase> = {}): TestCase => ({
  id,
  name: id,
  suite: 'pkg.Suite',
  status,
  ...extra,
});

function collector(): ResultsCollector {
  const c = new ResultsCollector({ keepFailures: 9, keepFlaky: 2, keepFindings: 4 });
  const junit: SourceFile = c.addFile({
    display: 'reports/junit.xml',
    abs: '/repo/reports/junit.xml',
    format: 'junit',
  });
  const abs: SourceFile = c.addFile({
    display: '/tmp/out/run.subunit',
    abs: '/tmp/out/run.subunit',
    format: 'subunit',
  });
  c.addFinding({ file: 'conf/a.conf', line: 3, level: 'notice', title: 'note', message: 'a notice' }, junit);
  c.addCase(tc('in_repo', 'failed', { message: '  boom  ', location: { file: 'src/x.py', line: 4 } }), junit);
  c.addCase(tc('no_message', 'error', { details: 'Traceback\n  File "/repo/src/y.py", line 12\nKeyError: 1' }), junit);
  c.addCase(tc('outside', 'failed', { location: { file: '/opt/stack/z.py', line: 9 }, attempts: 3 }), abs);
  c.addCase(tc('outside_noline', 'error', { location: { file: '/opt/stack/z.py' }, message: 'e' }), abs);
  c.addCase(tc('retried', 'failed', { message: 'first' }), junit);
  c.addCase(tc('retried', 'passed'), junit);
  c.addCase(tc('flaky_direct', 'flaky', { attempts: 4, message: 'flaked' }), junit);
  c.addCase(tc('flaky_direct2', 'flaky'), abs);
  c.addCase(tc('flaky_dropped', 'flaky'), abs);
  c.addCase(tc('pkg.Suite pkg.Suite repeated', 'failed', { suite: 'pkg.Suite' }), junit);
  c.addCase(tc('dup', 'failed', { message: 'same', location: { file: 'src/x.py', line: 4 } }), junit);
  c.addCase(tc('dup', 'failed', { message: 'same', location: { file: 'src/x.py', line: 4 } }), abs);
  c.addCase(tc('long'.repeat(100), 'failed', { message: '😀'.repeat(20_000), details: 'ü'.repeat(40_000) }), junit);
  c.addCase(tc('empty_details', 'failed', { message: 'x', details: '' }), junit);
  c.addFinding(
    {
      file: 'conf/a.conf',
      line: 1,
      endLine: 2,
      level: 'failure',
      title: 'bad',
      rule: 'R1',
      message: 'm',
      column: 3,
      endColumn: 9,
      details: 'd',
    },
    junit,
  );
  c.addFinding(
    { file: 'conf/a.conf', line: 5, level: 'warning', title: 'cols', message: 'w', column: 7, endColumn: 2 },
    junit,
  );
  c.addFinding({ file: '/etc/outside.conf', line: 8, level: 'warning', title: 'out', message: 'o', column: 1 }, abs);
  c.addFinding({ file: 'conf/a.conf', line: 3, level: 'notice', title: 'note', message: 'a notice' }, junit);
  c.addFinding({ file: 'conf/a.conf', line: 0, level: 'notice', title: 'dropped', message: 'kept? no' }, junit);
  for (let i = 0; i < 3; i++) c.addCase(tc(`filler${i}`, 'failed'), junit);
  return c;
}

/** Long strings shown as head, length and hash, so the snapshot stays readable but still pins them exactly. */
const compact = (v: unknown): unknown =>
  JSON.parse(
    JSON.stringify(v, (_k, x: unknown) =>
      typeof x === 'string' && x.length > 120
        ? `${x.slice(0, 40)}… (${x.length} chars, sha256 ${createHash('sha256').update(x).digest('hex').slice(0, 16)})`
        : x,
    ),
  );

describe('buildAnnotations: pinned output', () => {
  it('every kind of kept item, merged, sorted and limited', () => {
    const locator = new Locator({ root: '/repo', exists: (p) => p.startsWith('src/') || p.startsWith('conf/') });
    const set = buildAnnotations(collector(), {
      locator,
      baseDir: (f) => (f.index === 0 ? '/repo/reports' : '/tmp/out'),
    });
    expect(set.notKept).toBeGreaterThan(0);
    expect(compact(set)).toMatchSnapshot();
  });
});
