/** Public API of the linter: output formats, ordering, context defaults, purity and speed. */
import { describe, expect, it } from '@jest/globals';

import {
  formatText,
  lintAll,
  lintLocalConf,
  lintText,
  resolveContext,
  sortFindings,
  toJson,
  type LintFinding,
} from '../../../src/devstack/lint/index.js';
import { parseHeader, parseLocalConf } from '../../../src/devstack/localconf/parse.js';
import { conf } from '../../__fixtures__/lint/rule-examples.js';

const SAMPLE = conf(
  '[[local|localrc]]',
  'LOGFILE=devstack.log',
  'KURYR_ENABLED_HANDLERS = vif',
  '[[post-config|$NOVA_CONF]]',
  '[DEFAULT]',
  '  debug = True',
);

describe('output formats', () => {
  const findings = lintText(SAMPLE, 'my/local.conf', {}, { syntaxCheck: false });

  it('toJson gives exactly file, line, endLine, rule, severity, message', () => {
    const json = toJson(findings);
    expect(json.length).toBe(findings.length);
    for (const o of json) expect(Object.keys(o)).toEqual(['file', 'line', 'endLine', 'rule', 'severity', 'message']);
    expect(json.find((o) => o.rule === 'LC403')).toEqual({
      file: 'my/local.conf',
      line: 2,
      endLine: 2,
      rule: 'LC403',
      severity: 'error',
      message: expect.stringContaining('mkdir -p devstack.log'),
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('formatText prints `file:line: severity rule: message (fix: …)` per finding', () => {
    const lines = formatText(findings).split('\n');
    expect(lines).toHaveLength(findings.length);
    for (const l of lines) expect(l).toMatch(/^my\/local\.conf:\d+: (error|warning|info) LC\d{3}: .+ \(fix: .+\)$/);
    expect(lines).toContain(
      'my/local.conf:6: error LC502: DevStack ignores indented lines in INI blocks: `  debug = True` is never written (there are no continuation lines). (fix: Remove the leading whitespace: `debug = True`.)',
    );
    expect(formatText([])).toBe('');
  });
});

describe('ordering and context', () => {
  it('sorts by line, then rule', () => {
    const text = conf('[[local|localrc]]', 'LOGFILE=devstack.log', '[[post-config|$NOVA_CONF]]', 'debug = True # x');
    const f = lintText(text, 'local.conf', {}, { syntaxCheck: false });
    const keys = f.map((x) => [x.line, x.rule]);
    expect(keys).toEqual([
      [1, 'LC401'],
      [1, 'LC401'],
      [1, 'LC401'],
      [1, 'LC401'],
      [2, 'LC403'],
      [4, 'LC503'],
      [4, 'LC504'],
    ]);
    const shuffled: LintFinding[] = [...f].reverse();
    expect(sortFindings(shuffled)).toEqual(f);
  });

  it('defaults to the df era', () => {
    expect(resolveContext()).toEqual({ era: 'df' });
    expect(resolveContext({ era: 'newest', distroFamily: 'debian' })).toEqual({
      era: 'newest',
      distroFamily: 'debian',
    });
  });

  it('uses the era default services (both enable nova); without nova only the df-only severity changes', () => {
    const text = conf(
      '[[local|localrc]]',
      'ADMIN_PASSWORD=a',
      'DATABASE_PASSWORD=b',
      'RABBIT_PASSWORD=c',
      'SERVICE_PASSWORD=d',
      '[[post-config|$NOVA_CONF]]',
      '[DEFAULT]',
      'a = 1',
    );
    expect(lintText(text, 'l', { era: 'df' }).map((f) => f.rule)).toEqual([]);
    expect(lintText(text, 'l', { era: 'newest' }).map((f) => f.rule)).toEqual([]);
    expect(
      lintText(text, 'l', { era: 'newest', defaultServices: 'key,mysql,rabbit' }).map((f) => [f.rule, f.severity]),
    ).toEqual([['LC203', 'info']]);
    expect(lintText(text, 'l', { defaultServices: 'key,mysql,rabbit' }).map((f) => [f.rule, f.severity])).toEqual([
      ['LC203', 'warning'],
    ]);
  });

  it('knownVariables silences LC201 for caller-defined variables', () => {
    const text = conf(
      '[[local|localrc]]',
      'ADMIN_PASSWORD=a',
      'DATABASE_PASSWORD=b',
      'RABBIT_PASSWORD=c',
      'SERVICE_PASSWORD=d',
      '[[post-config|$MY_CONF]]',
      '[DEFAULT]',
      'a = 1',
    );
    expect(lintText(text).map((f) => f.rule)).toEqual(['LC201']);
    expect(lintText(text, 'local.conf', { knownVariables: ['MY_CONF'] })).toEqual([]);
  });
});

describe('lintLocalConf', () => {
  it('is pure: it never runs bash (LC303 yes, LC301 no) and does not modify the model', () => {
    const model = parseLocalConf(conf('[[local|localrc]]', 'A="open', 'if true; then'));
    const before = JSON.stringify(model);
    const rules = lintLocalConf(model).map((f) => f.rule);
    expect(rules).toContain('LC303');
    expect(rules).not.toContain('LC301');
    expect(JSON.stringify(model)).toBe(before);
  });

  it('lintAll adds the bash findings', () => {
    const model = parseLocalConf(conf('[[local|localrc]]', 'ADMIN_PASSWORD=a', 'if true; then'));
    expect(
      lintAll(model)
        .filter((f) => f.rule === 'LC301')
        .map((f) => f.line),
    ).toEqual([3]);
  });

  it('lints a 250-line file (without bash): findings on its lines, the same on a second run', () => {
    const localrc = Array.from({ length: 150 }, (_, i) =>
      i % 3 === 0 ? `enable_service svc${i}` : i % 3 === 1 ? `VAR_${i}="value ${i}"` : `# comment ${i}`,
    );
    const ini = Array.from({ length: 97 }, (_, i) =>
      i % 10 === 0 ? `[section${i}]` : `key${i} = value $HOST_IP ${i}`,
    );
    const text = conf(
      '[[local|localrc]]',
      ...localrc,
      'LOGFILE=/opt/stack/logs/stack.sh.log',
      '[[post-config|$NOVA_CONF]]',
      ...ini,
    );
    expect(text.split('\n').length - 1).toBe(250);
    const model = parseLocalConf(text);
    // its speed is measured by `npm run bench devstack` (row "lint of the plan, static rules"), not timed here
    const findings = lintLocalConf(model);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.line >= 1 && f.line <= 250)).toBe(true);
    expect(lintLocalConf(model)).toEqual(findings);
  });
});

describe('header parsing follows awk split($1, a, "|")', () => {
  it('keeps only the second field as the file', () => {
    expect(parseHeader('[[post-config|$NOVA_CONF|junk]]', 1)).toMatchObject({
      phase: 'post-config',
      file: '$NOVA_CONF',
    });
    expect(parseHeader('[[ post-config | $X ]]', 1)).toMatchObject({ phase: '', file: '' });
    expect(parseHeader('[[post-config|$X]] trailing', 1)).toMatchObject({ phase: 'post-config', file: '$X' });
  });
});
