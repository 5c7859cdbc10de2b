/** Stopping daemons by pid file: the whole process group, SIGTERM first, SIGKILL for what ignores it. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ProcessCommandRunner } from '../../src/runtime/process-runner.js';
import { Daemons, groupAlive, groupMembers, isAlive, tailFile } from '../../src/sandbox/daemons.js';
import { sandboxLayout, type SandboxLayout } from '../../src/sandbox/layout.js';
import { Namespace } from '../../src/sandbox/netns.js';

const PYTHON = '/usr/bin/python3';
const runner = new ProcessCommandRunner({ killGraceMs: 500, stdioDrainMs: 200 });
let dir: string;
let layout: SandboxLayout;
let daemons: Daemons;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kdf-sandbox-daemons-'));
  layout = sandboxLayout(process.cwd(), {}, dir);
  mkdirSync(layout.run, { recursive: true });
  mkdirSync(layout.log, { recursive: true });
  daemons = new Daemons(runner, new Namespace(runner, 'kdf-unit-none'), layout);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `code` (Python) as daemon `name` with the spawn helper, without a namespace. */
async function startDaemon(name: string, code: string): Promise<number> {
  await runner.run(PYTHON, [
    join(layout.bin, 'spawn'),
    daemons.pidFile(name),
    daemons.logFile(name),
    PYTHON,
    '-c',
    code,
  ]);
  const pid = Number(readFileSync(daemons.pidFile(name), 'utf8'));
  for (let i = 0; i < 50 && tailFile(daemons.logFile(name)).length === 0; i++)
    await new Promise((r) => setTimeout(r, 100));
  return pid;
}

// a parent that forks a child, both in the parent's process group, as neutron-server and octavia-worker do
const FAMILY =
  'import os, time\nif os.fork() == 0:\n    time.sleep(60)\nelse:\n    print("family up", flush=True)\n    time.sleep(60)';
const STUBBORN =
  'import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nprint("ignoring TERM", flush=True)\ntime.sleep(60)';

describe('Daemons', () => {
  it('stops a daemon and its children with SIGTERM and removes the pid file', async () => {
    const pid = await startDaemon('family', FAMILY);
    expect(daemons.runningPid('family')).toBe(pid);
    expect(groupMembers(pid).length).toBe(2);
    expect(await daemons.stop('family')).toBe('stopped');
    expect(groupAlive(pid)).toBe(false);
    expect(existsSync(daemons.pidFile('family'))).toBe(false);
  });

  it('kills what ignores SIGTERM after the grace period', async () => {
    const pid = await startDaemon('stubborn', STUBBORN);
    const started = Date.now();
    expect(await daemons.stop('stubborn', 500)).toBe('killed');
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(isAlive(pid)).toBe(false);
  });

  it('reports a daemon without a live process as not running', async () => {
    expect(await daemons.stop('never-started')).toBe('not running');
    expect(daemons.runningPid('never-started')).toBeUndefined();
  });

  it('tails the last lines of a daemon log', () => {
    expect(tailFile(daemons.logFile('stubborn'))).toEqual(['ignoring TERM']);
    expect(tailFile(join(dir, 'none.log'))).toEqual([]);
  });
});
