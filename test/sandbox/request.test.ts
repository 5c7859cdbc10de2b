/** `kdf sandbox up`'s options against the saved state, the state file and generated passwords. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ConfigurationError } from '../../src/runtime/errors.js';
import { isValidPassword } from '../../src/sandbox/config.js';
import { sandboxLayout, type SandboxLayout } from '../../src/sandbox/layout.js';
import { readState, writeState } from '../../src/sandbox/state.js';
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

describe('generatePassword', () => {
  it('generates distinct alphanumeric passwords', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z0-9]{16,}$/);
    expect(generatePassword()).not.toBe(a);
  });
});

function statMode(file: string): number {
  return statSync(file).mode & 0o777;
}
