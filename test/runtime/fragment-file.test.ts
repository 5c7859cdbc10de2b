/** Fragment files: read from inside the workspace only (links included), text only, errors naming the input. */
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { ConfigurationError } from '../../src/runtime/errors.js';
import { decodeText, readFragmentFile } from '../../src/runtime/fragment-file.js';

function workspace(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'kdf-fragment-')));
  mkdirSync(join(root, 'ws', 'ci'), { recursive: true });
  writeFileSync(join(root, 'ws', 'ci', 'local.conf'), '[[local|localrc]]\nHOST_IP=10.0.0.2\n');
  writeFileSync(join(root, 'secret'), 'not yours\n');
  return root;
}

describe('readFragmentFile', () => {
  it('returns the text and the repository path with forward slashes', () => {
    const root = workspace();
    expect(readFragmentFile(join(root, 'ws'), 'ci/local.conf', 'local-conf-file')).toEqual({
      text: '[[local|localrc]]\nHOST_IP=10.0.0.2\n',
      file: 'ci/local.conf',
    });
  });

  it('refuses a path outside the workspace, naming the input', () => {
    const root = workspace();
    expect(() => readFragmentFile(join(root, 'ws'), '../secret', 'local-conf-file')).toThrow(
      new ConfigurationError("Input 'local-conf-file' must be a path inside the workspace; got '../secret'.", 'x'),
    );
  });

  it('refuses a link inside the workspace that leads outside it', () => {
    const root = workspace();
    symlinkSync(join(root, 'secret'), join(root, 'ws', 'ci', 'link.conf'));
    let err: unknown;
    try {
      readFragmentFile(join(root, 'ws'), 'ci/link.conf', 'local-conf-file');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).input).toBe('local-conf-file');
    expect((err as Error).message).toMatch(/resolves through a symbolic link to '.*\/secret', outside the workspace/);
  });

  it('reports a missing file with its errno', () => {
    const root = workspace();
    expect(() => readFragmentFile(join(root, 'ws'), 'ci/none.conf', 'local-conf-file')).toThrow(
      "Input 'local-conf-file': cannot read 'ci/none.conf' (ENOENT).",
    );
  });
});

describe('decodeText', () => {
  it('refuses NUL bytes and invalid UTF-8, accepts UTF-8 text', () => {
    expect(decodeText(Buffer.from('größe=1\n'), "--local-conf 'a'", '--local-conf')).toBe('größe=1\n');
    expect(() => decodeText(Buffer.from([0x41, 0x00]), "--local-conf 'a'", '--local-conf')).toThrow(
      "--local-conf 'a' is not a text file (NUL byte at offset 1); give a local.conf fragment.",
    );
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x41]), "--local-conf 'a'", '--local-conf')).toThrow(
      /not valid UTF-8/,
    );
  });
});
