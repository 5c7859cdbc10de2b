/**
 * A scripted `CommandRunner` for unit tests: it records every call and answers from rules matched on the command and
 * its arguments. It fails the way `ProcessCommandRunner` does (a `CommandError` for a disallowed exit code, a timeout
 * or a cancellation), feeds the line callbacks and masks like the real one. An unmatched call throws, listing the
 * rules, so a test never silently runs against a default.
 */
import {
  CommandError,
  formatCommandLine,
  type CommandResult,
  type CommandRunner,
  type RunOptions,
} from '../../src/runtime/command.js';
import { SecretMasker } from '../../src/runtime/secrets.js';

/** Matches one argument: exactly (string), by pattern, or by predicate. */
export type ArgMatcher = string | RegExp | ((arg: string) => boolean);

/** Matches the whole argument vector: element-wise (same length, or a prefix with `{ prefix: true }`) or by predicate. */
export type ArgsMatcher = readonly ArgMatcher[] | ((args: readonly string[]) => boolean);

/** One recorded call. */
export interface FakeCall {
  command: string;
  args: readonly string[];
  options: RunOptions;
}

/** What a scripted command "does". Omitted fields default to exit code 0 and empty output. */
export interface FakeResponse {
  exitCode?: number | null;
  signal?: NodeJS.Signals | null;
  stdout?: string;
  stderr?: string;
  /** Behave as if the timeout expired (rejects with `timedOut: true`). */
  timedOut?: boolean;
  /** Throw this instead of producing a result (e.g. to simulate a spawn failure). */
  throws?: Error;
  /** Wait this long before answering (honours `options.signal`). */
  delayMs?: number;
}

/** A response, or a function computing it from the call. */
export type FakeReply = FakeResponse | ((call: FakeCall) => FakeResponse | Promise<FakeResponse>);

interface Rule {
  command: string | RegExp;
  args?: ArgsMatcher;
  prefix: boolean;
  reply: FakeReply;
  times: number;
  used: number;
}

/** Options of {@link FakeCommandRunner.on}. */
export interface RuleOptions {
  /** Match when the arguments start with the given matchers. */
  prefix?: boolean;
  /** Answer at most this many calls, then let later rules match (default: unlimited). */
  times?: number;
}

/** A `CommandRunner` that answers from scripted rules and records calls. */
/** A command's result: exit 0, no output, nothing truncated, unless `over` says otherwise. */
export function commandResult(over: Partial<CommandResult> = {}): CommandResult {
  return {
    exitCode: 0,
    signal: null,
    stdout: '',
    stderr: '',
    stdoutTruncated: false,
    stderrTruncated: false,
    durationMs: 0,
    command: '',
    ...over,
  };
}

export class FakeCommandRunner implements CommandRunner {
  /** Every call, in order. */
  readonly calls: FakeCall[] = [];
  private readonly rules: Rule[] = [];

  constructor(private readonly masker: SecretMasker = new SecretMasker()) {}

  /**
   * Adds a rule. `args` omitted matches any arguments. Rules are tried in the order added; the first one that matches
   * and is not used up answers.
   */
  on(command: string | RegExp, args: ArgsMatcher | undefined, reply: FakeReply, options: RuleOptions = {}): this {
    this.rules.push({
      command,
      args,
      prefix: options.prefix ?? false,
      reply,
      times: options.times ?? Number.POSITIVE_INFINITY,
      used: 0,
    });
    return this;
  }

  /** Shorthand for a rule that answers once. */
  once(command: string | RegExp, args: ArgsMatcher | undefined, reply: FakeReply): this {
    return this.on(command, args, reply, { times: 1 });
  }

  /** The recorded calls of one command. */
  callsTo(command: string): FakeCall[] {
    return this.calls.filter((call) => call.command === command);
  }

  /** The recorded calls as display strings (`openstack server list -f json`), handy for `toEqual`. */
  commandLines(): string[] {
    return this.calls.map((call) => formatCommandLine(call.command, call.args, this.masker));
  }

  async run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    if (!Array.isArray(args)) throw new TypeError('CommandRunner.run: args must be an array of strings');
    const call: FakeCall = { command, args: [...args], options };
    this.calls.push(call);
    const display = formatCommandLine(command, args, this.masker);
    const rule = this.rules.find((r) => r.used < r.times && matches(r, command, args));
    if (!rule) {
      const known = this.rules.map((r) => `  ${describeRule(r)}`).join('\n') || '  (none)';
      throw new Error(`FakeCommandRunner: no rule for \`${display}\`. Rules:\n${known}`);
    }
    rule.used++;
    const started = Date.now();
    const blank = (): CommandResult =>
      commandResult({ exitCode: null, durationMs: Date.now() - started, command: display });
    if (options.signal?.aborted) throw new CommandError({ result: blank(), cancelled: true });

    const response = typeof rule.reply === 'function' ? await rule.reply(call) : rule.reply;
    if (response.delayMs) await delay(response.delayMs, options.signal);
    if (options.signal?.aborted) throw new CommandError({ result: blank(), cancelled: true });
    if (response.throws) throw response.throws;

    const stdout = this.masker.mask(response.stdout ?? '');
    const stderr = this.masker.mask(response.stderr ?? '');
    feedLines(stdout, options.onStdoutLine);
    feedLines(stderr, options.onStderrLine);
    const result = commandResult({
      exitCode: response.timedOut ? null : response.exitCode === undefined ? 0 : response.exitCode,
      signal: response.timedOut ? 'SIGTERM' : (response.signal ?? null),
      stdout,
      stderr,
      durationMs: Date.now() - started,
      command: display,
    });
    const failure = CommandError.fromResult(result, {
      allowedExitCodes: options.allowedExitCodes,
      stderrTailLines: options.stderrTailLines,
      timeoutMs: options.timeoutMs,
      timedOut: response.timedOut,
    });
    if (failure) throw failure;
    return result;
  }
}

function matches(rule: Rule, command: string, args: readonly string[]): boolean {
  const commandOk = typeof rule.command === 'string' ? rule.command === command : rule.command.test(command);
  if (!commandOk) return false;
  if (rule.args === undefined) return true;
  if (typeof rule.args === 'function') return rule.args(args);
  const matchers = rule.args;
  if (rule.prefix ? args.length < matchers.length : args.length !== matchers.length) return false;
  return matchers.every((m, i) => matchArg(m, args[i] ?? ''));
}

function matchArg(matcher: ArgMatcher, arg: string): boolean {
  if (typeof matcher === 'string') return matcher === arg;
  if (matcher instanceof RegExp) return matcher.test(arg);
  return matcher(arg);
}

function describeRule(rule: Rule): string {
  const args =
    rule.args === undefined
      ? '<any args>'
      : typeof rule.args === 'function'
        ? '<predicate>'
        : rule.args.map((m) => (typeof m === 'function' ? '<predicate>' : String(m))).join(' ') +
          (rule.prefix ? ' ...' : '');
  const used = Number.isFinite(rule.times) ? ` (used ${rule.used}/${rule.times})` : '';
  return `${String(rule.command)} ${args}${used}`;
}

function feedLines(text: string, onLine: ((line: string) => void) | undefined): void {
  if (!onLine || text === '') return;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
