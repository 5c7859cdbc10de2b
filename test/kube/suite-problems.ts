/** Shared by the suite load-rule tests: the problems a suite text has, and a suite around some workloads. */
import { SuiteError, parseSuite } from '../../src/kube/suite.js';

/** `line:column message` of every problem of a suite text (none when it loads). */
export function suiteProblems(text: string, file = 'suite.yaml'): string[] {
  try {
    parseSuite(text, file);
    return [];
  } catch (err) {
    if (err instanceof SuiteError) return err.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    throw err;
  }
}

/** A suite named `name` whose `workloads:` list is `workloads` (YAML items, each line ending in a newline). */
export const suiteWithWorkloads = (name: string, workloads: string): string =>
  `name: ${name}\nworkloads:\n${workloads}scenarios:\n  - {name: s, kind: state, check: pods-running}\n`;
