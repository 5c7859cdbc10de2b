/**
 * Error types shared by every stage. A `ConfigurationError` is a user mistake: the message names the input (or file
 * and line) and says how to fix it. The CLI exits 2 for it; actions report it without a stack trace.
 */
export class ConfigurationError extends Error {
  /** The input, option or file the mistake is in (e.g. `profile`, `--set`, `local.conf:12`). */
  readonly input?: string;

  constructor(message: string, input?: string) {
    super(message);
    this.name = 'ConfigurationError';
    this.input = input;
  }
}

/** A combination that cannot work (train × distro × profile); the CLI exits 3 for it. */
export class RefusedCombinationError extends Error {
  readonly reasons: string[];

  constructor(reasons: string[]) {
    super(reasons.join('\n'));
    this.name = 'RefusedCombinationError';
    this.reasons = reasons;
  }
}

/** True when `err` is a user mistake rather than a bug or an environment failure. */
export function isConfigurationError(err: unknown): err is ConfigurationError {
  return err instanceof ConfigurationError;
}

/** The message of any thrown value, so non-`Error` throws are never dropped. */
export function getErrorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  try {
    const json = JSON.stringify(err);
    return json === undefined ? String(err) : json;
  } catch {
    return String(err);
  }
}
