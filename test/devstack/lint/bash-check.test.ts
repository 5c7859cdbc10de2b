/** The `bash -n` check of localrc, run for real (bash is installed), and its injection points. */
import { describe, expect, it } from '@jest/globals';

import {
  bashNoExec,
  checkLocalrcSyntax,
  createBashChecker,
  extractLocalrc,
  lintText,
  type BashSyntaxChecker,
} from '../../../src/devstack/lint/index.js';
import { parseBashErrors } from '../../../src/devstack/lint/bash-check.js';
import { parseLocalConf } from '../../../src/devstack/localconf/parse.js';
import { conf } from '../../__fixtures__/lint/rule-examples.js';

const UNBALANCED = conf('[[local|localrc]]', 'ADMIN_PASSWORD=pass', 'LOG_COLOR="False', 'IDENTITY_API_VERSION=3');
const VALID = conf(
  '[[local|localrc]]',
  'ADMIN_PASSWORD=pass',
  'enable_plugin kuryr-kubernetes \\',
  '    https://opendev.org/openstack/kuryr-kubernetes ussuri-eol',
  'A="two',
  'lines"',
  'if [[ -f /etc/os-release ]]; then LOG_COLOR=False; fi',
);

describe('checkLocalrcSyntax with real bash', () => {
  it('reports an unbalanced quote at the line where the quote opens', () => {
    const findings = checkLocalrcSyntax(parseLocalConf(UNBALANCED));
    expect(findings[0]).toMatchObject({ rule: 'LC301', severity: 'error', line: 3, endLine: 3 });
    expect(findings[0]?.message).toContain('unexpected EOF while looking for matching');
    // bash < 5.2 adds `syntax error: unexpected end of file` at EOF, which maps to the last localrc line.
    for (const f of findings) expect([3, 4]).toContain(f.line);
  });

  it('accepts valid localrc (continuations, multi-line quotes, [[ ]] tests)', () => {
    expect(checkLocalrcSyntax(parseLocalConf(VALID))).toEqual([]);
  });

  it('maps lines of a second localrc block back to local.conf', () => {
    const text = conf(
      '[[local|localrc]]',
      'A=1',
      '[[post-config|$NOVA_CONF]]',
      '[DEFAULT]',
      'debug = True',
      '[[local|localrc]]',
      'B=2',
      'x=1 ;;',
    );
    const findings = checkLocalrcSyntax(parseLocalConf(text));
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['LC301', 8]]);
    expect(findings[0]?.message).toContain("syntax error near unexpected token `;;'");
    expect(findings[0]?.message).toContain("(`x=1 ;;')");
  });

  it('checks a localrc whose first line starts with a dash as a script, not as bash options', () => {
    const findings = checkLocalrcSyntax(parseLocalConf(conf('[[local|localrc]]', '--version', 'if true; then')));
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['LC301', 3]]);
  });

  it('gives the same result through a temporary file for large scripts', () => {
    const viaFile = createBashChecker(1);
    expect(checkLocalrcSyntax(parseLocalConf(UNBALANCED), viaFile)).toEqual(
      checkLocalrcSyntax(parseLocalConf(UNBALANCED)),
    );
    expect(checkLocalrcSyntax(parseLocalConf(VALID), viaFile)).toEqual([]);
  });

  it('lintText drops the bash error inside an LC303 finding (same problem) but keeps LC303', () => {
    const rules = lintText(UNBALANCED).map((f) => [f.rule, f.line]);
    expect(rules).toContainEqual(['LC303', 3]);
    expect(rules.filter(([r]) => r === 'LC301')).toEqual([]);
  });

  it('bashNoExec reports status and stderr', () => {
    expect(bashNoExec('A=1\n')).toEqual({ status: 0, stderr: '', error: undefined });
    expect(bashNoExec('if true; then\n').status).toBe(2);
  });
});

describe('checkLocalrcSyntax with an injected checker', () => {
  it('passes the concatenated localrc blocks, as .localrc.auto holds them', () => {
    const text = conf(
      '# preamble',
      '[[local|localrc]]',
      'A=1',
      '',
      '[[post-config|$NOVA_CONF]]',
      '[DEFAULT]',
      'a = 1',
      '[[local|localrc]]',
      'B=2',
    );
    const seen: string[] = [];
    const checker: BashSyntaxChecker = (script) => {
      seen.push(script);
      return { status: 0, stderr: '' };
    };
    expect(checkLocalrcSyntax(parseLocalConf(text), checker)).toEqual([]);
    expect(seen).toEqual(['A=1\n\nB=2\n']);
    expect(extractLocalrc(parseLocalConf(text)).lines).toEqual([3, 4, 9]);
  });

  it('maps messages without a line number to the first localrc header', () => {
    const checker: BashSyntaxChecker = () => ({ status: 2, stderr: 'bash: something odd\n' });
    const f = checkLocalrcSyntax(parseLocalConf(conf('# x', '[[local|localrc]]', 'A=1')), checker);
    expect(f.map((x) => [x.rule, x.line, x.severity])).toEqual([['LC301', 2, 'error']]);
    expect(f[0]?.message).toContain('something odd');
  });

  it('reports LC313 when bash cannot run, and nothing without localrc', () => {
    const checker: BashSyntaxChecker = () => ({ status: null, stderr: '', error: 'spawnSync bash ENOENT' });
    expect(
      checkLocalrcSyntax(parseLocalConf(conf('[[local|localrc]]', 'A=1')), checker).map((f) => [f.rule, f.line]),
    ).toEqual([['LC313', 1]]);
    expect(
      checkLocalrcSyntax(parseLocalConf(conf('[[post-config|$NOVA_CONF]]', '[DEFAULT]', 'a = 1')), checker),
    ).toEqual([]);
  });

  it('skips bash entirely with syntaxCheck: false', () => {
    const text = conf('[[local|localrc]]', 'if true; then');
    expect(lintText(text, 'local.conf', {}, { syntaxCheck: false }).filter((f) => f.rule === 'LC301')).toEqual([]);
    expect(lintText(text).filter((f) => f.rule === 'LC301')).toHaveLength(1);
  });
});

describe('parseBashErrors', () => {
  it('reads `line N:` messages and attaches the echoed offending line', () => {
    const stderr = "bash: -c: line 2: syntax error near unexpected token `;;'\nbash: -c: line 2: `x=1 ;; '\n";
    expect(parseBashErrors(stderr)).toEqual([
      { line: 2, text: "syntax error near unexpected token `;;'", context: "`x=1 ;; '" },
    ]);
  });

  it('keeps messages without a line number', () => {
    expect(parseBashErrors('bash: unexpected EOF\n')).toEqual([{ text: 'unexpected EOF' }]);
  });
});
