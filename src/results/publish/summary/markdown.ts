/** Small helpers for GitHub-flavoured Markdown/HTML in summaries. */

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Every line break CommonMark or HTML knows (a lone `\r` ends a line too). */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Characters that open inline Markdown (emphasis, code spans, links and images, strikethrough, escapes), as numeric
 * character references: those read as the plain character both in Markdown and inside raw HTML, where a backslash
 * escape would show.
 */
const MARKDOWN_INLINE = /[\\`*_[\]~]/g;

/**
 * Escapes user-controlled text (a case name, a message, a path, a leg) for one line of a summary, wherever it lands:
 * in Markdown, in a table, or inside an HTML element such as `<summary>` or `<code>`. HTML is escaped, line breaks
 * become spaces (a blank line would end the HTML element and start Markdown: a heading, an image) and inline
 * Markdown is neutralised, so the text renders as written and stays inside its element.
 */
export function inlineText(text: string): string {
  return escapeHtml(text)
    .replace(LINE_BREAK, ' ')
    .replace(MARKDOWN_INLINE, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes text for one Markdown table cell: {@link inlineText}, with pipes escaped. */
export function cell(text: string): string {
  return inlineText(text).replace(/\|/g, '\\|');
}

/** A Markdown table; every cell is escaped with {@link cell}. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (r: readonly string[]): string => `| ${r.map(cell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** First line of `text`, at most `max` characters. */
export function oneLine(text: string | undefined, max = 200): string {
  const first = (text ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
  const t = first.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** "3 failed, 1 error, 10 passed" from counts, zero counts left out (`none` when all are zero). */
export function countsPhrase(parts: ReadonlyArray<[number, string]>): string {
  const kept = parts.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label}`);
  return kept.length ? kept.join(', ') : 'no results';
}
