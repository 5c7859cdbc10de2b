/** pullRequestContext: which pull requests count as coming from a fork (issue #14 item 7). */
import { describe, expect, it } from '@jest/globals';

import { pullRequestContext } from '../../../src/devstack/setup/fork.js';

const pr = (head: unknown, base = 'me/kdf') => ({
  pull_request: { number: 7, head: { sha: 'abc', repo: head }, base: { repo: { full_name: base } } },
});

describe('pullRequestContext: fork detection', () => {
  it('a same-repository PR in a repository that is itself a fork is not a fork PR', () => {
    const ctx = pullRequestContext('pull_request', pr({ full_name: 'me/kdf', fork: true }));
    expect(ctx).toMatchObject({ isPullRequest: true, isFork: false, headRepository: 'me/kdf' });
  });

  it('compares repository names case-insensitively', () => {
    expect(pullRequestContext('pull_request', pr({ full_name: 'Me/KDF', fork: true })).isFork).toBe(false);
  });

  it('a PR from another repository is a fork PR, whatever its fork flag says', () => {
    expect(pullRequestContext('pull_request', pr({ full_name: 'evil/kdf', fork: true })).isFork).toBe(true);
    expect(pullRequestContext('pull_request', pr({ full_name: 'evil/kdf', fork: false })).isFork).toBe(true);
    expect(pullRequestContext('pull_request_target', pr({ full_name: 'evil/kdf', fork: true })).isFork).toBe(true);
  });

  it('a deleted head repository stays a fork', () => {
    expect(pullRequestContext('pull_request', pr(null)).isFork).toBe(true);
  });

  it('without both names, the fork flag decides', () => {
    const noBase = { pull_request: { head: { repo: { fork: true } } } };
    expect(pullRequestContext('pull_request', noBase).isFork).toBe(true);
    const noBaseNotFork = { pull_request: { head: { repo: { full_name: 'me/kdf', fork: false } } } };
    expect(pullRequestContext('pull_request', noBaseNotFork).isFork).toBe(false);
  });

  it('a push is not a pull request', () => {
    expect(pullRequestContext('push', pr({ full_name: 'evil/kdf', fork: true }))).toEqual({
      isPullRequest: false,
      isFork: false,
      isDependabot: false,
    });
  });
});
