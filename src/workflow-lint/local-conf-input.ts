/**
 * Project rule `local-conf-event-data`: event data (`github.event.*`, `github.head_ref`) flowing into a local.conf
 * input (`local-conf`, `local-conf-file`, `overcloud-local-conf`, `overcloud-local-conf-file`) of a step or of a
 * reusable-workflow call. DevStack sources the localrc block with bash and evals header file names, INI section
 * names, keys and values, so text that whoever opens a pull request or an issue can write would run as commands on
 * the runner. Input names are matched on any action: they are this project's, and any DevStack local.conf is read
 * the same way. One level of `env:` indirection (`${{ env.X }}` with `X: ${{ github.event… }}`) is followed.
 */
import { isMap, isScalar } from 'yaml';
import type { YAMLMap } from 'yaml';
import type { WorkflowFinding } from './finding.js';
import { mapAt, sourceOf, stepContexts, stringAt, workflowJobs } from './workflow-steps.js';
import type { YamlFileKind } from './run-expressions.js';
import { position } from '../runtime/yaml-source.js';
import type { YamlSource } from '../runtime/yaml-source.js';

/** The rule id. */
export const LOCAL_CONF_EVENT_DATA_RULE = 'local-conf-event-data';

/** Inputs whose value becomes (or names) local.conf text. */
export const LOCAL_CONF_INPUTS: readonly string[] = [
  'local-conf',
  'local-conf-file',
  'overcloud-local-conf',
  'overcloud-local-conf-file',
];

/** Contexts written by whoever triggers the event (`github.event_path` and `github.event_name` are not). */
const UNTRUSTED = /\bgithub\.(?:event\b(?!_)(?:\.[\w*-]+|\[[^\]]*\])*|head_ref\b)/;

/** The `env:` entry `name` from the innermost map that defines it. */
function envValue(envs: readonly YAMLMap[], name: string): string | undefined {
  for (const env of [...envs].reverse()) {
    const v = stringAt(env, name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Why an expression is untrusted: it reads event data, or an env variable set from event data. */
function untrustedSource(expr: string, envs: readonly YAMLMap[]): string | undefined {
  const direct = UNTRUSTED.exec(expr);
  if (direct) return `reads ${direct[0]}`;
  for (const m of expr.matchAll(/\benv\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const value = envValue(envs, m[1] as string);
    const inner = value !== undefined ? UNTRUSTED.exec(value) : null;
    if (inner) return `reads env.${m[1]}, which is set from ${inner[0]}`;
  }
  return undefined;
}

/** Findings for the local.conf inputs of one `with:` map. */
function checkInputs(src: YamlSource, inputs: YAMLMap | undefined, envs: readonly YAMLMap[]): WorkflowFinding[] {
  const out: WorkflowFinding[] = [];
  for (const pair of inputs?.items ?? []) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!LOCAL_CONF_INPUTS.includes(name) || !isScalar(pair.value)) continue;
    const raw = sourceOf(src, pair.value);
    if (!raw) continue;
    for (const m of raw.text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
      const why = untrustedSource(m[1] ?? '', envs);
      if (!why) continue;
      out.push({
        file: src.file,
        ...position(src, raw.start + (m.index ?? 0)),
        rule: LOCAL_CONF_EVENT_DATA_RULE,
        message: `${name}: "\${{${m[1]}}}" ${why}, text that whoever triggers the event writes; ${name.endsWith('-file') ? 'it picks the file whose text becomes local.conf, and ' : ''}DevStack sources localrc with bash and evals header file names, INI sections, keys and values, so that text would run as commands on the runner. Pass fixed text, or map the event to a fixed choice (e.g. a profile name) in the workflow`,
      });
    }
  }
  return out;
}

/**
 * Finds event data flowing into local.conf inputs: steps (`with:`) of a workflow or composite action, and calls of
 * reusable workflows (`jobs.<id>.with`).
 * @param src the parsed file
 * @param kind workflow or action metadata
 * @returns one finding per offending expression, at its `${{`
 */
export function checkLocalConfInputs(src: YamlSource, kind: YamlFileKind): WorkflowFinding[] {
  const out: WorkflowFinding[] = [];
  for (const { step, envs } of stepContexts(src, kind)) out.push(...checkInputs(src, mapAt(step, 'with'), envs));
  if (kind === 'workflow') {
    const global = mapAt(src.doc.contents, 'env');
    for (const job of workflowJobs(src)) {
      if (!isMap(job) || stringAt(job, 'uses') === undefined) continue;
      const envs = [global, mapAt(job, 'env')].filter((m): m is YAMLMap => m !== undefined);
      out.push(...checkInputs(src, mapAt(job, 'with'), envs));
    }
  }
  return out;
}
