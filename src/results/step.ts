/**
 * One timed step of a stage → one results case (and, when it fails, optionally one finding). Every stage records its
 * steps through {@link StepRecorder}, so a step's status always follows the one rule of {@link statusOfError}.
 */
import { ConfigurationError, RefusedCombinationError, getErrorMessage } from '../runtime/errors.js';
import type { CaseStatus, Finding, Location, TestCase } from './model.js';

/** The status of a step that threw. */
export type StepFailureStatus = Extract<CaseStatus, 'failed' | 'error'>;

/**
 * The one mapping from a thrown error to a case status: `failed` = a check failed, `error` = the stage could not do
 * its job. A configuration error (a bad input, a refused combination) always means the stage could not do its job;
 * any other error counts as a failed check only where the step says so (`isCheck`), e.g. a VM the cloud under test
 * put into ERROR.
 */
export function statusOfError(err: unknown, isCheck: (err: unknown) => boolean = () => false): StepFailureStatus {
  if (err instanceof ConfigurationError || err instanceof RefusedCombinationError) return 'error';
  return isCheck(err) ? 'failed' : 'error';
}

/** Where the recorder writes (a ResultsWriter, or anything with the same two methods). */
export interface StepSink {
  addCase(testCase: TestCase): Promise<void>;
  addFindings(findings: readonly Finding[]): Promise<void>;
}

/** How a recorder names, places and judges its steps; every field can be overridden per step. */
export interface StepOptions {
  /** The case's suite (JUnit classname), e.g. the stage name. */
  suite: string;
  location?: Location;
  tags?: string[];
  /** Wraps the work (e.g. `logger.group`), so its output is grouped under the step's name. */
  group?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
  /** Which non-configuration errors are failed checks rather than errors (default: none). */
  isCheck?: (err: unknown) => boolean;
  /**
   * The finding recorded with a failed step (default: none). The case then takes its message (first line; the whole
   * message as details when it has more lines) and its details.
   */
  finding?: (err: unknown, status: StepFailureStatus) => Finding | undefined;
  /** Errors that are not this step's to record (e.g. a cancellation the run records once): thrown on, no case. */
  unrecorded?: (err: unknown) => boolean;
  /** Clock in ms, for tests. */
  now?: () => number;
}

/** Per-step options: any {@link StepOptions}, plus a verdict on what the step returned. */
export type StepCallOptions<T> = Partial<StepOptions> & {
  /**
   * For a step that reports a failed check by its result rather than by throwing (a stack.sh exit code, a probe):
   * the case's status, message, details or evidence, over the passed case's.
   */
  verdict?: (value: T) => StepVerdict | undefined;
  /** The finding recorded with a case the verdict judged not passed (failed, error, flaky); default: none. */
  judgedFinding?: (testCase: TestCase) => Omit<Finding, 'caseId'> | undefined;
};

/**
 * What a verdict may set on the case: its status and words, and the time and attempts when they are not the step's
 * own (probes share their batch's time). A `skipped` verdict drops the step's duration: nothing ran.
 */
export type StepVerdict = Partial<
  Pick<TestCase, 'status' | 'message' | 'details' | 'evidence' | 'durationMs' | 'attempts'>
>;

/** The case of a failed step, before it is recorded. */
function failedCase(id: string, name: string, o: StepOptions, status: StepFailureStatus, err: unknown): TestCase {
  // `err` is the error, or the text that describes it
  const text = getErrorMessage(err);
  const first = text.split('\n')[0] ?? text;
  return {
    id,
    name,
    suite: o.suite,
    status,
    message: first,
    details: text.includes('\n') ? text : undefined,
    location: o.location,
    tags: o.tags,
  };
}

/** Records timed steps as cases of one results document. */
export class StepRecorder {
  constructor(
    readonly sink: StepSink,
    private readonly defaults: StepOptions,
  ) {}

  /**
   * Runs `fn` as step `id` (`name` in logs and the check run): a passed case with its duration when it returns, a
   * failed or error case (see {@link statusOfError}) plus the optional finding when it throws; the error is then
   * thrown again, unchanged.
   */
  async step<T>(id: string, name: string, fn: () => Promise<T>, options: StepCallOptions<T> = {}): Promise<T> {
    const { verdict: _verdict, judgedFinding: _judged, ...overrides } = options;
    const o: StepOptions = { ...this.defaults, ...overrides };
    const now = o.now ?? Date.now;
    const t0 = now();
    let value: T;
    try {
      value = await (o.group ? o.group(name, fn) : fn());
    } catch (err) {
      if (o.unrecorded?.(err)) throw err;
      const status = statusOfError(err, o.isCheck);
      const finding = o.finding?.(err, status);
      // the case's message is one line; the finding's words win over the error's
      const c = failedCase(id, name, o, status, finding?.message ?? err);
      if (finding?.details !== undefined) c.details = finding.details;
      await this.sink.addCase({ ...c, durationMs: now() - t0 });
      if (finding) await this.sink.addFindings([{ caseId: id, ...finding }]);
      throw err;
    }
    await this.recordJudged(id, name, o, now() - t0, options.verdict?.(value), options.judgedFinding);
    return value;
  }

  /** The case of a step that returned: passed, or what its verdict says, plus the finding of a judged failure. */
  private async recordJudged(
    id: string,
    name: string,
    o: StepOptions,
    durationMs: number,
    verdict: StepVerdict | undefined,
    judgedFinding: ((testCase: TestCase) => Omit<Finding, 'caseId'> | undefined) | undefined,
  ): Promise<void> {
    const c: TestCase = { id, name, suite: o.suite, status: 'passed', durationMs, location: o.location, tags: o.tags };
    // a verdict's unset fields keep the step's own (a probe without its batch's time keeps the step's)
    for (const [k, v] of Object.entries(verdict ?? {})) if (v !== undefined) Object.assign(c, { [k]: v });
    if (c.status === 'skipped' && verdict?.durationMs === undefined) delete c.durationMs;
    await this.sink.addCase(c);
    const finding = c.status === 'passed' || c.status === 'skipped' ? undefined : judgedFinding?.(c);
    if (finding) await this.sink.addFindings([{ ...finding, caseId: id }]);
  }
}

/** A finding for a configuration error at `file` line 1, titled by the input it names (`<prefix>: input 'x'`). */
export function configurationFinding(err: ConfigurationError, file: string, prefix: string, rule: string): Finding {
  return {
    file,
    line: 1,
    level: 'failure',
    title: `${prefix}: input '${err.input ?? 'unknown'}'`,
    message: err.message,
    rule,
  };
}
