/**
 * The local.conf linter (docs/local-conf.md#linter-pitfalls, docs/connectivity.md#doc-and-code-mismatches). Two passes:
 *
 * - `lintLocalConf`: every static rule; pure and synchronous (no child process, no file system).
 * - `checkLocalrcSyntax`: the real `bash -n` on the extracted localrc, through an injectable checker.
 *
 * `lintAll` and `lintText` run both (pass `{ syntaxCheck: false }` to skip bash, or a checker to replace it).
 * Findings are sorted by file, line, then rule id.
 */
import { parseLocalConf } from '../localconf/parse.js';
import type { LocalConf } from '../localconf/model.js';
import { analyse } from './analysis.js';
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

/** Runs every static rule on a parsed local.conf. Pure and synchronous; does not run bash. */
export function lintLocalConf(conf: LocalConf, ctx?: Partial<LintContext>): LintFinding[] {
  const a = analyse(conf, resolveContext(ctx));
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
  return sortFindings(out);
}

/**
 * The static rules plus the `bash -n` check. A bash error inside the lines of an LC303 finding (unterminated quote)
 * is dropped, since both describe the same problem.
 */
export function lintAll(conf: LocalConf, ctx?: Partial<LintContext>, options: LintOptions = {}): LintFinding[] {
  const findings = lintLocalConf(conf, ctx);
  const checker = options.syntaxCheck === undefined ? bashNoExec : options.syntaxCheck;
  if (checker === false) return findings;
  const quotes = findings.filter((f) => f.rule === 'LC303');
  const covered = (f: LintFinding): boolean => quotes.some((q) => f.line >= q.line && f.line <= q.endLine);
  const syntax = checkLocalrcSyntax(conf, checker).filter((f) => !(f.rule === 'LC301' && covered(f)));
  return sortFindings([...findings, ...syntax]);
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
