/** What every action adapter shares: where its results file goes, and findings turned into annotations. */
import { kdfEnv } from './env.js';
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../results/model.js';

/**
 * The one directory every stage writes its results to: the results-dir variable (runtime/env.ts), default
 * `$RUNNER_TEMP/kdf-results`. The only place this default is computed.
 */
export function resultsDir(env: NodeJS.ProcessEnv = process.env): string {
  return kdfEnv('resultsDir', env) ?? join(env.RUNNER_TEMP ?? tmpdir(), 'kdf-results');
}

/** `<dir>/<stage>.json` (`dir` default {@link resultsDir}). */
export function resultsPathFor(stage: string, dir: string = resultsDir()): string {
  return join(dir, `${stage}.json`);
}

/** One annotation per finding, at its file and lines, with its level (failure → error). */
export function annotateFindings(findings: readonly Finding[]): void {
  for (const f of findings) {
    const props = { title: f.title, file: f.file, startLine: f.line, endLine: f.endLine };
    const text = f.details ? `${f.message}\n${f.details}` : f.message;
    if (f.level === 'failure') core.error(text, props);
    else if (f.level === 'warning') core.warning(text, props);
    else core.notice(text, props);
  }
}
