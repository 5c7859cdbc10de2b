/**
 * Least privilege in the shipped workflows: no actions/checkout leaves the token in .git/config for the code that
 * runs after it (DevStack, plugins, tests), and in the reusable workflow only the publish job can write checks.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../helpers/paths.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions?: Record<string, string> | string;
  jobs: Record<string, { permissions?: Record<string, string> | string; steps?: Step[] }>;
}

const WORKFLOWS = [
  ...readdirSync(join(REPO_ROOT, '.github', 'workflows')).map((f) => join('.github', 'workflows', f)),
  ...readdirSync(join(REPO_ROOT, 'workflows')).map((f) => join('workflows', f)),
].filter((f) => /\.ya?ml$/.test(f));

const load = (file: string): Workflow => parseYaml(readFileSync(join(REPO_ROOT, file), 'utf8')) as Workflow;

describe('workflow permissions', () => {
  it.each(WORKFLOWS)('%s: every actions/checkout has persist-credentials: false', (file) => {
    const checkouts = Object.entries(load(file).jobs).flatMap(([job, j]) =>
      (j.steps ?? [])
        .map((s, i) => ({ where: `${job}.steps[${i}]`, step: s }))
        .filter(({ step }) => step.uses?.startsWith('actions/checkout@')),
    );
    expect(
      checkouts.filter(({ step }) => step.with?.['persist-credentials'] !== false).map(({ where }) => where),
    ).toEqual([]);
  });

  it('the reusable workflow grants checks: write to the publish job only', () => {
    const wf = load(join('.github', 'workflows', 'kuryr-dragonflow.yml'));
    const writesChecks = (p: Workflow['permissions']): boolean =>
      p === 'write-all' || (typeof p === 'object' && p.checks === 'write');
    expect(writesChecks(wf.permissions)).toBe(false);
    const jobs = Object.entries(wf.jobs);
    expect(jobs.filter(([, j]) => writesChecks(j.permissions)).map(([name]) => name)).toEqual(['publish']);
    // every other job states its own read-only permissions rather than inheriting whatever the top level says
    for (const [name, j] of jobs.filter(([n]) => n !== 'publish')) {
      expect({ name, permissions: j.permissions }).toEqual({ name, permissions: { contents: 'read' } });
    }
  });
});
