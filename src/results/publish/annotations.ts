/**
 * Kept results → check-run annotations: failures first, then warnings, then notices, each in arrival order;
 * identical annotations merged (with a count in the title); every field cut to GitHub's limits by bytes or characters.
 */
import { basename } from 'node:path';
import type { CollectedCase, CollectedFinding, ResultsCollector, SourceFile } from './collector.js';
import { GITHUB_LIMITS } from './limits.js';
import type { Locator } from './locate.js';
import { truncateChars, truncateUtf8 } from './utf8.js';

/** An annotation exactly as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

/** An annotation plus what the summary needs to know about it. */
export interface AnnotationEntry {
  annotation: CheckAnnotation;
  /** The path given in the results when it lies outside the repository. */
  outside?: string;
  /** True when no in-repository location was found and the annotation points at the results file instead. */
  fallbackPath: boolean;
  order: number;
}

/** Result of {@link buildAnnotations}. */
export interface AnnotationSet {
  /** Every distinct annotation for what the collector kept: sorted, merged, limited field by field. */
  entries: AnnotationEntry[];
  /** Failures, flaky cases and findings the collector counted but did not keep. */
  notKept: number;
}

/** The first `limit` entries (0 = all) and how many annotations are left out in total. */
export function selectAnnotations(set: AnnotationSet, limit: number): { entries: AnnotationEntry[]; omitted: number } {
  const entries = limit > 0 ? set.entries.slice(0, limit) : set.entries;
  return { entries, omitted: set.entries.length - entries.length + set.notKept };
}

const LEVEL_RANK = { failure: 0, warning: 1, notice: 2 } as const;

/** Case title: `suite › name`, or the name alone when the suite repeats it (jest-junit). */
export function caseTitle(suite: string, name: string): string {
  if (!suite || suite === '(no suite)' || suite === name || name.startsWith(`${suite} `)) return name;
  return `${suite} › ${name}`;
}

function fallbackFor(file: SourceFile | undefined): string {
  if (!file) return 'results';
  return file.display.startsWith('/') ? basename(file.display) : file.display;
}

/** Applies GitHub's field limits to one annotation (title by characters, message and raw_details by bytes). */
export function limitAnnotation(a: CheckAnnotation): CheckAnnotation {
  const out: CheckAnnotation = { ...a };
  if (out.title !== undefined) out.title = truncateChars(out.title, GITHUB_LIMITS.titleChars);
  out.message = truncateUtf8(out.message === '' ? '(no message)' : out.message, GITHUB_LIMITS.annotationFieldBytes);
  if (out.raw_details !== undefined) {
    if (out.raw_details === '') delete out.raw_details;
    else out.raw_details = truncateUtf8(out.raw_details, GITHUB_LIMITS.annotationFieldBytes);
  }
  if (out.start_line < 1) out.start_line = 1;
  if (out.end_line < out.start_line) out.end_line = out.start_line;
  if (out.start_line !== out.end_line || out.start_column === undefined) {
    delete out.start_column;
    delete out.end_column;
  } else if (out.end_column !== undefined && out.end_column < out.start_column) {
    out.end_column = out.start_column;
  }
  return out;
}

/** The identity used to merge duplicates and to recognise annotations an earlier run already published. */
export function annotationKey(
  a: Pick<CheckAnnotation, 'path' | 'start_line' | 'end_line' | 'annotation_level' | 'title' | 'message'>,
): string {
  return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.title ?? '', a.message]);
}

/** Options of {@link buildAnnotations}. */
export interface BuildAnnotationsOptions {
  locator: Locator;
  /** The folder of a results file, for relative paths in it. */
  baseDir: (file: SourceFile) => string;
}

/** The annotation of a kept failed, errored or flaky case. */
function caseEntry(
  kept: CollectedCase,
  file: SourceFile | undefined,
  options: BuildAnnotationsOptions,
): AnnotationEntry {
  const c = kept.case;
  const loc = options.locator.locate(c.location, c.details, file ? options.baseDir(file) : undefined);
  const flaky = c.status === 'flaky';
  const attempts = c.attempts && c.attempts > 1 ? c.attempts : undefined;
  const title = `${flaky ? 'Flaky' : c.status === 'error' ? 'Error' : 'Failed'}: ${caseTitle(c.suite, c.name)}`;
  const lines: string[] = [];
  lines.push(
    c.message?.trim() || (flaky ? 'failed, then passed on a retry' : c.status === 'error' ? 'error' : 'failed'),
  );
  if (flaky) lines.push(`Passed after ${attempts ?? 2} attempts.`);
  else if (attempts) lines.push(`Failed ${attempts} attempts.`);
  if (loc.outside) lines.push(`Location outside the repository: ${loc.outside}${loc.line ? `:${loc.line}` : ''}`);
  const start = loc.path ? (loc.line ?? 1) : 1;
  const a: CheckAnnotation = {
    path: loc.path ?? fallbackFor(file),
    start_line: start,
    end_line: loc.path ? Math.max(start, loc.endLine ?? start) : 1,
    annotation_level: flaky ? 'warning' : 'failure',
    title,
    message: lines.join('\n'),
  };
  if (c.details) a.raw_details = c.details;
  return {
    annotation: a,
    ...(loc.outside ? { outside: loc.outside } : {}),
    fallbackPath: loc.path === undefined,
    order: kept.order,
  };
}

/** The annotation of a kept finding. */
function findingEntry(
  kept: CollectedFinding,
  file: SourceFile | undefined,
  options: BuildAnnotationsOptions,
): AnnotationEntry {
  const f = kept.finding;
  const path = options.locator.toRepoPath(f.file, file ? options.baseDir(file) : undefined);
  const message = path === undefined ? `${f.message}\nLocation outside the repository: ${f.file}:${f.line}` : f.message;
  const a: CheckAnnotation = {
    path: path ?? fallbackFor(file),
    start_line: path === undefined ? 1 : f.line,
    end_line: path === undefined ? 1 : (f.endLine ?? f.line),
    annotation_level: f.level,
    title: f.rule ? `${f.title} (${f.rule})` : f.title,
    message,
  };
  if (path !== undefined && f.column !== undefined) {
    a.start_column = f.column;
    if (f.endColumn !== undefined) a.end_column = f.endColumn;
  }
  if (f.details) a.raw_details = f.details;
  return {
    annotation: a,
    ...(path === undefined ? { outside: f.file } : {}),
    fallbackPath: path === undefined,
    order: kept.order,
  };
}

/**
 * Limits every entry's fields and merges duplicates: the first occurrence stays in place and carries the count in
 * its title. `entries` must already be sorted.
 */
function limitAndMerge(entries: AnnotationEntry[]): AnnotationEntry[] {
  const merged: AnnotationEntry[] = [];
  const counts = new Map<string, { entry: AnnotationEntry; count: number }>();
  for (const e of entries) {
    const limited = limitAnnotation(e.annotation);
    const key = annotationKey(limited);
    const seen = counts.get(key);
    if (seen) {
      seen.count++;
      continue;
    }
    const entry = { ...e, annotation: limited };
    counts.set(key, { entry, count: 1 });
    merged.push(entry);
  }
  for (const { entry, count } of counts.values()) {
    if (count > 1) {
      const suffix = ` (×${count})`;
      entry.annotation.title =
        truncateChars(entry.annotation.title ?? '', GITHUB_LIMITS.titleChars - suffix.length) + suffix;
    }
  }
  return merged;
}

/** Builds the sorted, merged annotation list from what `collector` kept. */
export function buildAnnotations(collector: ResultsCollector, options: BuildAnnotationsOptions): AnnotationSet {
  const fileOf = (i: number): SourceFile | undefined => collector.files[i];
  const raw: AnnotationEntry[] = [
    ...[...collector.failures, ...collector.flaky].map((kept) => caseEntry(kept, fileOf(kept.file), options)),
    ...collector.findings.map((kept) => findingEntry(kept, fileOf(kept.file), options)),
  ];
  raw.sort(
    (x, y) =>
      LEVEL_RANK[x.annotation.annotation_level] - LEVEL_RANK[y.annotation.annotation_level] || x.order - y.order,
  );
  const notKept = collector.dropped.failures + collector.dropped.flaky + collector.dropped.findings;
  return { entries: limitAndMerge(raw), notKept };
}
