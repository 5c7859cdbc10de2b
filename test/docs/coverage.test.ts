/**
 * docs/coverage.md maps every kuryr-tempest-plugin scenario test to a built-in suite scenario or says why it does not
 * apply. The suites are read straight from suites/*.yaml (the yaml package, not the suite loader), so a renamed or
 * deleted scenario, a row naming nothing, or a drop in coverage fails here whatever the loader accepts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

import { REPO_ROOT } from '../helpers/paths.js';

/** Upstream scenario tests at kuryr-tempest-plugin's last content commit. */
const UPSTREAM_TESTS = 49;
/** Covered rows today (the issue's goal: at least 40). A floor, so that coverage can only grow. */
const MIN_COVERED = 40;

const NOT_APPLICABLE = 'not applicable:';

/** One row of the map. */
export interface CoverageRow {
  line: number;
  test: string;
  target: string;
  match: string;
}

/** The map's rows: table lines of the "Map" section whose first cell is a backticked `test_*` name. */
export function coverageRows(markdown: string): CoverageRow[] {
  const rows: CoverageRow[] = [];
  let inMap = false;
  markdown.split('\n').forEach((line, i) => {
    if (/^#{1,6}\s/.test(line)) inMap = /^##\s+Map\s*$/.test(line);
    if (!inMap || !line.startsWith('|')) return;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const name = /^`(test_\w+)`$/.exec(cells[0] ?? '');
    if (name?.[1]) rows.push({ line: i + 1, test: name[1], target: cells[3] ?? '', match: cells[4] ?? '' });
  });
  return rows;
}

/** The `suite/scenario` ids a target cell names (backticked). */
export function targetIds(target: string): string[] {
  return [...target.matchAll(/`([a-z0-9-]+\/[a-z0-9-]+)`/g)].map((m) => m[1] ?? '');
}

/** `suite/scenario` for every scenario of every suite file in `dir`. */
export function suiteScenarioIds(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as { name?: string; scenarios?: { name?: string }[] };
    for (const s of doc.scenarios ?? []) ids.add(`${doc.name ?? ''}/${s.name ?? ''}`);
  }
  return ids;
}

/** `line: problem` for every row that names a missing scenario, names none, or mislabels its match. */
export function rowProblems(rows: CoverageRow[], ids: Set<string>): string[] {
  return rows.flatMap((r) => {
    if (r.target.startsWith(NOT_APPLICABLE)) {
      const why = r.target.slice(NOT_APPLICABLE.length).trim();
      if (!why) return [`${r.line}: ${r.test} says not applicable without a reason`];
      return r.match ? [`${r.line}: ${r.test} is not applicable but has match '${r.match}'`] : [];
    }
    const named = targetIds(r.target);
    if (named.length === 0) return [`${r.line}: ${r.test} names no suite/scenario and is not 'not applicable: why'`];
    const missing = named
      .filter((id) => !ids.has(id))
      .map((id) => `${r.line}: ${r.test} names ${id}, no such scenario`);
    const match = ['full', 'partial'].includes(r.match) ? [] : [`${r.line}: ${r.test} has match '${r.match}'`];
    return [...missing, ...match];
  });
}

/** How many rows are covered, fully and partly. */
function counts(rows: CoverageRow[]): { covered: number; full: number; partial: number } {
  const full = rows.filter((r) => r.match === 'full').length;
  const partial = rows.filter((r) => r.match === 'partial').length;
  return { covered: full + partial, full, partial };
}

describe('docs/coverage.md', () => {
  const markdown = readFileSync(join(REPO_ROOT, 'docs', 'coverage.md'), 'utf8');
  const rows = coverageRows(markdown);
  const ids = suiteScenarioIds(join(REPO_ROOT, 'suites'));

  it('detects the mistakes it is meant to catch', () => {
    const known = new Set(['basic/pod-to-pod-ping']);
    const row = (target: string, match: string): CoverageRow => ({ line: 7, test: 'test_x', target, match });
    expect(rowProblems([row('`basic/pod-to-pod-ping`', 'full')], known)).toEqual([]);
    expect(rowProblems([row('not applicable: SCTP', '')], known)).toEqual([]);
    expect(rowProblems([row('`basic/renamed`', 'full')], known)).toEqual([
      '7: test_x names basic/renamed, no such scenario',
    ]);
    expect(rowProblems([row('somewhere', 'full')], known)).toHaveLength(1);
    expect(rowProblems([row('not applicable:', '')], known)).toHaveLength(1);
    expect(rowProblems([row('`basic/pod-to-pod-ping`', '')], known)).toHaveLength(1);
    expect(coverageRows('## Map\n| a | b |\n| `test_a` | f | x | `s/c` | full | |\n## Other\n| `test_b` |')).toEqual([
      { line: 3, test: 'test_a', target: '`s/c`', match: 'full' },
    ]);
  });

  it('has one row per upstream scenario test', () => {
    expect(rows).toHaveLength(UPSTREAM_TESTS);
    expect(new Set(rows.map((r) => r.test)).size).toBe(UPSTREAM_TESTS);
  });

  it('every row names existing suite scenarios or says why it does not apply', () => {
    expect(ids.size).toBeGreaterThan(0);
    expect(rowProblems(rows, ids)).toEqual([]);
  });

  it(`covers at least ${MIN_COVERED} tests, as its Count section says`, () => {
    const { covered, full, partial } = counts(rows);
    expect(covered).toBeGreaterThanOrEqual(MIN_COVERED);
    const stated = /(\d+) of the (\d+) tests are covered \((\d+) full, (\d+) partial\); (\d+) do not apply/.exec(
      markdown,
    );
    expect(stated?.slice(1).map(Number)).toEqual([covered, rows.length, full, partial, rows.length - covered]);
  });

  it('the new built-in suites are all mapped to', () => {
    const used = new Set(rows.flatMap((r) => targetIds(r.target)).map((id) => id.split('/')[0]));
    expect(['network-policy', 'namespaces', 'lifecycle', 'services'].filter((s) => !used.has(s))).toEqual([]);
  });
});
