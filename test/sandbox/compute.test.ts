/** The compute hosts after nova-compute started: the ready check and the failure-injection host. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { startBrokenCompute, waitComputeReady } from '../../src/sandbox/compute.js';
import { SandboxServiceError } from '../../src/sandbox/errors.js';
import { fakeSpawn, markRunning, sandboxFixture, type SandboxFixture } from './sandbox-fixture.js';

let f: SandboxFixture;
beforeEach(() => {
  f = sandboxFixture();
});
afterEach(() => rmSync(f.dir, { recursive: true, force: true }));

/** Answers the ready query with `answers` in turn. */
function mysqlAnswers(...answers: string[]): void {
  for (const stdout of answers) f.fake.once('/usr/bin/mysql', undefined, { stdout });
}

describe('waitComputeReady', () => {
  it('polls until the host is mapped into cell1 and has reported inventory', async () => {
    markRunning(f.layout, 'nova-compute', 'nova-scheduler', 'nova-conductor');
    mysqlAnswers('0\t0\n', '1\t0\n', '1\t1\n');
    await waitComputeReady(f.run);
    expect(f.fake.callsTo('/usr/bin/mysql')).toHaveLength(3);
    expect(f.fake.calls[0]?.options.input).toMatch(/nova_api\.host_mappings WHERE host='kdf-sandbox'/);
  });

  it('names the Nova daemon that died meanwhile, with its log', async () => {
    markRunning(f.layout, 'nova-scheduler', 'nova-conductor');
    writeFileSync(join(f.layout.log, 'nova-compute.log'), 'boom\n');
    mysqlAnswers('0\t0\n');
    const error = await waitComputeReady(f.run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxServiceError);
    expect(error).toMatchObject({ message: 'nova-compute: exited during start-up', logTail: ['boom'] });
  });

  it('stops polling once the run is cancelled', async () => {
    markRunning(f.layout, 'nova-compute', 'nova-scheduler', 'nova-conductor');
    f.fake.on('/usr/bin/mysql', undefined, { stdout: '0\t0\n' });
    // cancelled while it waits between two polls: the next query is cancelled and nothing polls again
    setTimeout(() => f.run.abort.abort(), 100);
    await expect(waitComputeReady(f.run)).rejects.toThrow(/^compute-ready: .* was cancelled$/);
    expect(f.fake.callsTo('/usr/bin/mysql')).toHaveLength(2);
  });
});

describe('startBrokenCompute', () => {
  it('disables the failure-injection host once Nova has registered it', async () => {
    fakeSpawn(f, process.pid);
    mysqlAnswers('0\n', '1\n');
    f.fake.on('ip', undefined, {});
    await startBrokenCompute(f.run);
    expect(f.run.started).toEqual(['nova-compute-broken']);
    const last = f.fake.calls.at(-1);
    expect(last?.options.label).toBe('nova-compute-broken-disable');
    expect(last?.args.slice(-5)).toEqual([
      '--disable',
      '--disable-reason',
      expect.any(String),
      'kdf-sandbox-broken',
      'nova-compute',
    ]);
  });

  it('leaves a failure-injection host that already runs alone (a test may have enabled it)', async () => {
    markRunning(f.layout, 'nova-compute-broken');
    await startBrokenCompute(f.run);
    expect(f.fake.calls).toEqual([]);
    expect(f.run.started).toEqual([]);
  });
});
