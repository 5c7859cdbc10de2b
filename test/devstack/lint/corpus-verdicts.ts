/**
 * The real-world lint corpus (test/__fixtures__/lint-corpus/) and DevStack's recorded behaviour on it
 * (devstack-behaviour.jsonl, written by scripts/lint-corpus/judge.sh): loading both, and judging each finding of the
 * linter against what DevStack did. Shared by corpus.test.ts and scripts/lint-corpus/score.mjs.
 *
 * A verdict is `confirmed` (DevStack did what the finding says), `contradicted` (it did not) or `unjudged` (the
 * recorded behaviour cannot tell: the rule's claim is about something the judge does not observe).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { DevstackEra, LintFinding } from '../../../src/devstack/lint/index.js';

/** The corpus folder, relative to the repository root (the cwd of jest and of the score script). */
export const CORPUS_DIR = resolve('test/__fixtures__/lint-corpus');

/** The judge run used for verdicts: the Victoria-era checkout (closest to era `df`, and it has enable_plugin). */
export const PRIMARY_CHECKOUT = 'victoria';

/** One row of SOURCES.tsv. */
export interface CorpusSource {
  file: string;
  repo: string;
  path: string;
  commit: string;
  sha256: string;
}

/** A command bash could not find while sourcing the localrc. */
export interface NotFound {
  line: number;
  command: string;
  inSubstitution: boolean;
}

/** One line of devstack-behaviour.jsonl: what DevStack's own functions did with one corpus file. */
export interface JudgeRecord {
  file: string;
  checkout: string;
  judged: boolean;
  reason?: string;
  /** The timeout of the judge's last try, in seconds. */
  timeoutSeconds?: number;
  localrc: boolean;
  syntaxError: { line: number; message: string } | null;
  lastLine: number;
  /** Lines of the commands that ran while sourcing, as `a-b,c` ranges. */
  ranLines: string;
  sourcingCompleted: boolean;
  enablePluginDefined: boolean;
  plugins: string[];
  diedOnDuplicatePlugin: boolean;
  enabledServices: string[];
  passwordsSet: string[];
  wouldPrompt: string[];
  libsFromGit: string;
  notFound: NotFound[];
  /** Every error bash printed while sourcing, at its line. */
  bashErrors?: { line: number; message: string }[];
  /** `localrc` for a plain localrc file, else `local.conf`. */
  role?: string;
  fileSpecVarsInCheckout: Record<string, boolean>;
}

export type Verdict = 'confirmed' | 'contradicted' | 'unjudged';

/** A verdict with the recorded fact it rests on. */
export interface Judgement {
  verdict: Verdict;
  why: string;
}

/** Reads SOURCES.tsv (header row skipped). */
export function readSources(dir = CORPUS_DIR): CorpusSource[] {
  const rows = readFileSync(join(dir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1);
  return rows
    .filter((r) => r !== '')
    .map((r) => {
      const [file = '', repo = '', path = '', commit = '', sha256 = ''] = r.split('\t');
      return { file, repo, path, commit, sha256 };
    });
}

/** The corpus files present on disk (names only). */
export function corpusFileNames(dir = CORPUS_DIR): string[] {
  return readdirSync(join(dir, 'files')).sort();
}

/** A corpus file's bytes as text (UTF-8) and its sha256. */
export function readCorpusFile(name: string, dir = CORPUS_DIR): { text: string; sha256: string } {
  const bytes = readFileSync(join(dir, 'files', name));
  return { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** True for a corpus file taken from a path named `localrc`: DevStack sources such a file as it is. */
export function isPlainLocalrc(name: string): boolean {
  return name.includes('__localrc__');
}

/**
 * Lints a corpus file the way DevStack reads it: a plain localrc is linted as the body of a `[[local|localrc]]` block
 * (one header line added), and its findings' lines are shifted back to the file's own lines.
 */
export function lintCorpusText(name: string, text: string, lint: (text: string) => LintFinding[]): LintFinding[] {
  if (!isPlainLocalrc(name)) return lint(text);
  return lint(`[[local|localrc]]\n${text}`).map((f) => ({ ...f, line: f.line - 1, endLine: f.endLine - 1 }));
}

/** Every judge record of one checkout label, by file name (header lines with `_note` are skipped). */
export function readJudge(checkout = PRIMARY_CHECKOUT, dir = CORPUS_DIR): Map<string, JudgeRecord> {
  const out = new Map<string, JudgeRecord>();
  for (const line of readFileSync(join(dir, 'devstack-behaviour.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const rec = JSON.parse(line) as JudgeRecord & { _note?: string };
    if (rec._note !== undefined || rec.checkout !== checkout) continue;
    out.set(rec.file, rec);
  }
  return out;
}

/** Every judge record of every checkout, by file name. */
export function readAllJudges(dir = CORPUS_DIR): Map<string, JudgeRecord[]> {
  const out = new Map<string, JudgeRecord[]>();
  for (const line of readFileSync(join(dir, 'devstack-behaviour.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const rec = JSON.parse(line) as JudgeRecord & { _note?: string };
    if (rec._note !== undefined) continue;
    out.set(rec.file, [...(out.get(rec.file) ?? []), rec]);
  }
  return out;
}

const covers = (f: LintFinding, line: number): boolean => line >= f.line && line <= f.endLine;
/** The set of lines that ran, from the record's `a-b,c` ranges. */
export function ranLineSet(rec: JudgeRecord): Set<number> {
  const out = new Set<number>();
  for (const part of rec.ranLines.split(',')) {
    const [a, b = a] = part.split('-').map(Number);
    if (a === undefined || Number.isNaN(a)) continue;
    for (let n = a; n <= (b ?? a); n++) out.add(n);
  }
  return out;
}

/** True when a command on one of the finding's lines ran while sourcing. */
function ran(rec: JudgeRecord, f: LintFinding): boolean {
  const lines = ranLineSet(rec);
  for (let n = f.line; n <= f.endLine; n++) if (lines.has(n)) return true;
  return false;
}
const CORE_PASSWORDS = ['ADMIN_PASSWORD', 'DATABASE_PASSWORD', 'RABBIT_PASSWORD', 'SERVICE_PASSWORD'];

/** What the judge needs besides the finding: the file's records (primary first), its lines and the era linted. */
export interface FindingContext {
  rec: JudgeRecord | undefined;
  others: readonly JudgeRecord[];
  lines: readonly string[];
  era: DevstackEra;
}

/** Judges one finding against DevStack's recorded behaviour. */
export function judgeFinding(f: LintFinding, ctx: FindingContext): Judgement {
  const { rec } = ctx;
  if (!rec?.judged) return { verdict: 'unjudged', why: rec?.reason ?? 'no judge record' };
  switch (f.rule) {
    case 'LC301':
      return judgeSyntax(f, rec);
    case 'LC307':
      return judgePluginTwice(rec);
    case 'LC401':
      return judgePassword(f, rec, ctx.era);
    case 'LC310':
      return judgeAppend(f, rec, ctx);
    case 'LC201':
      return judgeFileSpec(f, ctx);
    case 'LC302':
      return judgeAssignSpaces(f, rec);
    default:
      return { verdict: 'unjudged', why: 'the judge does not observe this rule' };
  }
}

function judgeSyntax(f: LintFinding, rec: JudgeRecord): Judgement {
  const err = rec.syntaxError;
  if (!err) return { verdict: 'contradicted', why: 'bash -n reports no syntax error' };
  return covers(f, err.line)
    ? { verdict: 'confirmed', why: `bash -n: line ${err.line}: ${err.message}` }
    : { verdict: 'contradicted', why: `bash -n reports line ${err.line}, not ${f.line}–${f.endLine}` };
}

function judgePluginTwice(rec: JudgeRecord): Judgement {
  if (!rec.enablePluginDefined) return { verdict: 'unjudged', why: 'the checkout has no enable_plugin' };
  return rec.diedOnDuplicatePlugin
    ? { verdict: 'confirmed', why: 'enable_plugin died: plugin enabled twice' }
    : { verdict: 'contradicted', why: `sourcing ran without dying; plugins: ${rec.plugins.join(',')}` };
}

function judgePassword(f: LintFinding, rec: JudgeRecord, era: DevstackEra): Judgement {
  const name = CORE_PASSWORDS.find((p) => f.message.startsWith(p));
  if (!name) return { verdict: 'unjudged', why: 'not one of the four core passwords' };
  if (rec.passwordsSet.includes(name)) return { verdict: 'contradicted', why: `${name} is set after sourcing` };
  if (f.severity !== 'error') {
    return rec.plugins.length > 0
      ? { verdict: 'unjudged', why: `${name} unset by localrc; an enabled plugin's settings may set it` }
      : { verdict: 'confirmed', why: `${name} is unset after sourcing` };
  }
  // Whether stack.sh prompts depends on the era's default services: only the df-era run observes it.
  if (era !== 'df') return { verdict: 'unjudged', why: 'no judge run with the newest era defaults' };
  if (!rec.wouldPrompt.includes(name)) {
    return {
      verdict: 'contradicted',
      why: `DevStack would not prompt for ${name} (its service is not enabled, or a fallback such as MYSQL_PASSWORD fills it)`,
    };
  }
  return rec.plugins.length > 0
    ? { verdict: 'unjudged', why: `prompts unless an enabled plugin's settings set ${name}` }
    : { verdict: 'confirmed', why: `stack.sh would prompt for ${name}` };
}

const APPEND = /^\s*(LIBS_FROM_GIT|ENABLED_SERVICES)\+=["']?([^"',\s]+)/;

function judgeAppend(f: LintFinding, rec: JudgeRecord, ctx: FindingContext): Judgement {
  const m = APPEND.exec(ctx.lines[f.line - 1] ?? '');
  if (!m) return { verdict: 'unjudged', why: 'the judge records only LIBS_FROM_GIT and ENABLED_SERVICES' };
  const [, list = '', item = ''] = m;
  if (list === 'ENABLED_SERVICES' && ctx.era !== 'df') {
    return { verdict: 'unjudged', why: 'no judge run with the newest era defaults' };
  }
  if (!ran(rec, f))
    return { verdict: 'unjudged', why: 'this line did not run (a branch not taken, or after a syntax error)' };
  const items = list === 'LIBS_FROM_GIT' ? rec.libsFromGit.split(',') : rec.enabledServices;
  return items.includes(item)
    ? { verdict: 'contradicted', why: `${list} holds ${item} as an item of its own` }
    : { verdict: 'confirmed', why: `${item} is glued to another item of ${list}` };
}

function judgeFileSpec(f: LintFinding, ctx: FindingContext): Judgement {
  const m = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(ctx.lines[f.line - 1] ?? '');
  const name = m?.[1];
  if (!name) return { verdict: 'unjudged', why: 'no variable in the header' };
  const all = [ctx.rec, ...ctx.others].filter((r): r is JudgeRecord => r !== undefined);
  if (all.some((r) => r.fileSpecVarsInCheckout[name] === true)) {
    return { verdict: 'contradicted', why: `a DevStack checkout's stackrc/lib assigns ${name}` };
  }
  return { verdict: 'unjudged', why: `${name} is not assigned in the checkouts (plugins are not recorded)` };
}

function judgeAssignSpaces(f: LintFinding, rec: JudgeRecord): Judgement {
  if (/redirect/i.test(f.message)) {
    // A claim that bash reads `<…>` as a redirection: the error bash printed at the line tells.
    const errs = (rec.bashErrors ?? []).filter((e) => covers(f, e.line));
    if (errs.some((e) => /No such file|syntax error|ambiguous redirect/.test(e.message))) {
      return { verdict: 'confirmed', why: `bash: ${errs[0]?.message ?? ''}` };
    }
    return ran(rec, f)
      ? { verdict: 'contradicted', why: 'no redirection error at this line while sourcing' }
      : { verdict: 'unjudged', why: 'this line did not run' };
  }
  if (rec.notFound.some((n) => !n.inSubstitution && covers(f, n.line))) {
    return { verdict: 'confirmed', why: 'bash ran a command that does not exist at this line' };
  }
  const redirection = (rec.bashErrors ?? []).find(
    (e) => covers(f, e.line) && /No such file|syntax error|ambiguous redirect/.test(e.message),
  );
  if (redirection) {
    return { verdict: 'contradicted', why: `no command ran: bash read a redirection (${redirection.message})` };
  }
  if (!ran(rec, f))
    return { verdict: 'unjudged', why: 'this line did not run (a branch not taken, or after a syntax error)' };
  return { verdict: 'contradicted', why: 'no command-not-found at this line while sourcing' };
}

/** What DevStack did that the linter did not report: a syntax error without LC301 at its line, unknown commands. */
export interface Misses {
  syntax: { line: number; message: string } | null;
  /** Another rule's finding (e.g. LC303) that covers the missed syntax error's line, if any. */
  syntaxCoveredBy: string | null;
  unknownCommands: NotFound[];
}

/** The judged misreads of one file that no finding covers. */
/**
 * A finding that reports a bash syntax error: LC301 (bash's own message), or the error-level LC303 (unterminated
 * quote) or LC316 (a `<placeholder>` read as a redirection) that names the cause of the same error; the linter drops
 * the LC301 those explain, so one of the three stands at the judged line.
 */
export function reportsSyntaxError(f: LintFinding): boolean {
  if (f.severity !== 'error') return false;
  if (f.rule === 'LC316') return f.message.includes('syntax error'); // not its "no such file" variant, valid bash
  return f.rule === 'LC301' || f.rule === 'LC303';
}

export function findMisses(findings: readonly LintFinding[], rec: JudgeRecord | undefined): Misses {
  if (!rec?.judged) return { syntax: null, syntaxCoveredBy: null, unknownCommands: [] };
  const err = rec.syntaxError;
  const syntax = err && !findings.some((f) => reportsSyntaxError(f) && covers(f, err.line)) ? err : null;
  const unknownCommands = judgedUnknownCommands(rec).filter((n) => !findings.some((f) => covers(f, n.line)));
  const other = syntax ? findings.find((f) => f.rule !== 'LC301' && covers(f, syntax.line)) : undefined;
  return { syntax, syntaxCoveredBy: other?.rule ?? null, unknownCommands };
}

/** Commands bash did not find at the start of a localrc statement (not inside `$(…)`), with a known line. */
export function judgedUnknownCommands(rec: JudgeRecord): NotFound[] {
  if (!rec.enablePluginDefined) return [];
  return rec.notFound.filter((n) => !n.inSubstitution && n.line > 0);
}
