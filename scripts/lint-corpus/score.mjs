#!/usr/bin/env node
// The lint corpus scoreboard: lints every file of test/__fixtures__/lint-corpus/files/ (eras df and newest) with the
// linter from src/ and judges each finding against DevStack's recorded behaviour (devstack-behaviour.jsonl).
//
//   node --import tsx scripts/lint-corpus/score.mjs [--era df|newest] [--list N] [--json]
//
// Per rule: findings, confirmed by DevStack's behaviour, contradicted, unjudged. Then the contradicted error-level
// claims and the misses (a syntax error without LC301 at its line; a command bash could not find without a finding).
import { performance } from 'node:perf_hooks';

import { lintText } from '../../src/devstack/lint/index.ts';
import {
  corpusFileNames,
  findMisses,
  judgeFinding,
  lintCorpusText,
  readAllJudges,
  readCorpusFile,
  PRIMARY_CHECKOUT,
} from '../../test/devstack/lint/corpus-verdicts.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const eras = args.includes('--era') ? [option('--era', 'df')] : ['df', 'newest'];
const listLimit = Number(option('--list', '40'));
const asJson = args.includes('--json');

/** Lints the corpus in one era and judges every finding. */
function scoreEra(era, files, judges) {
  const perRule = new Map();
  const contradictedErrors = [];
  const missedSyntax = [];
  const missedCommands = [];
  let lintMs = 0;
  for (const name of files) {
    const { text } = readCorpusFile(name);
    const started = performance.now();
    const findings = lintCorpusText(name, text, (t) => lintText(t, name, { era }));
    lintMs += performance.now() - started;
    const records = judges.get(name) ?? [];
    const rec = records.find((r) => r.checkout === PRIMARY_CHECKOUT);
    const others = records.filter((r) => r !== rec);
    const lines = text.split('\n');
    for (const f of findings) {
      const { verdict, why } = judgeFinding(f, { rec, others, lines, era });
      const row = perRule.get(f.rule) ?? { rule: f.rule, findings: 0, error: 0, warning: 0, info: 0 };
      row.findings += 1;
      row[f.severity] += 1;
      row[verdict] = (row[verdict] ?? 0) + 1;
      perRule.set(f.rule, row);
      if (verdict === 'contradicted' && f.severity === 'error') {
        contradictedErrors.push({ file: name, line: f.line, rule: f.rule, why, message: f.message });
      }
    }
    const misses = findMisses(findings, rec);
    if (misses.syntax) missedSyntax.push({ file: name, ...misses.syntax, coveredBy: misses.syntaxCoveredBy });
    for (const n of misses.unknownCommands) missedCommands.push({ file: name, line: n.line, command: n.command });
  }
  const rules = [...perRule.values()].sort((a, b) => a.rule.localeCompare(b.rule));
  return {
    era,
    files: files.length,
    lintMs: Math.round(lintMs),
    rules,
    contradictedErrors,
    missedSyntax,
    missedCommands,
  };
}

function printEra(s) {
  console.log(
    `\n== era ${s.era}: ${s.files} files, lint ${s.lintMs} ms (${(s.lintMs / s.files).toFixed(1)} ms a file)`,
  );
  console.log('rule   findings  error  warn  info  confirmed  contradicted  unjudged');
  for (const r of s.rules) {
    const cells = [r.findings, r.error, r.warning, r.info, r.confirmed ?? 0, r.contradicted ?? 0, r.unjudged ?? 0];
    const widths = [8, 6, 5, 5, 10, 13, 9];
    console.log(`${r.rule}  ${cells.map((c, i) => String(c).padStart(widths[i])).join(' ')}`);
  }
  const list = (title, rows, show) => {
    console.log(`\n${title}: ${rows.length}`);
    for (const row of rows.slice(0, listLimit)) console.log(`  ${show(row)}`);
    if (rows.length > listLimit) console.log(`  … ${rows.length - listLimit} more`);
  };
  list('contradicted error-level claims', s.contradictedErrors, (c) => `${c.file}:${c.line} ${c.rule}: ${c.why}`);
  list('missed syntax errors (no LC301 at the judged line)', s.missedSyntax, (m) =>
    [`${m.file}:${m.line} ${m.message}`, m.coveredBy ? ` (${m.coveredBy} covers the line)` : ''].join(''),
  );
  list('missed unknown commands (no finding at the line)', s.missedCommands, (m) => `${m.file}:${m.line} ${m.command}`);
}

const files = corpusFileNames();
const judges = readAllJudges();
const judged = files.filter((f) => judges.get(f)?.some((r) => r.checkout === PRIMARY_CHECKOUT && r.judged)).length;
const results = eras.map((era) => scoreEra(era, files, judges));
if (asJson) {
  console.log(JSON.stringify({ files: files.length, judged, results }, null, 2));
} else {
  console.log(`lint corpus: ${files.length} files, ${judged} judged by DevStack (${PRIMARY_CHECKOUT} checkout)`);
  results.forEach(printEra);
}
