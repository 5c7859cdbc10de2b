/**
 * The diagnostics bundle never carries a secret: passwords planted in local.conf (one inside a `mysql://root:PW@`
 * URL), .stackenv, clouds.yaml, kuryr.conf and dragonflow.ini, and repeated in logs, are found in NO file of the
 * bundle. Real programs (cat, sudo) on a temporary tree.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingLogger } from '../../__fixtures__/recording-logger.js';
import { collectDiagnostics } from '../../../src/devstack/setup/post.js';
import { cloudsYamlSecrets, redactText, secretValuesIn } from '../../../src/devstack/setup/redact.js';
import { ProcessCommandRunner } from '../../../src/runtime/process-runner.js';
import { SecretMasker } from '../../../src/runtime/secrets.js';
import { PW, filesUnder, plantHost } from '../../__fixtures__/diagnostics-host.js';

describe('the diagnostics bundle is redacted', () => {
  it('no planted secret appears in any file of the bundle, and what is not secret stays readable', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kdf-diag-redact-'));
    const host = plantHost(root);
    const masker = new SecretMasker();
    masker.add(PW.extra); // what the run knows (setup-devstack's secrets, the collect-logs `secrets` input)
    const bundle = join(root, 'bundle');
    await collectDiagnostics({
      runner: new ProcessCommandRunner({ masker }),
      logger: new RecordingLogger(),
      etcDir: host.etc,
      dest: host.dest,
      logDir: host.logDir,
      stackUser: 'stack',
      masker,
      bundle,
      localConf: join(host.dest, 'devstack', 'local.conf'),
    });
    const index = readFileSync(join(bundle, 'INDEX.txt'), 'utf8');
    for (const f of ['stack.sh.log', 'error.log', 'worlddump-latest.txt', 'kuryr.conf', 'dragonflow.ini'])
      expect(index).toMatch(new RegExp(`^${f.replace('.', '\\.')}: ok$`, 'm'));
    expect(index).toMatch(/^stackenv\.txt: ok$/m);
    expect(index).toMatch(/^local\.conf\.redacted: ok$/m);

    const files = filesUnder(bundle);
    const leaks = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return Object.values(PW)
        .filter((v) => text.includes(v))
        .map((v) => `${f}: ${v}`);
    });
    expect(leaks).toEqual([]);
    expect(files.every((f) => (statSync(f).mode & 0o077) === 0)).toBe(true);

    const conf = readFileSync(join(bundle, 'local.conf.redacted'), 'utf8');
    expect(conf).toContain('connection = mysql+pymysql://root:***@127.0.0.1/neutron?charset=utf8');
    expect(conf).toContain('ADMIN_PASSWORD=***\n');
    expect(conf).toContain('LOGFILE=/opt/stack/logs/stack.sh.log');
    const kuryr = readFileSync(join(bundle, 'kuryr.conf'), 'utf8');
    expect(kuryr).toContain('auth_type = password\n'); // a key that only mentions "password" in its value stays
    expect(kuryr).toContain('token_cache_time = 300\n');
    expect(readFileSync(join(bundle, 'worlddump-latest.txt'), 'utf8')).toBe('env: OS_PASSWORD=*** SERVICE_TOKEN=***\n');
  });
});

describe('redact.ts', () => {
  it('finds secret values in shell assignments, INI/YAML keys and URLs, not placeholders or short values', () => {
    const text = [
      'ADMIN_PASSWORD=abcd1234',
      'export OS_PASSWORD="q w e r"',
      'SERVICE_PASSWORD=$ADMIN_PASSWORD',
      'KEYSTONE_ADMIN_TOKEN=tok-5678',
      'password = inipass9',
      'admin_password: yamlpass',
      'x = http://u:urlpass1@h/',
      'DEBUG_PASSWORD=no',
      'enable_token = True',
    ].join('\n');
    expect(secretValuesIn(text).sort()).toEqual(
      ['abcd1234', 'q w e r', 'tok-5678', 'inipass9', 'yamlpass', 'urlpass1'].sort(),
    );
  });

  it('reads clouds.yaml secrets at any depth', () => {
    expect(
      cloudsYamlSecrets(
        'clouds:\n  a:\n    auth: {password: "p@ss word", token: tttt1}\n  b: [{application_credential_secret: s3cr}]\n',
      ).sort(),
    ).toEqual(['p@ss word', 's3cr', 'tttt1'].sort());
  });

  it('redacts registered values first, then anything that looks like a secret', () => {
    const masker = new SecretMasker();
    masker.add('known-value');
    expect(
      redactText(
        'a known-value b\nconnection=mysql://root:pw@127.0.0.1/x\n  password = p\n+ SERVICE_TOKEN=abc ./x\n',
        masker,
      ),
    ).toBe('a *** b\nconnection=mysql://root:***@127.0.0.1/x\n  password = ***\n+ SERVICE_TOKEN=*** ./x\n');
  });
});
