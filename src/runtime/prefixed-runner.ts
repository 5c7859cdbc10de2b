/** A command runner that puts a fixed prefix in front of every command (e.g. `ip netns exec NS`). */
import type { CommandResult, CommandRunner, RunOptions } from './command.js';

/** Runs `PREFIX… COMMAND ARGS…` through `inner`; an empty prefix runs commands unchanged. */
export class PrefixedCommandRunner implements CommandRunner {
  constructor(
    private readonly inner: CommandRunner,
    readonly prefix: readonly string[],
  ) {}

  /** {@inheritDoc CommandRunner.run} */
  run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const [first, ...rest] = this.prefix;
    if (first === undefined) return this.inner.run(command, args, options);
    return this.inner.run(first, [...rest, command, ...args], { ...options, label: options.label ?? command });
  }
}
