/**
 * Contract tests of the DevStack double for the knobs a DevStack user sets in localrc, run with real bash and git as
 * a throwaway user: the plugin clone knobs (RECLONE, OFFLINE, ERROR_ON_CLONE), the service list check
 * (verify_disabled_services), LOGDAYS, and stackrc's order (localrc before the defaults derived from it).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

import { canRun, localConf, plainLines, refSha, World, type StackDir } from './harness.js';

const suite = canRun() ? describe : describe.skip;
const KURYR = { name: 'kuryr-kubernetes', ref: 'ussuri-eol' };

suite('DevStack double: localrc knobs', () => {
  let w: World;
  beforeAll(() => {
    w = World.create();
  });
  afterAll(() => w?.destroy());

  const git = (dir: string, ...args: string[]): string =>
    w.asUser(['git', '-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args]).trim();
  const withConf = (dir: StackDir, localrc: string): void =>
    w.writeAsUser(join(dir.devstack, 'local.conf'), localConf(w, { plugins: [KURYR], localrc }));

  it('a plugin clone is left alone on a second run, reset to its ref with RECLONE=True, not fetched OFFLINE', async () => {
    const dir = w.stackDir(localConf(w, { plugins: [KURYR] }));
    expect((await w.run(dir)).code).toBe(0);
    const clone = join(dir.dest, 'kuryr-kubernetes');
    const pinned = refSha(w, 'kuryr-kubernetes', 'ussuri-eol');
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(pinned);
    // a local commit in the clone (a developer's change)
    w.writeAsUser(join(clone, 'LOCAL'), 'mine\n');
    git(clone, 'add', 'LOCAL');
    git(clone, 'commit', '-q', '-m', 'local change');
    const local = git(clone, 'rev-parse', 'HEAD');

    expect((await w.run(dir)).code).toBe(0);
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(local);

    withConf(dir, 'OFFLINE=True\nRECLONE=True');
    const offline = await w.run(dir);
    expect(offline.code).toBe(0);
    expect(plainLines(offline)).toContain('Running in offline mode, clones already exist');
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(local);

    withConf(dir, 'RECLONE=True');
    expect((await w.run(dir)).code).toBe(0);
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(pinned);
  }, 60_000);

  it('ERROR_ON_CLONE=True dies on a plugin that is not cloned yet, naming where it looked', async () => {
    const dir = w.stackDir(localConf(w, { plugins: [KURYR], localrc: 'ERROR_ON_CLONE=True' }));
    const r = await w.run(dir);
    expect(r.code).toBe(1);
    const plain = plainLines(r);
    const clone = join(dir.dest, 'kuryr-kubernetes');
    const at = plain.indexOf(`The ${clone} project was not found; if this is a gate job, add`);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(plain[at + 1]).toBe('the project to the $PROJECTS variable in the job definition.');
    expect(plain).toContainEqual(
      expect.stringMatching(/^\[ERROR\] .*functions-common:\d+ Cloning not allowed in this configuration$/),
    );
    expect(readdirSync(dir.dest)).not.toContain('kuryr-kubernetes');
  }, 30_000);

  it('a service disabled in localrc and put back into ENABLED_SERVICES by hand is refused', async () => {
    const dir = w.stackDir(localConf(w, { localrc: 'disable_service rabbit\nENABLED_SERVICES+=,rabbit' }));
    const r = await w.run(dir);
    expect(r.code).toBe(1);
    expect(plainLines(r)).toContainEqual(
      expect.stringMatching(
        /^\[ERROR\] .*:\d+ ENABLED_SERVICES directly modified to overcome 'disable_service rabbit'$/,
      ),
    );
  }, 30_000);

  it('LOGDAYS: logs of earlier runs older than that many days go, newer ones stay', async () => {
    const dir = w.stackDir(localConf(w, { logfile: '$DEST/logs/stack.sh.log', localrc: 'LOGDAYS=2' }));
    w.asUser(['mkdir', '-p', join(dir.dest, 'logs')]);
    const old = join(dir.dest, 'logs', 'stack.sh.log.2020-01-01-000000');
    const recent = join(dir.dest, 'logs', 'stack.sh.log.2020-01-05-000000');
    for (const f of [old, recent]) w.writeAsUser(f, 'an earlier run\n');
    const days = (n: number): Date => new Date(Date.now() - n * 86_400_000);
    utimesSync(old, days(5), days(5));
    utimesSync(recent, days(1), days(1));
    expect((await w.run(dir)).code).toBe(0);
    const logs = readdirSync(join(dir.dest, 'logs'));
    expect(logs).toContain('stack.sh.log.2020-01-05-000000');
    expect(logs).not.toContain('stack.sh.log.2020-01-01-000000');
  }, 30_000);

  it('localrc is read before stackrc derives its defaults: a host set there reaches clouds.yaml and the tail', async () => {
    const dir = w.stackDir(localConf(w, { localrc: 'SERVICE_HOST=127.0.0.9' }));
    const r = await w.run(dir);
    expect(r.code).toBe(0);
    expect(plainLines(r)).toContain('Keystone is serving at http://127.0.0.9/identity/');
    expect(readFileSync(join(dir.etc, 'openstack', 'clouds.yaml'), 'utf8')).toContain(
      'auth_url: http://127.0.0.9/identity',
    );
  }, 30_000);
});
