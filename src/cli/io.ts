/** What a CLI command may touch: its output streams and the working directory. Swappable in tests. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Exit codes of `kdf` (documented in the README). */
export const EXIT = {
  ok: 0,
  /** `kdf lint`: at least one error finding. */
  findings: 1,
  /** A ConfigurationError: bad flags, inputs, files or placeholders. */
  configuration: 2,
  /** Preflight refused the combination (train × distro × profile). */
  refused: 3,
  /** Anything unexpected (a bug or an environment failure). */
  internal: 4,
  /** SIGINT/SIGTERM: `trunk-vm up` and `connectivity` cleaned up what they made and wrote partial results. */
  cancelled: 130,
} as const;

/**
 * `stream` for a command's output, surviving a reader that went away (`kdf lint --list-rules | head`): after EPIPE
 * further output is dropped, quietly, and the command still ends with its own exit code. Any other stream error
 * stays fatal.
 */
export function brokenPipeSafe(stream: NodeJS.WritableStream): CliIo['stdout'] {
  let broken = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    // writes queued before the EPIPE was reported fail as "destroyed": the same broken pipe
    if (err.code === 'EPIPE' || (broken && err.code === 'ERR_STREAM_DESTROYED')) {
      broken = true;
      return;
    }
    throw err;
  });
  return {
    write: (chunk: string): boolean => (broken ? true : stream.write(chunk)),
  };
}
