/**
 * Streaming JUnit XML reader. One pass of a SAX parser (saxes) turns every `<testcase>` into a {@link TestCase} and
 * hands it to a callback; nothing but the current case (with capped failure text and output) is held, so memory does
 * not grow with the file.
 *
 * Flavours handled: a `<testsuites>` root or a bare `<testsuite>` root, nested suites, surefire (`flakyFailure`,
 * `flakyError`, `rerunFailure`, `rerunError`, `stackTrace` children), pytest (`file`/`line` attributes; `line` is
 * 0-based there), jest-junit (`file` attribute, suite-level errors), CDATA bodies and per-case `system-out`/
 * `system-err`.
 *
 * Security: DTDs are never processed. A document with a DOCTYPE is refused before its root element, and saxes does not
 * expand entities beyond the five predefined ones and character references, so XXE and entity-expansion bombs have
 * nothing to work with.
 */
import { SaxesParser } from 'saxes';
import { CappedText } from '../capped-text.js';
import type { CaseStatus, TestCase } from '../model.js';
import { decodeXmlStream } from './decode.js';

/** Options of {@link parseJUnit}. */
export interface JUnitParseOptions {
  /** Label for ids and messages (the file path). */
  source: string;
  /** Characters kept of a failure body and of each output stream (head and tail). Default 64 Ki. */
  maxTextChars?: number;
}

/** What a parse saw, besides the cases it emitted. */
export interface JUnitParseResult {
  cases: number;
  /** Suite-level `errors`/`failures` counts that had no matching `<testcase>` elements. */
  orphanSuiteProblems: number;
}

/** A parse that stopped on malformed or refused input. Cases emitted before the problem stay valid. */
export class JUnitParseError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly line?: number,
    readonly casesBefore = 0,
  ) {
    super(message);
    this.name = 'JUnitParseError';
  }
}

type Capture = 'failure' | 'out' | 'err' | 'flaky' | 'skip' | undefined;

interface Suite {
  name: string;
  file?: string;
  /** pytest writes 0-based line numbers. */
  zeroBasedLines: boolean;
  declaredProblems: number;
  seenProblems: number;
}

interface CurrentCase {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  timeMs?: number;
  status: CaseStatus;
  message?: string;
  type?: string;
  body: CappedText;
  out: CappedText;
  err: CappedText;
  flakyRuns: number;
  reruns: number;
}

const STATUS_RANK: Record<CaseStatus, number> = { passed: 0, flaky: 1, skipped: 2, failed: 3, error: 4 };

/** Parses `time="1.5"` (seconds; tolerates thousands separators) into milliseconds. */
export function parseJUnitTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/,/g, '').trim());
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 1000 * 1000) / 1000 : undefined;
}

function attr(tag: { attributes: Record<string, unknown> }, name: string): string | undefined {
  const v = tag.attributes[name];
  return typeof v === 'string' ? v : undefined;
}

function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

/** An element as saxes reports it (only what the reader looks at). */
interface Tag {
  name: string;
  attributes: Record<string, unknown>;
}

/**
 * The state of one parse: the open suites, the case being read and which of its texts is being captured. Its
 * `on*` members are the SAX handlers; the first problem is kept in {@link failure} and everything after it ignored.
 */
class JUnitReader {
  readonly suites: Suite[] = [];
  current: CurrentCase | undefined;
  capture: Capture;
  depthInCapture = 0;
  rootSeen = false;
  cases = 0;
  orphanSuiteProblems = 0;
  failure: JUnitParseError | undefined;

  constructor(
    private readonly parser: SaxesParser,
    private readonly source: string,
    private readonly maxText: number,
    private readonly onCase: (c: TestCase) => void,
  ) {
    parser.on('error', (err) => this.fail(err.message.replace(/^[^:]*:\d+:\d+: /, '')));
    parser.on('doctype', () => this.fail('DOCTYPE declarations are refused (DTDs and entity expansion are disabled)'));
    parser.on('opentag', this.onOpenTag);
    parser.on('text', this.onText);
    parser.on('cdata', this.onText);
    parser.on('closetag', this.onCloseTag);
  }

  /** Records the first problem, with the line the parser is at. */
  fail(message: string): void {
    this.failure ??= new JUnitParseError(
      `${this.source}:${this.parser.line}: ${message}`,
      this.source,
      this.parser.line,
      this.cases,
    );
  }

  private readonly onOpenTag = (tag: Tag): void => {
    if (this.failure) return;
    const name = tag.name;
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'testsuites' && name !== 'testsuite') {
        this.fail(`root element <${name}> is not <testsuites> or <testsuite>`);
        return;
      }
    }
    if (this.capture !== undefined) {
      this.depthInCapture++; // e.g. surefire <flakyFailure><stackTrace>: text goes to the same capture
      return;
    }
    if (name === 'testsuite' || (name === 'testsuites' && this.suites.length === 0)) this.openSuite(tag);
    else if (name === 'testcase') this.openCase(tag);
    else if (this.current) this.openCaseChild(tag, this.current);
  };

  private openSuite(tag: Tag): void {
    const parent = this.suites[this.suites.length - 1];
    const suiteName = attr(tag, 'name') ?? '';
    this.suites.push({
      name: suiteName,
      file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? parent?.file,
      zeroBasedLines: parent?.zeroBasedLines === true || suiteName === 'pytest',
      declaredProblems: (positiveInt(attr(tag, 'errors')) ?? 0) + (positiveInt(attr(tag, 'failures')) ?? 0),
      seenProblems: 0,
    });
  }

  private openCase(tag: Tag): void {
    const suite = this.suites[this.suites.length - 1];
    const line = positiveInt(attr(tag, 'line'));
    this.current = {
      name: attr(tag, 'name') ?? '(unnamed)',
      classname: attr(tag, 'classname') ?? attr(tag, 'class') ?? suite?.name ?? '',
      file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? suite?.file,
      line: line === undefined ? undefined : suite?.zeroBasedLines ? line + 1 : Math.max(1, line),
      timeMs: parseJUnitTime(attr(tag, 'time')),
      status: 'passed',
      body: new CappedText(this.maxText),
      out: new CappedText(this.maxText),
      err: new CappedText(this.maxText),
      flakyRuns: 0,
      reruns: 0,
    };
  }

  /** A child of `<testcase>`: sets the status it implies and what its text is captured into. */
  private openCaseChild(tag: Tag, c: CurrentCase): void {
    switch (tag.name) {
      case 'failure':
      case 'error':
      case 'rerunFailure':
      case 'rerunError':
        openProblem(tag, c);
        this.capture = 'failure';
        return;
      case 'flakyFailure':
      case 'flakyError':
        c.flakyRuns++;
        if (c.status === 'passed') c.status = 'flaky';
        c.message ??= attr(tag, 'message');
        c.type ??= attr(tag, 'type');
        this.capture = 'flaky';
        return;
      case 'skipped':
        if (STATUS_RANK.skipped > STATUS_RANK[c.status]) c.status = 'skipped';
        c.message ??= attr(tag, 'message');
        this.capture = 'skip';
        return;
      case 'system-out':
        this.capture = 'out';
        return;
      case 'system-err':
        this.capture = 'err';
        return;
      default:
        return;
    }
  }

  private readonly onText = (text: string): void => {
    const c = this.current;
    if (this.failure || !c || this.capture === undefined) return;
    switch (this.capture) {
      case 'failure':
      case 'flaky':
        c.body.push(text);
        return;
      case 'skip':
        if (c.message === undefined && text.trim() !== '') c.message = text.trim().slice(0, 1000);
        return;
      case 'out':
        c.out.push(text);
        return;
      case 'err':
        c.err.push(text);
        return;
    }
  };

  private readonly onCloseTag = (tag: Tag): void => {
    if (this.failure) return;
    if (this.capture !== undefined) {
      if (this.depthInCapture > 0) this.depthInCapture--;
      else this.capture = undefined;
      return;
    }
    if (tag.name === 'testcase' && this.current) this.closeCase(this.current);
    else if (tag.name === 'testsuite' || tag.name === 'testsuites') this.closeSuite(tag.name);
  };

  private closeCase(c: CurrentCase): void {
    this.current = undefined;
    const suite = this.suites[this.suites.length - 1];
    if (suite && (c.status === 'failed' || c.status === 'error')) suite.seenProblems++;
    this.cases++;
    this.onCase(toTestCase(c));
  }

  private closeSuite(name: string): void {
    const suite = this.suites.pop();
    if (suite && suite.declaredProblems > suite.seenProblems && name === 'testsuite') this.emitOrphanProblems(suite);
    const parent = this.suites[this.suites.length - 1];
    if (parent && suite) parent.seenProblems += Math.max(suite.seenProblems, suite.declaredProblems);
  }

  /** A suite that says it failed but has no failing `<testcase>` (jest-junit: a test file that did not load). */
  private emitOrphanProblems(suite: Suite): void {
    const missing = suite.declaredProblems - suite.seenProblems;
    this.orphanSuiteProblems += missing;
    this.cases++;
    this.onCase({
      id: `${this.source}#suite-${this.cases}`,
      name: suite.name || '(suite)',
      suite: suite.name || '(suite)',
      status: 'error',
      message: `The suite reports ${missing} error(s)/failure(s) without a failing test case (it may not have loaded).`,
      ...(suite.file ? { location: { file: suite.file } } : {}),
    });
  }
}

/** `<failure>`, `<error>`, `<rerunFailure>`, `<rerunError>`: the worst status wins, the first message and type stay. */
function openProblem(tag: Tag, c: CurrentCase): void {
  const status: CaseStatus = tag.name.toLowerCase().endsWith('error') ? 'error' : 'failed';
  if (tag.name.startsWith('rerun')) c.reruns++;
  if (STATUS_RANK[status] > STATUS_RANK[c.status] || c.message === undefined) {
    if (STATUS_RANK[status] >= STATUS_RANK[c.status]) c.status = status;
    c.message ??= attr(tag, 'message');
    c.type ??= attr(tag, 'type');
  }
  if (!c.body.empty) c.body.push('\n');
}

/** Decodes the bytes and writes them to the parser until the input ends or the reader has failed. */
async function feed(
  parser: SaxesParser,
  reader: JUnitReader,
  bytes: AsyncIterable<Uint8Array>,
  source: string,
): Promise<void> {
  try {
    for await (const text of decodeXmlStream(bytes, source)) {
      parser.write(text);
      if (reader.failure) break;
    }
    if (!reader.failure) parser.close();
  } catch (err) {
    if (err instanceof JUnitParseError) throw err;
    reader.fail(err instanceof Error ? err.message : String(err));
  }
}

/**
 * Reads a JUnit XML byte stream and calls `onCase` for every test case, in document order.
 * @throws JUnitParseError on malformed XML, a DOCTYPE, or a root element that is not `testsuites`/`testsuite`
 */
export async function parseJUnit(
  bytes: AsyncIterable<Uint8Array>,
  onCase: (c: TestCase) => void,
  options: JUnitParseOptions,
): Promise<JUnitParseResult> {
  const { source } = options;
  const parser = new SaxesParser({ position: true, fileName: source });
  const reader = new JUnitReader(parser, source, options.maxTextChars ?? 64 * 1024, onCase);
  await feed(parser, reader, bytes, source);
  if (!reader.failure && !reader.rootSeen) reader.fail('no root element (empty or not XML)');
  if (reader.failure) throw reader.failure;
  return { cases: reader.cases, orphanSuiteProblems: reader.orphanSuiteProblems };
}

function joinText(parts: Array<[string, CappedText]>): string | undefined {
  const kept = parts.filter(([, t]) => !t.empty && t.toString().trim() !== '');
  if (kept.length === 0) return undefined;
  if (kept.length === 1 && kept[0]?.[0] === '') return kept[0][1].toString().trim();
  return kept.map(([label, t]) => (label ? `${label}\n${t.toString().trim()}` : t.toString().trim())).join('\n\n');
}

function toTestCase(c: CurrentCase): TestCase {
  const bad = c.status !== 'passed' && c.status !== 'skipped';
  const suite = c.classname || '(no suite)';
  const tc: TestCase = { id: `${suite}::${c.name}`, name: c.name, suite, status: c.status };
  if (c.timeMs !== undefined) tc.durationMs = c.timeMs;
  let message = c.message?.trim();
  if (bad && !message && c.type) message = c.type;
  if (bad && !message) message = firstLine(c.body.toString());
  if (message) tc.message = message;
  if (bad) {
    const details = joinText([
      ['', c.body],
      ['--- stdout ---', c.out],
      ['--- stderr ---', c.err],
    ]);
    if (details) tc.details = details;
  }
  if (c.file) tc.location = c.line !== undefined ? { file: c.file, line: c.line } : { file: c.file };
  const attempts = 1 + c.flakyRuns + c.reruns;
  if (attempts > 1) tc.attempts = attempts;
  return tc;
}

function firstLine(text: string): string | undefined {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line === undefined ? undefined : line.slice(0, 500);
}
