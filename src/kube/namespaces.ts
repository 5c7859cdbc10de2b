/**
 * The extra namespaces of a suite (`namespaces`): created with their labels before the workloads, named
 * `<run namespace>-<name>`, and deleted when the run finishes (with the run's own namespace, if it made that one).
 */
import { getErrorMessage } from '../runtime/errors.js';
import type { Kubectl } from './kubectl.js';
import type { Run } from './run.js';
import type { Suite } from './suite.js';

/** The label every namespace the toolkit creates carries. */
export const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'kuryr-dragonflow-actions' } as const;

/** The real name of the suite namespace `key` ('' = the run's namespace). */
export function realNamespace(runNamespace: string, key: string): string {
  return key === '' ? runNamespace : `${runNamespace}-${key}`;
}

/**
 * Applies the suite's namespaces with their labels (an existing one is updated, not replaced).
 * @returns suite key -> real name, with '' -> the run's namespace
 */
export async function createNamespaces(run: Run, suite: Suite): Promise<Map<string, string>> {
  const { namespace } = run.settings;
  const out = new Map<string, string>([['', namespace]]);
  for (const ns of suite.namespaces ?? []) {
    const name = realNamespace(namespace, ns.name);
    run.step(`suite ${suite.name}: namespace ${name}`);
    if (!run.extraNamespaces.includes(name)) run.extraNamespaces.push(name);
    const metadata = { name, labels: { ...ns.labels, ...MANAGED_BY } };
    await run.deps.kubectl.apply({ apiVersion: 'v1', kind: 'Namespace', metadata }, false);
    out.set(ns.name, name);
  }
  return out;
}

/** Deletes the extra namespaces the run created (never throws: a leftover is a warning). */
export async function deleteNamespaces(run: Run, kubectl: Kubectl): Promise<void> {
  for (const name of run.extraNamespaces) {
    try {
      await kubectl.inNamespace(name).deleteNamespace();
      run.deps.logger.info(`deleted namespace ${name}`);
    } catch (err) {
      run.deps.logger.warning(`could not delete namespace ${name}: ${getErrorMessage(err)}`);
    }
  }
}
