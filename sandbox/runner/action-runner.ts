/**
 * Runs a JavaScript action the way the GitHub runner does: `INPUT_*` from `with:` plus action.yml defaults,
 * `GITHUB_OUTPUT`/`GITHUB_ENV`/`GITHUB_STATE`/`GITHUB_PATH`/`GITHUB_STEP_SUMMARY` files, an event payload file,
 * workflow commands parsed from stdout (annotations, masks, groups), and the `post` step with `STATE_*` from the
 * main step. Used by every action's end-to-end tests.
 *
 * Masking is the runner's: a value registered with `::add-mask::` is replaced by `***` in every later line of
 * stdout and stderr of every step of the job (line by line, so a multi-line value registered whole never matches),
 * and the `::add-mask::` line itself is kept only as `::add-mask::***`. What a step result or `onStdout` carries is
 * what the runner would show, so a test or the demo can write it to a log file without leaking the secret.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Variables the step exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  path: string[];
  summary: string;
  commands: WorkflowCommand[];
  /** `::error`/`::warning`/`::notice` commands. */
  annotations: WorkflowCommand[];
  /** The values this step registered with `::add-mask::` (in memory only: never written by the harness). */
  masks: string[];
  durationMs: number;
}

export interface RunActionOptions {
  /** Directory that holds action.yml (repo root for the root action). */
  actionDir: string;
  /** `with:` values (kebab-case names, as in a workflow). */
  with?: Record<string, string>;
  /** Extra environment (GITHUB_REPOSITORY, GITHUB_SHA, RUNNER_TEMP, …). */
  env?: Record<string, string>;
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
  /** The `github.token` the runner would substitute for `${{ github.token }}` defaults. */
  token?: string;
  workspace?: string;
  timeoutMs?: number;
  /**
   * Send SIGINT (as the runner does on cancel) this many ms after the main step started; delivered once the step has
   * written its first stdout output (see {@link ActionJob.cancel}).
   */
  cancelAfterMs?: number;
  /**
   * Cancel the main step (as {@link cancelAfterMs} does) as soon as this returns true, polled every 100 ms: a cancel
   * test waits for the state it means to interrupt instead of guessing how long getting there takes.
   */
  cancelWhen?: () => boolean;
  /** Sees the step's stdout as it arrives, whole lines, masked (the demo's progress lines, a live log). */
  onStdout?: (chunk: string, phase: 'main' | 'post') => void;
}

interface ActionYaml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string; post?: string; pre?: string };
}

/**
 * Reads workflow commands line by line with the runner's rules: `::cmd k=v,k=v::message` with its escaping, and
 * `::stop-commands::TOKEN` … `::TOKEN::` during which nothing is a command.
 */
class CommandReader {
  private stopToken: string | undefined;

  /** The command on `line`, if it is one (and commands are not stopped). */
  read(line: string): WorkflowCommand | undefined {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) return undefined;
    const command = m[1] as string;
    if (this.stopToken !== undefined) {
      if (command === this.stopToken) this.stopToken = undefined;
      return undefined;
    }
    if (command === 'stop-commands') {
      this.stopToken = m[3];
      return undefined;
    }
    const properties: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = part.indexOf('=');
      if (eq > 0) properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
    return { command, properties, message: unescapeData(m[3] as string) };
  }
}

/** Parses `::cmd k=v,k=v::message` lines with the runner's escaping rules. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const reader = new CommandReader();
  return stdout.split(/\r?\n/).flatMap((line) => reader.read(line) ?? []);
}

/** The runner's job-wide secret masker: registered values become `***` in every later line, longest first. */
export class RunnerMasker {
  private readonly values = new Set<string>();

  /** Registers a value (as `::add-mask::` does; blank values are ignored, as by the runner). */
  add(value: string): void {
    if (value.trim() !== '') this.values.add(value);
  }

  /** `line` with every registered value replaced by `***`. */
  mask(line: string): string {
    let out = line;
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(v).join('***');
    return out;
  }
}

/**
 * One output stream of a step, processed as the runner processes it: split into lines, `::add-mask::` registered
 * (and its value never passed on), every line masked, commands collected from the masked lines.
 */
class OutputStream {
  text = '';
  readonly commands: WorkflowCommand[] = [];
  readonly masks: string[] = [];
  private partial = '';
  private readonly reader = new CommandReader();

  constructor(
    private readonly masker: RunnerMasker,
    private readonly parseCommands: boolean,
    private readonly onLine?: (line: string) => void,
  ) {}

  /** Takes a chunk; complete lines are processed now, a trailing partial line waits for the rest. */
  push(chunk: string): void {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.line(line, '\n');
  }

  /** The stream ended: a last line without a newline is processed too. */
  end(): void {
    if (this.partial !== '') this.line(this.partial, '');
    this.partial = '';
  }

  private line(raw: string, eol: string): void {
    const line = raw.replace(/\r$/, '');
    const command = this.parseCommands ? this.reader.read(line) : undefined;
    let shown: string;
    if (command?.command === 'add-mask') {
      this.masker.add(command.message);
      this.masks.push(command.message);
      this.commands.push({ ...command, message: '***' });
      shown = '::add-mask::***';
    } else {
      shown = this.masker.mask(line);
      if (command) this.commands.push({ ...command, message: this.masker.mask(command.message) });
    }
    this.text += shown + eol;
    this.onLine?.(shown + eol);
  }
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Parses a GITHUB_OUTPUT/GITHUB_ENV/GITHUB_STATE file (`name=value` and `name<<DELIM … DELIM` forms). */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const delim = heredoc[2] as string;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++] as string);
      out[heredoc[1] as string] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

const readOr = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** The runner's env name for an input: `INPUT_` + upper-case name, spaces to `_` (dashes stay). */
export const inputEnvName = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** Loads action.yml and the absolute path of a phase's script. */
export function loadAction(actionDir: string): {
  yaml: ActionYaml;
  script: (phase: 'main' | 'post') => string | undefined;
} {
  const yaml = parseYaml(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as ActionYaml;
  return {
    yaml,
    script: (phase) => (yaml.runs[phase] ? resolve(actionDir, yaml.runs[phase] as string) : undefined),
  };
}

/** A prepared job: shared files and environment for the main and post steps of one action. */
export class ActionJob {
  readonly dir: string;
  private readonly baseEnv: Record<string, string>;
  private state: Record<string, string> = {};
  private running: ChildProcess | undefined;
  /** The running step has written to stdout, so it is past start-up and its signal handlers are in place. */
  private runningStarted = false;
  /** A cancel that arrived during the running step's start-up, delivered with its first output. */
  private cancelPending = false;
  /** Masks registered by any step stay for the rest of the job, as on the runner. */
  private readonly masker = new RunnerMasker();

  constructor(private readonly opts: RunActionOptions) {
    this.dir = mkdtempSync(join(tmpdir(), 'kdf-runner-'));
    const eventPath = join(this.dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(opts.event ?? {}));
    const workspace = opts.workspace ?? join(this.dir, 'workspace');
    mkdirSync(workspace, { recursive: true });
    mkdirSync(join(this.dir, 'temp'), { recursive: true });
    const { yaml } = loadAction(opts.actionDir);
    const inputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(yaml.inputs ?? {})) {
      let value = opts.with?.[name] ?? spec.default ?? '';
      if (opts.with?.[name] === undefined && /\$\{\{\s*github\.token\s*\}\}/.test(value)) value = opts.token ?? '';
      inputs[inputEnvName(name)] = value;
    }
    for (const [name, value] of Object.entries(opts.with ?? {})) inputs[inputEnvName(name)] = value;
    this.baseEnv = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/root',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: opts.eventName ?? 'push',
      GITHUB_REPOSITORY: 'kuryr/example',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_RUN_ID: '1000',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'test',
      GITHUB_WORKFLOW: 'ci',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      RUNNER_TEMP: join(this.dir, 'temp'),
      RUNNER_OS: 'Linux',
      ...inputs,
      ...(opts.env ?? {}),
    };
  }

  /**
   * Cancels the running step as the runner does when a workflow is cancelled (SIGINT); post can still run. A step
   * that has not written anything yet may still be starting Node or loading modules, before any handler exists, and
   * would die of the signal (exit code null) however it handles cancellation; on a loaded machine that start-up can
   * take seconds. So the signal waits for the step's first stdout output: a cancel test then exercises the step's own
   * handling every time. Steps install their cancel handling before they first write (the fixture actions do).
   */
  cancel(): void {
    const child = this.running;
    if (!child) return;
    if (this.runningStarted) child.kill('SIGINT');
    else this.cancelPending = true;
  }

  /** The running step wrote to stdout: deliver a cancel that waited for its start-up. */
  private markStarted(): void {
    if (this.runningStarted) return;
    this.runningStarted = true;
    if (this.cancelPending) {
      this.cancelPending = false;
      this.running?.kill('SIGINT');
    }
  }

  /** Runs one phase as the runner does; the post phase gets `STATE_*` from the main phase. */
  async run(phase: 'main' | 'post'): Promise<StepResult> {
    const script = loadAction(this.opts.actionDir).script(phase);
    if (!script) throw new Error(`action has no ${phase} step`);
    const files = {
      GITHUB_OUTPUT: join(this.dir, `${phase}-output`),
      GITHUB_ENV: join(this.dir, `${phase}-env`),
      GITHUB_STATE: join(this.dir, `${phase}-state`),
      GITHUB_PATH: join(this.dir, `${phase}-path`),
      GITHUB_STEP_SUMMARY: join(this.dir, `${phase}-summary`),
    };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const stateEnv = Object.fromEntries(Object.entries(this.state).map(([k, v]) => [`STATE_${k}`, v]));
    const started = Date.now();
    this.runningStarted = false;
    this.cancelPending = false;
    const child = (this.running = spawn(process.execPath, [script], {
      cwd: this.baseEnv.GITHUB_WORKSPACE,
      env: { ...this.baseEnv, ...files, ...(phase === 'post' ? stateEnv : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    }));
    const out = new OutputStream(this.masker, true, (line) => this.opts.onStdout?.(line, phase));
    const err = new OutputStream(this.masker, false);
    child.stdout.setEncoding('utf8'); // whole characters per chunk
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      out.push(text);
      this.markStarted();
    });
    // stderr does not count: Node prints its own warnings there while it is still starting
    child.stderr.on('data', (text: string) => err.push(text));
    const timers: NodeJS.Timeout[] = [];
    if (this.opts.cancelAfterMs !== undefined && phase === 'main') {
      timers.push(setTimeout(() => this.cancel(), this.opts.cancelAfterMs));
    }
    const cancelWhen = this.opts.cancelWhen;
    if (cancelWhen !== undefined && phase === 'main') {
      const poll = setInterval(() => {
        if (!cancelWhen()) return;
        clearInterval(poll);
        this.cancel();
      }, 100);
      timers.push(poll);
    }
    timers.push(setTimeout(() => child.kill('SIGKILL'), this.opts.timeoutMs ?? 120_000));
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res) =>
      child.on('close', (code, sig) => res([code, sig])),
    );
    this.running = undefined;
    this.cancelPending = false;
    timers.forEach(clearTimeout);
    out.end();
    err.end();
    const commands = out.commands;
    const state = parseFileCommand(readOr(files.GITHUB_STATE));
    if (phase === 'main') this.state = state;
    return {
      exitCode,
      signal,
      stdout: out.text,
      stderr: err.text,
      outputs: parseFileCommand(readOr(files.GITHUB_OUTPUT)),
      exportedEnv: parseFileCommand(readOr(files.GITHUB_ENV)),
      state,
      path: readOr(files.GITHUB_PATH).split('\n').filter(Boolean),
      summary: readOr(files.GITHUB_STEP_SUMMARY),
      commands,
      annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
      masks: out.masks,
      durationMs: Date.now() - started,
    };
  }
}

/** Runs main then (if the action has one) post, like a job with one step. */
export async function runActionJob(
  opts: RunActionOptions,
): Promise<{ main: StepResult; post?: StepResult; job: ActionJob }> {
  const job = new ActionJob(opts);
  const main = await job.run('main');
  const post = loadAction(opts.actionDir).yaml.runs.post ? await job.run('post') : undefined;
  return { main, post, job };
}

/** Ensures a directory exists next to a file path (helper for tests that write fixtures). */
export function ensureDirFor(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
}
