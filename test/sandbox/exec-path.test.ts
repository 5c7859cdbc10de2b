/** PATH of `kdf sandbox exec`: the sandbox's doubles (kubectl, Kuryr's systemctl) before the caller's PATH. */
import { describe, expect, it } from '@jest/globals';
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';

import { kuryrBinDir, sandboxPath } from '../../src/sandbox/exec.js';
import { sandboxLayout } from '../../src/sandbox/layout.js';
import { REPO_ROOT } from '../helpers/paths.js';

const layout = sandboxLayout(REPO_ROOT, {}, '/var/tmp/kdf-sbx-unit');

describe('sandboxPath', () => {
  it("puts kubectl's and systemctl's doubles first", () => {
    const dirs = sandboxPath(layout, '/usr/bin:/bin').split(':');
    expect(dirs).toEqual([
      join(REPO_ROOT, 'sandbox', 'kube', 'bin'),
      join(REPO_ROOT, 'sandbox', 'kuryr', 'bin'),
      '/usr/bin',
      '/bin',
    ]);
  });

  it('finds an executable systemctl double there', () => {
    expect(() => accessSync(join(kuryrBinDir(layout), 'systemctl'), constants.X_OK)).not.toThrow();
  });

  it('leaves no empty entry for an unset PATH', () => {
    expect(sandboxPath(layout, undefined).split(':')).toHaveLength(2);
  });
});
