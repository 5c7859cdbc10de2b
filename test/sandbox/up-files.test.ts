/** The files `kdf sandbox up` writes before anything starts, and Octavia's throw-away CA. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { octaviaCertificates, prepareFiles, templateVars } from '../../src/sandbox/up-files.js';
import { sandboxFixture, type SandboxFixture } from './sandbox-fixture.js';

let f: SandboxFixture;
beforeEach(() => {
  f = sandboxFixture();
});
afterEach(() => rmSync(f.dir, { recursive: true, force: true }));

const mode = (file: string): number => statSync(file).mode & 0o777;

describe('prepareFiles', () => {
  it('writes every file that holds the password with mode 0600 and the key repositories with 0700', () => {
    prepareFiles(f.layout, f.run.state, templateVars(f.layout, f.run.state));
    for (const file of ['keystone.conf', 'nova.conf', 'octavia.conf', 'provision.json'])
      expect(mode(join(f.layout.etc, file))).toBe(0o600);
    expect(mode(f.layout.cloudsYaml)).toBe(0o600);
    expect(readFileSync(f.layout.cloudsYaml, 'utf8')).toContain('Unit12345');
    expect(mode(join(f.layout.data, 'keystone-fernet'))).toBe(0o700);
    expect(JSON.parse(readFileSync(join(f.layout.etc, 'provision.json'), 'utf8'))).toMatchObject({
      password: 'Unit12345',
      octavia: true,
      image_file: join(f.layout.data, 'image.raw'),
    });
    expect(statSync(join(f.layout.data, 'image.raw')).size).toBe(1024 * 1024);
  });

  it("gives Octavia lb-mgmt-net's id once a previous run created it", () => {
    const vars = templateVars(f.layout, f.run.state);
    prepareFiles(f.layout, f.run.state, vars);
    expect(readFileSync(join(f.layout.etc, 'octavia.conf'), 'utf8')).toContain('not-created-yet');
    f.run.state.provision.octavia = { lb_mgmt_net: 'net-1234' };
    prepareFiles(f.layout, f.run.state, vars);
    const conf = readFileSync(join(f.layout.etc, 'octavia.conf'), 'utf8');
    expect(conf).toContain('net-1234');
    expect(conf).not.toContain('not-created-yet');
  });
});

describe('octaviaCertificates', () => {
  it('makes the CA once and keeps certificate and key in one private client.pem', async () => {
    prepareFiles(f.layout, f.run.state, templateVars(f.layout, f.run.state));
    const certs = join(f.layout.data, 'octavia', 'certs');
    f.fake.on(
      'ip',
      (args) => args.includes('/usr/bin/openssl'),
      () => {
        writeFileSync(join(certs, 'ca.pem'), 'CERT\n');
        writeFileSync(join(certs, 'ca.key'), 'KEY\n');
        return {};
      },
    );
    await octaviaCertificates(f.run);
    expect(readFileSync(join(certs, 'client.pem'), 'utf8')).toBe('CERT\nKEY\n');
    expect(mode(join(certs, 'client.pem'))).toBe(0o600);
    await octaviaCertificates(f.run);
    expect(f.fake.calls).toHaveLength(1);
    expect(existsSync(join(f.layout.log, 'octavia-ca.log'))).toBe(true);
  });
});
