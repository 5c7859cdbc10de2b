/**
 * Line numbers in the double's scripts, for asserting `[Call Trace]` frames and `[ERROR] <file>:<line>` lines
 * without hard-coding numbers that shift whenever a script changes.
 */
import { readFileSync } from 'node:fs';

/**
 * 1-based number of the only line of `file` that is `match` after trimming (a string), or that `match` matches (a
 * RegExp). Throws when no line or more than one line fits, so a frame cannot silently point at the wrong line.
 */
export function lineOf(file: string, match: string | RegExp): number {
  const hits: number[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      if (typeof match === 'string' ? l.trim() === match : match.test(l)) hits.push(i + 1);
    });
  if (hits.length !== 1) {
    throw new Error(`${String(match)} is on ${hits.length === 0 ? 'no line' : `lines ${hits.join(', ')}`} of ${file}`);
  }
  return hits[0] as number;
}
