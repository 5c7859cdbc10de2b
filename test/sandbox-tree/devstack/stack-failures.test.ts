/**
 * The DevStack double's failure behaviour (docs/devstack-operations.md#console-output,
 * docs/devstack-operations.md#password-prompts): password prompts, the traps (`stack.sh failed` only for top-level
 * failures), `die` with and without $LINENO and its call trace, worlddump and subunit, and a hang whose process tree a
 * process-group kill removes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { canRun, expectInOrder, localConf, plainLines, World, type RunResult, type StackDir } from './harness.js';
import { lineOf } from './source-lines.js';

const suite = canRun() ? describe : describe.skip;

function worlddumpChecks(r: RunResult, dir: StackDir): void {
  const logs = join(dir.dest, 'logs');
  const line = plainLines(r).find((l) => l.startsWith('World dumping... see '));
  expect(line).toMatch(
    new RegExp(`^World dumping\\.\\.\\. see ${logs}/worlddump-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.txt for details$`),
  );
  const file = (line as string).slice('World dumping... see '.length, -' for details'.length);
  expect(readFileSync(join(logs, 'worlddump-latest.txt'), 'utf8')).toBe(readFileSync(file, 'utf8'));
}

suite('DevStack double: failures', () => {
  let w: World;
  /** Independent runs started together in beforeAll. */
  const runs: Record<string, { dir: StackDir; result: Promise<RunResult> }> = {};
  const start = (name: string, dir: StackDir, env: Record<string, string> = {}): void => {
    runs[name] = { dir, result: w.run(dir, 'stack.sh', { env }) };
  };
  const get = async (name: string): Promise<{ dir: StackDir; r: RunResult }> => {
    const run = runs[name] as { dir: StackDir; result: Promise<RunResult> };
    return { dir: run.dir, r: await run.result };
  };

  beforeAll(() => {
    w = World.create();
    const df = (): StackDir => w.stackDir(localConf(w, { plugins: [{ name: 'dragonflow', ref: 'ussuri-eol' }] }));
    start('devnull', w.stackDir(localConf(w, { passwords: false })));
    start('top', w.stackDir(localConf(w)), { KDF_DOUBLE_FAIL: 'fail:stack:pre-install' });
    start('die', df(), { KDF_DOUBLE_FAIL: 'die:dragonflow:pre-install' });
    start('die-nolineno', w.stackDir(localConf(w, { plugins: [{ name: 'kuryr-kubernetes', ref: 'ussuri-eol' }] })), {
      KDF_DOUBLE_FAIL: 'die-nolineno:kuryr-kubernetes:pre-install',
    });
    // knobs from kdf-double.env at the root of the file:// git base the tree was cloned from (what a toolkit test
    // uses when sudo or env -i drops the environment): a second base path that links to the same repository
    const alt = join(w.base, 'alt');
    w.asUser(['mkdir', '-p', join(alt, 'openstack')]);
    w.asUser(['ln', '-s', join(w.gitBase, 'openstack', 'devstack'), join(alt, 'openstack', 'devstack')]);
    w.writeAsUser(
      join(alt, 'kdf-double.env'),
      'KDF_DOUBLE_FAIL=die:stack:install\nKDF_DOUBLE_FAIL_MSG="custom failure text"\n',
    );
    start('die-top', w.stackDir(localConf(w), 'ussuri-eol', `file://${alt}/openstack/devstack`));
    start('plain', df(), { KDF_DOUBLE_FAIL: 'fail:dragonflow:pre-install:3' });
    start('missing', df(), { KDF_DOUBLE_FAIL: 'missing:dragonflow:pre-install:neutron_server_config_add_new_gone' });
    start(
      'semicolon',
      w.stackDir(
        localConf(w, {
          services: 'key mysql rabbit n-api',
          meta: '[[post-config|$NOVA_CONF]]\n[DEFAULT]\n; comment = yes\n',
        }),
      ),
    );
    if (existsSync('/usr/bin/mawk')) {
      start(
        'mawk',
        w.stackDir(
          localConf(w, {
            services: 'key mysql rabbit n-api',
            meta: '[[post-config|$NOVA_CONF]]\n[DEFAULT]\nmarker = 1\n',
          }),
        ),
        { CONFIG_AWK_CMD: 'mawk' },
      );
    }
  });
  afterAll(async () => {
    await Promise.all(Object.values(runs).map((run) => run.result));
    w?.destroy();
  });

  it('a missing password with stdin /dev/null fails fast with the prompt banner and Error on exit', async () => {
    const { dir, r } = await get('devnull');
    expect(r.code).toBe(1);
    const plain = plainLines(r);
    expectInOrder(plain, [
      '################################################################################',
      'ENTER A PASSWORD TO USE FOR THE DATABASE.',
      '################################################################################',
      `This value will be written to ${dir.devstack}/.localrc.password file so you don't have to enter it `,
      'again.  Use only alphanumeric characters.',
      'If you leave this blank, a random default value will be used.',
      'Enter a password now:',
      'Error on exit',
      /^World dumping\.\.\. see /,
    ]);
    expect(r.output).not.toContain('stack.sh failed');
    expect(plainLines(r)).not.toContain('ENTER A PASSWORD TO USE FOR RABBIT.'); // it stopped at the first prompt
    worlddumpChecks(r, dir);
    // os-testr is not "installed" yet at that point: no subunit record, as in DevStack
    expect(existsSync(join(dir.dest, 'devstack.subunit'))).toBe(false);
  }, 30000);

  it('a failure at the top level of stack.sh prints stack.sh failed, Error on exit, a fail record, a worlddump', async () => {
    const { dir, r } = await get('top');
    expect(r.code).toBe(1);
    const logfile = readFileSync(join(dir.devstack, '.stackenv'), 'utf8').match(/\nLOGFILE=(\S+)\n/)?.[1];
    expect(logfile).toMatch(/\/logs\/stack\.sh\.log\.\d{4}-\d{2}-\d{2}-\d{6}$/);
    expectInOrder(plainLines(r), [
      'kdf-double: injected failure',
      `stack.sh failed: full log in ${logfile}`,
      'Error on exit',
      /^World dumping\.\.\. see /,
    ]);
    worlddumpChecks(r, dir);
    expect(readFileSync(join(dir.dest, 'devstack.subunit'), 'utf8')).toMatch(
      /^devstack fail start=\S+ duration=\d+\n$/,
    );
    // the log file has it too, stamped
    expect(readFileSync(logfile as string, 'utf8')).toMatch(
      /\n\d{4}-\d{2}-\d{2} [\d:.]+ \| stack\.sh failed: full log in /,
    );
  }, 30000);

  it('die $LINENO inside a function of a sourced plugin: exact call trace and [ERROR], no stack.sh failed', async () => {
    const { dir, r } = await get('die');
    expect(r.code).toBe(1);
    const plugin = join(dir.dest, 'dragonflow', 'devstack', 'plugin.sh');
    const fc = join(dir.devstack, 'functions-common');
    const dieLine = lineOf(plugin, 'die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-$KDF_DOUBLE_DIE_MSG}" ;;');
    const plain = plainLines(r);
    const at = plain.indexOf('[Call Trace]');
    expect(plain.slice(at, at + 8)).toEqual([
      '[Call Trace]',
      `${dir.devstack}/stack.sh:${lineOf(join(dir.devstack, 'stack.sh'), 'run_phase stack pre-install')}:run_phase`,
      `${fc}:${lineOf(fc, 'run_plugins $mode $phase')}:run_plugins`,
      `${fc}:${lineOf(fc, 'source $dir/devstack/plugin.sh $mode $phase')}:source`,
      `${plugin}:${lineOf(plugin, 'df_pre_install')}:df_pre_install`,
      `${plugin}:${lineOf(plugin, 'kdf_double_plugin_inject dragonflow pre-install')}:kdf_double_plugin_inject`,
      `${plugin}:${dieLine}:die`,
      `[ERROR] ${plugin}:${dieLine} ovsdb-server is not running`,
    ]);
    expect(plain).toContain('Error on exit');
    expect(r.output).not.toContain('stack.sh failed');
    expect(readFileSync(join(dir.dest, 'logs', 'error.log'), 'utf8')).toBe(
      `[ERROR] ${plugin}:${dieLine} ovsdb-server is not running\n`,
    );
    worlddumpChecks(r, dir);
  }, 30000);

  it('die without $LINENO: "[ERROR] <file>:<message> " with an empty message part', async () => {
    const { dir, r } = await get('die-nolineno');
    expect(r.code).toBe(1);
    const plugin = join(dir.dest, 'kuryr-kubernetes', 'devstack', 'plugin.sh');
    expect(plainLines(r)).toContain(`[ERROR] ${plugin}:Timed out waiting for kubernetes-api `);
    expect(r.output).not.toContain('stack.sh failed');
    expect(plainLines(r)).toContain('Error on exit');
  }, 30000);

  it('die at the top level of stack.sh names stack.sh and its line (knobs from the git base kdf-double.env)', async () => {
    const { dir, r } = await get('die-top');
    expect(r.code).toBe(1);
    const stack = join(dir.devstack, 'stack.sh');
    const line =
      readFileSync(stack, 'utf8')
        .split('\n')
        .findIndex((l) =>
          l.includes('die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at install}"'),
        ) + 1;
    const plain = plainLines(r);
    const at = plain.indexOf('[Call Trace]');
    expect(plain.slice(at, at + 3)).toEqual([
      '[Call Trace]',
      `${stack}:${line}:die`,
      `[ERROR] ${stack}:${line} custom failure text`,
    ]);
    expect(r.output).not.toContain('stack.sh failed');
  }, 30000);

  it('a plain command failing inside a plugin function exits without stack.sh failed', async () => {
    const { r } = await get('plain');
    expect(r.code).toBe(3);
    expectInOrder(plainLines(r), [
      'kdf-double dragonflow: stack pre-install',
      'kdf-double: injected failure',
      'Error on exit',
    ]);
    expect(r.output).not.toContain('stack.sh failed');
    expect(r.output).not.toContain('[ERROR]');
    // the last xtrace line names the plugin function that ran the failing command
    const traces = r.lines.filter((l) => l.startsWith('+'));
    expect(
      traces.some((l) => /plugin\.sh:kdf_double_plugin_inject:\d+ : {3}\S+\/tools\/kdf-double-inject fail 3$/.test(l)),
    ).toBe(true);
  }, 30000);

  it('a missing command in a plugin function: command not found, exit 127', async () => {
    const { r } = await get('missing');
    expect(r.code).toBe(127);
    expect(r.output).toMatch(
      /\/dragonflow\/devstack\/plugin\.sh: line \d+: neutron_server_config_add_new_gone: command not found/,
    );
    expect(r.output).not.toContain('stack.sh failed');
  }, 30000);

  it('an INI line starting with ";" aborts the merge (command not found) without stack.sh failed', async () => {
    const { r } = await get('semicolon');
    expect(r.code).toBe(127);
    expect(r.output).toMatch(/comment: command not found/);
    expect(r.output).not.toContain('stack.sh failed');
    expect(plainLines(r)).toContain('Error on exit');
  }, 30000);

  it('CONFIG_AWK_CMD=mawk: the merge program does not parse (line 31) and nothing is written', async () => {
    if (!runs.mawk) return;
    const { dir, r } = await get('mawk');
    expect(r.code).toBe(0);
    // mawk's stderr and bash's xtrace share the stream: on a loaded machine a trace line can land inside mawk's
    // message, so the trace lines (PS4 `file:function:line :`) are taken out first
    const untraced = r.output.replace(/\++ [^\n]*?:\d+ +:[^\n]*\n/g, '');
    expect(untraced).toContain('mawk: line 31: syntax error at or near ,');
    expect(readFileSync(join(dir.etc, 'nova', 'nova.conf'), 'utf8')).not.toContain('marker');
    expect(readdirSync(join(dir.etc, 'nova'))).toContain('nova.conf');
  }, 30000);

  it('a missing password with an open stdin waits for input (the CI hang)', async () => {
    const dir = w.stackDir(localConf(w, { passwords: false }));
    const run = w.start(dir, 'stack.sh', { stdin: 'pipe' });
    // reaching the prompt takes seconds on a loaded machine: wait for it, then check that it stays waiting
    const deadline = Date.now() + 25000;
    while (!run.output().includes('Enter a password now:') && run.child.exitCode === null && Date.now() < deadline) {
      await new Promise((res) => setTimeout(res, 100));
    }
    await new Promise((res) => setTimeout(res, 2500));
    expect(run.child.exitCode).toBeNull();
    expect(run.output()).toContain('ENTER A PASSWORD TO USE FOR THE DATABASE.\n');
    expect(run.output()).toMatch(/Enter a password now:\n$/);
    w.killGroup(run.child.pid as number);
    const r = await run.done;
    expect(r.code === null || r.code !== 0).toBe(true);
  }, 45000);

  it('a hang is a real process tree that a process-group kill removes', async () => {
    const dir = w.stackDir(localConf(w));
    const pidfile = join(dir.root, 'hang.pids');
    const run = w.start(dir, 'stack.sh', {
      env: { KDF_DOUBLE_FAIL: 'hang:stack:pre-install:60', KDF_DOUBLE_HANG_PIDFILE: pidfile },
    });
    const deadline = Date.now() + 20000;
    while (!(existsSync(pidfile) && readFileSync(pidfile, 'utf8').trim().split(' ').length === 2)) {
      if (Date.now() > deadline) throw new Error(`no hang pids; output:\n${run.output()}`);
      await new Promise((res) => setTimeout(res, 100));
    }
    const [inject, sleeper] = readFileSync(pidfile, 'utf8').trim().split(' ').map(Number) as [number, number];
    const ppid = (pid: number): number =>
      Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
    expect(ppid(sleeper)).toBe(inject);
    expect(ppid(inject)).toBe(run.child.pid);
    // `$!` is known as soon as the shell forked: the child may not have exec'ed sleep yet (seen on a loaded machine)
    const program = (): string => readFileSync(`/proc/${sleeper}/cmdline`, 'utf8').split('\0')[0] ?? '';
    for (let i = 0; i < 50 && program() !== 'sleep'; i++) await new Promise((res) => setTimeout(res, 100));
    expect(program()).toBe('sleep');
    expect(run.output()).toContain('kdf-double: hanging for 60 seconds');
    // same process group as stack.sh
    const pgid = (pid: number): number =>
      Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[3]);
    expect(pgid(sleeper)).toBe(run.child.pid);

    w.killGroup(run.child.pid as number, 'SIGTERM');
    const r = await run.done;
    expect(r.code).not.toBe(0);
    for (const pid of [inject, sleeper]) {
      // dead, or a zombie nobody reaps (PID 1 of a container may not); allow the exit itself a moment
      const state = (): string => {
        const stat = existsSync(`/proc/${pid}`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
        return stat === '' || stat.includes(') Z ') ? 'dead' : stat;
      };
      for (let i = 0; i < 30 && state() !== 'dead'; i++) await new Promise((res) => setTimeout(res, 100));
      expect([pid, state()]).toEqual([pid, 'dead']);
    }
  }, 40000);
});
