/** Every lint rule: failing examples (exact lines and severities) and passing examples, plus registry coverage. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { RULES, RULE_INFO, findRule, lintText } from '../../../src/devstack/lint/index.js';
import { FAILING, PASSING } from '../../__fixtures__/lint/rule-examples.js';

const found = (text: string, rule: string, ex: { ctx?: object; options?: object }) =>
  lintText(text, 'local.conf', ex.ctx, ex.options)
    .filter((f) => f.rule === rule)
    .map((f) => [f.line, f.endLine, f.severity]);

describe('rule registry', () => {
  const ids = RULES.map((r) => r.id);

  it('has unique, well-formed ids and names', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^LC\d{3}$/);
      expect(r.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(r.severity);
    }
    expect([...ids].sort()).toEqual(ids);
  });

  it.each(ids)('%s has a failing and a passing example', (id) => {
    expect(FAILING.filter((e) => e.rule === id).length).toBeGreaterThan(0);
    expect(PASSING.filter((e) => e.rule === id).length).toBeGreaterThan(0);
  });

  it('has no examples for unknown rules', () => {
    for (const e of [...FAILING, ...PASSING]) expect(ids).toContain(e.rule);
  });

  it('is documented in RULES.md with the same name and default severity', () => {
    const doc = readFileSync(path.join(process.cwd(), 'src/devstack/lint/RULES.md'), 'utf8');
    const rows = new Map(
      [...doc.matchAll(/^\|\s*(LC\d{3})\s*\|\s*`([a-z0-9-]+)`\s*\|\s*(error|warning|info)\s*\|/gm)].map((m) => [
        m[1],
        [m[2], m[3]],
      ]),
    );
    expect([...rows.keys()].sort()).toEqual(ids);
    for (const r of RULE_INFO) expect(rows.get(r.id)).toEqual([r.name, r.severity]);
  });

  it('finds rules by id or name', () => {
    expect(findRule('LC403')?.name).toBe('logfile-relative');
    expect(findRule('logfile-relative')?.id).toBe('LC403');
    expect(findRule('nope')).toBeUndefined();
  });
});

describe('failing examples', () => {
  it.each(FAILING.map((e) => [e.rule, e.title, e] as const))('%s: %s', (rule, _title, ex) => {
    expect(found(ex.text, rule, ex)).toEqual(ex.expect);
  });
});

describe('passing examples', () => {
  it.each(PASSING.map((e) => [e.rule, e.title, e] as const))('%s: %s', (rule, _title, ex) => {
    expect(found(ex.text, rule, ex)).toEqual([]);
  });
});
