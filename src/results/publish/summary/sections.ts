/**
 * The built-in summary sections: headline and notes, totals, failures (degrading from full details to one line each
 * to a count), flaky cases, stages, durations and the files that were read.
 */
import { formatDuration } from '../../../runtime/duration.js';
import { caseTitle, type AnnotationEntry } from '../annotations.js';
import type { Totals } from '../collector.js';
import { truncateUtf8, utf8Length } from '../utf8.js';
import { countsPhrase, escapeHtml, inlineText, oneLine, table } from './markdown.js';
import { legOf, matrixSection } from './matrix.js';
import type { SummaryContext, SummarySection } from './renderer.js';

const ICON = { success: '✅', failure: '❌', neutral: '⚠️' } as const;

/** The headline phrase for counts: `3 failed, 1 error, 120 passed, 2 skipped, 1 flaky`. */
export function totalsText(t: Totals): string {
  return countsPhrase([
    [t.failed, 'failed'],
    [t.error, t.error === 1 ? 'error' : 'errors'],
    [t.passed, 'passed'],
    [t.skipped, 'skipped'],
    [t.flaky, 'flaky'],
  ]);
}

/** {@link totalsText} of a summary context. */
export function totalsPhrase(ctx: Pick<SummaryContext, 'totals'>): string {
  return totalsText(ctx.totals);
}

/** Headline, duration and notes. */
export function headlineSection(): SummarySection {
  const head = (ctx: SummaryContext): string =>
    `### ${ICON[ctx.conclusion]} ${inlineText(ctx.name)}: ${totalsPhrase(ctx)}` +
    (ctx.totals.durationMs > 0 ? ` in ${formatDuration(ctx.totals.durationMs)}` : '');
  return {
    id: 'headline',
    order: 0,
    minimal: head,
    // A note is Markdown the publisher wrote (user text in it already escaped); it stays on its own quoted line.
    render: (ctx, max) =>
      truncateUtf8(
        [head(ctx), ...ctx.notes.map((n) => `> ${n.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')}`)].join('\n'),
        max,
      ),
  };
}

/** The totals table. */
export function totalsSection(): SummarySection {
  return {
    id: 'totals',
    order: 10,
    minimal: () => '',
    render: (ctx) => {
      const t = ctx.totals;
      const f = t.findings;
      const header = ['passed', 'failed', 'errors', 'skipped', 'flaky', 'duration'];
      const row = [t.passed, t.failed, t.error, t.skipped, t.flaky].map(String);
      row.push(formatDuration(t.durationMs));
      if (f.failure + f.warning + f.notice > 0) {
        header.push('findings');
        row.push(`${f.failure} failure, ${f.warning} warning, ${f.notice} notice`);
      }
      return table(header, [row]);
    },
  };
}

function where(e: AnnotationEntry): string {
  const a = e.annotation;
  if (e.outside) return ` — outside the repository: <code>${inlineText(e.outside)}</code>`;
  if (e.fallbackPath) return ` — reported in <code>${inlineText(a.path)}</code>`;
  return ` — <code>${inlineText(a.path)}:${a.start_line}</code>`;
}

function entryDetails(e: AnnotationEntry, maxBody: number): string {
  const a = e.annotation;
  const body = [a.message, a.raw_details].filter((x) => x !== undefined && x !== '').join('\n\n');
  const pre = `<pre>${escapeHtml(truncateUtf8(body, maxBody))}</pre>`;
  return `<details><summary>${inlineText(a.title ?? '')}${where(e)}</summary>\n\n${pre}\n\n</details>`;
}

function entryLine(e: AnnotationEntry): string {
  const a = e.annotation;
  return `- ${inlineText(a.title ?? '')}${where(e)}: ${inlineText(oneLine(a.message))}`;
}

/**
 * Failures (and failure-level findings): as many as fit with full details in `<details>`, then one line each, then
 * a count of the rest. Each entry's details are capped (8 KiB in a check run, 32 KiB in a job summary).
 */
export function failuresSection(): SummarySection {
  const pick = (ctx: SummaryContext): AnnotationEntry[] =>
    ctx.annotations.entries.filter((e) => e.annotation.annotation_level === 'failure');
  const heading = (ctx: SummaryContext, n: number): string => `#### Failures (${n})`;
  const total = (ctx: SummaryContext): number => pick(ctx).length + ctx.collector.dropped.failures;
  return {
    id: 'failures',
    order: 20,
    priority: 1,
    minimal: (ctx) =>
      total(ctx) === 0 ? '' : `${heading(ctx, total(ctx))}\n${total(ctx)} failure(s): see the annotations.`,
    render: (ctx, max) => {
      const entries = pick(ctx);
      const all = total(ctx);
      if (all === 0) return '';
      const perEntry = ctx.target === 'check-run' ? 8 * 1024 : 32 * 1024;
      const parts = [heading(ctx, all)];
      let used = utf8Length(parts[0] ?? '');
      const reserve = 200; // for the closing "and N more" line
      let i = 0;
      let full = true;
      for (; i < entries.length; i++) {
        const e = entries[i] as AnnotationEntry;
        let text = full ? entryDetails(e, perEntry) : entryLine(e);
        if (full && used + utf8Length(text) + 1 > max - reserve) {
          full = false;
          text = entryLine(e);
        }
        if (used + utf8Length(text) + 1 > max - reserve) break;
        parts.push(text);
        used += utf8Length(text) + 1;
      }
      if (i === 0) return `${heading(ctx, all)}\n${all} failure(s): see the annotations.`;
      const rest = all - i;
      if (rest > 0) parts.push(`\n…and ${rest} more failure(s) not shown here.`);
      return parts.join('\n');
    },
  };
}

/** Flaky cases and warning-level findings, one line each. */
export function flakySection(): SummarySection {
  return {
    id: 'flaky',
    order: 30,
    priority: 2,
    minimal: (ctx) => (ctx.totals.flaky > 0 ? `#### Flaky (${ctx.totals.flaky})` : ''),
    render: (ctx, max) => {
      if (ctx.totals.flaky === 0) return '';
      const lines = [`#### Flaky (${ctx.totals.flaky})`];
      let used = utf8Length(lines[0] ?? '');
      let shown = 0;
      for (const k of ctx.collector.flaky) {
        const c = k.case;
        const line = `- ${inlineText(caseTitle(c.suite, c.name))}${c.attempts ? ` (${c.attempts} attempts)` : ''}`;
        if (used + utf8Length(line) + 1 > max - 100) break;
        lines.push(line);
        used += utf8Length(line) + 1;
        shown++;
      }
      if (shown < ctx.totals.flaky) lines.push(`- …and ${ctx.totals.flaky - shown} more`);
      return lines.join('\n');
    },
  };
}

/** Results documents' run metadata (stage, status, profile, release, distro). */
export function stagesSection(): SummarySection {
  return {
    id: 'stages',
    order: 40,
    priority: 5,
    minimal: () => '',
    render: (ctx) => {
      const runs = ctx.collector.files.filter((f) => f.run);
      if (runs.length === 0) return '';
      // documents of a matrix: a first column names the leg each row belongs to
      const legs = runs.some((f) => legOf(f) !== undefined);
      const rows = runs.map((f) => {
        const r = f.run!;
        const row = [r.stage, r.status ?? '', r.profile ?? '', r.release ?? '', r.distro ?? '', String(f.cases)];
        return legs ? [legOf(f) ?? '', ...row] : row;
      });
      const header = ['stage', 'status', 'profile', 'release', 'distro', 'cases'];
      return `#### Stages\n${table(legs ? ['leg', ...header] : header, rows)}`;
    },
  };
}

/** The slowest cases. */
export function durationsSection(): SummarySection {
  return {
    id: 'durations',
    order: 60,
    priority: 6,
    minimal: () => '',
    render: (ctx) => {
      const slow = ctx.collector.slowest;
      if (slow.length === 0 || ctx.totals.durationMs === 0) return '';
      const rows = slow.map((s) => [caseTitle(s.suite, s.name), formatDuration(s.durationMs)]);
      return `<details><summary>Slowest tests (total ${formatDuration(ctx.totals.durationMs)})</summary>\n\n${table(['test', 'duration'], rows)}\n\n</details>`;
    },
  };
}

/** Files read, their format, case count and any problem. */
export function filesSection(): SummarySection {
  return {
    id: 'files',
    order: 90,
    priority: 7,
    minimal: (ctx) =>
      `<sub>${ctx.collector.files.length} results file(s) read${ctx.commit ? ` for ${ctx.commit.slice(0, 12)}` : ''}.</sub>`,
    render: (ctx, max) => {
      const rows = ctx.collector.files.map((f) => [f.display, f.format, String(f.cases), f.problem ?? '']);
      const text = `<details><summary>${rows.length} results file(s)${ctx.commit ? ` for ${inlineText(ctx.commit.slice(0, 12))}` : ''}</summary>\n\n${table(['file', 'format', 'cases', 'problem'], rows)}\n\n</details>`;
      return utf8Length(text) <= max ? text : `<sub>${rows.length} results file(s) read.</sub>`;
    },
  };
}

/** The built-in sections, fresh. */
export function defaultSections(): SummarySection[] {
  return [
    headlineSection(),
    totalsSection(),
    failuresSection(),
    flakySection(),
    matrixSection(),
    stagesSection(),
    durationsSection(),
    filesSection(),
  ];
}
