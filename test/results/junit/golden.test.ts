/**
 * Pins parseJUnit's whole output (every case, the result or the error) on every JUnit fixture and on inline documents
 * covering each element it handles, so a restructuring of the parser cannot change what it emits.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { JUnitParseError, parseJUnit } from '../../../src/results/junit/parse.js';
import type { TestCase } from '../../../src/results/model.js';
import { chunked, fixture } from '../helpers/fixtures.js';

const INLINE: Record<string, string> = {
  'reruns, flaky runs and nested captures': `<?xml version="1.0"?>
<testsuites><testsuite name="s" file="suite.py" failures="3" errors="1">
  <testcase name="rerun" classname="c" time="1,234.5"><rerunFailure message="first" type="T1">one<stackTrace>at x</stackTrace></rerunFailure><rerunError message="second">two</rerunError><failure>final body</failure><system-out>out text</system-out><system-err>err text</system-err></testcase>
  <testcase name="flaky" class="k" time="0.5"><flakyError type="Boom"><stackTrace>trace</stackTrace></flakyError><flakyFailure message="m2">b2</flakyFailure></testcase>
  <testcase name="skip-body"><skipped>   reason in the body   </skipped></testcase>
  <testcase name="skip-attr" file="f.py" line="0"><skipped message="attr reason">ignored</skipped><failure>after skip</failure></testcase>
  <testcase name="type-only" line="7"><error type="KeyError"/></testcase>
  <testcase name="body-only" line="x"><failure><![CDATA[

   first line of cdata
second]]></failure></testcase>
  <testcase name="empty-bad"><failure/></testcase>
  <testcase name="unknown-child"><properties><property name="a" value="b"/></properties></testcase>
  <testcase><error message="  spaced  ">x</error><failure message="later">y</failure></testcase>
  <testcase name="time-bad" time="-1"/>
</testsuite></testsuites>`,
  'pytest zero-based lines and orphan suite problems': `<testsuites name="all">
<testsuite name="pytest" errors="2" failures="0"><testsuite name="inner" failures="1" filepath="inner.py"><testcase name="a" line="3"/></testsuite>
<testcase name="b" line="0"/></testsuite>
<testsuite errors="1"/>
</testsuites>`,
  'bare testsuite root': `<testsuite name="bare" failures="1"><testcase name="t" classname=""><failure message="m"/></testcase></testsuite>`,
  'wrong root': `<html><testcase name="t"/></html>`,
  'empty document': ``,
  'malformed after a case': `<testsuite><testcase name="ok"/><testcase name="bad"></testsuite>`,
  doctype: `<!DOCTYPE testsuite [<!ENTITY x "y">]><testsuite><testcase name="t"/></testsuite>`,
};

async function run(bytes: Buffer, chunk: number, source: string): Promise<unknown> {
  const cases: TestCase[] = [];
  try {
    const result = await parseJUnit(chunked(bytes, chunk), (c) => cases.push(c), { source, maxTextChars: 64 });
    return { cases, result };
  } catch (err) {
    if (!(err instanceof JUnitParseError)) throw err;
    return { cases, error: { message: err.message, line: err.line, casesBefore: err.casesBefore } };
  }
}

const files = [
  ...readdirSync(fixture()).filter((f) => f.endsWith('.xml')),
  ...readdirSync(fixture('hand')).map((f) => `hand/${f}`),
].sort();

describe('parseJUnit: pinned output', () => {
  it.each(files)('%s', async (name) => {
    const bytes = readFileSync(fixture(name));
    const whole = await run(bytes, bytes.length || 1, name);
    expect(await run(bytes, 13, name)).toEqual(whole);
    expect(whole).toMatchSnapshot();
  });

  it.each(Object.keys(INLINE))('inline: %s', async (name) => {
    const bytes = Buffer.from(INLINE[name] as string);
    const whole = await run(bytes, bytes.length || 1, 'inline.xml');
    expect(await run(bytes, 3, 'inline.xml')).toEqual(whole);
    expect(whole).toMatchSnapshot();
  });
});
