/** Reading a user's local.conf fragment file from the workspace (setup-devstack and the trunk-vm overcloud). */
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

import { ConfigurationError } from '../runtime/errors.js';

/**
 * Reads the fragment file named by `input`; it must stay inside the workspace because findings annotate it by its
 * repository path.
 */
export function readFragmentFile(workspace: string, file: string, input: string): { text: string; file: string } {
  const abs = resolve(workspace, file);
  const rel = relative(workspace, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new ConfigurationError(`Input '${input}' must be a path inside the workspace; got '${file}'.`, input);
  }
  try {
    refuseEscapingLink(workspace, abs, file, input);
    return { text: readFileSync(abs, 'utf8'), file: rel.split('\\').join('/') };
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    throw new ConfigurationError(
      `Input '${input}': cannot read '${file}' (${(err as NodeJS.ErrnoException).code ?? String(err)}).`,
      input,
    );
  }
}

/**
 * A path inside the workspace may still be a symbolic link (or under one) to a file elsewhere on the runner (another
 * job's secrets, ~/.ssh): resolved, it must stay inside the resolved workspace too. A missing file throws ENOENT for
 * the caller to report.
 */
function refuseEscapingLink(workspace: string, abs: string, file: string, input: string): void {
  const real = realpathSync(abs);
  const rel = relative(realpathSync(workspace), real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new ConfigurationError(
      `Input '${input}': '${file}' resolves through a symbolic link to '${real}', outside the workspace; ` +
        'put the fragment itself in the repository.',
      input,
    );
  }
}
