/**
 * The streaming JUnit reader on output of real tools (jest-junit, pytest --junitxml in both families), on the other
 * common flavours, and on hostile or broken input.
 */
import { describe, expect, it } from '@jest/globals';

import { JUnitParseError, parseJUnit, parseJUnitTime } from '../../../src/results/junit/parse.js';
import { sniffXmlEncoding } from '../../../src/results/junit/decode.js';
import type { TestCase } from '../../../src/results/model.js';
import { chunked, fixture, junitCases } from '../helpers/fixtures.js';

const byName = (cases: TestCase[], name: string): TestCase => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name} in ${cases.map((x) => x.name).join(', ')}`);
  return c;
};

describe('real tools', () => {
  it('reads jest-junit: statuses, file attribute, entities, and the suite that failed to load', async () => {
    const cases = await junitCases(fixture('jest-junit.xml'));
    expect(cases.map((c) => c.status)).toEqual(['passed', 'failed', 'skipped', 'failed', 'passed', 'error', 'failed']);
    const across = byName(cases, 'pod to pod across nodes');
    expect(across.location).toEqual({ file: 'sample.test.js' });
    expect(across.durationMs).toBe(52); // time="0.052" in the committed fixture
    expect(across.message).toBe('Error: expect(received).toEqual(expected) // deep equality');
    expect(across.details).toContain('/tmp/kdf-fixtures/jest/sample.test.js:9:34');
    expect(byName(cases, 'pod to pod throws <xml> & "quotes"').message).toBe(
      'Error: kuryr-controller not ready: <timeout> & retry',
    );
    const broken = cases.find((c) => c.status === 'error');
    expect(broken?.name).toBe('broken.test.js');
    expect(broken?.details).toContain("Cannot find module './does-not-exist'");
  });

  it('reads pytest xunit1: 0-based line attributes become 1-based, messages, setup errors, xfail as skipped', async () => {
    const cases = await junitCases(fixture('pytest-xunit1.xml'));
    expect(cases).toHaveLength(8);
    const failing = byName(cases, 'test_fails_with_assertion');
    // `def test_fails_with_assertion():` is line 11 of tools/pytest/test_sample.py; pytest writes line="10".
    expect(failing.location).toEqual({ file: 'test_sample.py', line: 11 });
    expect(failing.message?.split('\n')[0]).toBe('AssertionError: port never became ACTIVE');
    expect(failing.details).toContain('test_sample.py:14: AssertionError');
    expect(byName(cases, 'test_errors_in_fixture').status).toBe('error');
    expect(byName(cases, 'test_skipped')).toMatchObject({ status: 'skipped', message: 'needs a nested trunk VM' });
    expect(byName(cases, 'test_expected_failure').status).toBe('skipped');
    expect(byName(cases, 'test_unicode_naïve_ñame').status).toBe('failed');
    expect(byName(cases, 'test_param[2]').status).toBe('failed');
    expect(byName(cases, 'test_param[1]').status).toBe('passed');
  });

  it('reads pytest xunit2 (no file/line) with captured output in the details', async () => {
    const cases = await junitCases(fixture('pytest-xunit2.xml'));
    const failing = byName(cases, 'test_fails_with_assertion');
    expect(failing.location).toBeUndefined();
    expect(failing.details).toContain('captured stdout before the failure');
    expect(byName(cases, 'test_unicode_naïve_ñame').details).toContain('ünïcödé ✓ output');
  });

  it('gives the same cases whatever the chunking (byte by byte included)', async () => {
    const whole = await junitCases(fixture('pytest-xunit1.xml'));
    expect(await junitCases(fixture('pytest-xunit1.xml'), 1)).toEqual(whole);
    expect(await junitCases(fixture('pytest-xunit1.xml'), 7)).toEqual(whole);
  });
});

describe('flavours', () => {
  it('surefire: flakyFailure means flaky, rerunFailure counts attempts, thousands separators in time', async () => {
    const cases = await junitCases(fixture('hand', 'surefire-flaky.xml'));
    expect(cases.map((c) => [c.name, c.status, c.attempts])).toEqual([
      ['createsPort', 'passed', undefined],
      ['bindsPort', 'flaky', 2],
      ['deletesPort', 'failed', 2],
    ]);
    expect(byName(cases, 'bindsPort').durationMs).toBe(3_456_500);
    expect(byName(cases, 'deletesPort').details).toContain('neutron port-list: 1 port');
  });

  it('nested testsuites: inherited file, CDATA split across sections, entities, output sections', async () => {
    const cases = await junitCases(fixture('hand', 'nested-suites.xml'));
    expect(cases.map((c) => c.status)).toEqual(['passed', 'failed', 'skipped', 'error']);
    const across = byName(cases, 'across nodes & subnets');
    expect(across.location).toEqual({ file: 'test/connectivity.spec.ts', line: 12 });
    expect(across.message).toBe('timeout <30s>');
    expect(across.details).toContain('ping: 100% loss <b>not html</b> ]]> still cdata');
    expect(across.details).toContain('--- stdout ---\nping output ✓');
    expect(across.details).toContain('--- stderr ---\nstderr line');
    expect(byName(cases, 'load balancer').message).toBe('RuntimeError');
  });

  it('a bare <testsuite> root and a suite that reports failures without failing cases', async () => {
    const xml = '<testsuite name="s" failures="2"><testcase classname="c" name="ok"/></testsuite>';
    const cases: TestCase[] = [];
    await parseJUnit(chunked(Buffer.from(xml), 64), (c) => cases.push(c), { source: 'inline.xml' });
    expect(cases.map((c) => c.status)).toEqual(['passed', 'error']);
    expect(cases[1]?.message).toContain('2 error(s)/failure(s) without a failing test case');
  });

  it('parses time attributes in seconds, tolerating separators and rejecting garbage', () => {
    expect(parseJUnitTime('1.5')).toBe(1500);
    expect(parseJUnitTime('1,234.5')).toBe(1_234_500);
    expect(parseJUnitTime('abc')).toBeUndefined();
    expect(parseJUnitTime('-1')).toBeUndefined();
  });
});

describe('hostile and broken input', () => {
  const parseError = async (file: string): Promise<{ err: JUnitParseError; cases: TestCase[] }> => {
    const cases: TestCase[] = [];
    const { createReadStream } = await import('node:fs');
    try {
      await parseJUnit(createReadStream(file), (c) => cases.push(c), { source: file });
    } catch (err) {
      if (err instanceof JUnitParseError) return { err, cases };
      throw err;
    }
    throw new Error(`${file} parsed without error`);
  };

  it('refuses a DOCTYPE with an external entity (XXE) and never reads the file it names', async () => {
    const { err, cases } = await parseError(fixture('hand', 'xxe.xml'));
    expect(err.message).toContain('DOCTYPE declarations are refused');
    expect(cases).toEqual([]);
  });

  it('refuses the billion laughs before expanding anything', async () => {
    const before = process.memoryUsage().heapUsed;
    const { err, cases } = await parseError(fixture('hand', 'billion-laughs.xml'));
    expect(err.message).toContain('DOCTYPE declarations are refused');
    expect(cases).toEqual([]);
    // 10^9 "lol"s would be gigabytes; nothing of the sort was allocated.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('reports a truncated file with its line and keeps the cases before the cut', async () => {
    const { err, cases } = await parseError(fixture('hand', 'truncated.xml'));
    expect(err.message).toMatch(/unclosed tag/);
    expect(err.line).toBeGreaterThanOrEqual(1);
    expect(cases.map((c) => c.name)).toEqual(['test_passes', 'test_fails_with_assertion', 'test_errors_in_fixture']);
    expect(err.casesBefore).toBe(3);
  });

  it('decodes ISO-8859-1 and UTF-16 documents by their declaration and BOM', async () => {
    const latin = await junitCases(fixture('hand', 'latin1.xml'));
    expect(latin[0]).toMatchObject({ suite: 'café', name: 'naïve ça', message: 'échec', details: 'réseau' });
    const u16 = await junitCases(fixture('hand', 'utf16.xml'));
    expect(u16[0]).toMatchObject({ name: '名前 😀', message: '失敗', details: '詳細' });
  });

  it('replaces invalid UTF-8 bytes instead of failing', async () => {
    const cases = await junitCases(fixture('hand', 'invalid-utf8.xml'));
    expect(cases[0]?.name).toBe('bad \uFFFD\uFFFD bytes');
  });

  it('refuses a document that is not JUnit, and empty input', async () => {
    const { err } = await parseError(fixture('hand', 'not-junit.xml'));
    expect(err.message).toContain('root element <html> is not <testsuites> or <testsuite>');
    await expect(parseJUnit(chunked(Buffer.alloc(0), 1), () => undefined, { source: 'empty.xml' })).rejects.toThrow(
      /root element/,
    );
  });

  it('sniffs encodings from BOMs and declarations', () => {
    expect(sniffXmlEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8');
    expect(sniffXmlEncoding(Buffer.from([0xfe, 0xff, 0, 0x3c]))).toBe('utf-16be');
    expect(sniffXmlEncoding(Buffer.from('<?xml version="1.0" encoding=\'Windows-1252\'?>'))).toBe('windows-1252');
    expect(sniffXmlEncoding(Buffer.from('<testsuite/>'))).toBe('utf-8');
  });

  it('streams 10^5 test cases, emitting each once', async () => {
    const n = 100_000;
    async function* generate(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('<?xml version="1.0"?><testsuites><testsuite name="big">');
      for (let i = 0; i < n; i += 1000) {
        let s = '';
        for (let j = i; j < i + 1000; j++) {
          s +=
            j % 1000 === 0
              ? `<testcase classname="big.c" name="t${j}" time="0.001"><failure message="m${j}">${'x'.repeat(200)}</failure></testcase>`
              : `<testcase classname="big.c" name="t${j}" time="0.001"/>`;
        }
        yield Buffer.from(s);
      }
      yield Buffer.from('</testsuite></testsuites>');
    }
    let count = 0;
    let failed = 0;
    const result = await parseJUnit(
      generate(),
      (c) => {
        count++;
        if (c.status === 'failed') failed++;
      },
      { source: 'generated.xml' },
    );
    expect(result.cases).toBe(n);
    expect(count).toBe(n);
    expect(failed).toBe(100);
  });
});
