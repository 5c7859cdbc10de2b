/**
 * clouds.yaml with the cloud names DevStack's `write_clouds_yaml` writes (docs/devstack-operations.md#credentials),
 * pointing at the sandbox's Keystone. Every cloud uses the admin password, as in DevStack.
 */
import { stringify } from 'yaml';

import { SANDBOX } from './config.js';

/** (cloud name, user, project or `null` for system scope) in DevStack's order. */
export const DEVSTACK_CLOUDS: readonly (readonly [string, string, string | null])[] = [
  ['devstack', 'demo', 'demo'],
  ['devstack-admin', 'admin', 'admin'],
  ['devstack-admin-demo', 'admin', 'demo'],
  ['devstack-alt', 'alt_demo', 'alt_demo'],
  ['devstack-alt-member', 'alt_demo_member', 'alt_demo'],
  ['devstack-alt-reader', 'alt_demo_reader', 'alt_demo'],
  ['devstack-reader', 'demo_reader', 'demo'],
  ['devstack-system-admin', 'admin', null],
  ['devstack-system-member', 'system_member', null],
  ['devstack-system-reader', 'system_reader', null],
];

/** The clouds.yaml text for Keystone at `authUrl`. */
export function cloudsYaml(authUrl: string, password: string): string {
  const clouds: Record<string, unknown> = {};
  for (const [name, username, project] of DEVSTACK_CLOUDS) {
    const auth: Record<string, string> = { auth_url: authUrl, username, password, user_domain_id: 'default' };
    if (project === null) auth.system_scope = 'all';
    else Object.assign(auth, { project_name: project, project_domain_id: 'default' });
    clouds[name] = { auth, region_name: SANDBOX.region, identity_api_version: '3', volume_api_version: '3' };
  }
  clouds.functional = { image_name: SANDBOX.imageName };
  return stringify({ clouds });
}
