/**
 * publish-results end to end, behind ports so the action, the CLI and the tests share it:
 *
 *  1. resolve the target (repository, commit, pull request, write access) from the event — no network;
 *  2. read every results file through the streaming parsers into a bounded collector;
 *  3. build annotations and render the job summary, and write the summary — still no network, so if GitHub is down
 *     nothing is lost;
 *  4. publish: a check run (find an earlier one by `external_id`, plan, send paced writes), or, when the token is
 *     read-only (fork, Dependabot) or `mode: summary`, workflow-command annotations within their per-step limits;
 *  5. append the outcome (link or failure) to the job summary and set the outputs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError, getErrorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import { buildAnnotations, selectAnnotations, type AnnotationSet } from './annotations.js';
import { ResultsCollector, type Totals } from './collector.js';
import { readEventPayload, resolveTarget, type EventEnv, type EventPayload, type PublishTarget } from './event.js';
import { expandResultGlobs } from './files.js';
import { GITHUB_LIMITS } from './limits.js';
import { Locator } from './locate.js';
import { createOctokit, type CreateOctokitOptions, type PublishOctokitClient } from './octokit.js';
import { systemClock, WritePacer, type Clock } from './pacer.js';
import { externalIdFor, planCheckRun, type CheckConclusion, type PlannedRequest } from './planner.js';
import { readResultsFiles, sourceDir } from './read.js';
import { CheckRunSender, describeHttpError, PublishError, type SendResult } from './sender.js';
import { SummaryRenderer, type SummaryContext, type SummarySection } from './summary/renderer.js';
import { inlineText } from './summary/markdown.js';
import { defaultSections, totalsPhrase } from './summary/sections.js';
import { emitWorkflowAnnotations } from './workflow-annotations.js';

export const PUBLISH_MODES = ['auto', 'check-run', 'summary'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];
export const FAIL_ON = ['failure', 'error', 'never'] as const;
/**
 * Default `annotations-limit`: 1000 annotations are 20 paced writes (well under a minute), and the collector then keeps
 * a bounded number of failures, so memory does not grow with the size of the results. `0` publishes all.
 */
export const DEFAULT_ANNOTATIONS_LIMIT = 1000;
export type FailOn = (typeof FAIL_ON)[number];

/** Settings, as the action inputs or CLI flags give them (already validated). */
export interface PublishSettings {
  /** Globs (already split). */
  results: string[];
  /** Check name. */
  name: string;
  token?: string;
  /** Where the token comes from, for the error when it is missing (default: the `token` input). */
  tokenSource?: string;
  mode: PublishMode;
  /** 0 = all. */
  annotationsLimit: number;
  failOn: FailOn;
  commit?: string;
  /** Path of an uploaded event payload (workflow_run pattern). */
  eventFile?: string;
  /** Overrides GITHUB_REPOSITORY. */
  repository?: string;
  /** Write `requests.json` and `summary.md` here instead of calling GitHub. */
  dryRunDir?: string;
}

/** Writes the job summary (appends). */
export interface JobSummarySink {
  append(markdown: string): Promise<void>;
}

/** What publishing needs from its environment. */
export interface PublishPorts {
  logger: Logger;
  /** Environment (GITHUB_* variables). */
  env: Readonly<Record<string, string | undefined>>;
  /** Where relative globs start (default: GITHUB_WORKSPACE, else the process cwd). */
  cwd?: string;
  jobSummary?: JobSummarySink;
  clock?: Clock;
  /** Builds the API client (tests inject fetch or a different base). */
  octokit?: (options: CreateOctokitOptions) => PublishOctokitClient;
  /** Extra summary sections for this run (fresh instances: sections may keep per-run state in their observer). */
  sections?: SummarySection[];
  /** Read-retry backoff base for the client, in ms (tests shorten it). */
  readRetryBaseMs?: number;
  /** Sender backoff after an uncertain write without retry-after, in ms. */
  writeBackoffMs?: number;
}

/** What happened. */
export interface PublishOutcome {
  target: PublishTarget;
  /** How results were published. */
  mode: 'check-run' | 'summary' | 'dry-run';
  /** Why `auto` chose `summary`, or why publishing degraded. */
  reason?: string;
  totals: Totals;
  conclusion: CheckConclusion;
  /** True when `fail-on` says the step must fail. */
  failStep: boolean;
  failMessage?: string;
  checkRunId?: number;
  checkRunUrl?: string;
  /** Annotations published (check-run annotations or workflow commands). */
  annotations: number;
  /** Annotations left out (limit, per-step cap, not kept). */
  annotationsOmitted: number;
  /** Planned requests (check-run and dry-run modes). */
  requests?: PlannedRequest[];
  send?: SendResult;
  /** Set when the check run could not be written. */
  publishError?: string;
  /** The job summary as written (before the outcome note). */
  jobSummary: string;
}

/** Conclusion and step verdict for the totals under `failOn`. */
export function decideConclusion(
  totals: Totals,
  failOn: FailOn,
): { conclusion: CheckConclusion; failStep: boolean; failMessage?: string } {
  const failing = totals.failed + totals.error + totals.findings.failure;
  const nothing =
    totals.total === 0 && totals.findings.notice + totals.findings.warning + totals.findings.failure === 0;
  const trigger = failOn === 'failure' ? failing > 0 : failOn === 'error' ? totals.error > 0 : false;
  if (trigger) {
    const what =
      failOn === 'error'
        ? `${totals.error} error(s)`
        : `${totals.failed} failed, ${totals.error} error(s), ${totals.findings.failure} failure finding(s)`;
    return { conclusion: 'failure', failStep: true, failMessage: `Results have ${what} (fail-on: ${failOn}).` };
  }
  return { conclusion: failing > 0 || nothing ? 'neutral' : 'success', failStep: false };
}

function currentPayload(env: PublishPorts['env']): EventPayload {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return readEventPayload(path, 'GITHUB_EVENT_PATH');
  } catch {
    return {};
  }
}

/** Space kept free in the job summary for the note appended after publishing. */
const OUTCOME_NOTE_RESERVE = 4096;

/** Runs publish-results. Throws ConfigurationError for bad settings; publishing failures end up in the outcome. */
export async function publishResults(settings: PublishSettings, ports: PublishPorts): Promise<PublishOutcome> {
  const { logger, env } = ports;
  if (settings.token) logger.addSecret(settings.token);
  const root = resolve(env.GITHUB_WORKSPACE ?? ports.cwd ?? process.cwd());
  const cwd = resolve(ports.cwd ?? root);
  // 1. Target, from the event alone; 2. results; 3. job summary, before any network call; 4. publish.
  const { target, mode, reason } = chooseTarget(settings, ports, cwd);
  const p = await readAll(settings, ports, { target, mode, reason, root, cwd });
  await writeJobSummary(p);
  if (mode === 'dry-run') return writeDryRun(p);
  if (mode === 'summary') {
    annotateInSummaryMode(p);
    const shown = `${p.outcome.annotations} shown as workflow annotations`;
    await appendNote(ports, logger, `Annotations: ${shown} (at most ${PER_LEVEL} per level and step).`);
    return p.outcome;
  }
  return sendCheckRun(p);
}

const PER_LEVEL = GITHUB_LIMITS.workflowAnnotationsPerLevel;

/** Everything one publication works with, once the results are read. */
interface Publication {
  settings: PublishSettings;
  ports: PublishPorts;
  logger: Logger;
  target: PublishTarget;
  cwd: string;
  renderer: SummaryRenderer;
  set: AnnotationSet;
  chosen: ReturnType<typeof selectAnnotations>;
  /** The summary's context for `target` (job summary or check run). */
  context(target: SummaryContext['target']): SummaryContext;
  outcome: PublishOutcome;
}

/** Where the results go (repository, commit, pull request) and how: check run, summary only, or dry run. */
function chooseTarget(
  settings: PublishSettings,
  ports: PublishPorts,
  cwd: string,
): { target: PublishTarget; mode: PublishOutcome['mode']; reason?: string } {
  const { logger, env } = ports;
  const eventFile = settings.eventFile ? readEventPayload(resolve(cwd, settings.eventFile), 'event-file') : undefined;
  const target = resolveTarget({
    env: env as EventEnv,
    current: currentPayload(env),
    eventFile,
    commit: settings.commit,
    repository: settings.repository,
  });
  let mode: PublishOutcome['mode'] = settings.dryRunDir ? 'dry-run' : 'check-run';
  let reason: string | undefined;
  if (!settings.dryRunDir) {
    if (settings.mode === 'summary') {
      mode = 'summary';
      reason = "mode is 'summary'";
    } else if (target.readOnly) {
      if (settings.mode === 'auto') {
        mode = 'summary';
        reason = target.readOnly;
      } else {
        logger.warning(`mode is 'check-run' but ${target.readOnly}: creating the check run will probably fail.`);
      }
    }
  }
  if (mode === 'check-run' && !settings.token) {
    // Unauthenticated calls would only fail after retries (and exit as a publishing failure): refuse up front.
    // `input` is the stage input's own name, which the root action maps to its `github-token`.
    throw new ConfigurationError(
      `${settings.tokenSource ?? "Input 'token'"} is not set: writing a check run needs a token with 'checks: write' (or publish with mode 'summary', or a dry run).`,
      settings.tokenSource ?? 'token',
    );
  }
  logger.info(
    `Publishing to ${target.repository}@${target.sha} (${target.shaSource}${target.pullRequest ? `, PR #${target.pullRequest}` : ''}) as '${settings.name}', mode ${mode}${reason ? `: ${reason}` : ''}.`,
  );
  return { target, mode, reason };
}

/** Reads every results file, builds the annotations and the verdict, and starts the outcome. */
async function readAll(
  settings: PublishSettings,
  ports: PublishPorts,
  where: { target: PublishTarget; mode: PublishOutcome['mode']; reason?: string; root: string; cwd: string },
): Promise<Publication> {
  const { logger } = ports;
  const { target, mode, reason, root } = where;
  const renderer = new SummaryRenderer([...defaultSections(), ...(ports.sections ?? [])]);
  const limit = settings.annotationsLimit;
  const collector = new ResultsCollector({
    keepFailures: limit > 0 ? Math.max(limit, 200) : Number.POSITIVE_INFINITY,
    keepFindings: limit > 0 ? Math.max(limit, 200) : Number.POSITIVE_INFINITY,
    observers: renderer.observers(),
  });
  const files = await expandResultGlobs(settings.results, where.cwd);
  await logger.group(`Reading ${files.length} results file(s)`, async () => {
    await readResultsFiles(files, collector, { root });
    for (const f of collector.files) {
      logger.info(`${f.display}: ${f.format}, ${f.cases} case(s)${f.problem ? ` — problem: ${f.problem}` : ''}`);
      if (f.problem) logger.warning(`${f.display}: ${f.problem}`);
    }
  });
  const set: AnnotationSet = buildAnnotations(collector, { locator: new Locator({ root }), baseDir: sourceDir });
  const totals = collector.totals;
  const verdict = decideConclusion(totals, settings.failOn);
  const chosen = selectAnnotations(set, limit);
  const notes: string[] = [];
  if (mode === 'summary') {
    notes.push(
      `No check run was written: ${inlineText(reason ?? '')}. Failures are listed below, and the first ${PER_LEVEL} of each level are shown as annotations. ` +
        'To get every failure annotated on pull requests from forks, publish from a `workflow_run` workflow (see the publish-results README).',
    );
  }
  if (mode !== 'summary' && chosen.omitted > 0) notes.push(omittedNote(chosen.entries.length, chosen.omitted, limit));
  const context = (t: SummaryContext['target']): SummaryContext => ({
    name: settings.name,
    target: t,
    totals,
    collector,
    annotations: set,
    conclusion: verdict.conclusion,
    notes: [...notes],
    commit: target.sha,
  });
  const outcome: PublishOutcome = {
    target,
    mode,
    ...(reason ? { reason } : {}),
    totals,
    ...verdict,
    annotations: 0,
    annotationsOmitted: 0,
    jobSummary: '',
  };
  return { settings, ports, logger, target, cwd: where.cwd, renderer, set, chosen, context, outcome };
}

/** The job summary, written before any network call (a failed write is a warning). */
async function writeJobSummary(p: Publication): Promise<void> {
  p.outcome.jobSummary = p.renderer.render(
    p.context('job-summary'),
    GITHUB_LIMITS.jobSummaryBytes - OUTCOME_NOTE_RESERVE,
  );
  if (!p.ports.jobSummary) return;
  try {
    await p.ports.jobSummary.append(p.outcome.jobSummary);
  } catch (err) {
    p.logger.warning(`Could not write the job summary: ${getErrorMessage(err)}`);
  }
}

/** The check run's requests (a new run, or an update of `existing`). */
function plan(p: Publication, existing?: { id: number; annotationKeys?: ReadonlySet<string> }): PlannedRequest[] {
  const { settings, target } = p;
  return planCheckRun({
    owner: target.owner,
    repo: target.repo,
    name: settings.name,
    headSha: target.sha,
    externalId: externalIdFor(settings.name, target.sha),
    title: totalsPhrase(p.context('check-run')),
    summary: p.renderer.render(p.context('check-run'), GITHUB_LIMITS.outputBytes),
    annotations: p.chosen.entries.map((e) => e.annotation),
    conclusion: p.outcome.conclusion,
    ...(existing ? { existing } : {}),
  });
}

/** `--dry-run`: the requests and the summary written to the directory, nothing sent. */
function writeDryRun(p: Publication): PublishOutcome {
  const dir = resolve(p.cwd, p.settings.dryRunDir as string);
  const requests = plan(p);
  mkdirSync(dir, { recursive: true });
  const sent = requests.map(({ method, path, body }) => ({ method, path, body }));
  writeFileSync(join(dir, 'requests.json'), JSON.stringify(sent, null, 2) + '\n');
  writeFileSync(join(dir, 'summary.md'), p.outcome.jobSummary);
  Object.assign(p.outcome, { requests, annotations: p.chosen.entries.length, annotationsOmitted: p.chosen.omitted });
  return p.outcome;
}

/** Summary mode: the annotations as workflow commands (GitHub shows a few per level). */
function annotateInSummaryMode(p: Publication, why?: string): void {
  const r = emitWorkflowAnnotations(p.set.entries, p.logger);
  p.outcome.annotations = r.emitted;
  p.outcome.annotationsOmitted = r.skipped + p.set.notKept;
  if (why) p.logger.warning(why);
}

/** Writes the check run (creating it or updating this commit's); a token that may not write checks falls back. */
async function sendCheckRun(p: Publication): Promise<PublishOutcome> {
  const { settings, ports, logger, target, outcome } = p;
  const clock = ports.clock ?? systemClock;
  const octokit = (ports.octokit ?? createOctokit)({
    token: settings.token ?? '',
    baseUrl: ports.env.GITHUB_API_URL || 'https://api.github.com',
    clock,
    logger,
    ...(ports.readRetryBaseMs !== undefined ? { readRetryBaseMs: ports.readRetryBaseMs } : {}),
  });
  const sender = new CheckRunSender(octokit, new WritePacer(clock, GITHUB_LIMITS.minWriteIntervalMs), {
    owner: target.owner,
    repo: target.repo,
    logger,
    ...(ports.writeBackoffMs !== undefined ? { backoffMs: ports.writeBackoffMs } : {}),
  });
  const identity = { name: settings.name, sha: target.sha, externalId: externalIdFor(settings.name, target.sha) };
  try {
    await logger.group(
      `Publishing check run '${settings.name}' (${p.chosen.entries.length} annotation(s))`,
      async () => {
        const existing = await sender.findExisting(identity.name, identity.sha, identity.externalId);
        if (existing) logger.info(`Updating check run ${existing.id} from an earlier run for this commit.`);
        const keys = existing && existing.annotationsCount > 0 ? await sender.annotationKeys(existing.id) : undefined;
        const requests = plan(p, existing ? { id: existing.id, ...(keys ? { annotationKeys: keys } : {}) } : undefined);
        outcome.requests = requests;
        const result = await sender.send(requests, identity, existing);
        outcome.send = result;
        outcome.checkRunId = result.id;
        if (result.htmlUrl) outcome.checkRunUrl = result.htmlUrl;
        outcome.annotations = requests.reduce((n, r) => n + (r.body.output.annotations?.length ?? 0), 0);
        outcome.annotationsOmitted = p.chosen.omitted;
        logger.info(
          `Check run ${result.id}: ${result.writes} write(s)${result.recovered ? `, ${result.recovered} recovered after an error` : ''}. ${result.htmlUrl ?? ''}`,
        );
      },
    );
  } catch (err) {
    return sendFailed(p, err);
  }
  await appendNote(
    ports,
    logger,
    outcome.checkRunUrl
      ? `Check run: [${inlineText(settings.name)}](${outcome.checkRunUrl}) (${outcome.annotations} annotation(s)).`
      : `Check run ${outcome.checkRunId} written.`,
  );
  return outcome;
}

/** The check run could not be written: summary mode when the token may not write checks (mode auto), else the error. */
async function sendFailed(p: Publication, err: unknown): Promise<PublishOutcome> {
  const { settings, ports, logger, outcome } = p;
  const message = describeHttpError(err);
  const forbidden = err instanceof PublishError && err.status === 403 && /not accessible by integration/i.test(message);
  if (forbidden && settings.mode === 'auto') {
    outcome.mode = 'summary';
    outcome.reason = 'the token may not write checks (add `permissions: checks: write` to the job)';
    annotateInSummaryMode(
      p,
      `Could not create the check run: ${message}. Add 'permissions: checks: write' to the job; showing annotations through workflow commands instead.`,
    );
    await appendNote(
      ports,
      logger,
      `No check run: ${outcome.reason}. The first ${PER_LEVEL} annotations of each level are shown as workflow annotations.`,
    );
    return outcome;
  }
  outcome.publishError = message;
  logger.error(`Publishing the check run failed: ${message}. The results are complete in the job summary.`);
  await appendNote(
    ports,
    logger,
    `⚠️ Publishing the check run failed: ${inlineText(message)}. The results above are complete.`,
  );
  return outcome;
}

/** The headline note when annotations were left out: how many, why, and how to get them all. */
export function omittedNote(published: number, omitted: number, limit: number): string {
  const why = limit > 0 ? `\`annotations-limit\` is ${limit}, failures first` : 'more flaky cases than are kept';
  return (
    `Annotations: ${published} of ${published + omitted} published (${why}); the other ${omitted} are counted in ` +
    'the totals and the `annotations-omitted` output, not annotated. `annotations-limit: 0` (`--annotations-limit 0`) ' +
    'annotates all.'
  );
}

async function appendNote(ports: PublishPorts, logger: Logger, note: string): Promise<void> {
  if (!ports.jobSummary) return;
  try {
    await ports.jobSummary.append(`\n> ${note.slice(0, OUTCOME_NOTE_RESERVE - 16)}\n`);
  } catch (err) {
    logger.warning(`Could not write the job summary: ${getErrorMessage(err)}`);
  }
}
