/** The pure parts of `kdf sandbox up`: options against the saved state, the database script, passwords. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ConfigurationError } from '../../src/runtime/errors.js';
import { isValidPassword } from '../../src/sandbox/config.js';
import { sandboxLayout, type SandboxLayout } from '../../src/sandbox/layout.js';
import { readState, writeState } from '../../src/sandbox/state.js';
import { databaseSql } from '../../src/sandbox/commandlines.js';
import { packageVersion } from '../../src/sandbox/packages.js';
import { generatePassword, resolveState } from '../../src/sandbox/request.js';

let dir: string;
let layout: SandboxLayout;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kdf-sandbox-state-'));
  layout = sandboxLayout(process.cwd(), {}, dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveState', () => {
  it('defaults to namespace kdf-sbx, Octavia on, no kuryr defaults and a generated alphanumeric password', () => {
    const state = resolveState(layout, {});
    expect(state).toMatchObject({
      version: 1,
      namespace: 'kdf-sbx',
      octavia: true,
      kuryrDefaults: false,
      provision: {},
    });
    expect(isValidPassword(state.adminPassword)).toBe(true);
  });

  it('keeps the saved namespace, password and kuryr defaults on the next run', () => {
    writeState(layout, {
      ...resolveState(layout, { namespace: 'kdf-x', kuryrDefaults: true, octavia: false }),
      adminPassword: 'Saved1234',
    });
    expect(resolveState(layout, {})).toMatchObject({
      namespace: 'kdf-x',
      adminPassword: 'Saved1234',
      kuryrDefaults: true,
      octavia: false,
    });
    expect(resolveState(layout, { octavia: true }).octavia).toBe(true);
  });

  it('refuses another namespace or password than the state directory was created with', () => {
    writeState(layout, { ...resolveState(layout, {}), adminPassword: 'Saved1234' });
    expect(() => resolveState(layout, { namespace: 'other' })).toThrow(ConfigurationError);
    expect(() => resolveState(layout, { namespace: 'other' })).toThrow(/uses namespace 'kdf-sbx'.*down --wipe/);
    expect(() => resolveState(layout, { adminPassword: 'Other1234' })).toThrow(/another admin password/);
    expect(resolveState(layout, { adminPassword: 'Saved1234' }).adminPassword).toBe('Saved1234');
  });

  it('refuses a password DevStack would refuse', () => {
    expect(() => resolveState(layout, { adminPassword: 'has space' })).toThrow(/letters and digits/);
    expect(() => resolveState(layout, { adminPassword: 'short' })).toThrow(ConfigurationError);
  });

  it('writes the state with mode 0600 and reads it back', () => {
    const state = resolveState(layout, {});
    writeState(layout, state);
    expect(readState(layout)).toEqual(state);
    expect(statMode(layout.stateFile)).toBe(0o600);
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

describe('passwords and versions', () => {
  it('generates distinct alphanumeric passwords', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z0-9]{16,}$/);
    expect(generatePassword()).not.toBe(a);
  });

  it('reports unknown for a distribution that is not installed', () => {
    expect(packageVersion('no-such-dist-kdf')).toBe('unknown');
  });
});

function statMode(file: string): number {
  return statSync(file).mode & 0o777;
}
