/**
 * `.ci/run` runs the e2e files in the groups of test/e2e/groups.json at the same time: every file must be in exactly
 * one group, so that none drops out of CI, and scripts/e2e-group.mjs refuses when they disagree.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { REPO_ROOT } from '../helpers/paths.js';

type GroupModule = {
  groupProblems: (groups: Record<string, string[]>, files: string[]) => string[];
  readGroups: () => Record<string, string[]>;
  e2eFiles: () => string[];
};

const script = join(REPO_ROOT, 'scripts', 'e2e-group.mjs');
const load = async (): Promise<GroupModule> => (await import(script)) as GroupModule;

describe('e2e groups', () => {
  it('put every test/e2e/*.test.ts in exactly one group', async () => {
    const m = await load();
    expect(m.groupProblems(m.readGroups(), m.e2eFiles())).toEqual([]);
    const listed = Object.values(m.readGroups()).flat().sort();
    expect(listed).toEqual(m.e2eFiles());
  });

  it('name a file in no group, one in two groups and one that does not exist', async () => {
    const m = await load();
    expect(m.groupProblems({ a: ['x', 'y'], b: ['y', 'gone'] }, ['x', 'y', 'new'])).toEqual([
      'y is in groups a and b',
      'gone (group b) has no test/e2e/gone.test.ts',
      'test/e2e/new.test.ts is in no group of test/e2e/groups.json',
    ]);
  });

  it('the script prints a group as paths and refuses an unknown group with exit 2', () => {
    const ok = spawnSync(process.execPath, [script, 'cluster'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\n')).toContain('test/e2e/connectivity.test.ts');
    const bad = spawnSync(process.execPath, [script, 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/usage: e2e-group\.mjs <cluster\|cloud>/);
  });
});
