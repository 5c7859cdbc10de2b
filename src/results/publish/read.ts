/**
 * Reads results files into a {@link ResultsCollector}: sniffs each file's format from its first bytes and streams it
 * through the matching parser. A file that cannot be read completely keeps what was read and adds an `error` case
 * saying why, so a truncated report still fails the run visibly instead of passing silently.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { getErrorMessage } from '../../runtime/errors.js';
import { JUnitParseError, parseJUnit } from '../junit/parse.js';
import type { TestCase } from '../model.js';
import { parseSubunit } from '../subunit/cases.js';
import { SUBUNIT_SIGNATURE } from '../subunit/v2.js';
import { readResults } from '../writer.js';
import type { ResultsCollector, ResultsFormat, SourceFile } from './collector.js';

/** Read buffer size: large enough that parsing, not system calls, dominates. */
const CHUNK_BYTES = 1024 * 1024;

/** The format of a file from its first bytes, or `undefined` when it is none of ours. */
export function sniffFormat(head: Uint8Array): ResultsFormat | undefined {
  if (head.length === 0) return undefined;
  if (head[0] === SUBUNIT_SIGNATURE) return 'subunit';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'junit';
  const text = Buffer.from(head)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<')) return 'junit';
  if (text.startsWith('{')) return 'results-json';
  return undefined;
}

async function readHead(path: string, bytes = 512): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** How a file is shown: repository-relative with forward slashes when inside `root`, else absolute. */
export function displayPath(abs: string, root: string): string {
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) return abs;
  return rel.split(sep).join('/');
}

/** The error case that stands for a results file that could not be read completely. */
export function unreadableFileCase(file: SourceFile, problem: string, line?: number): TestCase {
  const inside = !file.display.startsWith('/');
  return {
    id: `publish-results::${file.display}`,
    name: `read ${file.display}`,
    suite: 'publish-results',
    status: 'error',
    message: problem,
    ...(inside ? { location: line ? { file: file.display, line } : { file: file.display } } : {}),
  };
}

/** Options of {@link readResultsFile}. */
export interface ReadOptions {
  /** Repository root, for display paths. */
  root: string;
  /** Characters kept per failure body / attachment. */
  maxTextChars?: number;
}

/** Reads one file into `collector`; never throws for bad content (that becomes an error case). */
export async function readResultsFile(
  abs: string,
  collector: ResultsCollector,
  options: ReadOptions,
): Promise<SourceFile> {
  const display = displayPath(abs, options.root);
  let format: ResultsFormat | undefined;
  try {
    format = sniffFormat(await readHead(abs));
  } catch (err) {
    const file = collector.addFile({ display, abs, format: 'junit' });
    file.problem = `cannot read: ${getErrorMessage(err)}`;
    collector.addCase(unreadableFileCase(file, file.problem), file);
    return file;
  }
  const file = collector.addFile({ display, abs, format: format ?? 'junit' });
  const onCase = (c: TestCase): void => collector.addCase(c, file);
  const stream = (): AsyncIterable<Uint8Array> => createReadStream(abs, { highWaterMark: CHUNK_BYTES });
  let problemLine: number | undefined;
  try {
    switch (format) {
      case undefined:
        file.problem = 'not a results file: expected results JSON, JUnit XML or a subunit v2 stream';
        break;
      case 'results-json': {
        const doc = await readResults(abs);
        file.run = doc.run;
        for (const c of doc.cases) onCase(c);
        for (const f of doc.findings) collector.addFinding(f, file);
        const status = doc.run.status;
        const bad = doc.cases.some((c) => c.status === 'error');
        if (status === 'error' && !bad) file.problem = `stage '${doc.run.stage}' ended in error`;
        else if ((status === 'running' || status === undefined) && doc.run.finishedAt === undefined && !bad) {
          file.problem = `stage '${doc.run.stage}' did not finish (no finishedAt: it may have crashed)`;
        }
        break;
      }
      case 'junit':
        await parseJUnit(stream(), onCase, { source: display, maxTextChars: options.maxTextChars });
        break;
      case 'subunit': {
        const r = await parseSubunit(stream(), onCase, { source: display, maxTextChars: options.maxTextChars });
        if (r.problemCount > 0) {
          const more = r.problemCount > r.problems.length ? ` (and ${r.problemCount - r.problems.length} more)` : '';
          file.problem = `${r.problemCount} undecodable subunit packet(s): ${r.problems.slice(0, 3).join('; ')}${more}`;
        }
        break;
      }
    }
  } catch (err) {
    if (err instanceof JUnitParseError) {
      file.problem = err.message.startsWith(`${display}:`)
        ? err.message.slice(display.length + 1).replace(/^\d+: /, '')
        : err.message;
      problemLine = err.line;
    } else {
      file.problem = getErrorMessage(err);
    }
  }
  if (file.problem !== undefined) collector.addCase(unreadableFileCase(file, file.problem, problemLine), file);
  return file;
}

/** Reads every file, in order. */
export async function readResultsFiles(
  files: readonly string[],
  collector: ResultsCollector,
  options: ReadOptions,
): Promise<void> {
  for (const f of files) await readResultsFile(f, collector, options);
}

/** The folder of a source file, for resolving relative paths inside it. */
export function sourceDir(file: SourceFile): string {
  return dirname(file.abs);
}
