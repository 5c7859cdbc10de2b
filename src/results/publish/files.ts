/** Expands the `results` input (globs separated by newlines or commas, `!` to exclude) into a sorted file list. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { ConfigurationError } from '../../runtime/errors.js';

/** Splits the raw input into patterns: newlines or commas, trimmed, empty ones dropped. */
export function splitPatterns(raw: string | readonly string[]): string[] {
  const items = typeof raw === 'string' ? [raw] : raw;
  return items
    .flatMap((item) => item.split(/[\n,]/))
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * Absolute paths of the regular files the patterns match, sorted and without duplicates. Patterns are relative to
 * `cwd` unless absolute; dot files are matched; symbolic links are followed.
 * @param input the input or flag name, for the error message
 * @throws ConfigurationError when there are no patterns or nothing matches
 */
export async function expandResultGlobs(
  patterns: readonly string[],
  cwd: string,
  input = 'results',
): Promise<string[]> {
  if (patterns.length === 0)
    throw new ConfigurationError(`Input '${input}' is required: give one or more globs.`, input);
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const found = new Set<string>();
  for (const pattern of include) {
    const matches = await glob([pattern], {
      cwd,
      absolute: true,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: true,
      ignore: exclude,
      expandDirectories: false,
    });
    for (const m of matches) found.add(resolve(m));
  }
  const files = [...found].filter((f) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false;
    }
  });
  if (files.length === 0) {
    throw new ConfigurationError(
      `Input '${input}': no files match ${patterns.map((p) => `'${p}'`).join(', ')} (relative to ${cwd}).`,
      input,
    );
  }
  return files.sort();
}
