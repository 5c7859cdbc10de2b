/**
 * The one shape every workflow-lint rule reports, and its text form `file:line:col: [rule] message`.
 */
import { position, type YamlSource } from '../runtime/yaml-source.js';

/** A problem found in a workflow or action metadata file. Lines and columns are 1-based. */
export interface WorkflowFinding {
  /** Path as given to the linter (repository-relative when run from the CLI). */
  file: string;
  line: number;
  column: number;
  /** `actionlint:<kind>`, `action-schema`, `run-expression`, `pr-target-checkout`, `local-conf-event-data` or `yaml-syntax`. */
  rule: string;
  message: string;
}

/**
 * Formats a finding the way compilers do, so editors and problem matchers pick it up.
 * @param f the finding
 * @returns `file:line:col: [rule] message`
 */
export function formatFinding(f: WorkflowFinding): string {
  return `${f.file}:${f.line}:${f.column}: [${f.rule}] ${f.message}`;
}

/**
 * Orders findings by file, line, column, then rule, so output is stable.
 * @param findings findings in any order
 * @returns a new, sorted array
 */
export function sortFindings(findings: readonly WorkflowFinding[]): WorkflowFinding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

/** The rule id of YAML syntax errors. */
export const YAML_SYNTAX_RULE = 'yaml-syntax';

/**
 * One finding per YAML syntax error of a parsed file.
 * @param src the parsed source
 * @returns the findings (empty when the document parsed cleanly)
 */
export function yamlSyntaxFindings(src: YamlSource): WorkflowFinding[] {
  return src.doc.errors.map((err) => ({
    file: src.file,
    ...position(src, err.pos[0]),
    rule: YAML_SYNTAX_RULE,
    message: err.message.split('\n')[0] ?? err.code,
  }));
}
