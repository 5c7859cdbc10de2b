/** scripts/release-tag.sh against a real git repository: semver tags, the moving major tag, and its refusals. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import { REPO_ROOT } from '../helpers/paths.js';

const repo = mkdtempSync(join(tmpdir(), 'kdf-release-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@x',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@x',
};
const git = (...args: string[]): string => {
  const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
const tag = (...args: string[]) =>
  spawnSync(join(REPO_ROOT, 'scripts', 'release-tag.sh'), [...args, '--skip-dist-check'], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
const commit = (msg: string): string => {
  writeFileSync(join(repo, 'f'), msg);
  git('add', 'f');
  git('commit', '-qm', msg);
  return git('rev-parse', 'HEAD');
};

describe('scripts/release-tag.sh', () => {
  git('init', '-q');
  it('tags vX.Y.Z and moves vX along, refusing bad, existing and lower versions and a dirty tree', () => {
    const first = commit('one');
    expect(tag('1.0.0').status).toBe(0);
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(first);
    expect(git('rev-parse', 'v1^{commit}')).toBe(first);
    const second = commit('two');
    const r = tag('v1.1.0');
    expect(r.stdout).toContain(`tagged v1.1.0 and moved v1 to ${second}`);
    expect(git('rev-parse', 'v1^{commit}')).toBe(second);
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(first);
    expect(git('cat-file', '-t', 'v1.1.0')).toBe('tag'); // annotated
    for (const [args, message] of [
      [['1.1'], /not MAJOR.MINOR.PATCH/],
      [['1.1.0'], /v1.1.0 exists already/],
      [['1.0.5'], /lower than the newest v1 release v1.1.0/],
      [['2.0.0', 'nope'], /no such commit/],
    ] as [string[], RegExp][]) {
      const bad = tag(...args);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(message);
    }
    writeFileSync(join(repo, 'f'), 'dirty');
    expect(tag('1.2.0').stderr).toMatch(/uncommitted changes/);
    git('checkout', '--', 'f');
    expect(tag('2.0.0').status).toBe(0);
    expect(git('rev-parse', 'v2^{commit}')).toBe(second);
    expect(git('rev-parse', 'v1^{commit}')).toBe(second);
  });
});
