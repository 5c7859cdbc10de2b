/**
 * Navigation shared by the project's workflow rules: the triggers of a workflow, its jobs, and the steps of a
 * workflow or of a composite action, each with the `env:` maps in force.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { YamlSource } from '../runtime/yaml-source.js';

/** One step, its job (none for a composite action's step), and the `env:` maps from the outermost inwards. */
export interface StepContext {
  step: YAMLMap;
  job?: YAMLMap;
  envs: YAMLMap[];
}

/** The value of a map entry when it is a map. */
export function mapAt(node: unknown, key: string): YAMLMap | undefined {
  const v = isMap(node) ? node.get(key, true) : undefined;
  return isMap(v) ? v : undefined;
}

/** The string value of a scalar map entry. */
export function stringAt(node: unknown, key: string): string | undefined {
  const v = isMap(node) ? node.get(key, true) : undefined;
  return isScalar(v) && typeof v.value === 'string' ? v.value : undefined;
}

/**
 * The event names a workflow runs on: `on: push`, `on: [push, pull_request]` or the keys of an `on:` map.
 * @param src the parsed workflow
 * @returns the event names
 */
export function workflowTriggers(src: YamlSource): string[] {
  const root = src.doc.contents;
  const on = (isMap(root) ? root.get('on', true) : undefined) as Node | undefined;
  if (isScalar(on)) return [String(on.value)];
  if (isSeq(on)) return on.items.filter(isScalar).map((i) => String(i.value));
  if (isMap(on)) return on.items.map((p) => String((p.key as { value?: unknown } | null)?.value ?? ''));
  return [];
}

/**
 * The jobs of a workflow.
 * @param src the parsed workflow
 * @returns each job's map
 */
export function workflowJobs(src: YamlSource): YAMLMap[] {
  const jobs = mapAt(src.doc.contents, 'jobs');
  return (jobs?.items ?? []).map((p) => p.value).filter((v): v is YAMLMap => isMap(v));
}

/**
 * Every step of a workflow (`jobs.<id>.steps`) or a composite action (`runs.steps`), with the env maps in force.
 * @param src the parsed file
 * @param kind workflow or action metadata
 * @returns the steps in file order
 */
export function stepContexts(src: YamlSource, kind: 'workflow' | 'action'): StepContext[] {
  const root = src.doc.contents;
  const stepsOf = (parent: unknown): YAMLMap[] => {
    const steps = isMap(parent) ? parent.get('steps', true) : undefined;
    return isSeq(steps) ? steps.items.filter((s): s is YAMLMap => isMap(s)) : [];
  };
  const withEnv = (maps: (YAMLMap | undefined)[]): YAMLMap[] => maps.filter((m): m is YAMLMap => m !== undefined);
  if (kind === 'action') {
    return stepsOf(mapAt(root, 'runs')).map((step) => ({ step, envs: withEnv([mapAt(step, 'env')]) }));
  }
  const global = mapAt(root, 'env');
  return workflowJobs(src).flatMap((job) =>
    stepsOf(job).map((step) => ({ step, job, envs: withEnv([global, mapAt(job, 'env'), mapAt(step, 'env')]) })),
  );
}

/**
 * The raw source text of a node and its start offset (expressions in block scalars keep their exact position).
 * @param src the parsed file
 * @param node a node of `src.doc`
 * @returns the text and offset, or undefined when the node has no range
 */
export function sourceOf(src: YamlSource, node: Node | null | undefined): { text: string; start: number } | undefined {
  if (!node?.range) return undefined;
  const [start, end] = node.range;
  return { text: src.text.slice(start, end), start };
}
