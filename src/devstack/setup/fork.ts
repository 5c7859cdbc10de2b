/** Detects a pull request from a fork (or Dependabot) from the event payload, before anything runs on the host. */

export interface PullRequestContext {
  isPullRequest: boolean;
  isFork: boolean;
  isDependabot: boolean;
  headSha?: string;
  number?: number;
  headRepository?: string;
}

interface EventPayload {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string; fork?: boolean } | null };
    base?: { repo?: { full_name?: string } };
    user?: { login?: string };
  };
  sender?: { login?: string };
}

/**
 * Whether the head of a pull request lives in another repository than its base. `head.repo.fork` says whether the
 * head repository is a fork of anything, not whether it is this PR's base: a same-repository pull request in a
 * repository that is itself a fork has `fork: true`. So the full names decide (GitHub names are case-insensitive);
 * the flag is only the fallback when a name is missing. A deleted head repository (`null`) counts as a fork: its code
 * is not the base repository's.
 */
function isFromFork(
  repo: { full_name?: string; fork?: boolean } | null | undefined,
  head: string | undefined,
  base: string | undefined,
): boolean {
  if (repo === null) return true;
  if (head !== undefined && base !== undefined) return head.toLowerCase() !== base.toLowerCase();
  return repo?.fork === true;
}

/** Reads the pull-request facts from `GITHUB_EVENT_NAME` and the event payload. */
export function pullRequestContext(eventName: string, event: unknown, actor?: string): PullRequestContext {
  const pr = (event as EventPayload | undefined)?.pull_request;
  const isPullRequest = /^pull_request(_target)?$/.test(eventName) && pr !== undefined;
  if (!isPullRequest || !pr) return { isPullRequest: false, isFork: false, isDependabot: false };
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  const isFork = isFromFork(pr.head?.repo, head, base);
  const login = actor ?? (event as EventPayload).sender?.login ?? pr.user?.login ?? '';
  return {
    isPullRequest,
    isFork,
    isDependabot: login === 'dependabot[bot]',
    headSha: pr.head?.sha,
    number: pr.number,
    headRepository: head,
  };
}
