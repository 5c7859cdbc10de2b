/** The command lines and the database script of `kdf sandbox up`. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';

import {
  configFiles,
  databaseSql,
  keystoneBootstrapArgs,
  manageBatch,
  manageCommand,
} from '../../src/sandbox/commandlines.js';
import { sandboxLayout } from '../../src/sandbox/layout.js';

const layout = sandboxLayout(process.cwd(), {}, '/var/tmp/kdf-sbx-unit');

describe('command lines', () => {
  it('puts the config file before the sub-command of a *-manage tool', () => {
    expect(manageCommand(layout, 'glance-manage', 'glance.cmd.manage:main', 'glance-api.conf', 'db_sync')).toEqual([
      '/usr/bin/python3',
      join(layout.bin, 'ep'),
      'glance-manage',
      'glance.cmd.manage:main',
      '--config-file',
      '/var/tmp/kdf-sbx-unit/etc/glance-api.conf',
      'db_sync',
    ]);
  });

  it('separates the invocations of a batch with --', () => {
    expect(manageBatch(layout, 'nova-manage', 'nova.cmd.manage:main', [['a', '1'], ['b']])).toEqual([
      '/usr/bin/python3',
      join(layout.bin, 'manage-batch'),
      'nova-manage',
      'nova.cmd.manage:main',
      '--',
      'a',
      '1',
      '--',
      'b',
    ]);
    expect(configFiles(layout, 'a.conf', 'b.ini')).toEqual([
      '--config-file',
      '/var/tmp/kdf-sbx-unit/etc/a.conf',
      '--config-file',
      '/var/tmp/kdf-sbx-unit/etc/b.ini',
    ]);
  });

  it('bootstraps the admin user and one endpoint URL for all three interfaces', () => {
    const args = keystoneBootstrapArgs('Pw123456', 'http://127.0.0.1:5000');
    expect(args[0]).toBe('bootstrap');
    expect(args[args.indexOf('--bootstrap-password') + 1]).toBe('Pw123456');
    expect(args[args.indexOf('--bootstrap-region-id') + 1]).toBe('RegionOne');
    for (const which of ['admin', 'public', 'internal'])
      expect(args[args.indexOf(`--bootstrap-${which}-url`) + 1]).toBe('http://127.0.0.1:5000');
  });
});

describe('databaseSql', () => {
  it('creates every database with its user, nova owning its three', () => {
    const sql = databaseSql('Pw123456', true);
    for (const db of ['keystone', 'neutron', 'placement', 'glance', 'octavia']) {
      expect(sql).toContain(`CREATE DATABASE IF NOT EXISTS \`${db}\``);
      expect(sql).toContain(`CREATE USER IF NOT EXISTS '${db}'@'127.0.0.1' IDENTIFIED BY 'Pw123456';`);
    }
    for (const db of ['nova_api', 'nova', 'nova_cell0'])
      expect(sql).toContain(`GRANT ALL ON \`${db}\`.* TO 'nova'@'127.0.0.1';`);
  });

  it('leaves the Octavia database out without Octavia', () => {
    expect(databaseSql('Pw123456', false)).not.toContain('octavia');
  });
});
