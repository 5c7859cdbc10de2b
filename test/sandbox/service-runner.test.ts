/** The programs of one `kdf sandbox up` run: one-shots, recorded migrations, provisioning and daemon probes. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { SandboxServiceError } from '../../src/sandbox/errors.js';
import { fakeSpawn, markRunning, sandboxFixture, type SandboxFixture } from './sandbox-fixture.js';

let f: SandboxFixture;
beforeEach(() => {
  f = sandboxFixture();
});
afterEach(() => rmSync(f.dir, { recursive: true, force: true }));

const inNamespace = (...rest: string[]) => ['netns', 'exec', 'kdf-unit', ...rest];

describe('oneShot and once', () => {
  it('runs a one-shot inside the namespace with only the base environment and keeps its output', async () => {
    f.fake.on('ip', inNamespace('/bin/step', 'x'), { stdout: 'result\n', stderr: 'line 1\nline 2\n' });
    expect(await f.run.oneShot('step', ['/bin/step', 'x'], { EXTRA: '1' })).toBe('result\n');
    const [call] = f.fake.calls;
    expect(call?.options).toMatchObject({ replaceEnv: true, label: 'step', timeoutMs: 600_000 });
    expect(call?.options.env).toMatchObject({ EXTRA: '1', HOME: f.layout.data, LANG: 'C.UTF-8' });
    expect(readFileSync(join(f.layout.log, 'step.log'), 'utf8')).toBe('line 1\nline 2\n');
  });

  it('reports a cancelled one-shot as cancelled', async () => {
    f.fake.on('ip', undefined, {});
    f.run.abort.abort();
    const error = await f.run.oneShot('late', ['/bin/true']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxServiceError);
    expect((error as Error).message).toBe('late: cancelled');
  });

  it('numbers the commands of a migration, records its version and skips it while the version stays', async () => {
    f.fake.on('ip', undefined, {});
    await f.run.once('x-db', '1.0', [['/bin/a'], ['/bin/b']]);
    expect(f.fake.calls.map((c) => c.options.label)).toEqual(['x-db-1', 'x-db-2']);
    expect(readFileSync(join(f.layout.data, 'done', 'x-db'), 'utf8')).toBe('1.0\n');
    await f.run.once('x-db', '1.0', [['/bin/a'], ['/bin/b']]);
    expect(f.fake.calls).toHaveLength(2);
    await f.run.once('x-db', '2.0', [['/bin/a']]);
    expect(f.fake.calls.map((c) => c.options.label)).toEqual(['x-db-1', 'x-db-2', 'x-db']);
  });

  it('keeps what a provisioning step reports in the state', async () => {
    f.fake.on(
      'ip',
      inNamespace('/usr/bin/python3', join(f.layout.bin, 'provision'), 'catalog'),
      { stdout: '{"a":1}' },
      { prefix: true },
    );
    expect(await f.run.provision('catalog')).toEqual({ a: 1 });
    expect(f.run.state.provision).toEqual({ catalog: { a: 1 } });
  });
});

describe('startDaemon', () => {
  it('starts a daemon that does not run, then waits for its probe', async () => {
    fakeSpawn(f, 4242);
    f.fake.on(
      'ip',
      inNamespace('/usr/bin/python3', join(f.layout.bin, 'probe'), 'wait', '60', '4242', '127.0.0.1:3306'),
      {},
    );
    await f.run.startDaemon('mariadb', 60);
    expect(f.run.started).toEqual(['mariadb']);
    expect(f.fake.calls.map((c) => c.options.label)).toEqual(['mariadb', 'mariadb probe']);
  });

  it('only probes a daemon that already runs', async () => {
    markRunning(f.layout, 'keystone');
    f.fake.on('ip', undefined, {});
    await f.run.startDaemon('keystone');
    expect(f.run.started).toEqual([]);
    expect(f.fake.calls.map((c) => c.options.label)).toEqual(['keystone probe']);
  });

  it('says so when the start-up was cancelled, and refuses a daemon this run does not know', async () => {
    markRunning(f.layout, 'keystone');
    f.fake.on('ip', undefined, {});
    f.run.abort.abort();
    await expect(f.run.startDaemon('keystone')).rejects.toThrow('keystone: start-up cancelled');
    await expect(f.run.startDaemon('no-such-daemon')).rejects.toThrow('unknown service no-such-daemon');
  });
});
