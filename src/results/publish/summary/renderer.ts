/**
 * The summary renderer: an ordered list of sections rendered into a byte budget (65535 bytes for a check run's
 * `output.summary`, 1 MiB for a job summary). Every section first gets room for its minimal form; then, in priority
 * order, each renders as fully as the remaining budget allows. Nothing is ever cut mid-character, and the result
 * never exceeds the budget.
 *
 * Other stages add their own sections (a reachability matrix, load-balancer tables) through `PublishPorts.sections`;
 * a section may also observe every case while results stream in, so it can build its table without the collector
 * keeping passed cases.
 */
import type { CaseObserver, ResultsCollector, Totals } from '../collector.js';
import type { AnnotationSet } from '../annotations.js';
import { truncateUtf8, utf8Length } from '../utf8.js';
import { inlineText } from './markdown.js';

/** Where a rendering goes; sections may render differently for each. */
export type SummaryTarget = 'job-summary' | 'check-run';

/** What sections render from. */
export interface SummaryContext {
  /** The check name (input `name`). */
  name: string;
  target: SummaryTarget;
  totals: Totals;
  collector: ResultsCollector;
  annotations: AnnotationSet;
  /** Conclusion that will be (or was) published. */
  conclusion: 'success' | 'failure' | 'neutral';
  /** Lines shown under the headline: why no check run was written, a link to it, a failed upload... */
  notes: readonly string[];
  /** Commit the results describe. */
  commit?: string;
}

/** One part of the summary. */
export interface SummarySection {
  /** Unique id (used to replace a section). */
  id: string;
  /** Position in the output: lower first. Built-in sections use 0, 10, 20, ... 90. */
  order: number;
  /** Which section gets its budget first: lower first (default: `order`). */
  priority?: number;
  /** The smallest useful form (a heading and a count); '' when the section has nothing to say. */
  minimal(ctx: SummaryContext): string;
  /** The fullest form that fits in `maxBytes` UTF-8 bytes (never less than the minimal form when that fits). */
  render(ctx: SummaryContext, maxBytes: number): string;
  /** Sees every case while results are read (optional). */
  observer?: CaseObserver;
}

/** Renders sections into a byte budget. */
export class SummaryRenderer {
  private readonly sections: SummarySection[] = [];

  constructor(sections: readonly SummarySection[] = []) {
    for (const s of sections) this.add(s);
  }

  /** Adds a section, replacing one with the same id. */
  add(section: SummarySection): this {
    const i = this.sections.findIndex((s) => s.id === section.id);
    if (i === -1) this.sections.push(section);
    else this.sections[i] = section;
    return this;
  }

  /** The sections, in output order. */
  list(): readonly SummarySection[] {
    return [...this.sections].sort((a, b) => a.order - b.order);
  }

  /** Observers of the sections that have one. */
  observers(): CaseObserver[] {
    return this.sections.flatMap((s) => (s.observer ? [s.observer] : []));
  }

  /** Renders every section into at most `maxBytes` UTF-8 bytes. */
  render(ctx: SummaryContext, maxBytes: number): string {
    const ordered = this.list();
    const SEP = '\n\n';
    const minimal = new Map(ordered.map((s) => [s.id, s.minimal(ctx)]));
    const sizeOf = (t: string): number => (t === '' ? 0 : utf8Length(t) + SEP.length);
    // Minimal forms that do not fit even alone are dropped, lowest priority first.
    const byPriority = [...ordered].sort((a, b) => (a.priority ?? a.order) - (b.priority ?? b.order));
    let reserved = [...minimal.values()].reduce((n, t) => n + sizeOf(t), 0);
    for (const s of [...byPriority].reverse()) {
      if (reserved <= maxBytes) break;
      reserved -= sizeOf(minimal.get(s.id) ?? '');
      minimal.set(s.id, '');
    }
    const rendered = new Map<string, string>();
    let remaining = maxBytes;
    for (const s of byPriority) {
      const min = minimal.get(s.id) ?? '';
      reserved -= sizeOf(min);
      // What this section may use: everything not reserved for the minimal forms of the sections still to come.
      const budget = remaining - reserved - SEP.length;
      let text = min;
      if (budget > utf8Length(min)) {
        try {
          text = s.render(ctx, budget);
        } catch (err) {
          text = `_The ${inlineText(s.id)} section failed to render: ${inlineText(err instanceof Error ? err.message : String(err))}_`;
        }
        if (utf8Length(text) > budget) text = min;
      }
      rendered.set(s.id, text);
      remaining -= sizeOf(text);
    }
    const out = ordered
      .map((s) => rendered.get(s.id) ?? '')
      .filter((t) => t !== '')
      .join(SEP);
    return truncateUtf8(out + '\n', maxBytes);
  }
}
