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
import { analyse, type SyntaxFacts } from './analysis.js';
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
  const syntax = checkLocalrcSyntax(conf, checker);
  const ran = !syntax.some((f) => f.rule === 'LC313');
  const first = syntax.find((f) => f.rule === 'LC301')?.line;
  const { findings, deadFrom } = lintStatic(conf, ctx, ran ? { syntaxErrorLine: first } : undefined);
  const explained = findings.filter((f) => f.rule === 'LC303' || f.rule === 'LC316');
  const covered = (f: LintFinding): boolean => explained.some((q) => f.line >= q.line && f.line <= q.endLine);
  const kept = syntax.filter((f) => !(f.rule === 'LC301' && covered(f)));
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
