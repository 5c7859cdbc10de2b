/**
 * Reads a cloud's password from clouds.yaml, the way openstacksdk finds the file: `OS_CLIENT_CONFIG_FILE` (the
 * `clouds-yaml` input), else `./clouds.yaml`, `~/.config/openstack/clouds.yaml`, `/etc/openstack/clouds.yaml`.
 * DevStack gives every user ADMIN_PASSWORD (docs/devstack-operations.md#credentials), so the password of any devstack
 * cloud is the admin password the overcloud must share.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

import { ConfigurationError } from '../runtime/errors.js';

/**
 * The `file` (clouds.yaml or secure.yaml) candidates openstacksdk would read, in its order; `explicit` alone if given
 * (relative to `cwd`, as the CLI started there would read it).
 */
export function configFileCandidates(
  file: 'clouds.yaml' | 'secure.yaml',
  explicit?: string,
  cwd = process.cwd(),
): string[] {
  if (explicit !== undefined && explicit !== '') return [resolve(cwd, explicit)];
  return [join(cwd, file), join(homedir(), '.config/openstack', file), join('/etc/openstack', file)];
}

/** The clouds.yaml files openstacksdk would read, in its order. */
export function cloudsYamlCandidates(explicit?: string, cwd = process.cwd()): string[] {
  return configFileCandidates('clouds.yaml', explicit, cwd);
}

/** `clouds.<cloud>.auth.auth_url`'s host, or undefined when clouds.yaml or the URL cannot be read. */
export function cloudAuthHost(cloud: string, explicit?: string, cwd?: string): string | undefined {
  for (const file of cloudsYamlCandidates(explicit, cwd)) {
    if (!existsSync(file)) continue;
    try {
      const doc = parse(readFileSync(file, 'utf8')) as { clouds?: Record<string, { auth?: { auth_url?: unknown } }> };
      const url = doc?.clouds?.[cloud]?.auth?.auth_url;
      if (typeof url === 'string') return new URL(url).hostname;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** `clouds.<cloud>.auth.password`; a ConfigurationError naming `admin-password` when it cannot be found. */
export function cloudPassword(cloud: string, explicit?: string, cwd?: string): string {
  const files = cloudsYamlCandidates(explicit, cwd);
  for (const file of files) {
    if (!existsSync(file)) continue;
    let doc: unknown;
    try {
      doc = parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new ConfigurationError(`${file} is not valid YAML: ${(err as Error).message}`, 'clouds-yaml');
    }
    const password = (doc as { clouds?: Record<string, { auth?: { password?: unknown } }> } | null)?.clouds?.[cloud]
      ?.auth?.password;
    if (typeof password === 'string' && password !== '') return password;
    if (explicit) break;
  }
  throw new ConfigurationError(
    `no password for cloud '${cloud}' in ${files.join(', ')}: set 'admin-password' to the undercloud's ADMIN_PASSWORD`,
    'admin-password',
  );
}
