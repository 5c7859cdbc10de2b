/** Reading a user's local.conf fragment file from the workspace (setup-devstack and the trunk-vm overcloud). */
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

import { ConfigurationError } from './errors.js';

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
  let bytes: Buffer;
  try {
    refuseEscapingLink(workspace, abs, file, input);
    bytes = readFileSync(abs);
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    throw new ConfigurationError(
      `Input '${input}': cannot read '${file}' (${(err as NodeJS.ErrnoException).code ?? String(err)}).`,
      input,
    );
  }
  return { text: decodeText(bytes, `Input '${input}': '${file}'`, input), file: rel.split('\\').join('/') };
}

/**
 * A text file's bytes as a string. NUL bytes or invalid UTF-8 mean a binary file (an image, an archive, a file
 * picked by mistake): refused, rather than linted as a local.conf full of settings before the first header.
 * @param bytes the file's contents
 * @param what how the error names the file (`Input 'local-conf-file': 'x.conf'`, `--local-conf 'x.conf'`)
 * @param input the input or flag the file came from
 * @throws ConfigurationError naming `what` when the file is not text
 */
export function decodeText(bytes: Buffer, what: string, input: string): string {
  const binary = (why: string): ConfigurationError =>
    new ConfigurationError(`${what} is not a text file (${why}); give a local.conf fragment.`, input);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binary(`NUL byte at offset ${nul}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary('not valid UTF-8');
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
