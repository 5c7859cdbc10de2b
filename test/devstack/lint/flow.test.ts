/**
 * Control flow in localrc: branches are alternatives, code after a bash syntax error never runs. The claims about bash
 * are checked against the real bash: the extracted localrc is sourced (`set +e`, as stack.sh does before errexit) and
 * the variables it really set are compared with what the analysis counts as run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import { analyse } from '../../../src/devstack/lint/analysis.js';
import { checkLocalrcSyntax, extractLocalrc, lintLocalConf, lintText } from '../../../src/devstack/lint/index.js';
import { parseLocalConf } from '../../../src/devstack/localconf/parse.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kdf-flow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PW = ['ADMIN_PASSWORD=pass', 'DATABASE_PASSWORD=pass', 'RABBIT_PASSWORD=pass', 'SERVICE_PASSWORD=pass'];
const conf = (...lines: string[]): string => `${['[[local|localrc]]', ...lines].join('\n')}\n`;

/** Sources the extracted localrc with the real bash; returns the V_* variables it set, and stderr. */
function sourceWithBash(text: string): { set: string[]; stderr: string } {
  const file = path.join(dir, 'localrc');
  writeFileSync(file, extractLocalrc(parseLocalConf(text)).script);
  const r = spawnSync(
    'bash',
    ['--norc', '-c', 'set +e; cd "$1" && source ./localrc; compgen -v V_ || true', '--', dir],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    },
  );
  return { set: r.stdout.split('\n').filter(Boolean).sort(), stderr: r.stderr };
}

/** The V_* names the analysis counts as assigned by commands that run (with bash's error line, or without it). */
function liveNames(text: string, withBash: boolean): string[] {
  const c = parseLocalConf(text);
  const first = checkLocalrcSyntax(c).find((f) => f.rule === 'LC301')?.line;
  const a = analyse(c, { era: 'df' }, withBash ? { syntaxErrorLine: first } : undefined);
  return [...new Set(a.assignments.map((x) => x.name).filter((n) => n.startsWith('V_')))].sort();
}

// Bash runs every assignment it can parse whose branch is taken; `branchOnly` lists the ones in branches it skips
// (the analysis counts those as "may run").
const SCRIPTS: Record<string, { lines: string[]; branchOnly?: string[] }> = {
  'a stray second fi closing an if (bash drops the whole if)': {
    lines: ['V_A=1', 'if true; then', '  V_B=2', 'fi fi', 'V_C=3'],
  },
  'an if never closed (unexpected end of file)': { lines: ['V_A=1', 'if true; then', '  V_B=2', '', 'V_C=3'] },
  'an unterminated double quote': { lines: ['V_A=1', 'V_B="unterminated', 'V_C=3'] },
  'a stray fi at top level': { lines: ['V_A=1', 'fi', 'V_C=3'] },
  'done closing an if on one line': { lines: ['V_A=1', 'if true; then V_B=2; done', 'V_C=3'] },
  'the error on a line with two commands': { lines: ['V_A=1', 'V_B=3; fi', 'V_C=4'] },
  'a placeholder read as redirections': { lines: ['V_A=1', 'V_HOST=<your ip>', 'V_C=3'] },
  'an error deep in an elif branch': {
    lines: ['V_A=1', 'if false; then', ' V_B=1', 'elif true; then', ' V_C=2 )', 'else', ' V_D=3', 'fi', 'V_E=5'],
  },
  'an error inside a case arm': { lines: ['V_A=1', 'case x in', '  x) V_B=2 ;;', '  *) fi ;;', 'esac', 'V_C=3'] },
  'no error: a here-document holding a quote': {
    lines: ['V_A=1', 'cat > /dev/null <<EOF', 'it\'s "odd', 'V_X=1', 'EOF', 'V_C=3'],
  },
  'no error: if/else, case, a loop': {
    lines: [
      'if true; then',
      'V_A=1',
      'else',
      'V_B=2',
      'fi',
      'for i in 1; do V_C=3; done',
      'case a in a) V_D=1;; *) V_E=1;; esac',
    ],
    branchOnly: ['V_B', 'V_E'],
  },
};

/** Bash's assignments are all counted as run; the analysis adds only the ones in branches bash did not take. */
function compare(lines: string[], branchOnly: string[] | undefined, withBash: boolean): void {
  const text = conf(...lines);
  const bash = sourceWithBash(text).set;
  const live = liveNames(text, withBash);
  expect({ extra: live.filter((n) => !bash.includes(n)), missing: bash.filter((n) => !live.includes(n)) }).toEqual({
    extra: branchOnly ?? [],
    missing: [],
  });
}

describe('code after a bash syntax error never runs (checked with the real bash)', () => {
  it.each(Object.entries(SCRIPTS))('with the bash -n line: %s', (_title, s) => compare(s.lines, s.branchOnly, true));

  it.each(Object.entries(SCRIPTS))('with the cheap detection alone: %s', (_title, s) =>
    compare(s.lines, s.branchOnly, false),
  );

  it('passwords set only after the error do not count: DevStack prompts (LC401 says why)', () => {
    const text = conf(
      'ADMIN_PASSWORD=pass',
      'if true; then',
      '  RABBIT_PASSWORD=pass',
      'fi fi',
      'DATABASE_PASSWORD=pass',
      'SERVICE_PASSWORD=pass',
    );
    expect(sourceWithBash(text).stderr).toContain("syntax error near unexpected token `fi'");
    const f = lintText(text).filter((x) => x.rule === 'LC401');
    expect(f.map((x) => [x.severity, x.message.split(' ')[0]])).toEqual([
      ['error', 'DATABASE_PASSWORD'],
      ['error', 'RABBIT_PASSWORD'],
      ['error', 'SERVICE_PASSWORD'],
    ]);
    expect(f[1]?.message).toContain(
      'RABBIT_PASSWORD is set only at line 4, which bash never runs (the syntax error at line 5 stops bash reading localrc at the command that starts at line 3)',
    );
    expect(f[1]?.message).toContain('read_password prompts for it');
    // lintLocalConf alone (no bash) finds the same stray fi.
    expect(lintLocalConf(parseLocalConf(text)).filter((x) => x.rule === 'LC401')).toHaveLength(3);
  });

  it('a plugin enabled only after the error is not enabled (no LC201 for its variable, no LC308)', () => {
    const text = conf(...PW, 'HOST_IP=<your ip>', 'enable_plugin octavia https://opendev.org/openstack/octavia');
    const rules = lintText(text).map((f) => f.rule);
    expect(rules).toEqual(['LC316']); // LC301 on the same line is dropped: LC316 explains it
    const a = analyse(parseLocalConf(text), { era: 'df' });
    expect(a.services.plugins).toEqual([]);
    expect(a.deadFrom).toBe(6);
  });
});

describe('LC301 names the construct bash drops', () => {
  it('an error inside an if: the message says the if (from its first line) is lost too', () => {
    const [f] = lintText(conf(...PW, 'if true; then', '  A=1', 'fi fi')).filter((x) => x.rule === 'LC301');
    expect(f?.line).toBe(8);
    expect(f?.message).toContain('Bash drops the whole command that starts at line 6');
  });

  it('a function written f(){ … } with the brace glued on is a definition, not an unknown command', () => {
    const text = conf(...PW, 'setup(){ V_A=1; }', 'setup');
    expect(sourceWithBash(text)).toEqual({ set: ['V_A'], stderr: '' });
    expect(lintText(text).map((x) => x.rule)).toEqual([]);
  });
});

describe('LC316 states what bash really does with a placeholder', () => {
  it('`<…>` at the end of a line: syntax error, the next line never runs', () => {
    const text = conf('V_HOST=<your ip>', 'V_NEXT=1');
    const bash = sourceWithBash(text);
    expect(bash.stderr).toContain("syntax error near unexpected token `newline'");
    expect(bash.set).toEqual([]);
    const [f] = lintText(text).filter((x) => x.rule === 'LC316');
    expect(f?.message).toContain("syntax error near unexpected token `newline'");
    expect(f?.message).toContain('bash stops reading localrc here');
  });

  it('`<ip>/24`: an input redirection from a missing file; the variable ends up empty and bash goes on', () => {
    const text = conf('V_HOST=<ip>/24', 'V_NEXT=1');
    const bash = sourceWithBash(text);
    expect(bash.stderr).toContain('ip: No such file or directory');
    expect(bash.set).toEqual(['V_HOST', 'V_NEXT']);
    const [f] = lintText(text).filter((x) => x.rule === 'LC316');
    expect(f?.message).toContain('`ip: No such file or directory`');
    expect(f?.message).toContain('V_HOST is set to an empty value');
  });

  it('LC302 keeps the space cause for `FOO = bar` (bash: FOO: command not found)', () => {
    const text = conf(...PW, 'FOO = bar');
    expect(sourceWithBash(text).stderr).toContain('FOO: command not found');
    const rules = lintText(text).map((f) => f.rule);
    expect(rules).toEqual(['LC302']);
  });
});

describe('LC315 unknown command', () => {
  it('the canonical plugin line: bash says command not found; the fix is enable_plugin', () => {
    const line = 'neutron-tempest-plugin git://git.openstack.org/openstack/neutron-tempest-plugin';
    const text = conf(...PW, line);
    expect(sourceWithBash(text).stderr).toContain('neutron-tempest-plugin: command not found');
    const [f] = lintText(text).filter((x) => x.rule === 'LC315');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('`neutron-tempest-plugin: command not found`');
    expect(f?.fix).toBe(
      'Write `enable_plugin neutron-tempest-plugin git://git.openstack.org/openstack/neutron-tempest-plugin <ref>`.',
    );
  });
});

describe('branches are alternatives', () => {
  const rules = (text: string): string[] => lintText(text).map((f) => `${f.rule}:${f.line}`);

  it('LC307 fires only when both enable_plugin lines can run on one path', () => {
    const ep = 'enable_plugin octavia https://opendev.org/openstack/octavia ussuri-eol';
    expect(rules(conf(...PW, 'if [ -n "$A" ]; then', ep, 'else', ep, 'fi'))).toEqual([]);
    expect(rules(conf(...PW, '[[ -n "$A" ]] && ' + ep, ep))).toEqual(['LC307:7']);
    expect(rules(conf(...PW, 'for i in 1; do', ep, 'done', ep))).toEqual(['LC307:9']);
    // Two separate conditions: both must hold, which the linter cannot know (here they never do): a hedged warning.
    const lc307 = (text: string) =>
      lintText(text)
        .filter((f) => f.rule === 'LC307')
        .map((f) => [f.line, f.severity, f.message.slice(0, 48)]);
    expect(lc307(conf(...PW, '[ -n "$A" ] && {', ep, '}', '[ -n "$A" ] || {', ep, '}'))).toEqual([
      [10, 'warning', 'If the conditions around lines 7 and 10 can all '],
    ]);
    expect(lc307(conf(...PW, 'if [ "$X" = a ]; then', ep, 'fi', 'if [ "$X" = b ]; then', ep, 'fi'))).toEqual([
      [10, 'warning', 'If the conditions around lines 7 and 10 can all '],
    ]);
    // One line unconditional (or both in the same branch): whenever the conditional one runs, stack.sh dies.
    expect(lc307(conf(...PW, ep, 'if [ "$X" = b ]; then', ep, 'fi'))[0]?.[1]).toBe('error');
    expect(lc307(conf(...PW, 'if [ "$X" = b ]; then', ep, ep, 'fi'))[0]?.[1]).toBe('error');
    const group = analyse(parseLocalConf(conf('[ -n "$A" ] && { enable_service s-proxy; }')), { era: 'df' });
    expect(group.enabledState('s-proxy')).toBe('maybe');
    const twice = lintText(conf(...PW, 'if [ -n "$A" ]; then', ep, 'else', ep, 'fi', ep)).filter(
      (f) => f.rule === 'LC307',
    );
    expect(twice.map((f) => f.line)).toEqual([11]);
    expect(twice[0]?.message).toContain('first enable_plugin at line 7 or 9, on the same path');
  });

  it('a password set in every branch is set; in one branch only it is "maybe" (a warning)', () => {
    const base = ['ADMIN_PASSWORD=pass', 'RABBIT_PASSWORD=pass', 'SERVICE_PASSWORD=pass'];
    const lc401 = (text: string) =>
      lintText(text)
        .filter((f) => f.rule === 'LC401')
        .map((f) => f.severity);
    expect(
      lc401(conf(...base, 'if [ -n "$A" ]; then', 'DATABASE_PASSWORD=a', 'else', 'DATABASE_PASSWORD=b', 'fi')),
    ).toEqual([]);
    expect(
      lc401(conf(...base, 'case "$A" in', 'x) DATABASE_PASSWORD=a ;;', '*) DATABASE_PASSWORD=b ;;', 'esac')),
    ).toEqual([]);
    expect(lc401(conf(...base, 'if [ -n "$A" ]; then', 'DATABASE_PASSWORD=a', 'fi'))).toEqual(['warning']);
    expect(lc401(conf(...base, 'case "$A" in', 'x) DATABASE_PASSWORD=a ;;', 'esac'))).toEqual(['warning']);
    expect(lc401(conf(...base, 'setpw() {', 'DATABASE_PASSWORD=a', '}'))).toEqual(['warning']);
  });

  it('a service enabled only in a branch is "maybe" enabled', () => {
    const a = analyse(
      parseLocalConf(conf('if [ -n "$S" ]; then', 'enable_service s-proxy', 'fi', 'enable_service horizon')),
      {
        era: 'df',
      },
    );
    expect([a.enabledState('s-proxy'), a.enabledState('horizon'), a.enabledState('ldap')]).toEqual([
      'maybe',
      'yes',
      'no',
    ]);
    expect(a.enabled('s-proxy')).toBe(true);
  });

  it('LC304/LC306 need both lines on one path', () => {
    expect(
      rules(conf(...PW, 'if [ -n "$A" ]; then', 'enable_service q-qos', 'else', 'ENABLED_SERVICES=key', 'fi')),
    ).toEqual([]);
    expect(rules(conf(...PW, 'enable_service q-qos', 'if [ -n "$A" ]; then', 'ENABLED_SERVICES=key', 'fi'))).toEqual([
      'LC306:8',
    ]);
    expect(rules(conf(...PW, 'disable_service tempest', 'if [ -n "$A" ]; then enable_service tempest; fi'))).toEqual([
      'LC304:7',
    ]);
  });

  it('one enable_plugin after `;` is one call (it was counted twice: a false "enabled twice")', () => {
    expect(rules(conf(...PW, 'A=1; enable_plugin octavia https://opendev.org/openstack/octavia ussuri-eol'))).toEqual(
      [],
    );
  });

  it('a command after `then` on the same line counts (it used to be read as the command `then`)', () => {
    const a = analyse(parseLocalConf(conf('if true; then enable_plugin octavia https://x/octavia r; fi')), {
      era: 'df',
    });
    expect(a.services.plugins.map((p) => p.name)).toEqual(['octavia']);
  });
});

describe('LC314 and arithmetic', () => {
  it('`$((…))` never counts as a command; `$( (cmd) )` does', () => {
    const lc314 = (v: string) => lintText(conf(...PW, v)).filter((f) => f.rule === 'LC314').length;
    expect(['A=$((1+2))', 'A="$((1+2))"', 'A="x$(( (1+2)*3 ))y"', 'A=$[1+2]', 'echo $((2**10))'].map(lc314)).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect(['A=$( (id) )', 'A="$( (id) )"', 'A=$((id) )', 'A=$[ $(id -u) + 1 ]'].map(lc314)).toEqual([1, 1, 1, 1]);
    // in the words of for/case and in conditions
    expect(['for f in $(ls); do :; done', 'case $(id -u) in 0) :;; esac', 'if $(true); then :; fi'].map(lc314)).toEqual(
      [1, 1, 1],
    );
  });
});
