/**
 * The sandbox's life cycle on a second, private sandbox (its own namespace and state directory, no Octavia), so
 * the shared one the other suites use stays up: bring-up from nothing, an idempotent second `up`, a failing
 * service named with its log tail, recovery, and a `down` after which no process, listener or namespace remains.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ProcessCommandRunner } from '../../src/runtime/process-runner.js';
import { PORTS } from '../../src/sandbox/config.js';
import { Daemons, isAlive } from '../../src/sandbox/daemons.js';
import { sandboxDown } from '../../src/sandbox/down.js';
import { SandboxServiceError } from '../../src/sandbox/errors.js';
import { sandboxLayout, type SandboxLayout } from '../../src/sandbox/layout.js';
import { Namespace } from '../../src/sandbox/netns.js';
import { allServiceNames } from '../../src/sandbox/services.js';
import { sandboxStatus } from '../../src/sandbox/status.js';
import { sandboxUp, type UpReport } from '../../src/sandbox/up.js';

jest.setTimeout(600_000);

const NAMESPACE = 'kdf-sbx-e2e';
const runner = new ProcessCommandRunner({ killGraceMs: 2000 });
let dir: string;
let layout: SandboxLayout;
let first: UpReport;

/** Pids of every process whose command line mentions `text` (read from /proc, zombies excluded). */
function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes(text) && isAlive(Number(entry)) && Number(entry) !== process.pid) found.push(Number(entry));
    } catch {
      /* gone meanwhile */
    }
  }
  return found;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kdf-sbx-e2e-'));
  layout = sandboxLayout(process.cwd(), process.env, dir);
  // a namespace left by an aborted earlier run goes first
  await sandboxDown({ runner, layout }, { namespace: NAMESPACE, wipe: true });
  first = await sandboxUp({ runner, layout }, { namespace: NAMESPACE, octavia: false });
});

afterAll(async () => {
  await sandboxDown({ runner, layout }, { namespace: NAMESPACE, wipe: true });
  rmSync(dir, { recursive: true, force: true });
});

describe('kdf sandbox up / status / down', () => {
  it('brings every service up from nothing, Octavia left out', async () => {
    const expected = allServiceNames(layout).filter((n) => !n.startsWith('octavia'));
    expect(first.started.sort()).toEqual(expected.sort());
    const status = await sandboxStatus({ runner, layout });
    expect(Object.fromEntries(status.services.map((s) => [s.name, s.state]))).toEqual(
      Object.fromEntries(expected.map((n) => [n, 'healthy'])),
    );
    expect(status).toMatchObject({ namespace: NAMESPACE, namespaceExists: true, octavia: false, healthy: true });
  });

  it('is idempotent: a second up starts nothing and keeps the password', async () => {
    const again = await sandboxUp({ runner, layout }, {});
    expect(again.started).toEqual([]);
    expect(again.state.adminPassword).toBe(first.state.adminPassword);
    expect(again.state.namespace).toBe(NAMESPACE);
    // the migrations are recorded and skipped: a converging run costs little more than the provisioning steps
    const novaDb = again.steps.find((s) => s.name === 'nova-db');
    expect(novaDb).toBeDefined();
    expect((novaDb?.endMs ?? Infinity) - (novaDb?.startMs ?? 0)).toBeLessThan(1000);
  });

  it('names a service that fails to start, with the last lines of its log, and recovers on the next up', async () => {
    const daemons = new Daemons(runner, new Namespace(runner, NAMESPACE), layout);
    await daemons.stop('placement');
    // something else holds Placement's port inside the namespace: it accepts connections but never answers
    const thief = await daemons.start({
      name: 'e2e-port-thief',
      argv: [
        '/usr/bin/python3',
        '-c',
        'import socket, time\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n' +
          `s.bind(("127.0.0.1", ${PORTS.placement}))\ns.listen()\ntime.sleep(600)`,
      ],
    });
    await runner.run('ip', [
      'netns',
      'exec',
      NAMESPACE,
      '/usr/bin/python3',
      join(layout.bin, 'probe'),
      'wait',
      '10',
      String(thief.pid),
      `127.0.0.1:${PORTS.placement}`,
    ]);
    const failure: unknown = await sandboxUp({ runner, layout }, {}).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(SandboxServiceError);
    const error = failure as SandboxServiceError;
    expect(error.service).toBe('placement');
    expect(error.message).toBe('placement: exited during start-up');
    expect(error.logTail.length).toBeGreaterThan(0);
    expect(error.logTail.length).toBeLessThanOrEqual(20);
    expect(error.logTail.join('\n')).toContain('Address already in use');
    expect(error.describe()).toContain(join(layout.log, 'placement.log'));

    await daemons.stop('e2e-port-thief');
    const recovered = await sandboxUp({ runner, layout }, {});
    expect(recovered.started).toEqual(['placement']);
    expect((await sandboxStatus({ runner, layout })).healthy).toBe(true);
  });

  it('down leaves no process, no listener and no namespace behind', async () => {
    const namespace = new Namespace(runner, NAMESPACE);
    const daemons = new Daemons(runner, namespace, layout);
    const pids = [...allServiceNames(layout).map((n) => daemons.runningPid(n)), ...(await namespace.pids())].filter(
      (p): p is number => p !== undefined,
    );
    expect(pids.length).toBeGreaterThan(10);

    const report = await sandboxDown({ runner, layout });
    expect(report).toMatchObject({ namespace: NAMESPACE, namespaceDeleted: true, wiped: false });
    expect(Object.values(report.daemons).every((o) => o === 'stopped' || o === 'killed')).toBe(true);

    expect(existsSync(`/run/netns/${NAMESPACE}`)).toBe(false);
    const { stdout: namespaces } = await runner.run('ip', ['netns', 'list']);
    expect(namespaces.split('\n').map((l) => l.split(' ')[0])).not.toContain(NAMESPACE);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(processesMentioning(dir)).toEqual([]);
    // and so nothing of it listens anywhere: its only listeners were in the namespace, whose processes are gone
    const { stdout: listeners } = await runner.run('ss', ['-ltnpH']);
    expect(pids.filter((pid) => listeners.includes(`pid=${pid},`))).toEqual([]);

    const status = await sandboxStatus({ runner, layout });
    expect(status).toMatchObject({ namespaceExists: false, healthy: false });
    expect(status.services.every((s) => s.state === 'stopped')).toBe(true);
  });

  it('down --wipe removes the state directory contents', async () => {
    await sandboxDown({ runner, layout }, { wipe: true });
    for (const sub of ['etc', 'data', 'log', 'run', 'clouds.yaml', 'state.json'])
      expect(existsSync(join(dir, sub))).toBe(false);
  });
});
