/** The distribution packages the sandbox runs (installed by scripts/install-sandbox-packages.sh). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { ConfigurationError } from '../runtime/errors.js';
import type { SandboxLayout } from './layout.js';

/** Where Debian installs the services' Python packages. */
const DIST_PACKAGES = '/usr/lib/python3/dist-packages';

/** The version of an installed Python distribution (`neutron` → `21.0.0`), read from its egg-info/dist-info. */
export function packageVersion(dist: string): string {
  const prefix = `${dist}-`;
  const entry = existsSync(DIST_PACKAGES)
    ? readdirSync(DIST_PACKAGES).find((e) => e.startsWith(prefix) && /\.(egg|dist)-info$/.test(e))
    : undefined;
  return entry ? entry.slice(prefix.length).replace(/(\.py\d+(\.\d+)?)?\.(egg|dist)-info$/, '') : 'unknown';
}

/** Programs and files the packages script installs; a missing one is a ConfigurationError naming the script. */
export function checkInstalled(layout: SandboxLayout): void {
  const needed = [
    '/usr/sbin/mariadbd',
    '/usr/lib/rabbitmq/bin/rabbitmq-server',
    '/usr/bin/openstack',
    join(DIST_PACKAGES, 'neutron'),
    join(DIST_PACKAGES, 'nova'),
    join(DIST_PACKAGES, 'octavia'),
    join(layout.paste, 'usr', 'share', 'nova-common', 'api-paste.ini'),
  ];
  const missing = needed.filter((p) => !existsSync(p));
  if (missing.length) {
    throw new ConfigurationError(
      `the sandbox packages are not installed (missing ${missing.join(', ')}): run scripts/install-sandbox-packages.sh as root first.`,
      'packages',
    );
  }
}
