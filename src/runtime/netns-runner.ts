/**
 * Running programs inside a network namespace. This is the one place that builds `ip netns exec NS …`: the sandbox,
 * the OpenStack client and ssh/scp get a `CommandRunner` wrapped here instead of a prefix of their own, so masking,
 * timeouts, cancellation and labels stay the inner runner's business.
 */
import type { CommandResult, CommandRunner, RunOptions } from './command.js';

/** Options of {@link NetnsCommandRunner}. */
export interface NetnsRunnerOptions {
  /** Variables set for every command; a call's own `env` wins over them. */
  env?: Readonly<Record<string, string>>;
}

/**
 * The argument vector that runs `argv` inside network namespace `namespace`: `['ip', 'netns', 'exec', namespace,
 * ...argv]`. For callers that must keep the command as data (setup-devstack stores its NAT rule's argv for the post
 * step, behind `sudo -n`); everyone else takes a {@link NetnsCommandRunner}.
 */
export function netnsExecArgv(namespace: string, argv: readonly string[]): string[] {
  return ['ip', 'netns', 'exec', namespace, ...argv];
}

/**
 * Throws a TypeError for a name `ip netns exec` could not take as a namespace: empty, a path, or one that starts with
 * `-` and would be read as an option. Stricter rules (the sandbox's) stay with their callers.
 */
export function assertNamespaceArgument(namespace: string): void {
  if (namespace === '' || namespace.startsWith('-') || /[/\0]/.test(namespace)) {
    throw new TypeError(`invalid network namespace name '${namespace}'`);
  }
}

/**
 * A `CommandRunner` that runs every command inside network namespace `namespace`: `run(cmd, args)` becomes
 * `ip netns exec NAMESPACE cmd args…` on the inner runner, with the same options, the runner's extra environment under
 * the call's, and the label defaulting to `cmd` rather than `ip`.
 */
export class NetnsCommandRunner implements CommandRunner {
  private readonly env: Readonly<Record<string, string>>;

  constructor(
    private readonly inner: CommandRunner,
    readonly namespace: string,
    options: NetnsRunnerOptions = {},
  ) {
    assertNamespaceArgument(namespace);
    this.env = options.env ?? {};
  }

  /** {@inheritDoc CommandRunner.run} */
  run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const [ip, ...rest] = netnsExecArgv(this.namespace, [command, ...args]) as [string, ...string[]];
    const merged: RunOptions = { ...options, label: options.label ?? command };
    // without extra variables the call's env (or its absence) passes through untouched
    if (Object.keys(this.env).length > 0 || options.env !== undefined) merged.env = { ...this.env, ...options.env };
    return this.inner.run(ip, rest, merged);
  }
}

/**
 * `inner` wrapped to run inside `namespace`, or `inner` itself when no namespace is given (an unset or empty
 * `--prefix-netns` / environment knob means "run on the host").
 */
export function inNetns(
  inner: CommandRunner,
  namespace: string | undefined,
  options: NetnsRunnerOptions = {},
): CommandRunner {
  return namespace === undefined || namespace === '' ? inner : new NetnsCommandRunner(inner, namespace, options);
}
