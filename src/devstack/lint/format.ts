/** Output formats for lint findings: one text line per finding, and the JSON the CLI prints. */
import type { LintFinding } from './types.js';

/** The JSON shape of a finding (`kdf lint --format json`): exactly these keys. */
export interface LintFindingJson {
  file: string;
  line: number;
  endLine: number;
  rule: string;
  severity: LintFinding['severity'];
  message: string;
}

/** `file:line: severity rule: message (fix: …)`, one line per finding, joined with newlines. */
export function formatText(findings: readonly LintFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line}: ${f.severity} ${f.rule}: ${f.message} (fix: ${f.fix})`).join('\n');
}

/** Findings as plain objects with exactly `file`, `line`, `endLine`, `rule`, `severity`, `message`. */
export function toJson(findings: readonly LintFinding[]): LintFindingJson[] {
  return findings.map(({ file, line, endLine, rule, severity, message }) => ({
    file,
    line,
    endLine,
    rule,
    severity,
    message,
  }));
}
