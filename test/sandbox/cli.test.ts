/** `kdf sandbox`: argument handling and exit codes (no cloud is started here). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sandboxCommand } from '../../src/cli/commands/sandbox.js';
import { main } from '../../src/cli/main.js';
import { ProcessCommandRunner } from '../../src/runtime/process-runner.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kdf-sandbox-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(): { out: string[]; err: string[]; io: Parameters<typeof main>[1] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      cwd: process.cwd(),
      env: {},
    },
  };
}

describe('kdf sandbox', () => {
  it('prints its usage', async () => {
    const t = io();
    expect(await main(['sandbox', '--help'], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/^Usage: kdf sandbox <up\|down\|status\|exec\|fault>/);
  });

  it.each([
    [['sandbox'], /a sub-command is required/],
    [['sandbox', 'start'], /unknown sub-command 'start'/],
    [['sandbox', 'up', '--without', 'nova'], /--without 'nova': only octavia can be left out/],
    [['sandbox', 'up', '--wipe'], /--wipe only applies to 'kdf sandbox down'/],
    [['sandbox', 'down', '--kuryr-defaults'], /--kuryr-defaults only applies to 'kdf sandbox up'/],
    [['sandbox', 'exec'], /give the command after '--'/],
    [['sandbox', 'status', '--', 'ls'], /unexpected '-- ls'/],
    [['sandbox', 'up', '--namespace', 'a/b'], /--namespace 'a\/b' is not a valid namespace name/],
    [['sandbox', 'up', '--bogus'], /Unknown option '--bogus'/],
  ])('rejects %j with exit 2', async (argv, message) => {
    const t = io();
    expect(await main(argv, t.io)).toBe(2);
    expect(t.err.join('')).toMatch(message);
  });

  it('needs root, like DevStack', async () => {
    await expect(sandboxCommand(['status'], io().io, { uid: () => 1000 })).rejects.toThrow(ConfigurationError);
    await expect(sandboxCommand(['status'], io().io, { uid: () => 1000 })).rejects.toThrow(/needs root/);
  });

  it('refuses exec when no sandbox is up', async () => {
    const t = io();
    expect(await main(['sandbox', 'exec', '--dir', dir, '--', 'true'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/no sandbox is up .*run 'kdf sandbox up' first/);
  });

  it('reports a sandbox that is not up as not healthy (exit 1) and takes it down harmlessly', async () => {
    const runner = () => new ProcessCommandRunner();
    const status = io();
    expect(await sandboxCommand(['status', '--dir', dir, '--namespace', 'kdf-unit-none'], status.io, { runner })).toBe(
      1,
    );
    expect(status.out.join('')).toMatch(
      /namespace kdf-unit-none: absent; not configured[\s\S]*mariadb +stopped[\s\S]*NOT HEALTHY/,
    );
    const down = io();
    expect(
      await sandboxCommand(['down', '--dir', dir, '--namespace', 'kdf-unit-none', '--json'], down.io, { runner }),
    ).toBe(0);
    expect(JSON.parse(down.out.join(''))).toEqual({
      namespace: 'kdf-unit-none',
      daemons: {},
      strays: [],
      namespaceDeleted: false,
      wiped: false,
    });
  });

  it('--wipe also removes the emulated clusters (kube/) and the data plane (dataplane/) the daemons left', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kdf-sandbox-wipe-'));
    const sbx = join(root, 'sandbox');
    for (const sub of ['etc', 'log', join('kube', 'clusters', 'kdf', 'objects'), join('dataplane', 'vms')]) {
      mkdirSync(join(sbx, sub), { recursive: true });
    }
    writeFileSync(join(sbx, 'kube', 'kubeconfig'), 'apiVersion: v1\n');
    const t = io();
    const runner = () => new ProcessCommandRunner();
    const argv = ['down', '--dir', sbx, '--namespace', 'kdf-unit-none', '--wipe', '--json'];
    expect(await sandboxCommand(argv, t.io, { runner })).toBe(0);
    expect((JSON.parse(t.out.join('')) as { wiped: boolean }).wiped).toBe(true);
    expect(existsSync(sbx)).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });

  it('describes a harmless down in one line when --json is not given', async () => {
    const t = io();
    const runner = () => new ProcessCommandRunner();
    expect(await sandboxCommand(['down', '--dir', dir, '--namespace', 'kdf-unit-none'], t.io, { runner })).toBe(0);
    expect(t.out.join('')).toBe('sandbox down: 0 daemon(s) stopped, namespace kdf-unit-none was absent\n');
  });

  it('prints the status table or its JSON form, exit 1 either way when nothing runs', async () => {
    const runner = () => new ProcessCommandRunner();
    const t = io();
    const argv = ['status', '--dir', dir, '--namespace', 'kdf-unit-none', '--json'];
    expect(await sandboxCommand(argv, t.io, { runner })).toBe(1);
    const status = JSON.parse(t.out.join('')) as { healthy: boolean };
    expect(status.healthy).toBe(false);
  });
});
