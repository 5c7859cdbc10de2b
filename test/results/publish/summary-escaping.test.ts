/**
 * Every user-controlled text in a summary (case and suite names, messages, details, paths, results files and their
 * problems, stages, legs, the check name) stays on its line, escaped, inside its element: rendered with `marked`
 * (GitHub-flavoured), a hostile name produces no heading, no image, no emphasis, and reads back as written.
 */
import { describe, expect, it } from '@jest/globals';
import { marked } from 'marked';

import { renderMatrix } from '../../../src/kube/summary.js';
import type { RunMetadata } from '../../../src/results/model.js';
import { buildAnnotations } from '../../../src/results/publish/annotations.js';
import { ResultsCollector } from '../../../src/results/publish/collector.js';
import { Locator } from '../../../src/results/publish/locate.js';
import { inlineText } from '../../../src/results/publish/summary/markdown.js';
import { SummaryRenderer, type SummaryContext } from '../../../src/results/publish/summary/renderer.js';
import { defaultSections } from '../../../src/results/publish/summary/sections.js';

/** Breaks out of `<summary>`, then tries a heading, an image, emphasis, code, a link, strikethrough and a table. */
const EVIL =
  'a\n</summary>\n\n# H1\n<img src=https://x.example/i.png>\r\n![i](https://y.example/i.png) *em* `c` [l](https://z.example) ~~s~~ | p \\ b';
const flat = (s: string): string => s.replace(/\r\n|[\r\n]/g, ' ');
const evil = (label: string): string => `${label}:${EVIL}`;

function decode(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A bare URL in text becomes a link whose text is the URL (as on GitHub); no Markdown link or image syntax works. */
function expectOnlyAutolinks(html: string): void {
  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) expect(m[1]).toBe(` href="${m[2] ?? ''}"`);
}

function context(target: SummaryContext['target']): SummaryContext {
  const c = new ResultsCollector();
  const run = (stage: string): RunMetadata =>
    ({
      tool: 'kuryr-dragonflow-actions',
      toolVersion: '1',
      stage,
      startedAt: '2026-01-01T00:00:00Z',
      status: 'failed',
      profile: evil('profile'),
      release: evil('release'),
      distro: evil('distro'),
      extra: { leg: evil('leg') },
    }) as RunMetadata;
  const f = c.addFile({
    display: evil('display'),
    abs: '/repo/r.json',
    format: 'results-json',
    run: run(evil('stage')),
    problem: evil('problem'),
  });
  c.addCase(
    {
      id: 'x',
      name: evil('name'),
      suite: 's',
      status: 'failed',
      message: evil('message'),
      details: evil('details'),
      durationMs: 5,
      location: { file: `/elsewhere/${evil('path')}`, line: 3 },
    },
    f,
  );
  c.addCase({ id: 'y', name: evil('flaky'), suite: evil('suite'), status: 'failed', durationMs: 1 }, f);
  c.addCase({ id: 'y', name: evil('flaky'), suite: evil('suite'), status: 'passed', durationMs: 1 }, f);
  const annotations = buildAnnotations(c, {
    locator: new Locator({ root: '/repo', exists: () => false }),
    baseDir: () => '/repo',
  });
  return {
    name: evil('check'),
    target,
    totals: c.totals,
    collector: c,
    annotations,
    conclusion: 'failure',
    notes: [],
    commit: 'c'.repeat(40),
  };
}

describe.each(['job-summary', 'check-run'] as const)('the %s with hostile text everywhere', (target) => {
  const markdown = new SummaryRenderer(defaultSections()).render(context(target), 65535);
  const html = marked.parse(markdown, { async: false, gfm: true });

  it('renders no heading but its own, no image, no emphasis, no strikethrough, no link from the text', () => {
    expect(html).not.toMatch(/<(h1|h2|h5|h6|img|em|strong|del|script)\b/i);
    expectOnlyAutolinks(html);
    expect(html.match(/<h3\b/g)).toHaveLength(1);
    // every <code> is one we wrote (a path), none made from backticks in the text
    expect(html.match(/<code>/g)?.length).toBe(markdown.match(/<code>/g)?.length);
  });

  it('keeps each text on one line of the Markdown', () => {
    for (const label of ['name', 'suite', 'path', 'display', 'problem', 'stage', 'leg', 'check', 'flaky']) {
      const lines = markdown.split('\n').filter((l) => decode(l).includes(`${label}:a </summary>  # H1`));
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(decode(l).replace(/\\\|/g, '|')).toContain(flat(evil(label)));
    }
  });

  it('keeps the failure title and its path inside <summary>, the details inside <pre>, as written', () => {
    const summaries = [...html.matchAll(/<summary>([\s\S]*?)<\/summary>/g)].map((m) => decode(m[1] ?? ''));
    const failure = summaries.find((s) => s.startsWith('Failed: '));
    if (target === 'job-summary') {
      expect(failure).toBe(
        `Failed: s › ${flat(evil('name'))} — outside the repository: <code>/elsewhere/${flat(evil('path'))}</code>`,
      );
      const pre = /<pre>([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
      // inside <pre> line breaks stay (marked reads CRLF as LF)
      expect(decode(pre)).toContain(evil('details').replace(/\r\n/g, '\n'));
      expect(decode(pre)).toContain(evil('message').replace(/\r\n/g, '\n'));
    }
    const text = decode(html.replace(/<[^>]+>/g, ''));
    for (const label of ['name', 'suite', 'check', 'leg', 'stage', 'display', 'problem'])
      expect(text).toContain(`${label}:a </summary>  # H1 <img src=https://x.example/i.png>`);
  });
});

describe('inlineText and the connectivity tables', () => {
  it('leaves ordinary names readable and turns every line break into a space', () => {
    expect(inlineText('suite › test_one <1> & "x"')).toBe('suite › test&#95;one &lt;1&gt; &amp; &quot;x&quot;');
    expect(inlineText('a\r\nb\rc\nd\u2028e')).toBe('a b c d e');
  });

  it('the reachability matrix escapes pod names and legs the same way', () => {
    const md = renderMatrix(
      [
        {
          from: evil('from'),
          to: 'b',
          protocol: 'tcp',
          expected: 'allow',
          observed: 'allow',
          passed: true,
          leg: evil('leg'),
        },
      ],
      65535,
    );
    const html = marked.parse(md, { async: false, gfm: true });
    expect(html).not.toMatch(/<(h1|img|em)\b/i);
    expectOnlyAutolinks(html);
    expect(md.split('\n').filter((l) => decode(l).includes('from:a </summary>'))).toHaveLength(1);
  });
});
