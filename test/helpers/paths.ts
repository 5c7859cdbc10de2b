/** Paths tests share: the repository root (jest runs there) and the read-only shared/ folder beside it. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = process.cwd();
export const SHARED = resolve(REPO_ROOT, '..', 'shared');
export const REFERENCE = join(SHARED, 'reference');

/** Every reference config file (everything but SOURCES.md), as absolute paths. */
export function referenceFiles(): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => {
      const p = join(d, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  return walk(REFERENCE)
    .filter((f) => !f.endsWith('.md'))
    .sort();
}
