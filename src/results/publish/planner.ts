/**
 * The pure request planner: results (annotations + rendered output) → the exact sequence of Checks API writes.
 *
 * One `POST /repos/{owner}/{repo}/check-runs` carries the first 50 annotations; each further 50 go in a
 * `PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}` (GitHub appends annotations on update). The last request
 * completes the run with its conclusion. Total writes = max(1, ⌈k/50⌉). When a run with our `external_id` already
 * exists for the commit (a re-run), every request is a PATCH of that run and annotations it already has are skipped.
 */
import { annotationKey, type CheckAnnotation } from './annotations.js';
import { GITHUB_LIMITS } from './limits.js';

/** Check-run conclusions publish-results uses. */
export type CheckConclusion = 'success' | 'failure' | 'neutral';

/** `output` of a check-run request. */
export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

/** Body of a create or update request, exactly as sent. */
export interface CheckRunBody {
  name?: string;
  head_sha?: string;
  external_id?: string;
  status?: 'in_progress' | 'completed';
  conclusion?: CheckConclusion;
  output: CheckRunOutput;
}

/** Placeholder for the check run id in planned paths until the run exists. */
export const CHECK_RUN_ID_PLACEHOLDER = '{check_run_id}';

/** One planned write. */
export interface PlannedRequest {
  method: 'POST' | 'PATCH';
  /** Path below the API base, e.g. `/repos/o/r/check-runs/{check_run_id}`. */
  path: string;
  body: CheckRunBody;
  /** Annotations this plan has sent once this request is applied (to verify an uncertain write). */
  annotationsAfter: number;
}

/** Everything the planner needs. */
export interface PlanInput {
  owner: string;
  repo: string;
  /** Check name. */
  name: string;
  headSha: string;
  externalId: string;
  title: string;
  summary: string;
  text?: string;
  annotations: readonly CheckAnnotation[];
  conclusion: CheckConclusion;
  /** An existing run with our external id: its id and the keys of the annotations it already has. */
  existing?: { id: number; annotationKeys?: ReadonlySet<string> };
}

/** `external_id` for a check name on a commit: stable across re-runs, so a re-run finds its earlier run. */
export function externalIdFor(name: string, headSha: string): string {
  return `kuryr-dragonflow-actions/publish-results:${name}@${headSha}`;
}

/** Splits `items` into chunks of `size` (at least one chunk, possibly empty). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/** Number of write requests for `k` annotations: max(1, ⌈k/50⌉). */
export function writeRequestCount(k: number): number {
  return Math.max(1, Math.ceil(k / GITHUB_LIMITS.annotationsPerRequest));
}

/** Plans the writes for one check run. Pure: same input, same requests. */
export function planCheckRun(input: PlanInput): PlannedRequest[] {
  const base = `/repos/${encodeURIComponent(input.owner)}/${encodeURIComponent(input.repo)}/check-runs`;
  const have = input.existing?.annotationKeys;
  const annotations = have ? input.annotations.filter((a) => !have.has(annotationKey(a))) : input.annotations;
  const batches = chunk(annotations, GITHUB_LIMITS.annotationsPerRequest);
  const runPath = `${base}/${input.existing ? input.existing.id : CHECK_RUN_ID_PLACEHOLDER}`;
  const requests: PlannedRequest[] = [];
  let sent = 0;
  batches.forEach((batch, i) => {
    const last = i === batches.length - 1;
    const output: CheckRunOutput = { title: input.title, summary: input.summary };
    if (input.text !== undefined) output.text = input.text;
    if (batch.length > 0) output.annotations = batch;
    sent += batch.length;
    const body: CheckRunBody = { output };
    if (i === 0 && !input.existing) {
      body.name = input.name;
      body.head_sha = input.headSha;
      body.external_id = input.externalId;
    }
    if (last) {
      body.status = 'completed';
      body.conclusion = input.conclusion;
    } else if (i === 0 && !input.existing) {
      body.status = 'in_progress';
    }
    requests.push({
      method: i === 0 && !input.existing ? 'POST' : 'PATCH',
      path: i === 0 && !input.existing ? base : runPath,
      body,
      annotationsAfter: sent,
    });
  });
  return requests;
}
