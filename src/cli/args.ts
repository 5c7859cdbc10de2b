/** Thin wrapper over node:util parseArgs that turns its errors into ConfigurationErrors naming the flag. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError } from '../runtime/errors.js';

/** Parses `argv` for one subcommand; unknown flags and missing values are ConfigurationErrors. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new ConfigurationError(`kdf ${command}: ${message}. Run 'kdf ${command} --help' for usage.`, command);
  }
}
