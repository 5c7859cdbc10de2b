/**
 * What the workflow event says about where to publish: the repository, the commit, the pull request, and whether the
 * token can write checks at all. Decided from the payload before any API call (field guide §10): pull requests from
 * forks and Dependabot-triggered runs get a read-only token, so `auto` mode must fall back to the job summary.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../runtime/errors.js';

/** A parsed webhook payload (only the fields used here are typed). */
export interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null } };
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
  /** Where `sha` came from, for the log. */
  shaSource: 'input' | 'event-file' | 'pull_request' | 'workflow_run' | 'GITHUB_SHA';
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

/**
 * Resolves repository, commit, pull request and write access.
 * Commit: the `commit` input, else the event file's pull request head / workflow_run head, else this event's pull
 * request head or workflow_run head (GITHUB_SHA is the merge commit or the default branch there), else GITHUB_SHA.
 * @throws ConfigurationError for a missing repository or commit, or a malformed `commit`
 */
export function resolveTarget(options: ResolveTargetOptions): PublishTarget {
  const { env, current, eventFile } = options;
  const repository = options.repository ?? env.GITHUB_REPOSITORY ?? '';
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(repository);
  if (!m?.[1] || !m[2]) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY must be 'owner/name' (got '${repository}'); outside Actions pass --repo.`,
      'GITHUB_REPOSITORY',
    );
  }
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let sha: string | undefined;
  let shaSource: PublishTarget['shaSource'] = 'GITHUB_SHA';
  if (options.commit !== undefined) {
    const c = options.commit.trim().toLowerCase();
    if (!SHA.test(c))
      throw new ConfigurationError(`Input 'commit' must be a full commit SHA (got '${options.commit}').`, 'commit');
    sha = c;
    shaSource = 'input';
  }
  if (!sha && eventFile) {
    sha =
      validSha(eventFile.pull_request?.head?.sha) ??
      validSha(eventFile.workflow_run?.head_sha) ??
      validSha(eventFile.head_commit?.id ?? undefined) ??
      validSha(eventFile.after);
    if (sha) shaSource = 'event-file';
  }
  if (!sha && PR_EVENTS.has(eventName.replace(/_target$/, '')) && validSha(current.pull_request?.head?.sha)) {
    sha = current.pull_request?.head?.sha;
    shaSource = 'pull_request';
  }
  if (!sha && eventName === 'workflow_run' && validSha(current.workflow_run?.head_sha)) {
    sha = current.workflow_run?.head_sha;
    shaSource = 'workflow_run';
  }
  if (!sha) {
    sha = validSha(env.GITHUB_SHA);
    shaSource = 'GITHUB_SHA';
  }
  if (!sha)
    throw new ConfigurationError("No commit to publish to: set the 'commit' input (GITHUB_SHA is not set).", 'commit');
  const pr =
    eventFile?.pull_request?.number ??
    eventFile?.workflow_run?.pull_requests?.[0]?.number ??
    current.pull_request?.number ??
    current.workflow_run?.pull_requests?.[0]?.number;
  const target: PublishTarget = { owner: m[1], repo: m[2], repository, eventName, sha, shaSource };
  if (typeof pr === 'number') target.pullRequest = pr;
  const ro = readOnlyReason(env, current, repository);
  if (ro) target.readOnly = ro;
  return target;
}
