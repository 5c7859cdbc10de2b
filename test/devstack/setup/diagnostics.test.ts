import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingLogger } from '../../__fixtures__/recording-logger.js';
import { collectDiagnostics, redactLocalConf } from '../../../src/devstack/setup/post.js';
import { ProcessCommandRunner } from '../../../src/runtime/process-runner.js';
import { SecretMasker } from '../../../src/runtime/secrets.js';

describe('diagnostics bundle (real programs)', () => {
  it('collects what exists, notes what does not, and never leaks a secret', async () => {
    const dest = mkdtempSync(join(tmpdir(), 'kdf-diag-'));
    const logDir = join(dest, 'logs');
    mkdirSync(logDir);
    mkdirSync(join(dest, 'devstack'));
    writeFileSync(join(logDir, 'stack.sh.log'), 'line 1\nThe password: Sup3rSecret\n');
    writeFileSync(join(logDir, 'error.log'), '[ERROR] ./stack.sh:12 boom\n');
    writeFileSync(
      join(dest, 'devstack', 'local.conf'),
      '[[local|localrc]]\nADMIN_PASSWORD=Sup3rSecret\nRABBIT_PASSWORD=Other9\nLOGFILE=/x\n',
    );
    const masker = new SecretMasker();
    masker.add('Sup3rSecret');
    const bundle = join(dest, 'bundle');
    await collectDiagnostics({
      runner: new ProcessCommandRunner({ masker }),
      logger: new RecordingLogger(),
      etcDir: join(dest, 'etc'),
      dest,
      logDir,
      stackUser: 'stack',
      masker,
      bundle,
      localConf: join(dest, 'devstack', 'local.conf'),
    });
    const index = readFileSync(join(bundle, 'INDEX.txt'), 'utf8');
    expect(index).toMatch(/^stack\.sh\.log: ok$/m);
    expect(index).toMatch(/^error\.log: ok$/m);
    expect(index).toMatch(/^worlddump-latest\.txt: not collected/m);
    expect(index).toMatch(/^local\.conf\.redacted: ok$/m);
    expect(readFileSync(join(bundle, 'stack.sh.log'), 'utf8')).toBe('line 1\nThe password: ***\n');
    const conf = readFileSync(join(bundle, 'local.conf.redacted'), 'utf8');
    expect(conf).toBe('[[local|localrc]]\nADMIN_PASSWORD=***\nRABBIT_PASSWORD=***\nLOGFILE=/x\n');
  });

  it('redacts every password-like assignment even when the value was never registered', () => {
    expect(redactLocalConf('SERVICE_TOKEN=abc\nX=1\nLDAP_PASSWORD+=q\n', new SecretMasker())).toBe(
      'SERVICE_TOKEN=***\nX=1\nLDAP_PASSWORD+=***\n',
    );
  });
});
