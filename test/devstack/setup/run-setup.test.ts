import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeCommandRunner } from '../../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../../__fixtures__/recording-logger.js';
import { runSetup, type SetupEnvironment } from '../../../src/devstack/setup/run.js';
import { readSetupSettings } from '../../../src/devstack/setup/settings.js';
import { pullRequestContext } from '../../../src/devstack/setup/fork.js';
import { acquireHostLock, lockPath, readLockOwner, releaseHostLock } from '../../../src/devstack/setup/lock.js';
import { Inputs, recordInputSource } from '../../../src/runtime/inputs.js';
import { ConfigurationError, RefusedCombinationError } from '../../../src/runtime/errors.js';

const OS = {
  bionic: 'NAME="Ubuntu"\nID=ubuntu\nVERSION_ID="18.04"\nVERSION_CODENAME=bionic\n',
  jammy: 'NAME="Ubuntu"\nID=ubuntu\nVERSION_ID="22.04"\n',
  f31: 'NAME=Fedora\nID=fedora\nVERSION_ID=31\n',
};

const SUCCESS = [
  '+ ./stack.sh:main:900 :   run_phase stack post-config',
  'This is your host IP address: 192.0.2.5',
  'Keystone is serving at http://192.0.2.5/identity/',
  'The password: Adm1nPass',
  'stack.sh completed in 1234 seconds.',
].join('\n');

function world(os: string, inputs: Record<string, string> = {}, extra: Partial<SetupEnvironment> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-setup-'));
  const osRelease = join(dir, 'os-release');
  writeFileSync(osRelease, os);
  const workspace = join(dir, 'ws');
  mkdirSync(workspace);
  const runner = new FakeCommandRunner();
  const logger = new RecordingLogger();
  const state: Record<string, string> = {};
  const settings = readSetupSettings(
    new Inputs(recordInputSource({ 'admin-password': 'Adm1nPass', dest: join(dir, 'opt', 'stack'), ...inputs })),
  );
  const env: SetupEnvironment = {
    runner,
    logger,
    workspace,
    resultsPath: join(dir, 'results', 'setup-devstack.json'),
    lockDir: dir,
    etcDir: join(dir, 'etc'),
    osReleasePath: osRelease,
    pr: pullRequestContext('push', {}),
    lockWaitMs: 0,
    saveState: (k, v) => (state[k] = v),
    ...extra,
  };
  return { dir, runner, logger, state, settings, env, workspace };
}

const lines = (r: FakeCommandRunner): string[] => r.calls.map((c) => [c.command, ...c.args].join(' '));

describe('runSetup with a recording runner', () => {
  it('Ubuntu: apt prerequisites, stack user, clone at the pinned ref, local.conf 0600 via stdin, stack.sh, NAT', async () => {
    const w = world(OS.bionic);
    w.runner
      .on('id', ['-u', 'stack'], { exitCode: 1 })
      .on('sudo', (a) => a.includes('stack.sh') || a.some((x) => x.endsWith('/stack.sh')), { stdout: SUCCESS })
      .on('sudo', (a) => a.includes('iptables') && a.includes('-C'), { exitCode: 1 })
      .on('sudo', undefined, { exitCode: 0 });
    const result = await runSetup(w.settings, w.env);
    expect(result.success).toBe(true);
    const calls = lines(w.runner);
    const dest = w.settings.dest;
    expect(calls).toEqual(
      expect.arrayContaining([
        'sudo -n true',
        'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -q',
        expect.stringMatching(
          /^sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y git gawk sudo iptables/,
        ),
        `sudo -n useradd -U -s /bin/bash -d ${dest} -m stack`,
        `sudo -n -u stack -H -- git clone --no-checkout https://opendev.org/openstack/devstack ${dest}/devstack`,
        `sudo -n -u stack -H -- git -C ${dest}/devstack fetch origin ussuri-eol`,
        `sudo -n -u stack -H -- git -C ${dest}/devstack checkout --detach FETCH_HEAD`,
        `sudo -n -u stack -H -- sh -c umask 077 && cat > "$1" && chmod 0600 "$1" sh ${dest}/devstack/local.conf`,
        `sudo -n -u stack -H -- env ${dest}/devstack/stack.sh`,
        'sudo -n iptables -t nat -C POSTROUTING -s 172.24.4.0/24 -j MASQUERADE',
        'sudo -n iptables -t nat -I POSTROUTING 1 -s 172.24.4.0/24 -j MASQUERADE',
      ]),
    );
    // Order: nothing touches the host before preflight's sudo check; stack.sh after local.conf.
    expect(calls[0]).toBe('sudo -n true');
    // One log group per stack.sh phase.
    expect(
      w.logger.entries
        .filter((e) => e.level === 'group-start' && e.message.startsWith('stack.sh'))
        .map((e) => e.message),
    ).toEqual([
      'stack.sh: prerequisites and install',
      expect.stringMatching(/^stack\.sh: post-config \(from \d+ s\)$/),
    ]);
    expect(calls.findIndex((c) => c.includes('stack.sh'))).toBeGreaterThan(
      calls.findIndex((c) => c.includes('local.conf')),
    );
    const write = w.runner.calls.find((c) => c.args.some((a) => a.endsWith('/devstack/local.conf')));
    expect(write?.options.input).toMatch(/^ADMIN_PASSWORD=Adm1nPass$/m);
    expect(w.runner.calls.find((c) => c.args.some((a) => a.endsWith('stack.sh')))?.options.timeoutMs).toBe(
      120 * 60_000,
    );
    expect(result.outputs).toMatchObject({
      'host-ip': '192.0.2.5',
      'keystone-url': 'http://192.0.2.5/identity',
      'os-cloud': 'devstack',
      'clouds-yaml': join(w.env.etcDir, 'openstack', 'clouds.yaml'),
      'local-conf': `${dest}/devstack/local.conf`,
    });
    expect(JSON.parse(w.state.secrets as string)).toEqual(['Adm1nPass']);
    expect(JSON.parse(w.state['nat-rule'] as string)).toEqual([
      '-n',
      'iptables',
      '-t',
      'nat',
      '-D',
      'POSTROUTING',
      '-s',
      '172.24.4.0/24',
      '-j',
      'MASQUERADE',
    ]);
    const doc = JSON.parse(readFileSync(w.env.resultsPath, 'utf8'));
    expect(doc.run).toMatchObject({ stage: 'setup-devstack', status: 'passed', distro: 'ubuntu-18.04' });
    expect(doc.cases.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual([
      'preflight:passed',
      'host-lock:passed',
      'prerequisites:passed',
      'stack-user:passed',
      'clone:passed',
      'stack:passed',
      'nat:passed',
    ]);
    expect(readLockOwner(w.state['lock-path'] as string)?.pid).toBe(process.pid);
  });

  it('Fedora: dnf prerequisites; an existing stack user is kept', async () => {
    const w = world(OS.f31);
    w.runner.on('id', ['-u', 'stack'], { exitCode: 0 }).on('sudo', undefined, { stdout: SUCCESS });
    await runSetup(w.settings, w.env);
    const calls = lines(w.runner);
    expect(calls).toContainEqual(expect.stringMatching(/^sudo -n dnf install -y git gawk sudo iptables python3/));
    expect(calls.some((c) => c.includes('apt-get'))).toBe(false);
    expect(calls.some((c) => c.includes('useradd'))).toBe(false);
    // the leg's results say which distro it ran on
    expect(JSON.parse(readFileSync(w.env.resultsPath, 'utf8')).run.distro).toBe('fedora-31');
  });

  it('an os-release the toolkit refuses still labels the results with ID-VERSION_ID', async () => {
    const w = world('ID=plan9\nVERSION_ID=4\n');
    await expect(runSetup(w.settings, w.env)).rejects.toThrow(/Unsupported distro/);
    expect(JSON.parse(readFileSync(w.env.resultsPath, 'utf8')).run.distro).toBe('plan9-4');
  });

  it('a fork PR is refused before any command runs', async () => {
    const w = world(
      OS.bionic,
      {},
      {
        pr: pullRequestContext('pull_request', {
          pull_request: {
            head: { sha: 'abc', repo: { full_name: 'evil/repo', fork: true } },
            base: { repo: { full_name: 'kuryr/example' } },
          },
        }),
      },
    );
    await expect(runSetup(w.settings, w.env)).rejects.toThrow(/fork[\s\S]*allow-fork-pr/);
    expect(w.runner.calls).toEqual([]);
  });

  it('a distro the train refuses is refused in preflight, with no command run', async () => {
    const w = world(OS.jammy);
    await expect(runSetup(w.settings, w.env)).rejects.toBeInstanceOf(RefusedCombinationError);
    expect(w.runner.calls).toEqual([]);
    const doc = JSON.parse(readFileSync(w.env.resultsPath, 'utf8'));
    expect(doc.cases[0]).toMatchObject({ id: 'preflight', status: 'error', message: expect.stringMatching(/jammy/) });
  });

  it('lint errors in local-conf-file stop preflight and are findings on that file and line', async () => {
    const w = world(OS.bionic, { 'local-conf-file': 'ci/extra.conf' });
    mkdirSync(join(w.workspace, 'ci'));
    writeFileSync(join(w.workspace, 'ci', 'extra.conf'), '[[local|localrc]]\nKURYR_USE_PORT_POOLS=True\nA = b\n');
    await expect(runSetup(w.settings, w.env)).rejects.toBeInstanceOf(ConfigurationError);
    expect(w.runner.calls).toEqual([]);
    const doc = JSON.parse(readFileSync(w.env.resultsPath, 'utf8'));
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ file: 'ci/extra.conf', line: 3, level: 'failure', rule: 'LC302' }),
    );
    expect(doc.findings).toContainEqual(expect.objectContaining({ file: 'ci/extra.conf', line: 2, rule: 'LC602' }));
  });

  it('a fragment outside the workspace is a configuration error', async () => {
    const w = world(OS.bionic, { 'local-conf-file': '../../etc/passwd' });
    await expect(runSetup(w.settings, w.env)).rejects.toThrow(/local-conf-file' must be a path inside the workspace/);
  });

  it('a stack.sh [ERROR] becomes a failure finding with its call trace; no NAT rule is added', async () => {
    const w = world(OS.bionic);
    w.runner
      .on('sudo', (a) => a.some((x) => x.endsWith('stack.sh')), {
        exitCode: 1,
        stdout:
          '[Call Trace]\n./stack.sh:900:source\n[ERROR] /opt/stack/dragonflow/devstack/plugin.sh:305 boom\nError on exit\n',
      })
      .on(/.*/, undefined, { exitCode: 0 });
    const result = await runSetup(w.settings, w.env);
    expect(result.success).toBe(false);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        file: '/opt/stack/dragonflow/devstack/plugin.sh',
        line: 305,
        message: 'boom',
        level: 'failure',
      }),
    );
    expect(lines(w.runner).some((c) => c.includes('POSTROUTING'))).toBe(false);
    expect(JSON.parse(readFileSync(w.env.resultsPath, 'utf8')).run.status).toBe('failed');
  });

  it('a plugin without devstack/plugin.sh after a "successful" stack fails the run (silent skip)', async () => {
    const w = world(OS.bionic);
    w.runner
      .on('sudo', (a) => a.includes('test') && a.some((x) => x.includes('/kuryr-kubernetes/devstack/plugin.sh')), {
        exitCode: 1,
      })
      .on(/.*/, undefined, { stdout: SUCCESS });
    const result = await runSetup(w.settings, w.env);
    expect(result.success).toBe(false);
    expect(result.findings.map((f) => f.rule)).toEqual(['plugin-skipped']);
    expect(result.findings[0]?.title).toBe('plugin kuryr-kubernetes was silently skipped');
  });

  it('dry-run stops after preflight: only the sudo check runs', async () => {
    const w = world(OS.bionic, { 'dry-run': 'true' });
    w.runner.on(/.*/, undefined, { exitCode: 0 });
    const result = await runSetup(w.settings, w.env);
    expect(result.success).toBe(true);
    expect(lines(w.runner)).toEqual(['sudo -n true']);
    expect(w.logger.text()).toMatch(/would run: \(as stack\) .*\/devstack\/stack\.sh/);
  });

  it('a second job on the same host is refused while the first holds the lock', async () => {
    const w = world(OS.bionic);
    w.runner.on(/.*/, undefined, { exitCode: 0 });
    // The first job: this test process itself holds the lock (alive), for the same DEST.
    await acquireHostLock({ dir: w.env.lockDir, name: w.settings.dest, owner: { run: 'first' }, waitMs: 0 });
    await expect(runSetup(w.settings, w.env)).rejects.toThrow(/Another job is stacking this host[\s\S]*run first/);
    expect(lines(w.runner)).toEqual(['sudo -n true']);
    expect(readLockOwner(lockPath(w.env.lockDir, w.settings.dest))?.run).toBe('first');
  });
});

describe('host cache and leftovers', () => {
  it('cache: host re-runs offline when refs and inputs are unchanged, and not when they change', async () => {
    const w = world(OS.bionic, { cache: 'host', clean: 'never' });
    w.runner.on(/.*/, undefined, { stdout: SUCCESS });
    await runSetup(w.settings, w.env);
    expect(lines(w.runner).some((c) => c.includes('git clone'))).toBe(true);
    // The first run cloned (for real DevStack the tree would now exist); its post step released the lock.
    mkdirSync(join(w.settings.dest, 'devstack', '.git'), { recursive: true });
    releaseHostLock(w.state['lock-path'] as string);

    const again = new FakeCommandRunner().on(/.*/, undefined, { stdout: SUCCESS });
    await runSetup(w.settings, { ...w.env, runner: again });
    const calls = lines(again);
    expect(calls.some((c) => c.includes('git clone') || c.includes(' fetch ') || c.includes('apt-get'))).toBe(false);
    const conf = again.calls.find((c) => c.args.some((a) => a.endsWith('/devstack/local.conf')))?.options.input;
    expect(conf).toMatch(/^OFFLINE=True$/m);
    expect(conf).toMatch(/^RECLONE=False$/m);

    releaseHostLock(w.state['lock-path'] as string);
    const changed = new FakeCommandRunner().on(/.*/, undefined, { stdout: SUCCESS });
    const settings = readSetupSettings(
      new Inputs(
        recordInputSource({
          'admin-password': 'Adm1nPass',
          dest: w.settings.dest,
          cache: 'host',
          'dragonflow-ref': '5.0.0',
        }),
      ),
    );
    await runSetup(settings, { ...w.env, runner: changed });
    expect(lines(changed).some((c) => c.includes(' fetch origin ussuri-eol'))).toBe(true);
    expect(
      changed.calls.find((c) => c.args.some((a) => a.endsWith('/devstack/local.conf')))?.options.input,
    ).not.toMatch(/^OFFLINE=True$/m);
  });

  it('cache: actions restores before the clone and saves the staged trees after a successful stack', async () => {
    const events: string[] = [];
    const artifactCache = {
      restore: async (paths: string[], key: string, restoreKeys: string[]) => {
        events.push(`restore ${paths.join(',')} ${key} ${restoreKeys.join(',')}`);
        return key;
      },
      save: async (paths: string[], key: string) => {
        events.push(`save ${paths.join(',')} ${key}`);
      },
    };
    const w = world(OS.bionic, { cache: 'actions' });
    const staging = join(w.dir, 'staging');
    w.runner.on(/.*/, undefined, (call) => {
      events.push([call.command, ...call.args].join(' '));
      return { stdout: SUCCESS };
    });
    await runSetup(w.settings, { ...w.env, artifactCache, cacheStaging: staging });
    const restore = events.findIndex((e) => e.startsWith('restore '));
    const clone = events.findIndex((e) => e.includes('git clone'));
    const save = events.findIndex((e) => e.startsWith('save '));
    expect(events[restore]).toMatch(
      new RegExp(
        `^restore ${staging} kdf-devstack-ussuri-ubuntu-18.04-[0-9a-f]{16} kdf-devstack-ussuri-ubuntu-18.04-$`,
      ),
    );
    expect(restore).toBeLessThan(clone);
    expect(events.slice(restore, clone)).toContainEqual(`sudo -n cp -a ${staging}/trees/. ${w.settings.dest}/`);
    expect(events.slice(restore, clone)).toContainEqual(`sudo -n chown -R stack: ${w.settings.dest}`);
    expect(save).toBeGreaterThan(events.findIndex((e) => e.endsWith('/devstack/stack.sh')));
    expect(events.slice(0, save)).toContainEqual(`sudo -n cp -a ${w.settings.dest}/dragonflow ${staging}/trees/`);
    expect(events[save]).toBe(events[restore]!.replace(/^restore (\S+) (\S+) .*$/, 'save $1 $2'));
  });

  it('cache: actions outside GitHub Actions (no cache service) is a clear configuration error', async () => {
    const w = world(OS.bionic, { cache: 'actions' });
    await expect(runSetup(w.settings, w.env)).rejects.toThrow(/'cache': 'actions' needs the Actions cache service/);
  });

  it('clean: before unstacks and cleans the leftovers of an earlier stack first', async () => {
    const w = world(OS.bionic, { clean: 'before' });
    mkdirSync(join(w.settings.dest, 'devstack'), { recursive: true });
    writeFileSync(join(w.settings.dest, 'devstack', '.stackenv'), 'DEST=/opt/stack\n');
    w.runner.on(/.*/, undefined, { stdout: SUCCESS });
    await runSetup(w.settings, w.env);
    const calls = lines(w.runner);
    const unstack = calls.findIndex((c) => c.endsWith('/devstack/unstack.sh'));
    const clean = calls.findIndex((c) => c.endsWith('/devstack/clean.sh'));
    const stack = calls.findIndex((c) => c.endsWith('/devstack/stack.sh'));
    expect(unstack).toBeGreaterThan(-1);
    expect(clean).toBeGreaterThan(unstack);
    expect(stack).toBeGreaterThan(clean);
  });
});
