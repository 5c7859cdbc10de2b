/**
 * Aggregates results as they stream in. It counts every case, keeps only what the check run and the summary can
 * show (failures up to a limit, the slowest cases, flaky cases, findings), and lets summary sections observe every
 * case, so memory is bounded by what is kept rather than by the size of the input.
 *
 * Retries: when a case fails and later passes under the same id in the same file (Gradle's test-retry, a re-run
 * appended to a subunit stream), it is counted once, as flaky.
 */
import type { CaseStatus, Finding, RunMetadata, TestCase } from '../model.js';
import { FingerprintSet } from './id-set.js';

/** Formats `publish-results` reads. */
export type ResultsFormat = 'results-json' | 'junit' | 'subunit';

/** One results file that was read. */
export interface SourceFile {
  /** Index in {@link ResultsCollector.files}. */
  index: number;
  /** Path as shown to people (repository-relative when inside the repository). */
  display: string;
  /** Absolute path. */
  abs: string;
  format: ResultsFormat;
  cases: number;
  /** Why the file could not be read completely, if it could not. */
  problem?: string;
  /** Results JSON: the run metadata. */
  run?: RunMetadata;
}

/** A case as kept by the collector. */
export interface CollectedCase {
  case: TestCase;
  /** The file it came from. */
  file: number;
  /** Arrival order over all files. */
  order: number;
}

/** A finding as kept by the collector. */
export interface CollectedFinding {
  finding: Finding;
  file: number;
  order: number;
}

/** Counts over everything read. */
export interface Totals {
  total: number;
  passed: number;
  failed: number;
  error: number;
  skipped: number;
  flaky: number;
  durationMs: number;
  findings: { notice: number; warning: number; failure: number };
}

/** Something that wants to see every case (a summary section building a matrix, say). */
export interface CaseObserver {
  observe(c: TestCase, file: SourceFile): void;
}

/** Options of {@link ResultsCollector}. */
export interface CollectorOptions {
  /** Failed/errored cases kept with their details (default: all). Later ones are only counted. */
  keepFailures?: number;
  /** Flaky cases kept (default 1000). */
  keepFlaky?: number;
  /** Findings kept per level (default: all). */
  keepFindings?: number;
  /** How many of the slowest cases to remember (default 10). */
  slowest?: number;
  observers?: CaseObserver[];
}

/**
 * An independent copy of a string. Parsers hand out slices of their input chunks; keeping one of those alive keeps
 * the whole chunk (V8 sliced and cons strings, and external strings that do not even count against the heap). What
 * the collector keeps is copied, so memory stays bounded by what is kept.
 */
export function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

function emptyTotals(): Totals {
  return {
    total: 0,
    passed: 0,
    failed: 0,
    error: 0,
    skipped: 0,
    flaky: 0,
    durationMs: 0,
    findings: { notice: 0, warning: 0, failure: 0 },
  };
}

/** Streams cases and findings in; read totals and the kept items out. */
export class ResultsCollector {
  readonly totals: Totals = emptyTotals();
  readonly files: SourceFile[] = [];
  /** Kept failed/errored cases, in arrival order (a case turned flaky moves to {@link flaky}). */
  failures: CollectedCase[] = [];
  readonly flaky: CollectedCase[] = [];
  /** Findings kept, in arrival order. */
  readonly findings: CollectedFinding[] = [];
  /** Failures, flaky cases and findings that were counted but not kept. */
  dropped = { failures: 0, flaky: 0, findings: 0 };
  /** The slowest cases, slowest first. */
  slowest: Array<{ name: string; suite: string; durationMs: number; file: number }> = [];

  private readonly keepFailures: number;
  private readonly keepFlaky: number;
  private readonly keepFindings: number;
  private readonly slowestMax: number;
  private readonly observers: CaseObserver[];
  private order = 0;
  /** Failed ids (per file) of the failures kept → their record. */
  private readonly keptIds = new Map<string, CollectedCase>();
  /** Failed ids (per file) of the failures only counted: fingerprints, so memory stays flat in their number. */
  private readonly droppedIds = new FingerprintSet();
  private readonly findingsPerLevel = { notice: 0, warning: 0, failure: 0 };

  constructor(options: CollectorOptions = {}) {
    this.keepFailures = options.keepFailures ?? Number.POSITIVE_INFINITY;
    this.keepFlaky = options.keepFlaky ?? 1000;
    this.keepFindings = options.keepFindings ?? Number.POSITIVE_INFINITY;
    this.slowestMax = options.slowest ?? 10;
    this.observers = options.observers ?? [];
  }

  /** Registers a results file before its cases are added. */
  addFile(file: Omit<SourceFile, 'index' | 'cases'>): SourceFile {
    const f: SourceFile = { ...file, index: this.files.length, cases: 0 };
    this.files.push(f);
    return f;
  }

  /** Counts a case and keeps it if it failed (within the limit) or is flaky. */
  addCase(c: TestCase, file: SourceFile): void {
    file.cases++;
    for (const o of this.observers) o.observe(c, file);
    const key = `${file.index}\0${c.id}`;
    // Only what is kept is copied (see detach): the keys of kept failures, and the failures and flaky cases themselves;
    // a failure that is only counted is not copied at all, so it leaves no garbage behind either.
    const t = this.totals;
    t.durationMs += c.durationMs ?? 0;
    this.trackSlowest(c, file.index);

    const earlier = this.failedEarlier(key);
    if (earlier !== undefined && (c.status === 'passed' || c.status === 'flaky')) {
      // A retry that passed: the earlier failure and this pass are one flaky case.
      this.keptIds.delete(key);
      this.droppedIds.delete(key);
      const wasError = earlier ? earlier.case.status === 'error' : false;
      t[wasError ? 'error' : 'failed'] -= 1;
      t.flaky += 1;
      const attempts = (earlier?.case.attempts ?? 1) + (c.attempts ?? 1);
      if (earlier) {
        this.failures = this.failures.filter((f) => f !== earlier);
        earlier.case = { ...earlier.case, status: 'flaky', attempts };
        this.keepFlakyCase(earlier);
      } else {
        // It was counted among the failures not kept; it is no longer a failure.
        this.dropped.failures -= 1;
        this.keepFlakyCase({ case: { ...c, status: 'flaky', attempts }, file: file.index, order: this.order++ }, true);
      }
      return;
    }

    t.total += 1;
    t[c.status] += 1;
    const order = this.order++;
    if (c.status === 'failed' || c.status === 'error') {
      if (earlier !== undefined) {
        // The same id failed again (another retry): count it once, as its worst status, with the first details.
        t.total -= 1;
        t[c.status] -= 1;
        if (earlier) {
          const worse = earlier.case.status === 'error' || c.status === 'error' ? 'error' : 'failed';
          if (worse !== earlier.case.status) {
            t[earlier.case.status] -= 1;
            t[worse] += 1;
          }
          earlier.case = { ...earlier.case, status: worse, attempts: (earlier.case.attempts ?? 1) + (c.attempts ?? 1) };
        }
        return;
      }
      if (this.failures.length < this.keepFailures) {
        const record: CollectedCase = { case: structuredClone(c), file: file.index, order };
        this.failures.push(record);
        this.keptIds.set(detach(key), record);
      } else {
        this.dropped.failures++;
        this.droppedIds.add(key);
      }
    } else if (c.status === 'flaky') {
      this.keepFlakyCase({ case: c, file: file.index, order }, true);
    }
  }

  /** Counts a finding and keeps it within the per-level limit. */
  addFinding(f: Finding, file: SourceFile): void {
    this.totals.findings[f.level] += 1;
    if (this.findingsPerLevel[f.level] >= this.keepFindings) {
      this.dropped.findings++;
      return;
    }
    this.findingsPerLevel[f.level] += 1;
    this.findings.push({ finding: f, file: file.index, order: this.order++ });
  }

  /** The worst case status seen: `error` > `failed` > `passed` (flaky and skipped pass). */
  get worst(): Extract<CaseStatus, 'error' | 'failed' | 'passed'> {
    if (this.totals.error > 0) return 'error';
    if (this.totals.failed > 0 || this.totals.findings.failure > 0) return 'failed';
    return 'passed';
  }

  /** The earlier failure with this key: its record when kept, `null` when only counted, `undefined` when none. */
  private failedEarlier(key: string): CollectedCase | null | undefined {
    const kept = this.keptIds.get(key);
    if (kept) return kept;
    return this.droppedIds.size > 0 && this.droppedIds.has(key) ? null : undefined;
  }

  /** Keeps a flaky case within the limit (`copy`: the case still holds the parser's strings). */
  private keepFlakyCase(record: CollectedCase, copy = false): void {
    if (this.flaky.length < this.keepFlaky)
      this.flaky.push(copy ? { ...record, case: structuredClone(record.case) } : record);
    else this.dropped.flaky++;
  }

  private trackSlowest(c: TestCase, file: number): void {
    const d = c.durationMs;
    if (d === undefined || this.slowestMax <= 0) return;
    const s = this.slowest;
    if (s.length >= this.slowestMax && (s[s.length - 1]?.durationMs ?? 0) >= d) return;
    const entry = { name: detach(c.name), suite: detach(c.suite), durationMs: d, file };
    let i = s.findIndex((e) => e.durationMs < d);
    if (i === -1) i = s.length;
    s.splice(i, 0, entry);
    if (s.length > this.slowestMax) s.pop();
  }
}
