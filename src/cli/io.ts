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
