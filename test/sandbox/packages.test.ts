/** The sandbox packages: installed versions and the check that they are there before `up` starts anything. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ConfigurationError } from '../../src/runtime/errors.js';
import { sandboxLayout } from '../../src/sandbox/layout.js';
import { checkInstalled, packageVersion } from '../../src/sandbox/packages.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kdf-sandbox-packages-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('packageVersion', () => {
  it('reports unknown for a distribution that is not installed', () => {
    expect(packageVersion('no-such-dist-kdf')).toBe('unknown');
  });
});

describe('checkInstalled', () => {
  it('names what is missing and the script that installs it', () => {
    // the paste files are looked for under KDF_SANDBOX_SHARE: an empty directory has none
    const layout = sandboxLayout(process.cwd(), { KDF_SANDBOX_SHARE: dir }, join(dir, 'state'));
    let error: unknown;
    try {
      checkInstalled(layout);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe('packages');
    expect((error as ConfigurationError).message).toMatch(
      new RegExp(
        `missing .*${join(dir, 'paste', 'usr', 'share', 'nova-common', 'api-paste.ini')}\\): run scripts/install-sandbox-packages\\.sh as root first\\.$`,
      ),
    );
  });
});
