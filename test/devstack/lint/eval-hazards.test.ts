/**
 * The execution rules (LC314, LC204, LC512, LC509) against real bash: each case is run the way DevStack runs it (the
 * localrc block sourced by bash; the INI blocks merged by the DevStack double's inc/meta-config with gawk) in a
 * temporary directory, and the rule must fire exactly when the text really created the marker file `m`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import { lintText } from '../../../src/devstack/lint/index.js';
import { extractLocalrc } from '../../../src/devstack/lint/bash-check.js';
import { parseLocalConf } from '../../../src/devstack/localconf/parse.js';

const META_CONFIG = path.resolve(process.cwd(), 'sandbox/devstack/tree/inc/meta-config');
const PW = ['ADMIN_PASSWORD=pass', 'DATABASE_PASSWORD=pass', 'RABBIT_PASSWORD=pass', 'SERVICE_PASSWORD=pass'];

const canRun = ((): boolean => {
  try {
    execFileSync('sh', ['-c', 'command -v bash gawk >/dev/null']);
    return true;
  } catch {
    return false;
  }
})();

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs `script` with bash in a fresh directory holding local.conf; returns whether the marker `m` exists after. */
function runInDir(localConf: string, script: string): boolean {
  const dir = mkdtempSync(path.join(tmpdir(), 'kdf-eval-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'local.conf'), localConf);
  const r = spawnSync('bash', ['-c', script], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 10_000,
    env: { PATH: '/usr/bin:/bin', D: dir },
  });
  if (r.error) throw r.error;
  return existsSync(path.join(dir, 'm'));
}

/** Sources the extracted localrc exactly as stack.sh does (errexit off). */
function sourceLocalrc(text: string): boolean {
  const { script } = extractLocalrc(parseLocalConf(text));
  return runInDir(text, `cat > .localrc.auto <<'KDF_EOF'\n${script}KDF_EOF\nsource ./.localrc.auto >/dev/null 2>&1`);
}

/** Merges every phase with the double's merge_config_group; iniset and the messages are stubs. */
function mergeAllPhases(text: string): boolean {
  const script = [
    `source ${JSON.stringify(META_CONFIG)}`,
    'CONFIG_AWK_CMD=gawk',
    'iniset() { :; }; inidelete() { :; }; iniadd_literal() { :; }; warn() { :; }; die() { :; }',
    'merge_config_group local.conf post-config extra post-extra test-config >/dev/null 2>&1',
  ].join('\n');
  return runInDir(text, script);
}

const flagged = (text: string, rule: string): boolean =>
  lintText(text, 'local.conf', {}, { syntaxCheck: false }).some((f) => f.rule === rule);

const localrc = (...lines: string[]): string => ['[[local|localrc]]', ...PW, ...lines, ''].join('\n');
const merged = (...lines: string[]): string => localrc(...lines);

type Case = [title: string, rule: string, text: string, runs: boolean];

const LOCALRC_CASES: Case[] = [
  ['$(…) alone on a line', 'LC314', localrc('$(touch m)'), true],
  ['backticks alone on a line', 'LC314', localrc('`touch m`'), true],
  ['$(…) after a ;', 'LC314', localrc('A=1; $(touch m)'), true],
  ['$(…) in an env prefix', 'LC314', localrc('A=$(touch m) true'), true],
  ['$(…) inside arithmetic', 'LC314', localrc('Y="$(( $(touch m; echo 1) + 1 ))"'), true],
  ['a subshell substitution that starts with ((', 'LC314', localrc('B=$((touch m) )'), true],
  ['process substitution as an argument', 'LC314', localrc('source <(touch m)'), true],
  ['process substitution read by a command', 'LC314', localrc('cat <(touch m) >/dev/null'), true],
  ['a redirection is not a substitution', 'LC314', localrc('echo x >m.txt', 'cat <m.txt'), false],
  ['arithmetic', 'LC314', localrc('X=$((1+2))', 'Y="$(( (X + 1) * 2 ))"', 'Z=${X:-$((3))}'), false],
  ['single-quoted $(…)', 'LC314', localrc("C='$(touch m)'"), false],
];

const MERGE_CASES: Case[] = [
  [
    '$(…) in a header file name',
    'LC204',
    merged('[[post-config|$D/$(touch${IFS}m).conf]]', '[DEFAULT]', 'a = 1'),
    true,
  ],
  ['backticks in a header file name', 'LC204', merged('[[extra|$D/`touch${IFS}m`.conf]]', '[DEFAULT]', 'a = 1'), true],
  ['; in a header file name', 'LC204', merged('[[post-config|$D/x.conf;touch${IFS}m]]', '[DEFAULT]', 'a = 1'), true],
  ['& in a header file name', 'LC204', merged('[[test-config|$D/x.conf&touch${IFS}m]]', '[DEFAULT]', 'a = 1'), true],
  ['> in a header file name', 'LC204', merged('[[post-config|$D/x.conf>m]]', '[DEFAULT]', 'a = 1'), true],
  [
    'arithmetic in a header file name',
    'LC204',
    merged('[[post-config|$D/$((1+1)).conf]]', '[DEFAULT]', 'a = 1'),
    false,
  ],
  [
    '| in a header (awk drops the third field)',
    'LC204',
    merged('[[post-config|$D/x.conf|touch${IFS}m]]', '[DEFAULT]', 'a = 1'),
    false,
  ],
  [
    '$(…) in an unknown phase header',
    'LC204',
    merged('[[unknown|$D/$(touch${IFS}m).conf]]', '[DEFAULT]', 'a = 1'),
    false,
  ],
  ['$(…) in a section name', 'LC512', merged('[[post-config|$D/x.conf]]', '[s$(touch${IFS}m)]', 'a = 1'), true],
  ['& in a section name', 'LC512', merged('[[post-config|$D/x.conf]]', '[s&touch${IFS}m]', 'a = 1'), true],
  ['$(…) in a section without keys', 'LC512', merged('[[post-config|$D/x.conf]]', '[s$(touch${IFS}m)]'), false],
  ['backticks in a key', 'LC512', merged('[[post-config|$D/x.conf]]', '[DEFAULT]', 'k`touch m` = 1'), true],
  ['; in a key', 'LC512', merged('[[post-config|$D/x.conf]]', '[DEFAULT]', 'k;touch m;x = 1'), true],
  ['> in a key', 'LC512', merged('[[post-config|$D/x.conf]]', '[DEFAULT]', 'k>m = 1'), true],
  ['arithmetic in a key', 'LC512', merged('[[post-config|$D/x.conf]]', '[DEFAULT]', 'k$((1+1)) = 1'), false],
  ['$(…) in a value', 'LC509', merged('[[post-config|$D/x.conf]]', '[DEFAULT]', 'a = $(touch m)'), true],
  ['arithmetic in a value', 'LC509', merged('[[post-config|$D/x.conf]]', '[DEFAULT]', 'a = $((1+1))'), false],
];

const suite = canRun ? describe : describe.skip;

suite('execution rules agree with real bash', () => {
  it.each(LOCALRC_CASES)('localrc: %s (%s)', (_title, rule, text, runs) => {
    expect(sourceLocalrc(text)).toBe(runs);
    expect(flagged(text, rule)).toBe(runs);
  });

  it.each(MERGE_CASES)('merge (DevStack double): %s (%s)', (_title, rule, text, runs) => {
    expect(mergeAllPhases(text)).toBe(runs);
    expect(flagged(text, rule)).toBe(runs);
  });
});

describe('execution findings never show a secret value', () => {
  it('LC314 names the password variable instead of its value', () => {
    const text = localrc('export SERVICE_PASSWORD=s3cr`et`x', 'ADMIN_PASSWORD=pa$(ss)word');
    const found = lintText(text, 'local.conf', {}, { syntaxCheck: false }).filter((f) => f.rule === 'LC314');
    expect(found.map((f) => f.line)).toEqual([6, 7]);
    for (const f of found) expect(`${f.message} ${f.fix}`).not.toMatch(/s3cr|et`x|pa\$|ss\)|word/);
    expect(found[0]?.message).toContain('`SERVICE_PASSWORD`');
    expect(found[1]?.message).toContain('`ADMIN_PASSWORD`');
  });

  it('LC314 at command position says the output runs too', () => {
    const [f] = lintText(localrc('$(touch /tmp/x)'), 'local.conf', {}, { syntaxCheck: false }).filter(
      (x) => x.rule === 'LC314',
    );
    expect(f?.message).toMatch(/^`\$\(touch \/tmp\/x\)` starts a command: .*runs its output as a command/);
  });
});
