/**
 * What the workflow event says about where to publish: the repository, the commit, the pull request, and whether the
 * token can write checks at all. Decided from the payload before any API call
 * (docs/github-limits.md#permissions-and-forks): pull requests from forks and Dependabot-triggered runs get a read-only
 * token, so `auto` mode must fall back to the job summary.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../runtime/errors.js';

/** A parsed webhook payload (only the fields used here are typed). */
export interface EventPayload {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } | null };
  };
  workflow_run?: {
    head_sha?: string;
    event?: string;
    head_repository?: { full_name?: string } | null;
    pull_requests?: Array<{ number?: number }>;
  };
  after?: string;
  head_commit?: { id?: string } | null;
  sender?: { login?: string };
  repository?: { full_name?: string };
}

/** Where and how to publish. */
export interface PublishTarget {
  owner: string;
  repo: string;
  /** `owner/name`. */
  repository: string;
  eventName: string;
  /** The commit the check run attaches to. */
  sha: string;
  /** Where `sha` came from, for the log (never an event file: see {@link checkEventFile}). */
  shaSource: 'input' | 'pull_request' | 'workflow_run' | 'GITHUB_SHA';
  pullRequest?: number;
  /** Set when the token cannot write checks, with the reason. */
  readOnly?: string;
}

/** The environment variables used (GitHub's names). */
export interface EventEnv {
  GITHUB_REPOSITORY?: string;
  GITHUB_EVENT_NAME?: string;
  GITHUB_SHA?: string;
  GITHUB_ACTOR?: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const PR_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/** Events whose token keeps write access even when Dependabot or a fork triggered them. */
const PRIVILEGED_EVENTS = new Set(['pull_request_target', 'workflow_run', 'workflow_dispatch', 'schedule']);
const DEPENDABOT = 'dependabot[bot]';

/**
 * Reads and parses an event payload file.
 * @param input the input or variable that named the file, for the error
 * @throws ConfigurationError when the file cannot be read or is not a JSON object
 */
export function readEventPayload(path: string, input: string): EventPayload {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigurationError(
      `${input}: cannot read '${path}': ${(err as NodeJS.ErrnoException).code ?? String(err)}.`,
      input,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError(`${input}: '${path}' is not JSON: ${(err as Error).message}.`, input);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(`${input}: '${path}' is not a JSON object (an event payload).`, input);
  }
  return value as EventPayload;
}

function validSha(value: string | undefined): string | undefined {
  return value !== undefined && SHA.test(value) ? value : undefined;
}

/** Why the token of this run cannot write checks, or `undefined` when it can. */
export function readOnlyReason(env: EventEnv, current: EventPayload, repository: string): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (PRIVILEGED_EVENTS.has(event)) return undefined;
  if (PR_EVENTS.has(event)) {
    const head = current.pull_request?.head?.repo?.full_name;
    if (head === undefined || head === null || head.toLowerCase() !== repository.toLowerCase()) {
      return `this pull request comes from a fork (${head ?? 'a deleted repository'}), so the token is read-only`;
    }
  }
  const actor = env.GITHUB_ACTOR ?? current.sender?.login;
  if (actor === DEPENDABOT) return 'Dependabot triggered this run, so the token is read-only';
  return undefined;
}

/** Options of {@link resolveTarget}. */
export interface ResolveTargetOptions {
  env: EventEnv;
  /** The payload of this run's event (GITHUB_EVENT_PATH). */
  current: EventPayload;
  /** The payload from the `event-file` input (the workflow_run pattern), if given. */
  eventFile?: EventPayload;
  /** The `commit` input, if given. */
  commit?: string;
  /** Overrides GITHUB_REPOSITORY (CLI `--repo`). */
  repository?: string;
}

/** GitHub's spelling of an owner or repository name (letters, digits, `-`, `_`, `.`; not `.` or `..`). */
const NAME = /^(?!\.{1,2}$)[A-Za-z0-9_.-]+$/;

/**
 * Splits and checks `owner/name`.
 * @param source the variable or flag the value came from, for the error
 * @throws ConfigurationError naming `source` when the value is not `OWNER/NAME`
 */
export function parseRepository(value: string, source: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = value.split('/');
  if (owner === undefined || repo === undefined || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) {
    const hint = source === 'GITHUB_REPOSITORY' ? '; outside Actions pass --repo' : '';
    throw new ConfigurationError(
      `${source} must be OWNER/NAME (letters, digits, '-', '_' and '.'), got '${value}'${hint}.`,
      source,
    );
  }
  return { owner, repo };
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The commit the current event vouches for: the `commit` input (written by the workflow author), else this event's
 * pull request head or workflow_run head (GITHUB_SHA is the merge commit or the default branch there), else
 * GITHUB_SHA. Never anything from an event file.
 */
function trustedCommit(
  env: EventEnv,
  current: EventPayload,
  commit: string | undefined,
): Pick<PublishTarget, 'sha' | 'shaSource'> {
  if (commit !== undefined) {
    const c = commit.trim().toLowerCase();
    if (!SHA.test(c))
      throw new ConfigurationError(`Input 'commit' must be a full commit SHA (got '${commit}').`, 'commit');
    return { sha: c, shaSource: 'input' };
  }
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const prHead = validSha(current.pull_request?.head?.sha);
  if (PR_EVENTS.has(eventName.replace(/_target$/, '')) && prHead) return { sha: prHead, shaSource: 'pull_request' };
  const runHead = validSha(current.workflow_run?.head_sha);
  if (eventName === 'workflow_run' && runHead) return { sha: runHead, shaSource: 'workflow_run' };
  const sha = validSha(env.GITHUB_SHA);
  if (!sha)
    throw new ConfigurationError("No commit to publish to: set the 'commit' input (GITHUB_SHA is not set).", 'commit');
  return { sha, shaSource: 'GITHUB_SHA' };
}

/**
 * What an event file may add: the pull request number, and only when the file describes the very commit and
 * repositories the trusted side names. In the workflow_run pattern the file is an artifact of the run that tested
 * the pull request, which a fork controls; letting it choose the commit would let a fork put a green check on any
 * commit (and, through the external_id lookup, rewrite an existing one). A disagreement is refused rather than
 * ignored, because it means either a wrong file or a forged one.
 * @throws ConfigurationError naming `event-file`
 */
export function checkEventFile(
  file: EventPayload,
  trusted: { sha: string; repository: string; current: EventPayload },
): number | undefined {
  const refuse = (why: string): never => {
    throw new ConfigurationError(
      `event-file: ${why}; it must be the event payload of the run for ${trusted.repository}@${trusted.sha} ` +
        '(the commit comes from the current event, never from the file).',
      'event-file',
    );
  };
  const claimed =
    file.pull_request?.head?.sha ?? file.workflow_run?.head_sha ?? file.head_commit?.id ?? file.after ?? undefined;
  if (claimed === undefined) refuse('it names no head commit (pull_request.head.sha) to check it against');
  if (String(claimed).toLowerCase() !== trusted.sha)
    refuse(`its head commit ${String(claimed)} is not the one published`);
  for (const repo of [file.repository?.full_name, file.pull_request?.base?.repo?.full_name]) {
    if (typeof repo === 'string' && !sameName(repo, trusted.repository))
      refuse(`it belongs to repository ${repo}, not ${trusted.repository}`);
  }
  const head = file.pull_request?.head?.repo?.full_name;
  const trustedHead =
    trusted.current.workflow_run?.head_repository?.full_name ?? trusted.current.pull_request?.head?.repo?.full_name;
  if (typeof head === 'string' && typeof trustedHead === 'string' && !sameName(head, trustedHead))
    refuse(`its head repository ${head} is not ${trustedHead}, the one the current event names`);
  const number = file.pull_request?.number ?? file.workflow_run?.pull_requests?.[0]?.number;
  const known = (trusted.current.workflow_run?.pull_requests ?? []).flatMap((p) =>
    typeof p.number === 'number' ? [p.number] : [],
  );
  if (typeof number === 'number' && known.length > 0 && !known.includes(number))
    refuse(`its pull request #${number} is not among the current event's (${known.map((n) => `#${n}`).join(', ')})`);
  return typeof number === 'number' ? number : undefined;
}

/**
 * Resolves repository, commit, pull request and write access. The commit always comes from the trusted side (see
 * {@link trustedCommit}); an event file only adds the pull request number (see {@link checkEventFile}).
 * @throws ConfigurationError for a missing or malformed repository or commit, or an event file that disagrees
 */
export function resolveTarget(options: ResolveTargetOptions): PublishTarget {
  const { env, current, eventFile } = options;
  const repository = options.repository ?? env.GITHUB_REPOSITORY ?? '';
  const { owner, repo } = parseRepository(
    repository,
    options.repository !== undefined ? '--repo' : 'GITHUB_REPOSITORY',
  );
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const { sha, shaSource } = trustedCommit(env, current, options.commit);
  const fromFile = eventFile ? checkEventFile(eventFile, { sha, repository, current }) : undefined;
  const pr = fromFile ?? current.pull_request?.number ?? current.workflow_run?.pull_requests?.[0]?.number;
  const target: PublishTarget = { owner, repo, repository, eventName, sha, shaSource };
  if (typeof pr === 'number') target.pullRequest = pr;
  const ro = readOnlyReason(env, current, repository);
  if (ro) target.readOnly = ro;
  return target;
}
