/** What every action adapter shares: where its results file goes, and findings turned into annotations. */
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../results/model.js';

/** `$KDF_RESULTS_DIR`, default `$RUNNER_TEMP/kdf-results`: the one directory every stage writes its results to. */
export function resultsDir(): string {
  return process.env.KDF_RESULTS_DIR ?? join(process.env.RUNNER_TEMP ?? tmpdir(), 'kdf-results');
}

/** `<resultsDir()>/<stage>.json`. */
export function resultsPathFor(stage: string): string {
  return join(resultsDir(), `${stage}.json`);
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
