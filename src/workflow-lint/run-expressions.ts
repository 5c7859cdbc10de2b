/**
 * Project rule `run-expression`: no `${{ … }}` inside the `run:` script of a workflow step or a composite action step.
 *
 * The runner substitutes expressions into the script text before the shell sees it, so a value such as a pull
 * request title becomes shell code (script injection). Values go through `env:` and are read as `"$VAR"`.
 * Positions come from the YAML source, so block scalars (`run: |`) report the exact line of each expression.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { WorkflowFinding } from './finding.js';
import { position } from '../runtime/yaml-source.js';
import type { YamlSource } from '../runtime/yaml-source.js';

/** The rule id. */
export const RUN_EXPRESSION_RULE = 'run-expression';

/** Which kind of file is being checked: it decides where steps live. */
export type YamlFileKind = 'workflow' | 'action';

/** The step sequences of a file: `jobs.<id>.steps` of a workflow, `runs.steps` of an action. */
function stepSequences(src: YamlSource, kind: YamlFileKind): Node[] {
  const root = src.doc.contents;
  if (!isMap(root)) return [];
  if (kind === 'action') {
    const runs = root.get('runs', true);
    const steps = isMap(runs) ? runs.get('steps', true) : undefined;
    return steps ? [steps as Node] : [];
  }
  const jobs = root.get('jobs', true);
  if (!isMap(jobs)) return [];
  const out: Node[] = [];
  for (const pair of jobs.items) {
    const steps = isMap(pair.value) ? pair.value.get('steps', true) : undefined;
    if (steps) out.push(steps as Node);
  }
  return out;
}

/**
 * Finds every `${{ … }}` inside a step's `run:` script.
 * @param src the parsed file
 * @param kind workflow or action metadata
 * @returns one finding per expression, at the position of its `${{`
 */
export function checkRunExpressions(src: YamlSource, kind: YamlFileKind): WorkflowFinding[] {
  const findings: WorkflowFinding[] = [];
  for (const steps of stepSequences(src, kind)) {
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const run = step.get('run', true);
      if (!isScalar(run) || !run.range) continue;
      // Search the raw source of the scalar, not its value: offsets then map straight to file positions.
      const [start, end] = run.range;
      const raw = src.text.slice(start, end);
      for (const m of raw.matchAll(/\$\{\{([^\n]*?)(\}\}|$)/gm)) {
        const expr = m[1]?.trim() ?? '';
        findings.push({
          file: src.file,
          ...position(src, start + (m.index ?? 0)),
          rule: RUN_EXPRESSION_RULE,
          message: `"\${{ ${expr} }}" inside a run: script is substituted into the shell code (script injection); pass it through env: and use "$VAR"`,
        });
      }
    }
  }
  return findings;
}
