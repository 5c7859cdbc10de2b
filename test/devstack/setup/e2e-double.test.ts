/**
 * setup-devstack end to end: the bundled action (dist/) run as the GitHub runner runs it, as root, with a
 * throwaway stack user, DevStack and its plugins cloned from a file:// git base that serves the DevStack double
 * (sandbox/devstack), the real apt prerequisites, and the NAT rule inside a network namespace this test creates.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  createDoubleWorld,
  destroyDoubleWorld,
  runSetupJob,
  writeDoubleControl,
  type DoubleWorld,
} from '../../helpers/double-world.js';
import { acquireHostLock, releaseHostLock } from '../../../src/devstack/setup/lock.js';

const isRoot = process.getuid?.() === 0;
const describeRoot = isRoot ? describe : describe.skip;
const PASSWORD = 'E2eSecret77';

let w: DoubleWorld;
const control = (extra: Record<string, string> = {}): void => writeDoubleControl(w, extra);
const job = (...args: Parameters<typeof runSetupJob> extends [DoubleWorld, ...infer R] ? R : never) =>
  runSetupJob(w, ...args);

const natRules = (): string =>
  execFileSync('ip', ['netns', 'exec', w.netns, 'iptables', '-t', 'nat', '-S', 'POSTROUTING'], { encoding: 'utf8' });

describeRoot('setup-devstack end to end against the DevStack double', () => {
  beforeAll(() => {
    w = createDoubleWorld(PASSWORD);
  }, 120_000);

  afterAll(() => destroyDoubleWorld(w));

  it('stacks: outputs, clouds.yaml, NAT rule in the namespace; post collects, removes the rule, releases the lock, cleans', async () => {
    const { main, post, job: runnerJob } = await job();
    expect(main.annotations.filter((a) => a.command === 'error')).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({
      'host-ip': '127.0.0.1',
      'keystone-url': 'http://127.0.0.1/identity',
      'os-cloud': 'devstack',
      'clouds-yaml': join(w.etc, 'openstack', 'clouds.yaml'),
      'local-conf': join(w.dest, 'devstack', 'local.conf'),
    });
    const clouds = parseYaml(readFileSync(main.outputs['clouds-yaml'] as string, 'utf8')) as {
      clouds: Record<string, { auth: { auth_url: string; password: string } }>;
    };
    expect(Object.keys(clouds.clouds).sort()).toEqual([
      'devstack',
      'devstack-admin',
      'devstack-alt',
      'devstack-system-admin',
    ]);
    expect(clouds.clouds.devstack?.auth.password).toBe(PASSWORD);
    // local.conf: 0600, owned by the stack user.
    const st = spawnSync('stat', ['-c', '%a %U', main.outputs['local-conf'] as string], {
      encoding: 'utf8',
    }).stdout.trim();
    expect(st).toBe(`600 ${w.user}`);
    // The NAT rule was added inside the test namespace (the machine's own iptables are never touched).
    expect(main.state['nat-rule']).toContain(w.netns);
    expect(post?.exitCode).toBe(0);
    expect(natRules()).not.toMatch(/MASQUERADE/);
    expect(
      existsSync(join(w.dir, `kdf-devstack-${w.dest.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}.lock`)),
    ).toBe(false);
    const bundle = join(runnerJob.dir, 'temp', 'kdf-diagnostics'); // RUNNER_TEMP: clean.sh deletes the log dir
    const index = readFileSync(join(bundle, 'INDEX.txt'), 'utf8');
    expect(index).toMatch(/^local\.conf\.redacted: ok$/m);
    // Secrets: masked everywhere the runner shows, never in the summary or the bundle.
    expect(main.masks).toContain(PASSWORD);
    const everything = [
      main.stdout,
      main.stderr,
      main.summary,
      post?.stdout ?? '',
      readFileSync(join(bundle, 'local.conf.redacted'), 'utf8'),
    ].join('\n');
    // `::add-mask::` lines are consumed by the runner (they register the mask) and never shown.
    const shown = everything
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(shown).toMatch(/The password: \*\*\*/);
    expect(shown).not.toContain(PASSWORD);
    const results = JSON.parse(readFileSync(main.outputs.results as string, 'utf8'));
    expect(results.run.status).toBe('passed');
  }, 240_000);

  it('a die inside the Dragonflow plugin is annotated at the plugin file and line; no NAT rule', async () => {
    control({ KDF_DOUBLE_FAIL: 'die:dragonflow:post-config', KDF_DOUBLE_FAIL_MSG: 'ovsdb-server is not running' });
    try {
      const { main } = await job();
      expect(main.exitCode).toBe(1);
      const err = main.annotations.find(
        (a) => a.command === 'error' && a.message.startsWith('ovsdb-server is not running'),
      );
      expect(err?.properties.file).toBe(join(w.dest, 'dragonflow', 'devstack', 'plugin.sh'));
      const pluginLines = readFileSync(join(w.dest, 'dragonflow', 'devstack', 'plugin.sh'), 'utf8').split('\n');
      expect(pluginLines[Number(err?.properties.line) - 1]).toMatch(/die \$LINENO/);
      expect(err?.message).toMatch(/\[Call Trace\]/);
      expect(main.state['nat-rule']).toBeUndefined();
      expect(natRules()).not.toMatch(/MASQUERADE/);
    } finally {
      control();
    }
  }, 240_000);

  it.each([
    [
      'fail:stack:post-config',
      /stack\.sh failed/,
      (f: string) => f.endsWith('/devstack/stack.sh') || f === './stack.sh' || f.endsWith('stack.sh'),
    ],
    [
      'die-nolineno:kuryr-kubernetes:extra',
      /Timed out waiting for kubernetes-api/,
      (f: string) => f.endsWith('/kuryr-kubernetes/devstack/plugin.sh'),
    ],
    [
      'missing:dragonflow:install',
      /stack\.sh exited with 127|command not found/,
      (f: string) => f.includes('/dragonflow/devstack/'),
    ],
  ])(
    'failure kind %s is annotated with the right file',
    async (fail, message, fileOk) => {
      control({ KDF_DOUBLE_FAIL: fail });
      try {
        const { main } = await job();
        expect(main.exitCode).toBe(1);
        const errors = main.annotations.filter((a) => a.command === 'error' && a.properties.file);
        expect(
          errors.map((e) => `${e.properties.file}:${e.properties.line} ${e.message.split('\n')[0]}`).join('\n'),
        ).toMatch(message);
        expect(errors.some((e) => fileOk(e.properties.file as string) && Number(e.properties.line) >= 1)).toBe(true);
      } finally {
        control();
      }
    },
    240_000,
  );

  it('cancel mid-run stops the whole process tree; post still collects and releases the lock', async () => {
    const pidDir = join(w.dir, 'pids');
    mkdirSync(pidDir, { recursive: true, mode: 0o777 });
    chmodSync(pidDir, 0o777); // the double runs as the stack user
    const pidfile = join(pidDir, 'hang.pids');
    control({ KDF_DOUBLE_FAIL: 'hang:stack:install:120', KDF_DOUBLE_HANG_PIDFILE: pidfile });
    try {
      // cancel once stack.sh hangs (its pid file exists), however long getting there takes on a loaded machine
      const { main, post } = await job({}, {}, { cancelWhen: () => existsSync(pidfile) });
      expect(main.exitCode).not.toBe(0);
      expect(main.annotations.map((a) => a.message).join('\n')).toMatch(/cancel/i);
      const pids = readFileSync(pidfile, 'utf8').split(/\s+/).filter(Boolean).map(Number);
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) {
        const state = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
        expect(state === '' || state.startsWith('Z')).toBe(true);
      }
      expect(post?.stdout).toMatch(/host lock released/);
    } finally {
      control();
    }
  }, 240_000);

  it('a password stack.sh would prompt for fails fast (stdin is /dev/null) with the reason stated', async () => {
    const started = Date.now();
    const { main } = await job({ 'local-conf': '[[local|localrc]]\nunset RABBIT_PASSWORD\n' });
    expect(main.exitCode).toBe(1);
    const prompt = main.annotations.find((a) => a.properties.title === 'stack.sh asked for RABBIT_PASSWORD');
    expect(prompt?.message).toMatch(/would wait forever\. Set RABBIT_PASSWORD/);
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 240_000);

  it('a second job on the same host is refused while the first holds the lock', async () => {
    const lock = await acquireHostLock({ dir: w.dir, name: w.dest, owner: { run: 'first-job' }, waitMs: 0 });
    try {
      const { main } = await job();
      expect(main.exitCode).toBe(1);
      expect(main.stdout).toMatch(/Another job is stacking this host[\s\S]*first-job/);
    } finally {
      releaseHostLock(lock);
    }
  }, 120_000);

  it('a fork PR is refused before anything touches the host', async () => {
    const marker = join(w.dest, 'devstack', 'local.conf');
    rmSync(marker, { force: true });
    const { main } = await job(
      {},
      {},
      {
        eventName: 'pull_request',
        event: {
          pull_request: {
            number: 7,
            head: { sha: 'abc', repo: { full_name: 'evil/fork', fork: true } },
            base: { repo: { full_name: 'kuryr/example' } },
          },
        },
      },
    );
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toMatch(/fork/);
    expect(existsSync(marker)).toBe(false);
  }, 60_000);

  it('injection attempts through the inputs never run a command', async () => {
    const pwned = join(w.dir, 'pwned');
    const attempts: Record<string, string>[] = [
      { profile: `dragonflow$(touch ${pwned})` },
      { 'git-base': `file:///x;touch ${pwned}` },
      { 'devstack-ref': `ussuri-eol;touch ${pwned}` },
      { dest: `/tmp/$(touch ${pwned})` },
      { 'stack-user': `a;touch ${pwned}` },
      { 'admin-password': `x$(touch ${pwned})` },
      { 'ports-pool': `min=$(touch ${pwned})` },
      { 'local-conf': `[[local|localrc]]\nHOST_NAME=$(touch ${pwned})\n` },
      { 'local-conf': `[[post-config|$NOVA_CONF]]\n[DEFAULT]\nx = \`touch ${pwned}\`\n` },
    ];
    for (const input of attempts) {
      const { main } = await job({ ...input, 'dry-run': 'true' });
      expect({ input, exitCode: main.exitCode }).toEqual({ input, exitCode: 1 });
      expect(existsSync(pwned)).toBe(false);
    }
  }, 240_000);
});
