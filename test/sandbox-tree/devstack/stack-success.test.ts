/**
 * The DevStack double (sandbox/devstack) on its good paths, run with real bash and git as a throwaway user:
 * root refusal, a full stack from the toolkit's own plan, the success tail, the files it writes, the distro check,
 * the silent skip of an unpinned kuryr plugin, logging variants, and unstack/clean.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  canRun,
  exists,
  expectInOrder,
  localConf,
  plainLines,
  refSha,
  World,
  type RunResult,
  type StackDir,
} from './harness.js';

const suite = canRun() ? describe : describe.skip;

/**
 * A DevStack tree whose local.conf is the toolkit's own (`kdf plan --profile dragonflow`, built CLI), with the
 * dragonflow ref overridden by the double's commit (its SHA is not the real 4dc36ed6); a hand-written equivalent
 * when dist/ is not built.
 */
function planDir(w: World): StackDir {
  const dir = w.stackDir(undefined);
  let conf: string;
  if (existsSync(join(process.cwd(), 'dist', 'cli', 'index.js'))) {
    const out = join(dir.root, 'plan');
    execFileSync('node', [
      join(process.cwd(), 'bin', 'kdf.js'),
      'plan',
      '--profile',
      'dragonflow',
      '--distro',
      'ubuntu-18.04',
      '--git-base',
      `file://${w.gitBase}`,
      '--dest',
      dir.dest,
      '--admin-password',
      'Pass1',
      '--plugin-ref',
      `dragonflow=${refSha(w, 'dragonflow', 'master')}`,
      '--out',
      out,
    ]);
    conf = readFileSync(join(out, 'local.conf'), 'utf8');
  } else {
    conf = localConf(w, {
      plugins: [
        { name: 'kuryr-kubernetes', ref: 'ussuri-eol' },
        { name: 'dragonflow', ref: refSha(w, 'dragonflow', 'master') },
        { name: 'octavia', ref: 'ussuri-eol' },
      ],
      services: 'key mysql rabbit q-svc df-controller df-redis octavia o-api kuryr-kubernetes kuryr-daemon',
      meta: '[[post-config|$OCTAVIA_CONF]]\n[controller_worker]\namp_active_retries = 9999\n',
    });
  }
  w.writeAsUser(join(dir.devstack, 'local.conf'), conf);
  return dir;
}

suite('DevStack double: success paths', () => {
  let w: World;
  /** Runs started together in beforeAll (they are independent; a run is mostly bash and waiting). */
  const runs: Record<string, { dir: StackDir; result: Promise<RunResult> }> = {};
  const start = (name: string, dir: StackDir, opts: Parameters<World['run']>[2] = {}): void => {
    runs[name] = { dir, result: w.run(dir, 'stack.sh', opts) };
  };
  const get = async (name: string): Promise<{ dir: StackDir; r: RunResult }> => {
    const run = runs[name] as { dir: StackDir; result: Promise<RunResult> };
    return { dir: run.dir, r: await run.result };
  };

  beforeAll(() => {
    w = World.create();
    start('plan', planDir(w));
    const debian = { KDF_DOUBLE_OS_RELEASE: w.osRelease('debian-12') };
    start('distro', w.stackDir(localConf(w)), { env: debian });
    start('forced', w.stackDir(localConf(w)), { env: { ...debian, FORCE: 'yes' } });
    for (const release of ['30', '31']) {
      start(`fedora-${release}`, w.stackDir(localConf(w)), {
        env: { KDF_DOUBLE_OS_RELEASE: w.osRelease(`fedora-${release}`) },
      });
    }
    start(
      'unpinned',
      w.stackDir(
        localConf(w, {
          plugins: [{ name: 'kuryr-kubernetes' }],
          services: 'key mysql rabbit kuryr-kubernetes kuryr-daemon',
        }),
      ),
    );
    start(
      'duplicate',
      w.stackDir(
        localConf(w, {
          plugins: [
            { name: 'kuryr-kubernetes', ref: 'ussuri-eol' },
            { name: 'kuryr-kubernetes', ref: 'train-eol' },
          ],
        }),
      ),
    );
    const rel = w.stackDir(
      localConf(w, {
        logfile: 'devstack.log',
        localrc: 'KURYR_ENABLED_HANDLERS = vif,lb,lbaasspec\ndisable_service tempest\nenable_service tempest',
      }),
    );
    start('relative', rel, { cwd: rel.root });
    start('nologfile', w.stackDir(localConf(w, { logfile: null })), {
      env: { KDF_DOUBLE_KEYSTONE_URI: 'http://127.0.0.1:5000/v3-sandbox' },
    });
    start('stamped', w.stackDir(localConf(w)), { env: { KDF_DOUBLE_FIX_VERBOSE_NO_TIMESTAMP: '1' } });
    start('venv', w.stackDir(localConf(w)), { env: { VIRTUAL_ENV: '/tmp/venv' } });
    start('posix', w.stackDir(localConf(w)), { env: { POSIXLY_CORRECT: 'y' } });
    const marked = w.stackDir(localConf(w));
    w.writeAsUser(join(marked.home, '.no-devstack'), '');
    start('no-devstack', marked);
    // a syntax error in the localrc block: the rest of the block is silently dropped, stack.sh carries on
    start('syntax', w.stackDir(localConf(w, { services: 'mysql rabbit', localrc: ')\nenable_service key n-api' })));
    start(
      'unstack',
      w.stackDir(
        localConf(w, {
          plugins: [{ name: 'dragonflow', ref: 'ussuri-eol' }],
          services: 'key mysql rabbit q-svc df-controller',
        }),
      ),
    );
  });
  afterAll(async () => {
    await Promise.all(Object.values(runs).map((run) => run.result));
    w?.destroy();
  });

  it('refuses to run as root with DevStack exact message', async () => {
    const dir = w.stackDir(localConf(w));
    const child = spawn(join(dir.devstack, 'stack.sh'), [], { cwd: dir.devstack, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((res) => child.on('close', res));
    expect(code).toBe(1);
    const lines = out.split('\n');
    const i = lines.indexOf('DevStack should be run as a user with sudo permissions, ');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(lines.slice(i, i + 4)).toEqual([
      'DevStack should be run as a user with sudo permissions, ',
      'not root.',
      'A "stack" user configured correctly can be created with:',
      ` ${dir.devstack}/tools/create-stack-user.sh`,
    ]);
  });

  it('stacks a local.conf generated by kdf plan: exact tail, clouds.yaml, logs, merge, plugins', async () => {
    const { dir, r } = await get('plan');
    expect(r.code).toBe(0);
    const plain = plainLines(r);

    // The success tail (docs/devstack-operations.md#console-output), in order (the outfilter may still be draining
    // xtrace lines while tee prints it)
    expectInOrder(plain, [
      'DevStack Component Timing',
      'This is your host IP address: 127.0.0.1',
      'This is your host IPv6 address: ::1',
      'Keystone is serving at http://127.0.0.1/identity/',
      'The default users are: admin and demo',
      'The password: Pass1',
      'Services are running under systemd unit files.',
      'For more information see: ',
      'https://docs.openstack.org/devstack/latest/systemd.html',
      'DevStack Version: ussuri',
      /^Change: [0-9a-f]{40} kdf DevStack double \(ussuri-eol era\) 2021-08-30 09:00:00 \+0000$/,
      'OS Version: Ubuntu 18.04 bionic',
    ]);
    // The timing table precedes it
    const t = plain.indexOf('DevStack Component Timing');
    expect(t).toBeGreaterThan(0);
    expect(plain[t - 1]).toBe('=========================');
    expect(plain[t + 1]).toBe(' (times are in seconds)  ');
    expect(plain.slice(t).some((l) => /^git_timed {12}\s*\d+$/.test(l))).toBe(true);
    expect(plain.slice(t).some((l) => /^Unaccounted time {5}\s*\d+$/.test(l))).toBe(true);
    expect(plain.slice(t).some((l) => /^Total runtime {8}\s*\d+$/.test(l))).toBe(true);

    // With LOGFILE and VERBOSE, echo_summary writes only to the summary file: the console has no completion line
    expect(r.lines.some((l) => /^stack\.sh completed in \d+ seconds\.$/.test(l))).toBe(false);
    const logs = join(dir.dest, 'logs');
    const link = readlinkSync(join(logs, 'stack.sh.log'));
    expect(link).toMatch(new RegExp(`^${logs}/stack\\.sh\\.log\\.\\d{4}-\\d{2}-\\d{2}-\\d{6}$`));
    const summaryLink = readlinkSync(join(logs, 'stack.sh.log.summary'));
    expect(summaryLink).toMatch(/\/stack\.sh\.log\.(\d{4}-\d{2}-\d{2}-\d{6})\.summary\.\1$/);
    const summary = readFileSync(summaryLink, 'utf8').trimEnd().split('\n');
    expect(summary[0]).toMatch(
      new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} \\| stack\\.sh log ${link}$`),
    );
    expect(summary.at(-1)).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \| stack\.sh completed in \d+ seconds\.$/,
    );
    // The log file keeps the timestamps the console (VERBOSE_NO_TIMESTAMP) does not have
    const log = readFileSync(link, 'utf8').split('\n');
    expect(log.find((l) => l.endsWith('| Fetching DevStack plugins'))).toBeDefined();
    expect(r.output.split('\n')).toContain('Fetching DevStack plugins');
    expect(log).toContain('This is your host IP address: 127.0.0.1'); // the tail is appended raw by tee
    expect(exists(join(logs, 'error.log'))).toBe(false);

    // clouds.yaml (df era: four clouds), auth_url = KEYSTONE_SERVICE_URI
    const clouds = readFileSync(join(dir.etc, 'openstack', 'clouds.yaml'), 'utf8');
    const cloud = (name: string, user: string, scope: string[]): string[] => [
      `  ${name}:`,
      '    auth:',
      '      auth_url: http://127.0.0.1/identity',
      '      password: Pass1',
      ...scope,
      '      user_domain_id: default',
      `      username: ${user}`,
      "    identity_api_version: '3'",
      '    region_name: RegionOne',
      "    volume_api_version: '3'",
    ];
    const project = (p: string): string[] => ['      project_domain_id: default', `      project_name: ${p}`];
    expect(clouds).toBe(
      [
        'clouds:',
        ...cloud('devstack', 'demo', project('demo')),
        ...cloud('devstack-admin', 'admin', project('admin')),
        ...cloud('devstack-alt', 'alt_demo', project('alt_demo')),
        ...cloud('devstack-system-admin', 'admin', ['      system_scope: all']),
        '',
      ].join('\n'),
    );

    // The [[post-config|$OCTAVIA_CONF]] block merged into the file the octavia plugin wrote
    const octavia = readFileSync(join(dir.etc, 'octavia', 'octavia.conf'), 'utf8');
    expect(octavia).toMatch(/\n\[controller_worker\]\namp_active_retries = 9999\n/);
    expect(octavia).toMatch(/\n\[DEFAULT\]\n(.*\n)*debug = True\n/);

    // Plugins: cloned at the pinned refs, plugin.sh present, phases run
    expect(w.asUser(['git', '-C', join(dir.dest, 'dragonflow'), 'rev-parse', 'HEAD']).trim()).toBe(
      refSha(w, 'dragonflow', 'master'),
    );
    expect(w.asUser(['git', '-C', join(dir.dest, 'kuryr-kubernetes'), 'rev-parse', 'HEAD']).trim()).toBe(
      refSha(w, 'kuryr-kubernetes', 'ussuri-eol'),
    );
    for (const p of ['kuryr-kubernetes', 'dragonflow', 'octavia']) {
      expect(exists(join(dir.dest, p, 'devstack', 'plugin.sh'))).toBe(true);
      for (const phase of ['pre-install', 'install', 'post-config', 'extra', 'test-config']) {
        expect(plain).toContain(`kdf-double ${p}: stack ${phase}`);
      }
    }
    expect(plain.indexOf('kdf-double kuryr-kubernetes: stack post-config')).toBeLessThan(
      plain.indexOf('kdf-double kuryr-kubernetes: stack extra'),
    );

    // Host changes under the redirected /etc and $HOME
    expect(readFileSync(join(dir.etc, 'devstack-version'), 'utf8')).toMatch(
      /^DevStack Version: ussuri\nChange: [0-9a-f]{40} .*\nOS Version: Ubuntu 18\.04 bionic\n$/,
    );
    expect(readFileSync(join(dir.home, '.kube', 'config'), 'utf8')).toContain('    server: http://127.0.0.1:8080\n');
    // kuryr.conf as the plugin leaves it (docs/nested-topology.md#kuryr-objects): API through the Octavia VIP, neutron
    // defaults as IDs (written in extra)
    const kuryrConf = readFileSync(join(dir.etc, 'kuryr', 'kuryr.conf'), 'utf8');
    expect(kuryrConf).toMatch(/\n\[kubernetes\]\n(.*\n)*api_root = https:\/\/10\.0\.0\.129:443\n/);
    expect(kuryrConf).toMatch(
      /\n\[neutron_defaults\]\n(.*\n)*project = [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n/,
    );
    expect(plain).toContain(
      'kdf-double kuryr-kubernetes: load balancer default/kubernetes (VIP 10.0.0.129, listener and pool default/kubernetes:443, member port 6443) (not created)',
    );
    expect(readdirSync(join(dir.etc, 'systemd', 'system'))).toEqual(
      expect.arrayContaining(['devstack@df-controller.service', 'devstack@kuryr-kubernetes.service']),
    );
    expect(readFileSync(join(dir.etc, 'sudoers.d', '50_stack_sh'), 'utf8')).toBe(
      `${w.user} ALL=(root) NOPASSWD:ALL\nDefaults:${w.user} secure_path=/sbin:/usr/sbin:/usr/bin:/bin:/usr/local/sbin:/usr/local/bin\nDefaults:${w.user} !requiretty\n`,
    );
    const stackenv = readFileSync(join(dir.devstack, '.stackenv'), 'utf8');
    expect(stackenv).toContain(`\nDEST=${dir.dest}\n`);
    expect(stackenv).toContain('\nKEYSTONE_SERVICE_URI=http://127.0.0.1/identity\n');
    expect(stackenv).toContain(`\nLOGFILE=${link}\n`);
    expect(readFileSync(join(dir.dest, 'devstack.subunit'), 'utf8')).toMatch(
      /^devstack success start=\S+ duration=\d+\n$/,
    );
    expect(readFileSync(join(dir.devstack, '.localrc.auto'), 'utf8').split('\n')[0]).toBe(
      '# Generated file, do not edit',
    );
  }, 40000);

  it('refuses a distro outside SUPPORTED_DISTROS and accepts it with FORCE=yes', async () => {
    const { dir, r } = await get('distro');
    expect(r.code).toBe(1);
    const plain = plainLines(r);
    const warn = plain.indexOf('WARNING: this script has not been tested on bookworm');
    expect(warn).toBeGreaterThanOrEqual(0);
    expect(plain[warn + 1]).toBe('[Call Trace]');
    expect(plain.find((l) => l.startsWith('[ERROR] '))).toMatch(
      new RegExp(
        `^\\[ERROR\\] ${dir.devstack}/stack\\.sh:\\d+ If you wish to run this script anyway run with FORCE=yes$`,
      ),
    );
    expect(plain).not.toContain('Error on exit'); // the traps are not set yet

    const { r: forced } = await get('forced');
    expect(forced.code).toBe(0);
    expect(plainLines(forced)).toContain('WARNING: this script has not been tested on bookworm');
    expect(plainLines(forced)).toContain('OS Version: Debian 12 bookworm');
  }, 30000);

  it.each(['30', '31'])(
    'stacks on Fedora %s (f30|f31 are the train’s): rpm package lists, the yum timer',
    async (v) => {
      const { r } = await get(`fedora-${v}`);
      expect(r.code).toBe(0);
      const plain = plainLines(r);
      expect(plain).not.toContainEqual(expect.stringContaining('has not been tested on'));
      expect(plain).toContain(`OS Version: Fedora ${v} n/a`);
      // files/rpms, not files/debs: Fedora's names (git-core, not bsdmainutils)
      const packages = plain.filter((l) => l.startsWith('kdf-double: packages not installed (double): '));
      expect(packages.length).toBeGreaterThan(0);
      expect(packages.join(' ')).toContain(' git-core ');
      expect(packages.join(' ')).not.toContain('bsdmainutils');
      expect(plain).toContainEqual(expect.stringMatching(/^yum_install +\d+$/));
    },
    30000,
  );

  it('silently skips an unpinned kuryr-kubernetes plugin (empty master) and still succeeds', async () => {
    const { dir, r } = await get('unpinned');
    expect(r.code).toBe(0);
    const kuryr = join(dir.dest, 'kuryr-kubernetes');
    expect(w.asUser(['git', '-C', kuryr, 'rev-parse', 'HEAD']).trim()).toBe(refSha(w, 'kuryr-kubernetes', 'master'));
    expect(readdirSync(kuryr).filter((f) => f !== '.git')).toEqual(['README.rst']);
    expect(exists(join(kuryr, 'devstack', 'plugin.sh'))).toBe(false);
    expect(r.output).not.toContain('kdf-double kuryr-kubernetes');
    expect(exists(join(dir.home, '.kube', 'config'))).toBe(false);
    expect(exists(join(dir.etc, 'kuryr'))).toBe(false);
    expect(plainLines(r)).toContain('The default users are: admin and demo');
  }, 30000);

  it('dies on a duplicate enable_plugin with the exact message', async () => {
    const { dir, r } = await get('duplicate');
    expect(r.code).toBe(1);
    expect(plainLines(r).find((l) => l.startsWith('[ERROR] '))).toMatch(
      new RegExp(
        `^\\[ERROR\\] ${dir.devstack}/functions-common:\\d+ Plugin attempted to be enabled twice: kuryr-kubernetes file://${w.gitBase}/openstack/kuryr-kubernetes train-eol$`,
      ),
    );
    expect(plainLines(r)).toContain('[Call Trace]');
  }, 30000);

  it('reproduces the relative LOGFILE quirk and carries on after localrc errors', async () => {
    const { dir, r } = await get('relative');
    expect(r.code).toBe(0);
    expect(plainLines(r)).toContain(
      `[WARNING] ${dir.devstack}/.localrc.auto:${lineNo(readFileSync(join(dir.devstack, 'functions-common'), 'utf8'), 'warn $LINENO "Attempt to enable_service')} Attempt to enable_service tempest when it has been disabled`,
    );
    expect(r.output).toMatch(/KURYR_ENABLED_HANDLERS: command not found/);
    // mkdir -p devstack.log (a directory), the log beside it, a dangling symlink inside it
    expect(lstatSync(join(dir.root, 'devstack.log')).isDirectory()).toBe(true);
    const files = readdirSync(dir.root);
    const log = files.find((f) => /^devstack\.log\.\d{4}-\d{2}-\d{2}-\d{6}$/.test(f));
    expect(log).toBeDefined();
    expect(files.some((f) => f === `${log}.summary.${log?.slice('devstack.log.'.length)}`)).toBe(true);
    const link = join(dir.root, 'devstack.log', 'devstack.log');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(log);
    expect(existsSync(link)).toBe(false); // dangling
    expect(readlinkSync(join(dir.root, 'devstack.log', 'devstack.log.summary'))).toMatch(
      /^devstack\.log\.\S+\.summary\.\S+$/,
    );
    // LOGDIR stays $DEST/logs
    expect(readFileSync(join(dir.devstack, '.stackenv'), 'utf8')).toContain(`\nLOGFILE=${log}\n`);
    expect(existsSync(join(dir.dest, 'logs'))).toBe(true);
  }, 30000);

  it('prints timestamped summary lines (and the completion line) on the console without LOGFILE', async () => {
    const { dir, r } = await get('nologfile');
    expect(r.code).toBe(0);
    // KDF_DOUBLE_KEYSTONE_URI points the tail, clouds.yaml and .stackenv at a sandbox cloud
    expect(plainLines(r)).toContain('Keystone is serving at http://127.0.0.1:5000/v3-sandbox/');
    expect(readFileSync(join(dir.etc, 'openstack', 'clouds.yaml'), 'utf8')).toContain(
      '      auth_url: http://127.0.0.1:5000/v3-sandbox\n',
    );
    const raw = r.output.split('\n');
    expect(raw.at(-2)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \| stack\.sh completed in \d+ seconds\.$/);
    expect(
      raw.some((l) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \| Installing package prerequisites$/.test(l)),
    ).toBe(true);
    // xtrace goes to the console unfiltered and unstamped
    expect(raw.some((l) => /^\+ stack\.sh:main:\d+ +: {3}merge_config_group /.test(l))).toBe(true);
  }, 30000);

  it('stamps console lines when KDF_DOUBLE_FIX_VERBOSE_NO_TIMESTAMP=1 (what docs/devstack-operations.md#logs describes)', async () => {
    const { r } = await get('stamped');
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/\n\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \| Using mysql database backend\n/);
    expect(r.output).toMatch(/\n\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \| \+ stack\.sh:main:\d+ +: {3}uname -a\n/);
  }, 30000);

  it('refuses a virtualenv, POSIXLY_CORRECT=y and ~/.no-devstack with DevStack messages', async () => {
    const { r: venv } = await get('venv');
    expect(venv.code).toBe(1);
    expect(plainLines(venv)).toEqual(
      expect.arrayContaining([
        'You appear to be running under a python virtualenv.',
        'DevStack does not support this, as we may break the',
      ]),
    );
    const { r: posix } = await get('posix');
    expect(posix.code).toBe(1);
    expect(plainLines(posix)).toContain(
      'You are running POSIX compatibility mode, DevStack requires bash 4.2 or newer.',
    );
    const { r: marked } = await get('no-devstack');
    expect(marked.code).toBe(1);
    expect(plainLines(marked)).toEqual(
      expect.arrayContaining([
        "You've marked this host as a no-devstack host, to save yourself from",
        '~/.no-devstack file',
      ]),
    );
  });

  it('a syntax error in localrc drops the rest of the block silently and stack.sh still succeeds', async () => {
    const { r } = await get('syntax');
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/\.localrc\.auto: line \d+: syntax error near unexpected token `\)'/);
    // "enable_service key n-api" after the error never ran: no keystone, no nova
    expect(plainLines(r)).not.toContain('Keystone is serving at http://127.0.0.1/identity/');
    expect(r.output).not.toContain('Starting Nova API');
    expect(plainLines(r)).toContain('This is your host IP address: 127.0.0.1');
  });

  it('openrc reads .stackenv: credentials for the sandbox keystone', async () => {
    const { dir, r } = await get('unstack');
    expect(r.code).toBe(0);
    const out = w.asUser(
      [
        'bash',
        '-c',
        'source ./openrc admin admin >/dev/null 2>&1; echo "$OS_AUTH_URL $OS_USERNAME $OS_PROJECT_NAME $OS_PASSWORD"',
      ],
      { cwd: dir.devstack, env: w.baseEnv(dir) },
    );
    expect(out).toBe('http://127.0.0.1/identity admin admin Pass1\n');
  });

  it('unstack.sh and clean.sh remove the double state; unstack refuses root', async () => {
    const { dir, r } = await get('unstack');
    expect(r.code).toBe(0);
    expect(exists(join(dir.etc, 'systemd', 'system', 'devstack@df-controller.service'))).toBe(true);

    const un = await w.run(dir, 'unstack.sh', { args: ['-a'] });
    expect(un.code).toBe(0);
    expect(plainLines(un)).toEqual(
      expect.arrayContaining([
        'kdf-double dragonflow: unstack',
        'kdf-double: mysql stopped',
        'kdf-double: rabbitmq-server stopped',
      ]),
    );

    const rootUn = spawn(join(dir.devstack, 'unstack.sh'), [], {
      cwd: dir.devstack,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...w.baseEnv(dir) },
    });
    let out = '';
    rootUn.stdout.on('data', (d: Buffer) => (out += d.toString()));
    expect(await new Promise((res) => rootUn.on('close', res))).toBe(1);
    // STACK_USER comes from the .stackenv stack.sh wrote
    expect(out).toContain(
      `You are running this script as root.\nIt might work but you will have a better day running it as ${w.user}\n`,
    );

    const cl = await w.run(dir, 'clean.sh');
    expect(cl.code).toBe(0);
    for (const gone of [
      join(dir.etc, 'openstack'),
      join(dir.etc, 'nova'),
      join(dir.etc, 'keystone'),
      join(dir.dest, 'data'),
      join(dir.dest, 'logs'),
      join(dir.devstack, '.localrc.auto'),
      join(dir.devstack, '.stackenv'),
      join(dir.etc, 'systemd', 'system', 'devstack@df-controller.service'),
    ]) {
      expect([gone, exists(gone)]).toEqual([gone, false]);
    }
    expect(exists(join(dir.dest, 'dragonflow', 'devstack', 'plugin.sh'))).toBe(true); // git trees are kept
  }, 40000);
});

function lineNo(text: string, fragment: string): number {
  return text.split('\n').findIndex((l) => l.includes(fragment)) + 1;
}
