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

/** Reads the pull-request facts from `GITHUB_EVENT_NAME` and the event payload. */
export function pullRequestContext(eventName: string, event: unknown, actor?: string): PullRequestContext {
  const pr = (event as EventPayload | undefined)?.pull_request;
  const isPullRequest = /^pull_request(_target)?$/.test(eventName) && pr !== undefined;
  if (!isPullRequest || !pr) return { isPullRequest: false, isFork: false, isDependabot: false };
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  // A deleted fork has head.repo null: treat it as a fork (its code is not the base repository's).
  const isFork =
    pr.head?.repo === null ||
    pr.head?.repo?.fork === true ||
    (head !== undefined && base !== undefined && head !== base);
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
