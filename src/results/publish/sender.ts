/**
 * Sends a planned check run. Writes go through the {@link WritePacer} one at a time; a write that failed in a way
 * that leaves its effect unknown (5xx, a dropped connection) is verified before it is repeated, so a retried create
 * never makes a second check run and a retried update never appends the same annotations twice:
 *
 * - after a failed `POST`, the run is looked up by `external_id` on the commit; if it exists, the create happened;
 * - after a failed `PATCH` with annotations, the run's `annotations_count` tells whether the batch landed.
 */
import { getErrorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import { annotationKey, type CheckAnnotation } from './annotations.js';
import type { PublishOctokitClient } from './octokit.js';
import type { WritePacer } from './pacer.js';
import { CHECK_RUN_ID_PLACEHOLDER, type PlannedRequest } from './planner.js';

/** A check run as far as the sender cares. */
export interface ExistingRun {
  id: number;
  htmlUrl?: string;
  annotationsCount: number;
}

/** What {@link CheckRunSender.send} did. */
export interface SendResult {
  id: number;
  htmlUrl?: string;
  /** Write requests that reached the server (retries included). */
  writes: number;
  /** Writes found to have been applied despite an error response. */
  recovered: number;
}

/** A write that failed for good. */
export class PublishError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'PublishError';
  }
}

/** Options of {@link CheckRunSender}. */
export interface SenderOptions {
  owner: string;
  repo: string;
  logger?: Logger;
  /** Attempts per write after an uncertain failure (default 5). */
  maxAttempts?: number;
  /** First backoff after an uncertain failure, doubled each time, when no `retry-after` is given (default 2000 ms). */
  backoffMs?: number;
}

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

function httpStatus(err: unknown): number | undefined {
  const s = (err as HttpError | undefined)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** An HTTP error's message with the network cause behind it (`fetch failed: connect ECONNREFUSED 127.0.0.1:9`). */
export function describeHttpError(err: unknown): string {
  const parts = [getErrorMessage(err)];
  let cause = (err as { cause?: unknown } | undefined)?.cause;
  for (let depth = 0; cause !== undefined && cause !== null && depth < 3; depth++) {
    const m = getErrorMessage(cause);
    if (m && !parts.includes(m)) parts.push(m);
    cause = (cause as { cause?: unknown }).cause;
  }
  return parts.join(': ');
}

/** `retry-after` of an error response, in milliseconds. */
export function retryAfterMs(err: unknown): number | undefined {
  const raw = (err as HttpError | undefined)?.response?.headers?.['retry-after'];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (Number.isFinite(n) && n >= 0) return n * 1000;
  const date = Date.parse(String(raw));
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** True when a failed write may or may not have been applied (server error or no response). */
export function isUncertain(err: unknown): boolean {
  const status = httpStatus(err);
  return status === undefined || status >= 500;
}

/** True for a rate-limit refusal (not applied; safe to repeat after waiting). */
export function isRateLimited(err: unknown): boolean {
  const status = httpStatus(err);
  const message = (err as HttpError | undefined)?.message ?? '';
  return status === 429 || (status === 403 && /rate limit/i.test(message));
}

/** Talks to the Checks API for one repository. */
export class CheckRunSender {
  private readonly owner: string;
  private readonly repo: string;
  private readonly logger?: Logger;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;

  constructor(
    private readonly octokit: PublishOctokitClient,
    private readonly pacer: WritePacer,
    options: SenderOptions,
  ) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.logger = options.logger;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? 2000;
  }

  /**
   * The run with `externalId` among the commit's runs named `name`, if any. Only runs whose `head_sha` is `sha`
   * count: the run found here is PATCHed, so a run on any other commit must never match, whatever the server returns.
   */
  async findExisting(name: string, sha: string, externalId: string): Promise<ExistingRun | undefined> {
    for (let page = 1; page <= 10; page++) {
      const res = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        owner: this.owner,
        repo: this.repo,
        ref: sha,
        check_name: name,
        filter: 'all',
        per_page: 100,
        page,
      });
      const runs = res.data.check_runs;
      const hit = runs.find((r) => r.external_id === externalId && r.head_sha === sha);
      if (hit)
        return {
          id: Number(hit.id),
          htmlUrl: hit.html_url ?? undefined,
          annotationsCount: hit.output.annotations_count,
        };
      if (runs.length < 100) return undefined;
    }
    return undefined;
  }

  /** One run's id, URL and annotation count. */
  async getRun(id: number): Promise<ExistingRun> {
    const res = await this.octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      owner: this.owner,
      repo: this.repo,
      check_run_id: id,
    });
    return {
      id: Number(res.data.id),
      htmlUrl: res.data.html_url ?? undefined,
      annotationsCount: res.data.output.annotations_count,
    };
  }

  /** Keys ({@link annotationKey}) of the annotations a run already has. */
  async annotationKeys(id: number): Promise<Set<string>> {
    const keys = new Set<string>();
    for (let page = 1; ; page++) {
      const res = await this.octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
        owner: this.owner,
        repo: this.repo,
        check_run_id: id,
        per_page: 100,
        page,
      });
      for (const a of res.data) {
        keys.add(
          annotationKey({
            path: a.path,
            start_line: a.start_line,
            end_line: a.end_line,
            annotation_level: (a.annotation_level ?? 'failure') as CheckAnnotation['annotation_level'],
            title: a.title ?? undefined,
            message: a.message ?? '',
          }),
        );
      }
      if (res.data.length < 100) return keys;
    }
  }

  /**
   * Sends `plan` in order.
   * @param identity name, commit and external id of the run (to find it after an uncertain create)
   * @param existing the run being updated, when the plan is all updates
   * @throws PublishError when a write fails for good
   */
  async send(
    plan: readonly PlannedRequest[],
    identity: { name: string; sha: string; externalId: string },
    existing?: ExistingRun,
  ): Promise<SendResult> {
    let id = existing?.id;
    let htmlUrl = existing?.htmlUrl;
    const base = existing?.annotationsCount ?? 0;
    let writes = 0;
    let recovered = 0;
    for (const [index, req] of plan.entries()) {
      const label = `${req.method} check run (request ${index + 1} of ${plan.length})`;
      for (let attempt = 1; ; attempt++) {
        if (req.path.includes(CHECK_RUN_ID_PLACEHOLDER) && id === undefined) {
          throw new PublishError(`${label}: no check run id (the create did not succeed).`);
        }
        const path = req.path.replace(CHECK_RUN_ID_PLACEHOLDER, String(id));
        try {
          writes++;
          const res = await this.pacer.write(() =>
            this.octokit.request(`${req.method} ${path}`, { data: req.body, request: { retries: 0 } }),
          );
          const data = res.data as { id: number; html_url?: string | null };
          id = data.id;
          htmlUrl = data.html_url ?? htmlUrl;
          break;
        } catch (err) {
          const status = httpStatus(err);
          const what = `${label} failed${status ? ` with HTTP ${status}` : ''}: ${describeHttpError(err)}`;
          const uncertain = isUncertain(err);
          if ((!uncertain && !isRateLimited(err)) || attempt >= this.maxAttempts) {
            throw new PublishError(what, status, err);
          }
          const wait = retryAfterMs(err) ?? this.backoffMs * 2 ** (attempt - 1);
          this.logger?.warning(
            `${what}. Retrying in ${Math.round(wait / 1000)}s (attempt ${attempt + 1} of ${this.maxAttempts}).`,
          );
          await this.pacer.sleep(wait);
          if (!uncertain) continue;
          const check = await this.applied(req, identity, id, base);
          if (check.applied) {
            recovered++;
            if (check.run) {
              id = check.run.id;
              htmlUrl = check.run.htmlUrl ?? htmlUrl;
            }
            this.logger?.info(`${label}: the server had applied it despite the error; not sending it again.`);
            break;
          }
        }
      }
    }
    if (id === undefined) throw new PublishError('No check run was created.');
    return { id, ...(htmlUrl ? { htmlUrl } : {}), writes, recovered };
  }

  /** Whether an uncertain write took effect (and, for a create, the run it made). */
  private async applied(
    req: PlannedRequest,
    identity: { name: string; sha: string; externalId: string },
    id: number | undefined,
    base: number,
  ): Promise<{ applied: boolean; run?: ExistingRun }> {
    try {
      if (req.method === 'POST') {
        const run = await this.findExisting(identity.name, identity.sha, identity.externalId);
        return run ? { applied: true, run } : { applied: false };
      }
      const sent = req.body.output.annotations?.length ?? 0;
      if (sent === 0 || id === undefined) return { applied: false }; // an update without annotations is safe to repeat
      const run = await this.getRun(id);
      return { applied: run.annotationsCount >= base + req.annotationsAfter, run };
    } catch (err) {
      this.logger?.debug(`Could not verify the failed write: ${getErrorMessage(err)}`);
      return { applied: false };
    }
  }
}
