/**
 * The Python helpers of sandbox/openstack/bin, run for real with Debian's python3 (outside any namespace, on
 * 127.0.0.1 only): spawn, probe, manage-batch and ep.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CommandError } from '../../src/runtime/command.js';
import { ProcessCommandRunner } from '../../src/runtime/process-runner.js';
import { groupAlive, isAlive, signalGroup, tailFile } from '../../src/sandbox/daemons.js';
import { sandboxLayout } from '../../src/sandbox/layout.js';

const PYTHON = '/usr/bin/python3';
const bin = sandboxLayout(process.cwd(), {}, '/tmp/kdf-unit-sandbox').bin;
const runner = new ProcessCommandRunner({ killGraceMs: 500, stdioDrainMs: 200 });
let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kdf-sandbox-helpers-'));
  server = createServer((_req, res) => res.writeHead(401).end('no'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('spawn', () => {
  it('starts a daemon in its own session, records its pid and appends its output to the log', async () => {
    const pidfile = join(dir, 'd.pid');
    const log = join(dir, 'd.log');
    writeFileSync(log, 'earlier line\n');
    const started = Date.now();
    await runner.run(PYTHON, [
      join(bin, 'spawn'),
      pidfile,
      log,
      PYTHON,
      '-c',
      'import time; print("up", flush=True); time.sleep(60)',
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
    const pid = Number(readFileSync(pidfile, 'utf8'));
    try {
      expect(isAlive(pid)).toBe(true);
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [, , pgrp, session] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      expect([Number(pgrp), Number(session)]).toEqual([pid, pid]);
      for (let i = 0; i < 50 && tailFile(log).length < 2; i++) await sleep(100);
      expect(tailFile(log)).toEqual(['earlier line', 'up']);
    } finally {
      signalGroup(pid, 'SIGKILL');
    }
    for (let i = 0; i < 50 && groupAlive(pid); i++) await sleep(100);
    expect(groupAlive(pid)).toBe(false);
  });

  it('says in the log why a program could not start', async () => {
    const log = join(dir, 'missing.log');
    await runner.run(PYTHON, [join(bin, 'spawn'), join(dir, 'missing.pid'), log, '/nonexistent/daemon']);
    for (let i = 0; i < 50 && tailFile(log).length === 0; i++) await sleep(100);
    expect(tailFile(log).join('\n')).toMatch(/spawn: cannot start \/nonexistent\/daemon: .*No such file/);
  });
});

describe('probe', () => {
  const probe = (args: string[], input?: string) =>
    runner.run(PYTHON, [join(bin, 'probe'), ...args], { input, allowedExitCodes: [0, 3, 4] });

  it('counts any HTTP answer as serving and a refused port as not', async () => {
    const specs = [
      { name: 'web', http: `http://127.0.0.1:${port}/` },
      { name: 'tcp', tcp: `127.0.0.1:${port}` },
      { name: 'closed', tcp: '127.0.0.1:1' },
      { name: 'gone', pid: 2 ** 22 + 1, http: `http://127.0.0.1:${port}/` },
      { name: 'proc', pid: process.pid },
    ];
    const { stdout } = await probe(['check'], JSON.stringify(specs));
    expect(JSON.parse(stdout)).toEqual([
      { name: 'web', ok: true, detail: 'HTTP 401' },
      { name: 'tcp', ok: true, detail: 'TCP open' },
      { name: 'closed', ok: false, detail: expect.stringMatching(/refused/i) },
      { name: 'gone', ok: false, detail: `process ${2 ** 22 + 1} is not running` },
      { name: 'proc', ok: true, detail: `process ${process.pid} running` },
    ]);
  });

  it('waits for an answer, and tells a dead process (3) from a timeout (4)', async () => {
    expect(await probe(['wait', '5', '0', `http://127.0.0.1:${port}/`])).toMatchObject({
      exitCode: 0,
      stdout: 'HTTP 401\n',
    });
    expect((await probe(['wait', '5', String(2 ** 22 + 1), '127.0.0.1:1'])).exitCode).toBe(3);
    const timedOut = await probe(['wait', '1', '0', '127.0.0.1:1']);
    expect(timedOut.exitCode).toBe(4);
    expect(timedOut.stdout).toMatch(/no answer from 127\.0\.0\.1:1 after 1s/);
  });
});

describe('manage-batch and ep', () => {
  beforeAll(() => {
    // a stand-in for an oslo *-manage module: counts how often it ran in this process, records its argv
    writeFileSync(
      join(dir, 'kdf_fake_manage.py'),
      [
        'import sys',
        'RUNS = 0',
        'def main():',
        '    global RUNS',
        '    RUNS += 1',
        `    with open(${JSON.stringify(join(dir, 'calls.txt'))}, "a") as f:`,
        '        f.write("%s %d %s\\n" % (sys.argv[0], RUNS, " ".join(sys.argv[1:])))',
        '    return int(sys.argv[1]) if len(sys.argv) > 1 else 0',
      ].join('\n'),
    );
  });
  const env = (): Record<string, string> => ({ PYTHONPATH: dir });

  it('runs each invocation from a freshly imported module and stops at the first failure', async () => {
    rmSync(join(dir, 'calls.txt'), { force: true });
    const err: unknown = await runner
      .run(
        PYTHON,
        [
          join(bin, 'manage-batch'),
          'fake-manage',
          'kdf_fake_manage:main',
          '--',
          '0',
          'a',
          '--',
          '7',
          'b',
          '--',
          '0',
          'c',
        ],
        { env: env() },
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).exitCode).toBe(7);
    expect(readFileSync(join(dir, 'calls.txt'), 'utf8')).toBe('fake-manage 1 0 a\nfake-manage 1 7 b\n');
    expect((err as CommandError).result.stderr).toContain('manage-batch: fake-manage 7 b -> exit 7');
  });

  it('ep runs MODULE:FUNCTION with NAME as argv[0] and its exit status', async () => {
    rmSync(join(dir, 'calls.txt'), { force: true });
    const result = await runner.run(PYTHON, [join(bin, 'ep'), 'fake-manage', 'kdf_fake_manage:main', '3', 'x'], {
      env: env(),
      allowedExitCodes: [3],
    });
    expect(result.exitCode).toBe(3);
    expect(readFileSync(join(dir, 'calls.txt'), 'utf8')).toBe('fake-manage 1 3 x\n');
  });
});
