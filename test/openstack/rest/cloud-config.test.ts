/** Which cloud and credentials the REST client uses: clouds.yaml + secure.yaml, or the OS_* variables. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { resolveCloudConfig } from '../../../src/openstack/rest/cloud-config.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';

const dir = (): string => mkdtempSync(join(tmpdir(), 'kdf-clouds-'));

const CLOUDS = `clouds:
  devstack:
    auth:
      auth_url: http://192.0.2.5/identity
      username: demo
      user_domain_id: default
      project_name: demo
      project_domain_id: default
    region_name: RegionOne
    interface: internal
    verify: false
  ci:
    auth_type: v3applicationcredential
    auth:
      auth_url: https://keystone.example:5000/v3
      application_credential_id: ac-1
      application_credential_secret: topsecret
    cacert: /etc/ssl/ci.pem
`;

describe('resolveCloudConfig', () => {
  it('reads a named cloud and merges the password from secure.yaml beside clouds.yaml', () => {
    const d = dir();
    writeFileSync(join(d, 'clouds.yaml'), CLOUDS);
    writeFileSync(join(d, 'secure.yaml'), 'clouds:\n  devstack:\n    auth:\n      password: pw-from-secure\n');
    const c = resolveCloudConfig('devstack', { OS_CLIENT_CONFIG_FILE: join(d, 'clouds.yaml') });
    expect(c).toEqual({
      name: 'devstack',
      authUrl: 'http://192.0.2.5/identity',
      auth: {
        type: 'password',
        user: { name: 'demo', domainId: 'default' },
        password: 'pw-from-secure',
        project: { name: 'demo', domainId: 'default' },
      },
      regionName: 'RegionOne',
      interface: 'internal',
      insecure: true,
      source: `${join(d, 'clouds.yaml')} + ${join(d, 'secure.yaml')}`,
    });
  });

  it('application credentials and a CA bundle', () => {
    const d = dir();
    writeFileSync(join(d, 'clouds.yaml'), CLOUDS);
    const c = resolveCloudConfig('ci', { OS_CLIENT_CONFIG_FILE: join(d, 'clouds.yaml') });
    expect(c.auth).toEqual({
      type: 'application_credential',
      id: 'ac-1',
      name: undefined,
      secret: 'topsecret',
      user: undefined,
    });
    expect(c.cacert).toBe('/etc/ssl/ci.pem');
    expect(c.interface).toBe('public');
    expect(c.insecure).toBe(false);
  });

  it('OS_* variables when clouds.yaml has no such cloud (OS_CLOUD unset)', () => {
    const c = resolveCloudConfig(undefined, {
      OS_CLIENT_CONFIG_FILE: join(dir(), 'missing.yaml'),
      OS_AUTH_URL: 'http://192.0.2.9:5000/v3',
      OS_USERNAME: 'admin',
      OS_PASSWORD: 'pw',
      OS_PROJECT_NAME: 'admin',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_DOMAIN_ID: 'default',
      OS_REGION_NAME: 'RegionOne',
      OS_INTERFACE: 'publicURL',
    });
    expect(c.name).toBe('envvars');
    expect(c.auth).toEqual({
      type: 'password',
      user: { name: 'admin', domainName: 'Default' },
      password: 'pw',
      project: { name: 'admin', domainId: 'default' },
    });
    expect(c.interface).toBe('public');
    expect(c.source).toBe('OS_* environment variables');
  });

  it('a cloud nobody describes is a ConfigurationError naming os-cloud and the files looked at', () => {
    const missing = join(dir(), 'clouds.yaml');
    let err: unknown;
    try {
      resolveCloudConfig('nope', { OS_CLIENT_CONFIG_FILE: missing });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).message).toBe(
      `cloud 'nope' is not in ${missing} and OS_AUTH_URL is not set: give 'os-cloud' a cloud of clouds.yaml ('clouds-yaml' names the file)`,
    );
  });

  it('incomplete credentials and unknown auth types name what is missing', () => {
    const d = dir();
    writeFileSync(
      join(d, 'clouds.yaml'),
      'clouds:\n  a:\n    auth: {auth_url: http://h, username: u}\n  b:\n    auth_type: token\n    auth: {auth_url: http://h}\n',
    );
    const env = { OS_CLIENT_CONFIG_FILE: join(d, 'clouds.yaml') };
    expect(() => resolveCloudConfig('a', env)).toThrow(`cloud 'a' (${join(d, 'clouds.yaml')}) has no password`);
    expect(() => resolveCloudConfig('b', env)).toThrow(
      "uses auth_type 'token'; supported: password, v3applicationcredential",
    );
  });
});
