/**
 * `kdf sandbox up` against a scripted command runner: the ordered list of commands the bring-up issues (program,
 * arguments, stdin, the environment on top of the base environment, timeouts), the steps it reports and the state
 * it saves are pinned by a snapshot, so that restructuring the bring-up cannot change what runs on a real machine.
 *
 * The runner answers each command on a later macrotask (setImmediate, in the order the commands were issued), the
 * way real processes finish after the event loop has turned: the order then depends on the dependency graph, not
 * on how many promise hops a refactoring adds. The package check looks for the sandbox packages on the machine;
 * node:fs is wrapped so that the test runs where they are not installed.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as realFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CommandError, type CommandResult, type CommandRunner, type RunOptions } from '../../src/runtime/command.js';
import { SandboxServiceError } from '../../src/sandbox/errors.js';

const DIST = '/usr/lib/python3/dist-packages';
/** What checkInstalled looks for outside the state directory (the paste file lives under KDF_SANDBOX_SHARE). */
const PACKAGES = new Set([
  '/usr/sbin/mariadbd',
  '/usr/lib/rabbitmq/bin/rabbitmq-server',
  '/usr/bin/openstack',
  join(DIST, 'neutron'),
  join(DIST, 'nova'),
  join(DIST, 'octavia'),
]);
jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  existsSync: (path: realFs.PathLike): boolean => {
    const p = String(path);
    if (PACKAGES.has(p)) return true;
    // no namespace of this machine may leak in: the test's namespace never exists before `up`
    if (p.startsWith('/run/netns/')) return false;
    return realFs.existsSync(path);
  },
}));

const { sandboxLayout } = await import('../../src/sandbox/layout.js');
const { baseEnv } = await import('../../src/sandbox/daemons.js');
const { sandboxUp } = await import('../../src/sandbox/up.js');
const { readState } = await import('../../src/sandbox/state.js');
type Layout = ReturnType<typeof sandboxLayout>;

const NAMESPACE = 'kdf-snap';
const PASSWORD = 'Snap12345';

/** How a scripted command fails: its exit code (or a timeout), stdout and stderr lines. */
interface Failure {
  exitCode?: number;
  timedOut?: boolean;
  stdout?: string;
  stderr?: string[];
}

/** Records every command as one normalised line and answers the way the real programs would. */
class ScriptedRunner implements CommandRunner {
  readonly lines: string[] = [];

  /** `fail(label)` makes the command with that label fail. */
  constructor(
    private readonly layout: Layout,
    private readonly fail: (label: string) => Failure | undefined = () => undefined,
  ) {}

  run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    this.lines.push(this.describe(command, args, options));
    const failure = this.fail(options.label ?? '');
    const stdout = failure ? (failure.stdout ?? '') : this.answer(args, options);
    for (const line of failure?.stderr ?? []) options.onStderrLine?.(line);
    const result: CommandResult = {
      exitCode: failure?.timedOut ? null : (failure?.exitCode ?? 0),
      signal: failure?.timedOut ? 'SIGTERM' : null,
      stdout,
      stderr: (failure?.stderr ?? []).join('\n'),
      stdoutTruncated: false,
      stderrTruncated: false,
      durationMs: 1,
      command: [command, ...args].join(' '),
    };
    const error = CommandError.fromResult(result, { timedOut: failure?.timedOut });
    return new Promise((resolve, reject) => setImmediate(() => (error ? reject(error) : resolve(result))));
  }

  /** The side effects and output of the program behind one command. */
  private answer(args: readonly string[], options: RunOptions): string {
    const at = (name: string): number => args.indexOf(name);
    const spawn = at(join(this.layout.bin, 'spawn'));
    // the spawn helper records the daemon's pid: this process, which is alive and no process group leader
    if (spawn >= 0) realFs.writeFileSync(args[spawn + 1] ?? '', `${process.pid}\n`);
    const keyout = at('-keyout');
    if (keyout >= 0) {
      realFs.writeFileSync(args[keyout + 1] ?? '', 'KEY\n');
      realFs.writeFileSync(args[at('-out') + 1] ?? '', 'CERT\n');
    }
    const provision = at(join(this.layout.bin, 'provision'));
    if (provision >= 0) {
      const step = args[provision + 1] ?? '';
      return JSON.stringify(step === 'octavia' ? { lb_mgmt_net: 'lb-mgmt-net-id' } : { step });
    }
    if (args.includes('-j')) return '[]';
    if (options.input?.includes('host_mappings')) return '1 1\n';
    if (options.input?.includes('nova.services')) return '1\n';
    return '';
  }

  private describe(command: string, args: readonly string[], options: RunOptions): string {
    const base = baseEnv(this.layout);
    const extra = Object.entries(options.env ?? {})
      .filter(([k, v]) => base[k] !== v)
      .map(([k, v]) => `${k}=${k === 'LD_PRELOAD' ? '<eatmydata>' : String(v)}`);
    const parts = [
      `[${options.label ?? ''}]`,
      command,
      ...args,
      ...(extra.length ? [`{env ${extra.join(' ')}}`] : []),
      ...(options.replaceEnv ? ['{replaceEnv}'] : []),
      ...(options.timeoutMs !== undefined ? [`{timeout ${options.timeoutMs}}`] : []),
      ...(options.input !== undefined ? [`{input ${JSON.stringify(options.input)}}`] : []),
    ];
    return this.normalise(parts.join(' '));
  }

  normalise(text: string): string {
    return text
      .split(this.layout.root)
      .join('<DIR>')
      .split(dir)
      .join('<TMP>')
      .split(this.layout.assets)
      .join('<ASSETS>')
      .split(process.cwd())
      .join('<REPO>')
      .split(String(process.pid))
      .join('<PID>');
  }
}

/**
 * Every file `up` leaves in the state directory (logs and pid files aside): its mode and a digest of its content
 * with the temporary paths normalised, so that a change to what is rendered or written shows up.
 */
function stateFiles(runner: ScriptedRunner): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const entry of realFs.readdirSync(join(layout.root, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (!/^(log|run)\//.test(rel) && rel !== 'state.json') {
        const path = join(layout.root, rel);
        // the umask decides the other bits; what matters is whether others can read it
        const mode = realFs.statSync(path).mode & 0o077 ? 'readable' : 'private';
        // a migration marker holds the installed package's version, which differs between machines
        const text = rel.startsWith('data/done/') ? '' : runner.normalise(realFs.readFileSync(path, 'utf8'));
        files[rel] = `${mode} ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
      }
    }
  };
  walk('');
  return files;
}

let dir: string;
let layout: Layout;
beforeEach(() => {
  dir = realFs.mkdtempSync(join(tmpdir(), 'kdf-sandbox-up-'));
  const share = join(dir, 'share');
  realFs.mkdirSync(join(share, 'paste', 'usr', 'share', 'nova-common'), { recursive: true });
  realFs.writeFileSync(join(share, 'paste', 'usr', 'share', 'nova-common', 'api-paste.ini'), '');
  layout = sandboxLayout(process.cwd(), { KDF_SANDBOX_SHARE: share }, join(dir, 'state'));
});
afterEach(() => realFs.rmSync(dir, { recursive: true, force: true }));

async function up(request: Parameters<typeof sandboxUp>[1], fail?: (label: string) => Failure | undefined) {
  const runner = new ScriptedRunner(layout, fail);
  const report = await sandboxUp({ runner, layout }, { namespace: NAMESPACE, adminPassword: PASSWORD, ...request });
  const state = { ...readState(layout), upAt: '<time>' };
  return {
    commands: runner.lines,
    steps: report.steps.map((s) => s.name),
    started: report.started,
    state: JSON.parse(runner.normalise(JSON.stringify(state))) as unknown,
    files: stateFiles(runner),
  };
}

describe('sandboxUp command sequence', () => {
  it('brings a fresh sandbox up with Octavia and kuryr defaults', async () => {
    const run = await up({ octavia: true, kuryrDefaults: true });
    expect(run).toMatchSnapshot();
    // the files the commands rely on exist
    expect(realFs.existsSync(join(layout.etc, 'octavia.conf'))).toBe(true);
    expect(realFs.readFileSync(join(layout.etc, 'octavia.conf'), 'utf8')).toContain('lb-mgmt-net-id');
  });

  it('converges a running sandbox: no migration, no daemon started again', async () => {
    await up({ octavia: true, kuryrDefaults: true });
    const again = await up({});
    expect(again.started).toEqual([]);
    expect(again).toMatchSnapshot();
  });

  it('brings a fresh sandbox up without Octavia and without kuryr defaults', async () => {
    const run = await up({ octavia: false, kuryrDefaults: false });
    expect(run.commands.join('\n')).not.toMatch(/octavia/);
    expect(run).toMatchSnapshot();
  });
});

describe('sandboxUp failures', () => {
  /** Runs `up` with one failing command; returns the error and the commands issued. */
  async function failing(label: string, failure: Failure) {
    const runner = new ScriptedRunner(layout, (l) => (l === label ? failure : undefined));
    const error = await sandboxUp(
      { runner, layout },
      { namespace: NAMESPACE, adminPassword: PASSWORD, octavia: true, kuryrDefaults: true },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxServiceError);
    return { error: error as SandboxServiceError, commands: runner.lines };
  }

  it('names a failed migration with the tail of its output, keeps its log and starts nothing after it', async () => {
    const { error, commands } = await failing('neutron-db', {
      exitCode: 1,
      stdout: 'out 1\nout 2\n',
      stderr: Array.from({ length: 25 }, (_, i) => `err ${i + 1}`),
    });
    expect(error.message).toBe('neutron-db: failed (exit 1)');
    expect(error.logTail).toHaveLength(20);
    expect(error.logTail.slice(-3)).toEqual(['err 25', 'out 1', 'out 2']);
    expect(error.logFile).toBe(join(layout.log, 'neutron-db.log'));
    expect(realFs.readFileSync(join(layout.log, 'neutron-db.log'), 'utf8')).toMatch(/^err 1\n[^]*\nout 2\n$/);
    expect(commands.some((c) => c.startsWith('[neutron-server]'))).toBe(false);
    // the password was saved before anything started; the run did not count as up
    expect(readState(layout)?.adminPassword).toBe(PASSWORD);
    expect(readState(layout)?.upAt).toBeUndefined();
  });

  it('tells a timed-out one-shot step from a failed one', async () => {
    const { error } = await failing('provision-catalog', { timedOut: true });
    expect(error.message).toBe('provision-catalog: timed out');
  });

  it('tells a daemon that died during start-up (probe exit 3) from one that never answered (exit 4)', async () => {
    const died = await failing('keystone probe', { exitCode: 3 });
    expect(died.error.message).toBe('keystone: exited during start-up');
    expect(died.error.logFile).toBe(join(layout.log, 'keystone.log'));
    realFs.rmSync(layout.root, { recursive: true, force: true });
    const silent = await failing('nova-api probe', { exitCode: 4 });
    expect(silent.error.message).toBe('nova-api: did not answer on http://127.0.0.1:8774/ within 150s');
  });

  it('names the SQL step when the database refuses a statement', async () => {
    const { error } = await failing('mariadb-databases', { exitCode: 1, stderr: ['ERROR 1045'] });
    expect(error.service).toBe('mariadb-databases');
    expect(error.logTail).toEqual(['ERROR 1045']);
    expect(error.message).toMatch(/^mariadb-databases: `\/usr\/bin\/mysql .*` /);
  });
});
