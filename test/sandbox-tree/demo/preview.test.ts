/**
 * The demo's HTML preview as text: page structure, the matrix table, annotation rows and counts, escaping of the
 * check run's fields, the summary sanitizer, and that the committed fixtures are the renderer's current output.
 */
import { describe, expect, it } from '@jest/globals';

import { renderPreview, renderSummaryHtml, sanitizeHtml, type CheckRunFile } from '../../../sandbox/demo/preview.js';
import { DEMO_MATRIX, generateDemoRun } from '../../__fixtures__/demo/demo-run.js';
import {
  demoCheckRun,
  demoSummary,
  HOSTILE_ANNOTATION,
  HOSTILE_SUMMARY,
  hostileCheckRun,
} from '../../__fixtures__/demo/hostile.js';

const GENERATED = new Date('2024-05-14T10:00:00Z');

const preview = (summaryMarkdown = demoSummary(), checkRun: CheckRunFile = demoCheckRun()): string =>
  renderPreview({ summaryMarkdown, checkRun, generatedAt: GENERATED });

/** The text between `open` and the next `close` (throws when either is missing). */
function between(html: string, open: string, close: string): string {
  const start = html.indexOf(open);
  const end = html.indexOf(close, start + open.length);
  if (start === -1 || end === -1) throw new Error(`no ${open}…${close} in the output`);
  return html.slice(start + open.length, end);
}

/** Cell texts of every row of a table's HTML. */
function rows(tableHtml: string): string[][] {
  return [...tableHtml.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] as string).matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1] as string),
  );
}

/** Every start tag: name and attribute text. */
function startTags(html: string): Array<{ name: string; attributes: string }> {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((m) => ({
    name: (m[1] as string).toLowerCase(),
    attributes: m[2] as string,
  }));
}

const SUMMARY_TAGS = new Set(
  'details summary sub sup br code pre b strong i em p table thead tbody tr th td ul ol li h1 h2 h3 h4 h5 h6 a hr blockquote span div'.split(
    ' ',
  ),
);

describe('renderPreview', () => {
  it('is one self-contained HTML5 document: inline CSS, a CSP that forbids loading anything, no scripts', () => {
    const html = preview();
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.match(/<html\b/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`,
    );
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
    // Links are allowed (nothing loads until one is clicked), but only to http(s).
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^https?:\/\//);
    expect(html).toContain('<title>kdf e2e — publish-results preview</title>');
    expect(html).toContain('Generated 2024-05-14T10:00:00.000Z');
    expect(renderPreview({ summaryMarkdown: '', checkRun: demoCheckRun(), title: 'Demo <1>' })).toContain(
      '<title>Demo &lt;1&gt;</title>',
    );
  });

  it('a header with the name, the conclusion badge, 12 characters of the commit and the counts per level', () => {
    const header = between(preview(), '<header id="check-run">', '</header>');
    expect(header).toContain('<span class="name">kdf e2e</span>');
    expect(header).toContain('<span id="conclusion" class="badge conclusion-failure">failure</span>');
    expect(header).toContain('<code id="head-sha">3f9c2a71d04b</code>');
    expect(header).not.toContain('3f9c2a71d04be');
    expect(header).toContain('<p class="output-title">1 failed, 74 passed, 1 skipped</p>');
    expect(header).toContain(
      '<a href="https://github.com/kuryr/kuryr-dragonflow-actions/runs/4000000001" rel="noopener">4000000001</a>',
    );
    const counts = [...header.matchAll(/data-level="(\w+)"><b>(\d+)<\/b>/g)].map((m) => [m[1], Number(m[2])]);
    expect(counts).toEqual([
      ['failure', 1],
      ['warning', 1],
      ['notice', 1],
    ]);
  });

  it('a conclusion-less (in progress) run shows its status; an unknown conclusion gets a neutral badge class', () => {
    const file = demoCheckRun();
    const running = { ...file, check_run: { ...file.check_run, status: 'in_progress', conclusion: null } };
    expect(preview(undefined, running)).toContain(
      '<span id="conclusion" class="badge conclusion-unknown">in_progress</span>',
    );
    const odd = { ...file, check_run: { ...file.check_run, conclusion: 'x" onclick="y' } };
    expect(preview(undefined, odd)).toContain(
      '<span id="conclusion" class="badge conclusion-unknown">x&quot; onclick=&quot;y</span>',
    );
  });

  it('renders the summary with its tables and collapsed details inside <section id="summary">', () => {
    const summary = between(preview(), '<section id="summary">', '</section>');
    expect(summary).toContain('<h3>❌ kdf e2e: 1 failed, 74 passed, 1 skipped in 23m1s</h3>');
    expect(summary).toContain('<h4>Failures (1)</h4>');
    expect(summary).toContain(
      '<details><summary>Failed: setup-devstack › stack.sh completes — <code>.kdf/plan/local.conf:31</code></summary>',
    );
    expect(summary).toContain('See &quot;systemctl status devstack@df-controller.service&quot;');
    expect(summary).toContain('<h4>Stages</h4>');
    expect(summary).toContain('<details><summary>7 results file(s) for 3f9c2a71d04b</summary>');
    expect(summary).toContain(
      '<blockquote>\n<p>Check run: <a href="https://github.com/kuryr/kuryr-dragonflow-actions/runs/4000000001" rel="noopener">kdf e2e</a> (3 annotation(s)).</p>\n</blockquote>',
    );
    expect(summary.match(/<table\b/g)).toHaveLength(5); // totals, matrix, stages, slowest tests, files
    for (const tag of startTags(summary)) expect(SUMMARY_TAGS).toContain(tag.name);
  });

  it('the table right after the Matrix heading is <table id="matrix">, with every leg and stage', () => {
    const html = preview();
    expect(html.match(/id="matrix"/g)).toHaveLength(1);
    expect(html).toMatch(/<h4>Matrix<\/h4>\s*<table id="matrix">/);
    expect(rows(between(html, '<table id="matrix">', '</table>'))).toEqual(DEMO_MATRIX);
  });

  it('marks no table when there is no Matrix heading, or when something stands between it and the table', () => {
    const table = '| leg | cases |\n| --- | --- |\n| a | 1 |';
    expect(renderSummaryHtml(`#### Stages\n${table}`)).not.toContain('id="matrix"');
    expect(renderSummaryHtml(`#### Matrix\n\nNo legs ran.\n\n${table}`)).not.toContain('id="matrix"');
    expect(renderSummaryHtml(table)).not.toContain('id="matrix"');
    // Blank lines between heading and table are fine; only the first table after the heading is the matrix.
    const two = renderSummaryHtml(`#### Matrix\n\n${table}\n\n${table}`);
    expect(two.match(/<table id="matrix">/g)).toHaveLength(1);
    expect(two.match(/<table>/g)).toHaveLength(1);
  });

  it('one <tr class="annotation level-…"> per annotation, in order, with location, title, message and raw details', () => {
    const section = between(preview(), '<section id="annotations">', '</section>');
    expect(section).toContain('<h2>Annotations (3)</h2>');
    const trs = [...section.matchAll(/<tr class="annotation level-(\w+)">([\s\S]*?)<\/tr>/g)];
    expect(trs.map((m) => m[1])).toEqual(['failure', 'warning', 'notice']);
    const [failure, warning, notice] = trs.map((m) => m[2] as string);
    expect(failure).toContain('<span class="pill level-failure">failure</span>');
    expect(failure).toContain(
      '<code><a href="https://github.com/kuryr/kuryr-dragonflow-actions/blob/3f9c2a71d04be85c6e1f7a9b2c4d6e8f0a1b3c5d/.kdf/plan/local.conf" rel="noopener">.kdf/plan/local.conf:31</a></code>',
    );
    expect(failure).toContain('<td class="title">Failed: setup-devstack › stack.sh completes</td>');
    expect(failure).toContain(
      '<pre>stack.sh exited with status 1: ERROR: the main setup script run by this job failed - exit code: 1\n/opt/stack/devstack/functions-common:241 &#39;Failed to start df-controller&#39;</pre>',
    );
    expect(failure).toMatch(
      /<details><summary>raw details<\/summary><pre>\+ lib\/dragonflow:start_df:312 [^<]*<\/pre><\/details>/,
    );
    expect(warning).toContain('suites/connectivity/trunk.yaml:23-27</a>');
    expect(warning).toContain('<details><summary>raw details</summary><pre>subports:\n  - port: kdf-pod-a');
    expect(notice).toContain('.kdf/plan/local.conf:17</a>');
    expect(notice).not.toContain('<details>'); // raw_details is null
  });

  it('an empty annotations list: the section says so, no rows, zero counts', () => {
    const file = demoCheckRun();
    const html = preview(undefined, { ...file, annotations: [] });
    const section = between(html, '<section id="annotations">', '</section>');
    expect(section).toContain('<h2>Annotations (0)</h2>');
    expect(section).toContain('<p class="empty">No annotations.</p>');
    expect(section).not.toContain('<tr');
    expect([...html.matchAll(/data-level="\w+"><b>(\d+)<\/b>/g)].map((m) => m[1])).toEqual(['0', '0', '0']);
  });

  it('escapes every check run and annotation field; an unknown level counts and shows as a notice', () => {
    const file = hostileCheckRun();
    file.annotations.push({ ...HOSTILE_ANNOTATION, annotation_level: 'bogus' as never, raw_details: null });
    const html = preview(undefined, file);
    expect(html).toContain(
      '<span class="name">&lt;b onmouseover=&quot;window.__pwned = &#39;name&#39;&quot;&gt;kdf&lt;/b&gt;</span>',
    );
    expect(html).toContain('&lt;iframe src=&quot;https://evil.example/title&quot;&gt;&lt;/iframe&gt;');
    expect(html).toContain('<title>&lt;b onmouseover=');
    expect(html).toContain('check run 4000000001 ·'); // the javascript: html_url is not a link
    const trs = [...html.matchAll(/<tr class="annotation level-(\w+)">([\s\S]*?)<\/tr>/g)];
    expect(trs.map((m) => m[1])).toEqual(['failure', 'warning', 'notice', 'failure', 'notice']);
    const hostile = trs[3]?.[2] as string;
    expect(hostile).toContain(
      '<td class="where"><code>&quot;&gt;&lt;svg onload=&quot;window.__pwned = &#39;path&#39;&quot;&gt;.py:3-4</code></td>',
    );
    expect(hostile).toContain('<td class="title">&lt;script&gt;window.__pwned = &#39;title&#39;&lt;/script&gt;</td>');
    expect(hostile).toContain('<pre>&lt;img src=x onerror=&quot;window.__pwned = &#39;message&#39;&quot;&gt;</pre>');
    expect(hostile).toContain(
      '<pre>&lt;/pre&gt;&lt;/details&gt;&lt;iframe src=&quot;https://evil.example/details&quot;&gt;&lt;/iframe&gt;</pre>',
    );
    expect([...html.matchAll(/data-level="(\w+)"><b>(\d+)<\/b>/g)].map((m) => `${m[2]} ${m[1]}`)).toEqual([
      '2 failure',
      '1 warning',
      '2 notice',
    ]);
    // What matters in the end: no element but ours, no event handler, no javascript: anywhere in markup.
    const allowed = new Set([...SUMMARY_TAGS, 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main']);
    for (const name of ['section', 'footer']) allowed.add(name);
    for (const tag of startTags(html)) {
      expect(allowed).toContain(tag.name);
      expect(tag.attributes).not.toMatch(/\son[a-z]+\s*=|javascript:|style=|src=/i);
    }
  });
});

describe('the summary sanitizer', () => {
  const summary = (): string => renderSummaryHtml(`${demoSummary()}\n\n${HOSTILE_SUMMARY}`);

  it('drops script, style, iframe, object, svg, img, form, input, link, meta and base, with script-ish content', () => {
    const html = summary();
    for (const tag of startTags(html)) expect(SUMMARY_TAGS).toContain(tag.name);
    expect(html).not.toMatch(/<\/?(script|style|iframe|object|svg|img|form|input|link|meta|base)\b/i);
    expect(html).not.toContain('evil.example');
    // The one mention of __pwned left is text: a tag the sanitizer could not parse, escaped.
    expect(html.match(/__pwned/g)).toHaveLength(1);
    expect(html).toContain("&lt;img/src=x/onerror=window.__pwned='img-slash'>");
    expect(html).not.toContain('display: none');
    // Every `<` left starts an allowed tag: a stray one is text.
    expect(html).not.toMatch(/<(?![a-z]|\/[a-z])/);
    expect(html).toContain('&lt;scr');
    expect(html).toContain('<div>styled div</div>');
  });

  it('keeps only details[open], th/td[align] and http(s) a[href] (with rel="noopener")', () => {
    const html = summary();
    for (const tag of startTags(html)) {
      const attrs = tag.attributes.trim();
      if (tag.name === 'a') expect(attrs).toMatch(/^(href="https?:\/\/[^"]*" )?rel="noopener"$/);
      else if (tag.name === 'details') expect(['', 'open']).toContain(attrs);
      else if (tag.name === 'table') expect(['', 'id="matrix"']).toContain(attrs);
      else expect(attrs).toBe('');
    }
    expect(html).toContain('<a rel="noopener">js link</a>');
    expect(html).toContain('<a rel="noopener">entity link</a>');
    expect(html).toContain('<a rel="noopener">tab link</a>');
    expect(html).toContain('<a rel="noopener">data link</a>');
    expect(html).toContain('<a rel="noopener">md js link</a>');
    expect(html).toContain('<span>hover me</span>');
    expect(html).toContain('<a href="https://example.com/docs?a=1&amp;b=2" rel="noopener">a safe link</a>');
    expect(html).toContain('<details open><summary>kept open</summary>inside</details>');
    expect(html).toContain('<details open><summary>toggle</summary>opened</details>'); // no ontoggle
    expect(renderSummaryHtml('| a | b |\n| :-: | --: |\n| 1 | 2 |')).toContain(
      '<th align="center">a</th>\n<th align="right">b</th>',
    );
    expect(sanitizeHtml('<td align="justify" ALIGN=left>x</td>')).toBe('<td>x</td>');
  });

  it('handles odd markup: case, self-closing tags, comments, unterminated tags and raw-text elements', () => {
    expect(sanitizeHtml('<B>bold</B><BR/><hr />')).toBe('<b>bold</b><br><hr>');
    expect(sanitizeHtml('a <!-- <script>x</script> --> b <!doctype html> c <?xml ?> d')).toBe('a  b  c  d');
    expect(sanitizeHtml('1 < 2 and <3 and <a')).toBe('1 &lt; 2 and &lt;3 and &lt;a');
    expect(sanitizeHtml('<SCRIPT type="text/javascript">x()</SCRIPT >after')).toBe('after');
    expect(sanitizeHtml('<script>never closed <b>x</b>')).toBe('');
    expect(sanitizeHtml('<textarea><b>x</b></textarea><img src=x onerror=alert(1)>!')).toBe('!');
    expect(sanitizeHtml('<img/src=x/onerror=alert(1)>')).toBe('&lt;img/src=x/onerror=alert(1)>');
    expect(sanitizeHtml('a<!-- never closed <b>x</b>')).toBe('a');
    expect(sanitizeHtml('<![CDATA[<b>]]>y')).toBe(']]>y');
    expect(sanitizeHtml('<a href="https://a.example/" href="javascript:x">a</a>')).toBe(
      '<a href="https://a.example/" rel="noopener">a</a>',
    );
    expect(sanitizeHtml('<a href=" HTTPS://A.example/p q">a</a>')).toBe(
      '<a href="https://a.example/p%20q" rel="noopener">a</a>',
    );
    expect(sanitizeHtml('<a href="/relative">r</a><a href="mailto:x@y">m</a>')).toBe(
      '<a rel="noopener">r</a><a rel="noopener">m</a>',
    );
  });

  it('takes linear time on pathological input', () => {
    const n = 100_000;
    const inputs = ['<a b', '<!--x>', '<!x', '<a x="', '<script>', '<a x x '].map((s) => `${s.repeat(n)}>`);
    // At most the last repetition, closed by the final `>`, is a tag.
    for (const input of inputs) expect(sanitizeHtml(input).split('<').length).toBeLessThanOrEqual(2);
    // Against a baseline of plain linear passes over the same input, in the same run (a loaded machine slows both):
    // on this machine the sanitizer takes about half the baseline's time; a backtracking or rescanning sanitizer
    // would take thousands of times longer at this size.
    const time = (work: (input: string) => unknown): number => {
      const started = performance.now();
      for (const input of inputs) work(input);
      return performance.now() - started;
    };
    const baseline = time((input) => input.replace(/</g, '&lt;').replace(/>/g, '&gt;').split(' ').join(' '));
    expect(time(sanitizeHtml) / baseline).toBeLessThan(20);
  });
});

describe('the demo fixtures', () => {
  it('are what publish-results writes today (regenerate: npx tsx test/__fixtures__/demo/regenerate.ts)', async () => {
    const fresh = await generateDemoRun();
    const committed = demoCheckRun();
    expect(fresh.summaryMarkdown).toBe(demoSummary());
    expect(fresh.checkRun.annotations).toEqual(committed.annotations);
    const { started_at: _s, completed_at: _c, ...run } = fresh.checkRun.check_run;
    const { started_at: _s2, completed_at: _c2, ...committedRun } = committed.check_run;
    expect(run).toEqual(committedRun);
    // And the matrix of a fresh run still comes out as a table.
    expect(rows(between(preview(fresh.summaryMarkdown, fresh.checkRun), '<table id="matrix">', '</table>'))).toEqual(
      DEMO_MATRIX,
    );
  });
});
