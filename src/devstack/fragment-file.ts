/** Reading a user's local.conf fragment file from the workspace (setup-devstack and the trunk-vm overcloud). */
import { readFileSync } from 'node:fs';
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
    return { text: readFileSync(abs, 'utf8'), file: rel.split('\\').join('/') };
  } catch (err) {
    throw new ConfigurationError(
      `Input '${input}': cannot read '${file}' (${(err as NodeJS.ErrnoException).code ?? String(err)}).`,
      input,
    );
  }
}
