/** clouds.yaml carries DevStack's cloud names, scopes and password (docs/devstack-operations.md#credentials). */
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

import { DEVSTACK_CLOUDS, cloudsYaml } from '../../src/sandbox/clouds.js';

interface Cloud {
  auth?: Record<string, string>;
  region_name?: string;
  identity_api_version?: string;
  image_name?: string;
}

const clouds = (parse(cloudsYaml('http://127.0.0.1:5000', 'Secret123')) as { clouds: Record<string, Cloud> }).clouds;

describe('cloudsYaml', () => {
  it("has DevStack's cloud names and the functional entry", () => {
    expect(Object.keys(clouds)).toEqual([
      'devstack',
      'devstack-admin',
      'devstack-admin-demo',
      'devstack-alt',
      'devstack-alt-member',
      'devstack-alt-reader',
      'devstack-reader',
      'devstack-system-admin',
      'devstack-system-member',
      'devstack-system-reader',
      'functional',
    ]);
    expect(clouds.functional).toEqual({ image_name: 'cirros-0.6.2-x86_64-disk' });
  });

  it('gives demo/demo to devstack and admin/admin to devstack-admin, all with the one password', () => {
    expect(clouds.devstack?.auth).toMatchObject({
      username: 'demo',
      project_name: 'demo',
      password: 'Secret123',
      auth_url: 'http://127.0.0.1:5000',
    });
    expect(clouds['devstack-admin']?.auth).toMatchObject({
      username: 'admin',
      project_name: 'admin',
      user_domain_id: 'default',
      project_domain_id: 'default',
    });
    for (const [name] of DEVSTACK_CLOUDS) {
      expect(clouds[name]).toMatchObject({
        region_name: 'RegionOne',
        identity_api_version: '3',
        auth: expect.objectContaining({ password: 'Secret123' }),
      });
    }
  });

  it('scopes the system clouds to the system, without a project', () => {
    for (const name of ['devstack-system-admin', 'devstack-system-member', 'devstack-system-reader']) {
      expect(clouds[name]?.auth?.system_scope).toBe('all');
      expect(clouds[name]?.auth?.project_name).toBeUndefined();
    }
  });
});
