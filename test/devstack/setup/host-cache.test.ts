/**
 * The host-cache record lives in the shared temp directory: it is kept in a private directory (0700, ours, not a
 * link) and written by exclusive create + rename, so a file or symbolic link another local user planted is never
 * followed.
 */
import { describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHostCache, writeHostCache } from '../../../src/devstack/setup/host-cache.js';

const uid = process.getuid?.() ?? 0;
const DEST = '/opt/stack';

describe('host-cache record', () => {
  it('round-trips through a private 0700 directory, record 0600, no temp files left', () => {
    const shared = mkdtempSync(join(tmpdir(), 'kdf-hc-'));
    expect(writeHostCache(shared, DEST, 'k1')).toBeUndefined();
    expect(readHostCache(shared, DEST)).toBe('k1');
    expect(writeHostCache(shared, DEST, 'k2')).toBeUndefined();
    expect(readHostCache(shared, DEST)).toBe('k2');
    const dir = join(shared, `kdf-devstack-cache-${uid}`);
    expect(lstatSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toEqual(['opt-stack.json']);
    expect(lstatSync(join(dir, 'opt-stack.json')).mode & 0o777).toBe(0o600);
  });

  it('never follows a symbolic link planted at the old record path', () => {
    const shared = mkdtempSync(join(tmpdir(), 'kdf-hc-'));
    const victim = join(shared, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    symlinkSync(victim, join(shared, 'kdf-devstack-cache-opt-stack.json')); // the path the record used to have
    expect(writeHostCache(shared, DEST, 'k1')).toBeUndefined();
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(readHostCache(shared, DEST)).toBe('k1');
  });

  it('refuses a private directory that is a link, and a record that is a link', () => {
    const shared = mkdtempSync(join(tmpdir(), 'kdf-hc-'));
    const attacker = join(shared, 'attacker');
    mkdirSync(attacker);
    symlinkSync(attacker, join(shared, `kdf-devstack-cache-${uid}`));
    expect(writeHostCache(shared, DEST, 'k1')).toMatch(/not a directory \(a symbolic link\?\)/);
    expect(readdirSync(attacker)).toEqual([]);
    expect(readHostCache(shared, DEST)).toBeUndefined();

    const other = mkdtempSync(join(tmpdir(), 'kdf-hc-'));
    const dir = join(other, `kdf-devstack-cache-${uid}`);
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(other, 'planted.json'), '{"key":"planted"}');
    symlinkSync(join(other, 'planted.json'), join(dir, 'opt-stack.json'));
    expect(readHostCache(other, DEST)).toBeUndefined(); // O_NOFOLLOW
  });

  it('refuses a directory others can write to', () => {
    const shared = mkdtempSync(join(tmpdir(), 'kdf-hc-'));
    const dir = join(shared, `kdf-devstack-cache-${uid}`);
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    expect(writeHostCache(shared, DEST, 'k1')).toMatch(/writable by others \(mode 777\)/);
    expect(readdirSync(dir)).toEqual([]);
  });

  (uid === 0 ? it : it.skip)('refuses a directory another user owns (planted before us)', () => {
    const shared = mkdtempSync(join(tmpdir(), 'kdf-hc-'));
    const dir = join(shared, `kdf-devstack-cache-${uid}`);
    mkdirSync(dir, { mode: 0o700 });
    chownSync(dir, 65534, 65534);
    expect(writeHostCache(shared, DEST, 'k1')).toMatch(/belongs to uid 65534/);
  });
});
