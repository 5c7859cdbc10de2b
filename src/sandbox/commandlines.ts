/**
 * What the bring-up runs, as data: the command lines of the services' `*-manage` tools (through the `ep` and
 * `manage-batch` helpers of sandbox/openstack/bin) and the SQL that creates the databases.
 */
import { join } from 'node:path';

import { SANDBOX } from './config.js';
import type { SandboxLayout } from './layout.js';

/** The interpreter every helper and service runs with. */
export const PYTHON = '/usr/bin/python3';

/** Lowers the priority of migrations off the critical path. */
export const NICE = '/usr/bin/nice';

/** A console-script entry point run through the `ep` helper: `name` is its argv[0], `target` `module:function`. */
export function entryPoint(layout: SandboxLayout, name: string, target: string): string[] {
  return [PYTHON, join(layout.bin, 'ep'), name, target];
}

/** `--config-file` for each of `files` (in etc/). */
export function configFiles(layout: SandboxLayout, ...files: string[]): string[] {
  return files.flatMap((f) => ['--config-file', join(layout.etc, f)]);
}

/** An oslo `*-manage` command line: config file first, then the sub-command. */
export function manageCommand(
  layout: SandboxLayout,
  name: string,
  target: string,
  conf: string,
  ...args: string[]
): string[] {
  return [...entryPoint(layout, name, target), ...configFiles(layout, conf), ...args];
}

/** Several invocations of one `*-manage` entry point in one process (see bin/manage-batch). */
export function manageBatch(layout: SandboxLayout, name: string, target: string, invocations: string[][]): string[] {
  return [PYTHON, join(layout.bin, 'manage-batch'), name, target, ...invocations.flatMap((args) => ['--', ...args])];
}

/** `keystone-manage bootstrap`'s arguments: the admin user, project and role, and Keystone's endpoints at `url`. */
export function keystoneBootstrapArgs(password: string, url: string): string[] {
  return [
    'bootstrap',
    '--bootstrap-password',
    password,
    '--bootstrap-username',
    'admin',
    '--bootstrap-project-name',
    'admin',
    '--bootstrap-role-name',
    'admin',
    '--bootstrap-service-name',
    'keystone',
    '--bootstrap-region-id',
    SANDBOX.region,
    '--bootstrap-admin-url',
    url,
    '--bootstrap-public-url',
    url,
    '--bootstrap-internal-url',
    url,
  ];
}

/** CREATE DATABASE / USER / GRANT for every service (idempotent). */
export function databaseSql(password: string, octavia: boolean): string {
  const dbs = ['keystone', 'neutron', 'placement', 'glance', ...(octavia ? ['octavia'] : [])];
  const lines: string[] = [];
  const user = (name: string): string =>
    `CREATE USER IF NOT EXISTS '${name}'@'${SANDBOX.listen}' IDENTIFIED BY '${password}';`;
  for (const db of dbs) {
    lines.push(
      `CREATE DATABASE IF NOT EXISTS \`${db}\` CHARACTER SET utf8mb4;`,
      user(db),
      `GRANT ALL ON \`${db}\`.* TO '${db}'@'${SANDBOX.listen}';`,
    );
  }
  // nova's three databases share the user 'nova'
  lines.push(user('nova'));
  for (const db of ['nova_api', 'nova', 'nova_cell0']) {
    lines.push(
      `CREATE DATABASE IF NOT EXISTS \`${db}\` CHARACTER SET utf8mb4;`,
      `GRANT ALL ON \`${db}\`.* TO 'nova'@'${SANDBOX.listen}';`,
    );
  }
  return lines.join('\n') + '\n';
}
