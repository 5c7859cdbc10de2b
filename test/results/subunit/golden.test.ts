/**
 * Pins readSubunitV2's events and parseSubunit's whole output on the subunit fixtures and on hand-built streams that
 * exercise every branch (non-subunit output, bad lengths, bad checksums, truncation, attachments, tags, unfinished
 * tests), so a restructuring of either cannot change what they emit.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import type { TestCase } from '../../../src/results/model.js';
import { parseSubunit } from '../../../src/results/subunit/cases.js';
import { readSubunitV2, type SubunitEvent } from '../../../src/results/subunit/v2.js';
import { chunked, fixture } from '../helpers/fixtures.js';
import { encodePacket } from '../helpers/subunit-writer.js';

const p = encodePacket;
const text = (s: string): Buffer => Buffer.from(s);
const corrupt = (b: Buffer): Buffer => {
  const c = Buffer.from(b);
  c[c.length - 6] = (c[c.length - 6] as number) ^ 0xff;
  return c;
};

const STREAMS: Record<string, Buffer> = {
  'every status, attachments and tags': Buffer.concat([
    text('leading noise\n'),
    p({ testId: 'a.B.test_ok', status: 'inprogress', timestampMs: 1000, tags: ['worker-0', ''] }),
    p({ testId: 'a.B.test_ok', status: 'success', timestampMs: 1250.5 }),
    p({ testId: 'a.B.test_fail', status: 'inprogress', timestampMs: 2000 }),
    p({ testId: 'a.B.test_fail', fileName: 'stdout', fileBytes: text('some output\n'), eof: true }),
    p({ testId: 'a.B.test_fail', fileName: 'traceback', fileBytes: text('Traceback\n  File "x"\nValueError: ') }),
    p({ testId: 'a.B.test_fail', fileName: 'traceback', fileBytes: text('bad ✓\n'), eof: true }),
    p({ testId: 'a.B.test_fail', fileName: 'pythonlogging', fileBytes: text('   '), eof: true }),
    p({ testId: 'a.B.test_fail', status: 'fail', timestampMs: 1500, tags: ['t1', 't2'] }),
    p({ testId: 'a.B.test_x', status: 'xfail' }),
    p({ testId: 'a.B.test_ux', status: 'uxsuccess', fileName: 'reason', fileBytes: text('why'), eof: true }),
    p({ testId: 'a.B.test_skip', fileName: 'reason', fileBytes: text('not here\nSkipError: no'), eof: true }),
    p({ testId: 'a.B.test_skip', status: 'skip' }),
    p({ testId: 'a.B.test_skip2', status: 'skip' }),
    p({ testId: 'a.B.test_listed', status: 'exists' }),
    p({ testId: 'a.B.test_listed_file', status: 'exists', fileName: 'x', fileBytes: text('y'), eof: true }),
    p({ fileName: 'global', fileBytes: text('global attachment'), eof: true, mimeType: 'text/plain' }),
    p({ tags: ['only-tags'], routeCode: '0', runnable: false }),
    p({ testId: 'a.B.test_many', fileName: 'f1', fileBytes: text('one'), eof: true }),
    p({ testId: 'a.B.test_many', fileName: 'f2', fileBytes: text('two'), eof: true }),
    p({ testId: 'a.B.test_many', fileName: 'f3', fileBytes: text('three'), eof: true }),
    p({ testId: 'a.B.test_many', fileName: 'Traceback', fileBytes: text('plain last line'), eof: true }),
    p({ testId: 'a.B.test_many', status: 'fail', tags: Array.from({ length: 25 }, (_, i) => `tag${i}`) }),
    p({ testId: 'a.B.test_failnote', status: 'fail', fileName: 'reason', fileBytes: text('the reason') }),
    p({ testId: 'a.B.test_bare_fail', status: 'fail' }),
    p({ testId: 'a.B.test_tagged_only', tags: ['x'] }),
    p({ testId: 'a.B.test_running', status: 'inprogress', timestampMs: 5 }),
    p({ testId: 'a.B.test_attached', fileName: 'stderr', fileBytes: text('partial') }),
    text('trailing noise'),
  ]),
  'bad checksum, bad length, impossible length': Buffer.concat([
    corrupt(p({ testId: 'c.D.test_bad', status: 'success' })),
    Buffer.from([0xb3, 0x20, 0x00, 0xc0, 0, 0, 0]),
    Buffer.from([0xb3, 0x20, 0x00, 0x03]),
    p({ testId: 'c.D.test_after', status: 'success' }),
    Buffer.from([0xb3, 0x20, 0x00, 0x40, 0x00]),
  ]),
  'truncated packet': Buffer.concat([
    p({ testId: 'e.F.test_1', status: 'inprogress' }),
    p({ testId: 'e.F.test_1', status: 'success' }).subarray(0, 12),
  ]),
  'truncated header': Buffer.concat([p({ testId: 'e.F.test_1', status: 'success' }), Buffer.from([0xb3, 0x20])]),
  'truncated long length': Buffer.concat([
    p({ testId: 'e.F.test_1', status: 'success' }),
    Buffer.from([0xb3, 0x20, 0x00, 0x80, 0x01]),
  ]),
  'bad field in a packet': (() => {
    const good = p({ testId: 'g.H.test_1', status: 'success' });
    const b = Buffer.from(good);
    b[1] = 0x2f; // claims every field; the body cannot hold them
    b.writeUInt32BE(crc32(b.subarray(0, b.length - 4)) >>> 0, b.length - 4);
    return b;
  })(),
};

/** Bytes as text when printable ASCII, else as hex, so the snapshot stays a text file. */
const bytesView = (b: Buffer): string => {
  const text = b.toString('latin1');
  return /^[\t\n\r\x20-\x7e]*$/.test(text) ? text : `hex:${b.toString('hex')}`;
};
const show = (e: SubunitEvent): unknown =>
  e.kind === 'non-subunit'
    ? { ...e, bytes: bytesView(e.bytes) }
    : e.kind === 'packet' && e.fileBytes
      ? { ...e, fileBytes: bytesView(e.fileBytes) }
      : e;

async function events(bytes: Buffer, chunk: number): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const e of readSubunitV2(chunked(bytes, chunk))) out.push(show(e));
  return out;
}

async function cases(bytes: Buffer, chunk: number): Promise<unknown> {
  const all: TestCase[] = [];
  const result = await parseSubunit(chunked(bytes, chunk), (c) => all.push(c), {
    source: 'inline',
    maxTextChars: 40,
    maxAttachments: 3,
  });
  return { cases: all, result };
}

const inputs: Record<string, Buffer> = {
  ...STREAMS,
  'python-subunit.subunit': readFileSync(fixture('python-subunit.subunit')),
  'stestr.subunit': readFileSync(fixture('stestr.subunit')),
};

describe('readSubunitV2 and parseSubunit: pinned output', () => {
  it.each(Object.keys(inputs))('%s', async (name) => {
    const bytes = inputs[name] as Buffer;
    const ev = await events(bytes, bytes.length);
    const parsed = await cases(bytes, bytes.length);
    for (const chunk of [1, 7]) expect(await cases(bytes, chunk)).toEqual(parsed);
    expect(ev).toMatchSnapshot('events');
    expect(parsed).toMatchSnapshot('cases');
  });
});
