/** Paths tests share: the repository root (jest runs there) and the upstream reference samples in the fixtures. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = process.cwd();
/** Real local.conf samples from OpenStack projects, unchanged; their origins are in SOURCES.md there. */
export const REFERENCE = join(REPO_ROOT, 'test', '__fixtures__', 'reference');

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
