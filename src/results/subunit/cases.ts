/**
 * Subunit v2 events → test cases. A test is a sequence of packets sharing a test id: `inprogress` (start time),
 * file attachments (traceback, reason, pythonlogging, stdout/stderr, possibly chunked), then one final status.
 * Only tests still in flight are held, so memory is bounded by concurrency, not by the stream's length.
 */
import { TextDecoder } from 'node:util';
import { CappedText } from '../capped-text.js';
import type { CaseStatus, TestCase } from '../model.js';
import { readSubunitV2, type SubunitEvent, type SubunitPacket, type SubunitStatus } from './v2.js';

/** Options of {@link parseSubunit}. */
export interface SubunitParseOptions {
  /** Label for messages (the file path). */
  source: string;
  /** Characters kept per attachment (head and tail). Default 64 Ki. */
  maxTextChars?: number;
  /** Attachments kept per test (others are counted). Default 8. */
  maxAttachments?: number;
}

/** What a subunit parse saw besides the cases. */
export interface SubunitParseResult {
  cases: number;
  packets: number;
  /** Decoding problems (bad checksum, truncated packet, ...), in stream order, at most 20. */
  problems: string[];
  problemCount: number;
  /** Bytes of non-subunit output found between packets. */
  nonSubunitBytes: number;
}

const FINAL: Partial<Record<SubunitStatus, CaseStatus>> = {
  success: 'passed',
  xfail: 'passed',
  fail: 'failed',
  uxsuccess: 'failed',
  skip: 'skipped',
};

interface Attachment {
  text: CappedText;
  decoder: TextDecoder;
}

interface InFlight {
  startMs?: number;
  attachments: Map<string, Attachment>;
  droppedAttachments: number;
  tags: Set<string>;
}

/** Splits a Python test id (`pkg.mod.Class.test_x[id-1,smoke]`) into suite and name. */
export function splitTestId(id: string): { suite: string; name: string } {
  const bracket = id.indexOf('[');
  const head = bracket === -1 ? id : id.slice(0, bracket);
  const dot = head.lastIndexOf('.');
  if (dot <= 0) return { suite: '(no suite)', name: id };
  return { suite: id.slice(0, dot), name: id.slice(dot + 1) };
}

/** The exception line of a traceback (`AssertionError: 1 != 2`), else its last non-empty line. */
export function exceptionLine(text: string): string | undefined {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]?.trim();
    if (line && /^[A-Za-z_][\w.]*(Error|Exception|Exit|Failure|Interrupt|Warning|Timeout)\b/.test(line)) {
      return line.slice(0, 1000);
    }
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]?.trim();
    if (line) return line.slice(0, 1000);
  }
  return undefined;
}

/** How much of a test's attachments is kept. */
interface AttachmentLimits {
  maxText: number;
  maxAttachments: number;
}

const UNFINISHED = 'the test never finished (no final status in the stream: the runner may have crashed)';

/** Appends a packet's file content to the test's attachment of that name (a new one while under the limit). */
function attach(s: InFlight, p: SubunitPacket, limits: AttachmentLimits): void {
  if (p.fileName === undefined || p.fileBytes === undefined) return;
  let a = s.attachments.get(p.fileName);
  if (!a) {
    if (s.attachments.size >= limits.maxAttachments) {
      s.droppedAttachments++;
      return;
    }
    a = { text: new CappedText(limits.maxText), decoder: new TextDecoder('utf-8') };
    s.attachments.set(p.fileName, a);
  }
  a.text.push(a.decoder.decode(p.fileBytes, { stream: !p.eof }));
}

/** Flushes every attachment's decoder and returns the non-empty texts by file name, in arrival order. */
function attachmentTexts(s: InFlight | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [fileName, a] of s?.attachments ?? []) {
    a.text.push(a.decoder.decode());
    const t = a.text.toString().trim();
    if (t) texts.set(fileName, t);
  }
  return texts;
}

/** Sets a case's message (and, for a failure, its details) from the test's attachments. */
function describeFromAttachments(c: TestCase, s: InFlight | undefined, note: string | undefined): void {
  const texts = attachmentTexts(s);
  const traceback = texts.get('traceback') ?? texts.get('Traceback');
  const reason = texts.get('reason');
  if (c.status === 'skipped') {
    if (reason) c.message = exceptionLine(reason);
    return;
  }
  if (c.status !== 'failed' && c.status !== 'error') return;
  c.message = note ?? (traceback ? exceptionLine(traceback) : undefined) ?? reason ?? 'failed';
  const parts: string[] = [];
  if (traceback) parts.push(traceback);
  for (const [fileName, t] of texts) {
    if (fileName === 'traceback' || fileName === 'Traceback') continue;
    parts.push(`--- ${fileName} ---\n${t}`);
  }
  if (s && s.droppedAttachments > 0) parts.push(`(${s.droppedAttachments} more attachment(s) not kept)`);
  if (parts.length) c.details = parts.join('\n\n');
}

/** The test case for test `id` ending with `status`, from what was collected while it ran (`s`, if anything). */
function toTestCase(
  id: string,
  s: InFlight | undefined,
  status: CaseStatus,
  endMs: number | undefined,
  note: string | undefined,
): TestCase {
  const { suite, name } = splitTestId(id);
  const c: TestCase = { id, name, suite, status };
  if (s?.startMs !== undefined && endMs !== undefined && endMs >= s.startMs) {
    c.durationMs = Math.round((endMs - s.startMs) * 1000) / 1000;
  }
  describeFromAttachments(c, s, note);
  const tags = [...(s?.tags ?? [])].filter((t) => t !== '');
  if (tags.length) c.tags = tags.slice(0, 20);
  return c;
}

/** Counts a problem or non-subunit output in the result. */
function countNonPacket(ev: Exclude<SubunitEvent, SubunitPacket>, result: SubunitParseResult): void {
  if (ev.kind === 'non-subunit') {
    result.nonSubunitBytes += ev.bytes.length;
    return;
  }
  result.problemCount++;
  if (result.problems.length < 20) result.problems.push(ev.message);
}

/**
 * Applies a packet to its test's in-flight state and returns the final status it carries, if any (with the note for
 * an unexpected success). Packets without a test id and test listings change nothing.
 */
function applyPacket(
  inFlight: Map<string, InFlight>,
  ev: SubunitPacket,
  limits: AttachmentLimits,
): { status: CaseStatus; note?: string } | undefined {
  const id = ev.testId;
  if (id === undefined) return undefined; // global attachments and tag-only packets
  if (ev.status === 'exists' && ev.fileName === undefined) return undefined; // a test listing
  let s = inFlight.get(id);
  if (!s) {
    s = { attachments: new Map(), droppedAttachments: 0, tags: new Set() };
    inFlight.set(id, s);
  }
  for (const tag of ev.tags ?? []) if (s.tags.size < 20) s.tags.add(tag);
  attach(s, ev, limits);
  if (ev.status === 'inprogress') {
    s.startMs ??= ev.timestampMs;
    return undefined;
  }
  const status = FINAL[ev.status];
  if (status === undefined) return undefined;
  return ev.status === 'uxsuccess'
    ? { status, note: 'unexpected success (the test was expected to fail)' }
    : { status, note: undefined };
}

/**
 * Reads a subunit v2 stream and calls `onCase` once per finished test, in the order their final status arrives.
 * Tests that never got a final status become `error` cases; undecodable packets are collected as problems.
 */
export async function parseSubunit(
  bytes: AsyncIterable<Uint8Array>,
  onCase: (c: TestCase) => void,
  options: SubunitParseOptions,
): Promise<SubunitParseResult> {
  const limits: AttachmentLimits = {
    maxText: options.maxTextChars ?? 64 * 1024,
    maxAttachments: options.maxAttachments ?? 8,
  };
  const inFlight = new Map<string, InFlight>();
  const result: SubunitParseResult = { cases: 0, packets: 0, problems: [], problemCount: 0, nonSubunitBytes: 0 };
  const finish = (id: string, status: CaseStatus, endMs: number | undefined, note: string | undefined): void => {
    const s = inFlight.get(id);
    inFlight.delete(id);
    const c = toTestCase(id, s, status, endMs, note);
    result.cases++;
    onCase(c);
  };

  for await (const ev of readSubunitV2(bytes)) {
    if (ev.kind !== 'packet') {
      countNonPacket(ev, result);
      continue;
    }
    result.packets++;
    const final = applyPacket(inFlight, ev, limits);
    if (final) finish(ev.testId as string, final.status, ev.timestampMs, final.note);
  }
  for (const [id, s] of [...inFlight]) {
    // A test seen only in tags or listings never started: nothing to report.
    if (s.startMs === undefined && s.attachments.size === 0) inFlight.delete(id);
    else finish(id, 'error', undefined, UNFINISHED);
  }
  return result;
}
