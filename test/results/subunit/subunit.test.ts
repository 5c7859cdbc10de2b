/**
 * The subunit v2 reader on streams written by python-subunit and stestr (cross-checked against subunit2csv, the
 * subunit package's own converter), and on corrupt, truncated and mixed streams.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';

import type { TestCase } from '../../../src/results/model.js';
import { exceptionLine, parseSubunit, splitTestId } from '../../../src/results/subunit/cases.js';
import { readSubunitV2, type SubunitEvent } from '../../../src/results/subunit/v2.js';
import { chunked, fixture, subunitCases } from '../helpers/fixtures.js';
import { encodePacket } from '../helpers/subunit-writer.js';

/** subunit2csv's rows: test id → status (success, failure, skip, xfail). */
function csvStatuses(file: string): Map<string, string> {
  const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((r) => [r.split(',')[0] as string, r.split(',')[1] as string]));
}

const CSV_TO_OURS: Record<string, string> = { success: 'passed', failure: 'failed', skip: 'skipped', xfail: 'passed' };

async function events(bytes: Buffer, chunk = bytes.length || 1): Promise<SubunitEvent[]> {
  const out: SubunitEvent[] = [];
  for await (const e of readSubunitV2(chunked(bytes, chunk))) out.push(e);
  return out;
}

async function parse(bytes: Buffer): Promise<{ cases: TestCase[]; problems: string[] }> {
  const cases: TestCase[] = [];
  const r = await parseSubunit(chunked(bytes, 5), (c) => cases.push(c), { source: 'inline' });
  return { cases, problems: r.problems };
}

describe.each([
  ['python -m subunit.run', 'python-subunit'],
  ['stestr (two workers)', 'stestr'],
])('real streams from %s', (_label, name) => {
  it('agrees with subunit2csv on every test and status', async () => {
    const cases = await subunitCases(fixture(`${name}.subunit`));
    const expected = csvStatuses(fixture(`${name}.csv`));
    expect(new Map(cases.map((c) => [c.id, c.status]))).toEqual(
      new Map([...expected].map(([id, s]) => [id, CSV_TO_OURS[s] ?? s])),
    );
  });

  it('carries tracebacks, the exception line, logging output and durations', async () => {
    const cases = await subunitCases(fixture(`${name}.subunit`));
    const active = cases.find((c) => c.name === 'test_port_becomes_active');
    expect(active).toMatchObject({ suite: 'kdf_sample.test_network.PortsTest', status: 'failed' });
    expect(active?.message).toMatch(/^AssertionError: 'DOWN' != 'ACTIVE'/);
    expect(active?.details).toContain('kdf_sample/test_network.py", line 14, in test_port_becomes_active');
    const unreachable = cases.find((c) => c.name === 'test_neutron_unreachable');
    expect(unreachable?.message).toBe('ConnectionError: neutron endpoint unreachable');
    expect(cases.find((c) => c.name === 'test_load_balancer')).toMatchObject({
      status: 'skipped',
      message: 'needs octavia',
    });
    const slow = cases.find((c) => c.name === 'test_create_port');
    expect(slow?.durationMs).toBeGreaterThanOrEqual(10); // it sleeps 10 ms
    expect(cases.find((c) => c.name === 'test_unicode_ñame')?.status).toBe('failed');
  });

  it('decodes the same events whatever the chunking, and re-encodes every packet byte for byte', async () => {
    const bytes = readFileSync(fixture(`${name}.subunit`));
    const whole = await events(bytes);
    expect(await events(bytes, 1)).toEqual(whole);
    expect(whole.every((e) => e.kind === 'packet')).toBe(true);
    const reencoded = Buffer.concat(
      whole.map((e) => {
        if (e.kind !== 'packet') throw new Error('unexpected event');
        return encodePacket(e);
      }),
    );
    expect(reencoded.equals(bytes)).toBe(true);
  });
});

describe('corrupt and unusual streams', () => {
  const t0 = Date.UTC(2025, 0, 1);
  const pass = (id: string): Buffer[] => [
    encodePacket({ testId: id, status: 'inprogress', timestampMs: t0 }),
    encodePacket({ testId: id, status: 'success', timestampMs: t0 + 25 }),
  ];

  it('skips a packet with a bad checksum, reports it, and reads on', async () => {
    const bad = encodePacket({ testId: 'a.B.test_1', status: 'success' });
    bad[bad.length - 1] = (bad[bad.length - 1] as number) ^ 0xff;
    const { cases, problems } = await parse(Buffer.concat([bad, ...pass('a.B.test_2')]));
    expect(cases.map((c) => c.id)).toEqual(['a.B.test_2']);
    expect(cases[0]?.durationMs).toBe(25);
    expect(problems[0]).toMatch(/^bad checksum at byte 0/);
  });

  it('reports a truncated last packet and an unfinished test as an error case', async () => {
    const start = encodePacket({ testId: 'a.B.test_crash', status: 'inprogress', timestampMs: t0 });
    const cut = encodePacket({ testId: 'a.B.test_crash', status: 'fail' }).subarray(0, 9);
    const { cases, problems } = await parse(Buffer.concat([start, cut]));
    expect(problems[0]).toMatch(/truncated packet/);
    expect(cases).toEqual([
      expect.objectContaining({
        id: 'a.B.test_crash',
        status: 'error',
        message: expect.stringContaining('never finished'),
      }),
    ]);
  });

  it('passes non-subunit output through as such', async () => {
    const ev = await events(Buffer.concat([Buffer.from('plain output\n'), ...pass('a.B.test_1')]), 3);
    expect(ev[0]).toMatchObject({ kind: 'non-subunit', offset: 0 });
    expect(
      Buffer.concat(ev.filter((e) => e.kind === 'non-subunit').map((e) => (e as { bytes: Buffer }).bytes)).toString(),
    ).toBe('plain output\n');
    expect(ev.filter((e) => e.kind === 'packet')).toHaveLength(2);
  });

  it('joins chunked attachments (split inside a multi-byte character) and uses the reason of a skip', async () => {
    const text = Buffer.from('Traceback…\nValueError: ünïcode ✓');
    const mid = 14; // inside "…"/"ü" sequences
    const { cases } = await parse(
      Buffer.concat([
        encodePacket({ testId: 'm.C.test_x', status: 'inprogress' }),
        encodePacket({ testId: 'm.C.test_x', fileName: 'traceback', fileBytes: text.subarray(0, mid) }),
        encodePacket({ testId: 'm.C.test_x', fileName: 'traceback', fileBytes: text.subarray(mid), eof: true }),
        encodePacket({ testId: 'm.C.test_x', status: 'fail', tags: ['worker-1'] }),
        encodePacket({ testId: 'm.C.test_y', fileName: 'reason', fileBytes: Buffer.from('no octavia'), eof: true }),
        encodePacket({ testId: 'm.C.test_y', status: 'skip' }),
      ]),
    );
    expect(cases[0]).toMatchObject({ status: 'failed', message: 'ValueError: ünïcode ✓', tags: ['worker-1'] });
    expect(cases[0]?.details).toBe(text.toString());
    expect(cases[1]).toMatchObject({ status: 'skipped', message: 'no octavia' });
  });

  it('maps uxsuccess to failed and ignores test listings', async () => {
    const { cases } = await parse(
      Buffer.concat([
        encodePacket({ testId: 'l.T.test_listed', status: 'exists' }),
        encodePacket({ testId: 'l.T.test_ux', status: 'uxsuccess' }),
      ]),
    );
    expect(cases).toEqual([
      expect.objectContaining({
        id: 'l.T.test_ux',
        status: 'failed',
        message: expect.stringContaining('unexpected success'),
      }),
    ]);
  });

  it('splits tempest ids into class and test, keeping the attributes', () => {
    expect(splitTestId('tempest.api.network.test_ports.PortsTestJSON.test_create_port[id-51a5,smoke]')).toEqual({
      suite: 'tempest.api.network.test_ports.PortsTestJSON',
      name: 'test_create_port[id-51a5,smoke]',
    });
    expect(splitTestId('standalone')).toEqual({ suite: '(no suite)', name: 'standalone' });
    expect(exceptionLine('Traceback:\n  File "x"\nKeyError: 1\n  more')).toBe('KeyError: 1');
  });
});
