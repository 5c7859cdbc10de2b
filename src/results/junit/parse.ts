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
  const maxText = options.maxTextChars ?? 64 * 1024;
  const parser = new SaxesParser({ position: true, fileName: source });
  const suites: Suite[] = [];
  let current: CurrentCase | undefined;
  let capture: Capture;
  let depthInCapture = 0;
  let rootSeen = false;
  let cases = 0;
  let orphanSuiteProblems = 0;
  let failure: JUnitParseError | undefined;
  const fail = (message: string): void => {
    failure ??= new JUnitParseError(`${source}:${parser.line}: ${message}`, source, parser.line, cases);
  };

  parser.on('error', (err) => fail(err.message.replace(/^[^:]*:\d+:\d+: /, '')));
  parser.on('doctype', () => fail('DOCTYPE declarations are refused (DTDs and entity expansion are disabled)'));

  parser.on('opentag', (tag) => {
    if (failure) return;
    const name = tag.name;
    if (!rootSeen) {
      rootSeen = true;
      if (name !== 'testsuites' && name !== 'testsuite') {
        fail(`root element <${name}> is not <testsuites> or <testsuite>`);
        return;
      }
    }
    if (capture !== undefined) {
      depthInCapture++; // e.g. surefire <flakyFailure><stackTrace>: text goes to the same capture
      return;
    }
    if (name === 'testsuite' || (name === 'testsuites' && suites.length === 0)) {
      const parent = suites[suites.length - 1];
      const suiteName = attr(tag, 'name') ?? '';
      suites.push({
        name: suiteName,
        file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? parent?.file,
        zeroBasedLines: parent?.zeroBasedLines === true || suiteName === 'pytest',
        declaredProblems: (positiveInt(attr(tag, 'errors')) ?? 0) + (positiveInt(attr(tag, 'failures')) ?? 0),
        seenProblems: 0,
      });
      return;
    }
    if (name === 'testcase') {
      const suite = suites[suites.length - 1];
      const line = positiveInt(attr(tag, 'line'));
      current = {
        name: attr(tag, 'name') ?? '(unnamed)',
        classname: attr(tag, 'classname') ?? attr(tag, 'class') ?? suite?.name ?? '',
        file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? suite?.file,
        line: line === undefined ? undefined : suite?.zeroBasedLines ? line + 1 : Math.max(1, line),
        timeMs: parseJUnitTime(attr(tag, 'time')),
        status: 'passed',
        body: new CappedText(maxText),
        out: new CappedText(maxText),
        err: new CappedText(maxText),
        flakyRuns: 0,
        reruns: 0,
      };
      return;
    }
    if (!current) return;
    switch (name) {
      case 'failure':
      case 'error':
      case 'rerunFailure':
      case 'rerunError': {
        const status: CaseStatus = name.toLowerCase().endsWith('error') ? 'error' : 'failed';
        if (name.startsWith('rerun')) current.reruns++;
        if (STATUS_RANK[status] > STATUS_RANK[current.status] || current.message === undefined) {
          if (STATUS_RANK[status] >= STATUS_RANK[current.status]) current.status = status;
          current.message ??= attr(tag, 'message');
          current.type ??= attr(tag, 'type');
        }
        if (!current.body.empty) current.body.push('\n');
        capture = 'failure';
        return;
      }
      case 'flakyFailure':
      case 'flakyError':
        current.flakyRuns++;
        if (current.status === 'passed') current.status = 'flaky';
        current.message ??= attr(tag, 'message');
        current.type ??= attr(tag, 'type');
        capture = 'flaky';
        return;
      case 'skipped':
        if (STATUS_RANK.skipped > STATUS_RANK[current.status]) current.status = 'skipped';
        current.message ??= attr(tag, 'message');
        capture = 'skip';
        return;
      case 'system-out':
        capture = 'out';
        return;
      case 'system-err':
        capture = 'err';
        return;
      default:
        return;
    }
  });

  const onText = (text: string): void => {
    if (failure || !current || capture === undefined) return;
    switch (capture) {
      case 'failure':
      case 'flaky':
        current.body.push(text);
        return;
      case 'skip':
        if (current.message === undefined && text.trim() !== '') current.message = text.trim().slice(0, 1000);
        return;
      case 'out':
        current.out.push(text);
        return;
      case 'err':
        current.err.push(text);
        return;
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag) => {
    if (failure) return;
    if (capture !== undefined) {
      if (depthInCapture > 0) depthInCapture--;
      else capture = undefined;
      return;
    }
    if (tag.name === 'testcase' && current) {
      const c = current;
      current = undefined;
      const suite = suites[suites.length - 1];
      if (suite && (c.status === 'failed' || c.status === 'error')) suite.seenProblems++;
      cases++;
      onCase(toTestCase(c));
      return;
    }
    if (tag.name === 'testsuite' || tag.name === 'testsuites') {
      const suite = suites.pop();
      if (suite && suite.declaredProblems > suite.seenProblems && tag.name === 'testsuite') {
        // A suite that says it failed but has no failing <testcase> (jest-junit: a test file that did not load).
        const missing = suite.declaredProblems - suite.seenProblems;
        orphanSuiteProblems += missing;
        cases++;
        onCase({
          id: `${source}#suite-${cases}`,
          name: suite.name || '(suite)',
          suite: suite.name || '(suite)',
          status: 'error',
          message: `The suite reports ${missing} error(s)/failure(s) without a failing test case (it may not have loaded).`,
          ...(suite.file ? { location: { file: suite.file } } : {}),
        });
      }
      const parent = suites[suites.length - 1];
      if (parent && suite) parent.seenProblems += Math.max(suite.seenProblems, suite.declaredProblems);
    }
  });

  try {
    for await (const text of decodeXmlStream(bytes, source)) {
      parser.write(text);
      if (failure) break;
    }
    if (!failure) parser.close();
  } catch (err) {
    if (err instanceof JUnitParseError) throw err;
    fail(err instanceof Error ? err.message : String(err));
  }
  if (!failure && !rootSeen) fail('no root element (empty or not XML)');
  if (failure) throw failure;
  return { cases, orphanSuiteProblems };
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
