/**
 * The local.conf linter (docs/local-conf.md#linter-pitfalls, docs/connectivity.md#doc-and-code-mismatches). Two passes:
 *
 * - `lintLocalConf`: every static rule; pure and synchronous (no child process, no file system).
 * - `checkLocalrcSyntax`: the real `bash -n` on the extracted localrc, through an injectable checker.
 *
 * `lintAll` and `lintText` run both (pass `{ syntaxCheck: false }` to skip bash, or a checker to replace it). `lintMany`
 * does the same for many files at once: bash checks them all in a few processes while the static rules run (issue
 * #18), with the same findings as `lintText` on each. Findings are sorted by file, line, then rule id.
 */
import { parseLocalConf } from '../localconf/parse.js';
import type { LocalConf } from '../localconf/model.js';
import { analyse, type SyntaxFacts } from './analysis.js';
import { batchBashNoExec, checkLocalrcSyntaxMany, type BashBatchChecker } from './bash-batch.js';
import { bashNoExec, checkLocalrcSyntax, type BashSyntaxChecker } from './bash-check.js';
import { RULES } from './rules/index.js';
import type { LintContext, LintFinding } from './types.js';

export type { LintContext, LintFinding, LintSeverity, RuleInfo, DevstackEra, LintDistroFamily } from './types.js';
export { RULES, RULE_INFO, findRule } from './rules/index.js';
export { formatText, toJson, type LintFindingJson } from './format.js';
export {
  bashNoExec,
  checkLocalrcSyntax,
  createBashChecker,
  extractLocalrc,
  type BashCheckResult,
  type BashSyntaxChecker,
} from './bash-check.js';
export {
  batchBashNoExec,
  checkLocalrcSyntaxMany,
  createBatchBashChecker,
  type BashBatchChecker,
  type BatchCheckerOptions,
} from './bash-batch.js';

/** Options of the full lint. */
export interface LintOptions {
  /** The `bash -n` checker; `false` skips the syntax check. Default: `bash -n` as a child process. */
  syntaxCheck?: BashSyntaxChecker | false;
}

/** Fills in the defaults of a lint context (era `df`). */
export function resolveContext(ctx: Partial<LintContext> = {}): LintContext {
  return { ...ctx, era: ctx.era ?? 'df' };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Sorts findings by file, line, rule id, then severity and message (stable, deterministic output). */
export function sortFindings(findings: readonly LintFinding[]): LintFinding[] {
  return [...findings].sort(
    (x, y) =>
      x.file.localeCompare(y.file) ||
      x.line - y.line ||
      x.rule.localeCompare(y.rule) ||
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      x.message.localeCompare(y.message),
  );
}

/**
 * Runs every static rule on a parsed local.conf. Pure and synchronous; does not run bash. `facts.syntaxErrorLine` (the
 * first line `bash -n` reports, as `lintAll` passes it) marks where bash stops reading localrc; without it a cheap
 * detection (unterminated quotes, stray or missing `fi`/`done`/`esac`, `<`/`>` at a line's end) is used.
 */
export function lintLocalConf(conf: LocalConf, ctx?: Partial<LintContext>, facts?: SyntaxFacts): LintFinding[] {
  return lintStatic(conf, ctx, facts).findings;
}

/** The static rules and the analysis they ran on. */
function lintStatic(
  conf: LocalConf,
  ctx: Partial<LintContext> | undefined,
  facts: SyntaxFacts | undefined,
): { findings: LintFinding[]; deadFrom?: number } {
  const a = analyse(conf, resolveContext(ctx), facts);
  const out: LintFinding[] = [];
  for (const rule of RULES) {
    for (const d of rule.check(a)) {
      out.push({
        file: conf.file,
        line: d.line,
        endLine: d.endLine ?? d.line,
        rule: rule.id,
        severity: d.severity ?? rule.severity,
        message: d.message,
        fix: d.fix,
      });
    }
  }
  return { findings: sortFindings(out), deadFrom: a.deadFrom };
}

/**
 * The `bash -n` check, then the static rules, told where bash stops reading localrc (the first LC301 line). A bash
 * error inside the lines of an LC303 finding (unterminated quote) or on an LC316 line (a `<placeholder>` read as a
 * redirection) is dropped, since both describe the same problem.
 */
export function lintAll(conf: LocalConf, ctx?: Partial<LintContext>, options: LintOptions = {}): LintFinding[] {
  const checker = options.syntaxCheck === undefined ? bashNoExec : options.syntaxCheck;
  if (checker === false) return lintLocalConf(conf, ctx);
  return withSyntax(conf, ctx, checkLocalrcSyntax(conf, checker));
}

type StaticRun = ReturnType<typeof lintStatic>;

/**
 * The static rules, told where bash stops reading localrc (the first LC301 line), plus the `bash -n` findings less each
 * LC301 an LC303 or LC316 finding explains. `clean` is a static run made beforehand on the assumption that bash finds
 * no error (what `lintMany` computes while bash runs); it is used when that holds.
 */
function withSyntax(
  conf: LocalConf,
  ctx: Partial<LintContext> | undefined,
  syntax: readonly LintFinding[],
  clean?: StaticRun,
): LintFinding[] {
  const ran = !syntax.some((f) => f.rule === 'LC313');
  const first = syntax.find((f) => f.rule === 'LC301')?.line;
  const { findings, deadFrom } =
    ran && first === undefined && clean ? clean : lintStatic(conf, ctx, ran ? { syntaxErrorLine: first } : undefined);
  const explained = findings.filter((f) => f.rule === 'LC303' || f.rule === 'LC316');
  const covered = (f: LintFinding): boolean => explained.some((q) => f.line >= q.line && f.line <= q.endLine);
  const kept = syntax.filter((f) => !(f.rule === 'LC301' && covered(f))).map((f) => ({ ...f }));
  const top = kept.find((f) => f.rule === 'LC301' && f.line === first);
  if (top && deadFrom !== undefined && deadFrom < top.line)
    top.message += ` Bash drops the whole command that starts at line ${deadFrom} (the if/case/loop/function around the error) too.`;
  return sortFindings([...findings, ...kept]);
}

/** Parses `text` (named `file` in findings) and runs `lintAll` on it. */
export function lintText(
  text: string,
  file = 'local.conf',
  ctx?: Partial<LintContext>,
  options: LintOptions = {},
): LintFinding[] {
  return lintAll(parseLocalConf(text, file), ctx, options);
}

/** One file for `lintMany`: its text and the name findings carry. */
export interface LintInput {
  text: string;
  file: string;
}

/** Options of `lintMany`. */
export interface LintManyOptions extends LintOptions {
  /** Checks all files' localrc at once when `syntaxCheck` is left unset. Default: `batchBashNoExec`. */
  batchCheck?: BashBatchChecker;
}

/**
 * `lintText` for many files: one findings list per input, in order, each equal to `lintText(text, file, ctx)`. The
 * `bash -n` checks start first, in a few bash processes (`createBatchBashChecker`), and run while this thread applies
 * the static rules. A `syntaxCheck` function checks one script at a time instead; `false` skips bash.
 */
export async function lintMany(
  inputs: readonly LintInput[],
  ctx?: Partial<LintContext>,
  options: LintManyOptions = {},
): Promise<LintFinding[][]> {
  const confs = inputs.map((i) => parseLocalConf(i.text, i.file));
  const { syntaxCheck } = options;
  if (syntaxCheck === false) return confs.map((c) => lintLocalConf(c, ctx));
  if (syntaxCheck) return confs.map((c) => lintAll(c, ctx, { syntaxCheck }));
  const syntax = checkLocalrcSyntaxMany(confs, options.batchCheck ?? batchBashNoExec);
  // while bash runs: the static rules as they are when bash finds no error (most files); redone for the others
  const clean = confs.map((c) => lintStatic(c, ctx, { syntaxErrorLine: undefined }));
  const checked = await syntax;
  return confs.map((c, i) => withSyntax(c, ctx, checked[i] as LintFinding[], clean[i]));
}
