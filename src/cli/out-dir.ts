/**
 * Output directories of the CLI (`--out`, `--state-dir`, `--results-dir`): checked and created before a command
 * does any work, so a bad one is a configuration error (exit 2) naming the flag, never a stack trace half-way.
 */
import { accessSync, constants, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { ConfigurationError } from '../runtime/errors.js';

/** Kernel pseudo-filesystems: writing results there is never meant, and some paths in them block. */
const PSEUDO_ROOTS = ['/proc', '/sys'];

const underPseudo = (path: string): string | undefined =>
  PSEUDO_ROOTS.find((root) => path === root || path.startsWith(`${root}${sep}`));

/** The nearest path at or above `path` that exists (`/` at worst). */
function nearestExisting(path: string): string {
  let p = path;
  for (;;) {
    try {
      statSync(p);
      return p;
    } catch {
      const parent = dirname(p);
      if (parent === p) return p;
      p = parent;
    }
  }
}

/**
 * Resolves an output directory against `cwd`, refuses `/proc` and `/sys` (without touching them), a path that is
 * (or lies under) a file, and a directory this process cannot write, then creates it.
 * @param value the flag's value
 * @param flag the flag, as the user typed it (`--out`)
 * @param cwd the directory relative values are resolved against
 * @returns the absolute directory, which exists
 * @throws ConfigurationError naming the flag and the problem
 */
export function prepareOutDir(value: string, flag: string, cwd: string): string {
  const abs = resolve(cwd, value);
  const refuse = (why: string): never => {
    throw new ConfigurationError(`${flag} '${value}' ${why}; give a writable directory.`, flag);
  };
  const pseudo = underPseudo(abs);
  if (pseudo) refuse(`is under ${pseudo}, a kernel filesystem`);
  const existing = nearestExisting(abs);
  // a symlink such as /dev/fd leads into /proc: judge where the path really goes
  const real = realpathSync(existing);
  const realPseudo = underPseudo(real);
  if (realPseudo) refuse(`leads into ${realPseudo} (${real}), a kernel filesystem`);
  if (!statSync(existing).isDirectory()) {
    refuse(existing === abs ? 'is a file' : `cannot be created: '${existing}' is a file`);
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch {
    refuse(existing === abs ? 'is not writable' : `cannot be created: '${existing}' is not writable`);
  }
  try {
    mkdirSync(abs, { recursive: true });
  } catch (err) {
    refuse(`cannot be created (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return abs;
}
