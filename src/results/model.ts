/**
 * The results model shared by every stage. These types mirror `schemas/results.schema.json` exactly (the tests check
 * both directions); change them together.
 */

/** The only tool name a results document may carry. */
export const TOOL_NAME = 'kuryr-dragonflow-actions';

/** Current format version; readers reject any other. */
export const SCHEMA_VERSION = 1;

/** Public `$id` of the schema; write it as `$schema` in documents so editors pick up the help texts. */
export const RESULTS_SCHEMA_ID = 'https://kuryr-dragonflow-actions.invalid/schemas/results.schema.json';

/** The names of the toolkit's stages: the one place they are spelled out. */
export const STAGE = {
  lint: 'lint',
  plan: 'plan',
  setupDevstack: 'setup-devstack',
  trunkVm: 'trunk-vm',
  connectivity: 'connectivity',
  publishResults: 'publish-results',
  /** The root action's own document: one case per stage. */
  pipeline: 'pipeline',
} as const;

/** The stages of the root action's pipeline, in order; each is also an action of its own. */
export const PIPELINE_STAGES = [STAGE.setupDevstack, STAGE.trunkVm, STAGE.connectivity, STAGE.publishResults] as const;
/** A pipeline stage's name. */
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Well-known stages. Any kebab-case name is accepted, these are the ones the toolkit writes. */
export const KNOWN_STAGES = [STAGE.lint, STAGE.plan, ...PIPELINE_STAGES] as const;
export type KnownStage = (typeof KNOWN_STAGES)[number];
/** A stage name: one of {@link KNOWN_STAGES} or another kebab-case string. */
// `string & {}` keeps editor completion for the known names while accepting any string.
export type Stage = KnownStage | (string & {});

/** Pattern every stage name must match (same as the schema). */
export const STAGE_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const RUN_STATUSES = ['running', 'passed', 'failed', 'error'] as const;
/** `running` while the stage writes; `failed` = a check failed; `error` = the stage could not do its job. */
export type RunStatus = (typeof RUN_STATUSES)[number];
/** A run status once the stage has ended. */
export type FinalStatus = Exclude<RunStatus, 'running'>;

export const CASE_STATUSES = ['passed', 'failed', 'error', 'skipped', 'flaky'] as const;
/** `flaky` = failed at least once, then passed; it does not fail the run. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const FINDING_LEVELS = ['notice', 'warning', 'failure'] as const;
/** GitHub annotation levels. A `failure` finding fails the run. */
export type FindingLevel = (typeof FINDING_LEVELS)[number];

/** Where the run happened on GitHub. */
export interface GitHubContext {
  /** `owner/name`. */
  repository: string;
  /** Commit the results describe (40 or 64 lowercase hex digits). */
  sha: string;
  runId: number;
  runAttempt?: number;
  job?: string;
  workflow?: string;
  ref?: string;
  /** e.g. `https://github.com`; needed to build links on GHES. */
  serverUrl?: string;
  eventName?: string;
}

/** Who wrote a results document, for which stage, in which environment. */
export interface RunMetadata {
  tool: typeof TOOL_NAME;
  toolVersion: string;
  stage: Stage;
  /** RFC 3339 date-time. */
  startedAt: string;
  /** RFC 3339 date-time; absent while running or after a crash. */
  finishedAt?: string;
  status?: RunStatus;
  profile?: string;
  release?: string;
  distro?: string;
  /** GitHub runner name. */
  runner?: string;
  /** Host name of the machine. */
  host?: string;
  github?: GitHubContext;
  /** Free-form stage-specific metadata; not validated. */
  extra?: Record<string, unknown>;
}

/** File and lines a case is about. `file` is repository-relative with forward slashes. */
export interface Location {
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based, not before `line`. */
  endLine?: number;
}

/** Data that explains a result (command output, a Neutron port, a log excerpt...). `data` is any JSON value. */
export interface Evidence {
  kind: string;
  title?: string;
  data: unknown;
}

/** One check and its result. Named `TestCase` to avoid clashing with other "case" notions. */
export interface TestCase {
  /** Stable and unique within a document; re-adding an id replaces the earlier case. */
  id: string;
  name: string;
  /** Group (JUnit classname). */
  suite: string;
  status: CaseStatus;
  /** Milliseconds, all attempts included. */
  durationMs?: number;
  /** One-line reason for a failure, error or skip. */
  message?: string;
  /** Long text: output, stack trace, diff. */
  details?: string;
  location?: Location;
  /** Number of runs (1 without retries). */
  attempts?: number;
  evidence?: Evidence[];
  tags?: string[];
}

/** A problem at a file and line; becomes a check-run annotation. */
export interface Finding {
  /** Repository-relative path with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, not before `line`. */
  endLine?: number;
  /** 1-based; GitHub keeps columns only for single-line findings. */
  column?: number;
  endColumn?: number;
  level: FindingLevel;
  title: string;
  message: string;
  /** Shown collapsed under the annotation (`raw_details`). */
  details?: string;
  /** Stable rule id, e.g. `localconf/unquoted-heredoc`. */
  rule?: string;
  /** Id of the case this finding belongs to. */
  caseId?: string;
}

/** One results file. */
export interface ResultsDocument {
  /** Optional pointer to the schema for editors. */
  $schema?: string;
  schemaVersion: typeof SCHEMA_VERSION;
  run: RunMetadata;
  cases: TestCase[];
  findings: Finding[];
}

/** What {@link createResultsDocument} needs: `tool`, `startedAt` and `status` get defaults. */
export type RunInit = Omit<RunMetadata, 'tool' | 'startedAt'> & Partial<Pick<RunMetadata, 'tool' | 'startedAt'>>;

/** Counts over a document (or a merge of documents). */
export interface ResultsSummary {
  total: number;
  passed: number;
  failed: number;
  error: number;
  skipped: number;
  flaky: number;
  /** Sum of `durationMs` over the cases that have one. */
  durationMs: number;
  findings: Record<FindingLevel, number> & { total: number };
}

/**
 * Builds an empty results document for a stage.
 * `tool` defaults to {@link TOOL_NAME}, `startedAt` to now and `status` to `running`.
 */
export function createResultsDocument(run: RunInit, now: Date = new Date()): ResultsDocument {
  return {
    $schema: RESULTS_SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    run: { status: 'running', ...run, tool: TOOL_NAME, startedAt: run.startedAt ?? now.toISOString() },
    cases: [],
    findings: [],
  };
}

/** Counts cases by status and findings by level. Accepts anything with `cases` and `findings` (e.g. a merge). */
export function summarize(doc: { cases: readonly TestCase[]; findings: readonly Finding[] }): ResultsSummary {
  const summary: ResultsSummary = {
    total: doc.cases.length,
    passed: 0,
    failed: 0,
    error: 0,
    skipped: 0,
    flaky: 0,
    durationMs: 0,
    findings: { notice: 0, warning: 0, failure: 0, total: doc.findings.length },
  };
  for (const c of doc.cases) {
    summary[c.status] += 1;
    summary.durationMs += c.durationMs ?? 0;
  }
  for (const f of doc.findings) summary.findings[f.level] += 1;
  return summary;
}

/**
 * The status a document deserves, worst first:
 * `error` if the run says so or any case errored; `failed` if the run says so, any case failed or any finding is
 * a `failure`; otherwise `passed`. Skipped and flaky cases, notices and warnings do not fail a run. A `running` run
 * status is ignored (the content decides).
 */
export function overallStatus(doc: ResultsDocument): FinalStatus {
  const s = summarize(doc);
  if (doc.run.status === 'error' || s.error > 0) return 'error';
  if (doc.run.status === 'failed' || s.failed > 0 || s.findings.failure > 0) return 'failed';
  return 'passed';
}
