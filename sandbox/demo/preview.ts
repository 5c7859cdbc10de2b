/**
 * A static, self-contained HTML preview of what publish-results wrote: the job summary (GitHub-flavoured Markdown
 * with a few HTML tags) and the check run with its annotations, as the Checks API returns them.
 *
 * The page has no scripts and references nothing outside itself: CSS is inline and a Content-Security-Policy
 * (`default-src 'none'`) keeps the browser from loading anything even if the sanitizer missed something. Everything
 * that comes from the check run is HTML-escaped; the summary's raw HTML goes through an allowlist sanitizer.
 *
 * Test hooks: the check run header is `<header id="check-run">` with the conclusion in `#conclusion`; the rendered
 * summary is `<section id="summary">`, in which the table right after the `Matrix` heading is
 * `<table id="matrix">`; the annotations are `<section id="annotations">`, one `<tr class="annotation level-…">`
 * each.
 */
import { Marked, type Token } from 'marked';

/** The three annotation levels of the Checks API. */
export type AnnotationLevel = 'notice' | 'warning' | 'failure';

/** An annotation as `GET /repos/{owner}/{repo}/check-runs/{id}/annotations` returns it. */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number | null;
  end_column?: number | null;
  annotation_level: AnnotationLevel | null;
  title?: string | null;
  message: string | null;
  raw_details?: string | null;
  blob_href?: string;
}

/** A check run as `GET /repos/{owner}/{repo}/check-runs/{id}` returns it (the fields the preview shows). */
export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at?: string | null;
  completed_at?: string | null;
  html_url?: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
  [field: string]: unknown;
}

/** `demo-out/check-run.json`: the check run and its annotations. */
export interface CheckRunFile {
  check_run: CheckRun;
  annotations: CheckRunAnnotation[];
}

/** What {@link renderPreview} shows. */
export interface PreviewInput {
  /** The job summary as written to `$GITHUB_STEP_SUMMARY`. */
  summaryMarkdown: string;
  checkRun: CheckRunFile;
  /** The page title (default: `<check run name> — publish-results preview`). */
  title?: string;
  /** Shown in the footer (default: now). */
  generatedAt?: Date;
}

const LEVELS: readonly AnnotationLevel[] = ['failure', 'warning', 'notice'];
const CONCLUSIONS = ['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out', 'action_required', 'stale'];

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// ---------------------------------------------------------------------------------------------------------------
// Sanitizer. Allowlist only: every tag in the output is rebuilt from its name and the few attributes allowed below,
// and every `<` that does not start a tag, comment or declaration we recognise is escaped. So the output contains a
// `<` only where this function wrote a tag, whatever the input looked like.

const ALLOWED_TAGS = new Set([
  ...['details', 'summary', 'sub', 'sup', 'br', 'code', 'pre', 'b', 'strong', 'i', 'em', 'p', 'a', 'hr'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'blockquote', 'span', 'div'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
]);
/** Dropped with their content: raw text that would otherwise show as page text, or embedded documents. */
const DROP_WITH_CONTENT = new Set(
  ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'title', 'xmp'].concat([
    'noembed',
    'noframes',
    'svg',
    'math',
    'select',
  ]),
);
// Attribute names may not contain `<` here (browsers allow it): a run of `<` without `>` then costs linear time.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** `<!doctype …>`, `<![CDATA[…]>`, `<?xml …>`: dropped. */
const DECLARATION = /<[!?][^>]*>/y;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':' };

function decodeEntities(value: string): string {
  return value.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (all, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? all;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The normalized URL when it is http(s), else undefined (relative, `javascript:`, `data:`...). */
export function safeHref(raw: string): string | undefined {
  try {
    // The WHATWG parser drops tabs and newlines like the browser does ("java\tscript:" is javascript:), and `href`
    // is its serialization: what goes into the page is exactly what was checked.
    const url = new URL(decodeEntities(raw).trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function allowedAttributes(tag: string, attributes: string): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    const name = (m[1] as string).toLowerCase();
    const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (seen.has(name)) continue; // as in browsers, the first of repeated attributes counts
    seen.add(name);
    if (tag === 'details' && name === 'open') out.push('open');
    else if ((tag === 'th' || tag === 'td') && name === 'align' && /^(left|center|right)$/i.test(value))
      out.push(`align="${value.toLowerCase()}"`);
    else if (tag === 'a' && name === 'href') {
      const href = safeHref(value);
      if (href) out.push(`href="${escapeHtml(href)}"`);
    }
  }
  if (tag === 'a') out.push('rel="noopener"');
  return out.map((a) => ` ${a}`).join('');
}

/**
 * Keeps only the allowed tags of `html` (details, summary, sub, sup, br, code, pre, b, strong, i, em, p, tables,
 * lists, h1-h6, a, hr, blockquote, span, div) and of their attributes only `open` on details, `align` on th/td and
 * an http(s) `href` on a (which gets `rel="noopener"`). Comments and other tags go; script, style, iframe, svg and
 * the like go with their content. Text is kept as it is, except that a stray `<` is escaped.
 */
export function sanitizeHtml(html: string): string {
  // Every branch below moves past what it looked at, and none scans further than the construct it matched, so the
  // time is linear in the input (a summary can be 1 MiB).
  const lastGt = html.lastIndexOf('>');
  let out = '';
  let i = 0;
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', i)) {
    out += html.slice(i, lt);
    i = lt + 1;
    if (lt > lastGt) {
      out += '&lt;'; // nothing after this can close a tag
      continue;
    }
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3; // an unterminated comment runs to the end, as in a browser
      continue;
    }
    DECLARATION.lastIndex = lt;
    if (DECLARATION.test(html)) {
      i = DECLARATION.lastIndex;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      out += '&lt;';
      continue;
    }
    i = TAG.lastIndex;
    const closing = m[1] === '/';
    const tag = (m[2] as string).toLowerCase();
    if (ALLOWED_TAGS.has(tag)) out += closing ? `</${tag}>` : `<${tag}${allowedAttributes(tag, m[3] ?? '')}>`;
    else if (!closing && DROP_WITH_CONTENT.has(tag)) {
      const end = new RegExp(`</${tag}\\s*>`, 'ig');
      end.lastIndex = i;
      i = end.exec(html) ? end.lastIndex : html.length;
    }
  }
  return out + html.slice(i);
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown.

/** Index of the table that directly follows the `Matrix` heading, or -1. */
function matrixTableIndex(tokens: readonly Token[]): number {
  const blocks = tokens.map((token, index) => ({ token, index })).filter((b) => b.token.type !== 'space');
  for (let k = 0; k + 1 < blocks.length; k++) {
    const { token } = blocks[k] as { token: Token };
    const next = blocks[k + 1] as { token: Token; index: number };
    if (token.type === 'heading' && token.text.trim() === 'Matrix' && next.token.type === 'table') return next.index;
  }
  return -1;
}

/** The job summary as sanitized HTML, the matrix table marked with `id="matrix"`. */
export function renderSummaryHtml(markdown: string): string {
  const marked = new Marked({ gfm: true });
  const tokens = marked.lexer(markdown);
  const html = (part: Token[]): string => sanitizeHtml(marked.parser(part));
  const at = matrixTableIndex(tokens);
  if (at === -1) return html(tokens);
  // The sanitizer drops every id, so the matrix table is rendered on its own and gets its id after sanitizing.
  const table = html(tokens.slice(at, at + 1)).replace(/^<table>/, '<table id="matrix">');
  return html(tokens.slice(0, at)) + table + html(tokens.slice(at + 1));
}

// ---------------------------------------------------------------------------------------------------------------
// Page.

function levelOf(a: CheckRunAnnotation): AnnotationLevel {
  return LEVELS.includes(a.annotation_level as AnnotationLevel) ? (a.annotation_level as AnnotationLevel) : 'notice';
}

function annotationRow(a: CheckRunAnnotation): string {
  const level = levelOf(a);
  const lines = a.end_line !== a.start_line ? `${a.start_line}-${a.end_line}` : `${a.start_line}`;
  const where = escapeHtml(`${a.path}:${lines}`);
  const href = a.blob_href ? safeHref(a.blob_href) : undefined;
  const details = a.raw_details
    ? `<details><summary>raw details</summary><pre>${escapeHtml(a.raw_details)}</pre></details>`
    : '';
  return [
    `<tr class="annotation level-${level}">`,
    `<td class="level"><span class="pill level-${level}">${level}</span></td>`,
    `<td class="where"><code>${href ? `<a href="${escapeHtml(href)}" rel="noopener">${where}</a>` : where}</code>`,
    '</td>',
    `<td class="title">${escapeHtml(a.title ?? '')}</td>`,
    `<td class="message"><pre>${escapeHtml(a.message ?? '')}</pre>${details}</td>`,
    '</tr>',
  ].join('');
}

function annotationsSection(annotations: readonly CheckRunAnnotation[]): string {
  const body = annotations.length
    ? '<table><thead><tr><th>level</th><th>location</th><th>title</th><th>message</th></tr></thead><tbody>' +
      annotations.map(annotationRow).join('\n') +
      '</tbody></table>'
    : '<p class="empty">No annotations.</p>';
  return `<section id="annotations"><h2>Annotations (${annotations.length})</h2>\n${body}\n</section>`;
}

function header(run: CheckRun, annotations: readonly CheckRunAnnotation[]): string {
  const verdict = run.conclusion ?? run.status;
  const badge = CONCLUSIONS.includes(verdict) ? verdict : 'unknown';
  const counts = LEVELS.map((level) => {
    const n = annotations.filter((a) => levelOf(a) === level).length;
    return `<li class="count level-${level}" data-level="${level}"><b>${n}</b> ${level}</li>`;
  }).join('');
  const link = run.html_url ? safeHref(run.html_url) : undefined;
  const id = escapeHtml(String(run.id));
  const meta = [
    `commit <code id="head-sha">${escapeHtml(run.head_sha.slice(0, 12))}</code>`,
    `check run ${link ? `<a href="${escapeHtml(link)}" rel="noopener">${id}</a>` : id}`,
    escapeHtml(run.status),
    ...(run.started_at ? [`started ${escapeHtml(run.started_at)}`] : []),
    ...(run.completed_at ? [`completed ${escapeHtml(run.completed_at)}`] : []),
  ];
  return [
    '<header id="check-run">',
    `<h1><span class="name">${escapeHtml(run.name)}</span> `,
    `<span id="conclusion" class="badge conclusion-${badge}">${escapeHtml(verdict)}</span></h1>`,
    run.output.title ? `<p class="output-title">${escapeHtml(run.output.title)}</p>` : '',
    `<p class="meta">${meta.join(' · ')}</p>`,
    `<ul id="counts">${counts}</ul>`,
    '</header>',
  ].join('');
}

const CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --bg-soft: #f6f8fa;
  --failure: #d1242f; --warning: #9a6700; --notice: #0969da; --success: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; color: var(--fg);
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; }
pre { background: var(--bg-soft); padding: 8px 12px; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; }
table { border-collapse: collapse; margin: 8px 0 16px; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--border); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: var(--bg-soft); }
blockquote { margin: 0; padding: 0 12px; color: var(--muted); border-left: 4px solid var(--border); }
details { margin: 4px 0; } summary { cursor: pointer; }
section { border-top: 1px solid var(--border); margin-top: 24px; }
header h1 { margin: 0 0 4px; font-size: 22px; } .meta, .output-title, footer { color: var(--muted); margin: 4px 0; }
.badge, .pill { display: inline-block; border-radius: 2em; padding: 0 10px; color: #fff; font-size: 13px;
  font-weight: 600; vertical-align: middle; background: var(--muted); }
.conclusion-success { background: var(--success); }
.conclusion-failure, .conclusion-timed_out { background: var(--failure); }
.conclusion-action_required { background: var(--warning); }
#counts { list-style: none; padding: 0; display: flex; gap: 16px; margin: 8px 0; }
.count.level-failure b { color: var(--failure); } .count.level-warning b { color: var(--warning); }
.count.level-notice b { color: var(--notice); }
.pill.level-failure { background: var(--failure); } .pill.level-warning { background: var(--warning); }
.pill.level-notice { background: var(--notice); }
tr.annotation.level-failure td:first-child { border-left: 4px solid var(--failure); }
tr.annotation.level-warning td:first-child { border-left: 4px solid var(--warning); }
tr.annotation.level-notice td:first-child { border-left: 4px solid var(--notice); }
#annotations table { display: table; width: 100%; } #annotations td.message { width: 55%; }
#annotations td pre { margin: 0; }
`;

/**
 * The preview page: one self-contained HTML5 document (inline CSS, no scripts, no external resources). Check run
 * fields and annotations are escaped; the summary is rendered with marked (GFM) and sanitized with
 * {@link sanitizeHtml}.
 */
export function renderPreview(input: PreviewInput): string {
  const run = input.checkRun.check_run;
  const annotations = input.checkRun.annotations;
  const title = input.title ?? `${run.name} — publish-results preview`;
  const generatedAt = (input.generatedAt ?? new Date()).toISOString();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${header(run, annotations)}
<main>
<section id="summary"><h2>Job summary</h2>
${renderSummaryHtml(input.summaryMarkdown)}
</section>
${annotationsSection(annotations)}
</main>
<footer>Generated ${escapeHtml(generatedAt)} by <code>npm run demo</code>.</footer>
</body>
</html>
`;
}
