/** Small helpers for GitHub-flavoured Markdown/HTML in summaries. */

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes text for one Markdown table cell: HTML-escaped, pipes escaped, on one line. */
export function cell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
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
