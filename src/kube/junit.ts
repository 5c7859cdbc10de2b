/**
 * A JUnit XML writer for the connectivity cases: one `<testsuite>` per suite, one `<testcase>` per scenario
 * (`classname` = suite), `<failure>` for failed, `<error>` for error, `<skipped>` for skipped; flaky cases pass with a
 * `flaky` property and their message in `<system-out>`. Written atomically (temp file + rename).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestCase } from '../results/model.js';

/** Escapes text for XML content and attributes; drops characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** Renders cases as JUnit XML. */
export function renderJUnit(cases: readonly TestCase[], properties: Record<string, string> = {}): string {
  const suites = new Map<string, TestCase[]>();
  for (const c of cases) suites.set(c.suite, [...(suites.get(c.suite) ?? []), c]);
  const secs = (ms: number | undefined): string => ((ms ?? 0) / 1000).toFixed(3);
  const props = Object.entries(properties)
    .map(([k, v]) => `      <property name="${xmlEscape(k)}" value="${xmlEscape(v)}"/>`)
    .join('\n');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="connectivity" tests="${cases.length}">`];
  for (const [name, list] of suites) {
    const count = (s: string): number => list.filter((c) => c.status === s).length;
    const time = list.reduce((t, c) => t + (c.durationMs ?? 0), 0);
    out.push(
      `  <testsuite name="${xmlEscape(name)}" tests="${list.length}" failures="${count('failed')}" errors="${count('error')}" skipped="${count('skipped')}" time="${secs(time)}">`,
    );
    if (props) out.push('    <properties>', props, '    </properties>');
    for (const c of list) {
      const file = c.location ? ` file="${xmlEscape(c.location.file)}" line="${c.location.line ?? 1}"` : '';
      out.push(
        `    <testcase classname="${xmlEscape(name)}" name="${xmlEscape(c.name)}" time="${secs(c.durationMs)}"${file}>`,
      );
      const msg = xmlEscape(c.message ?? '');
      const body = xmlEscape(c.details ?? c.message ?? '');
      if (c.status === 'failed') out.push(`      <failure message="${msg}">${body}</failure>`);
      else if (c.status === 'error') out.push(`      <error message="${msg}">${body}</error>`);
      else if (c.status === 'skipped') out.push(`      <skipped message="${msg}"/>`);
      else if (c.status === 'flaky') {
        out.push('      <properties><property name="flaky" value="true"/></properties>');
        out.push(`      <system-out>${body}</system-out>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** Writes the JUnit file atomically. */
export function writeJUnit(path: string, cases: readonly TestCase[], properties: Record<string, string> = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, renderJUnit(cases, properties));
  renameSync(tmp, path);
}
