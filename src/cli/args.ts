/** Thin wrapper over node:util parseArgs that turns its errors into ConfigurationErrors naming the flag. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError } from '../runtime/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses `argv` for one subcommand; unknown flags, missing values and a value flag given twice (parseArgs would
 * keep the last one silently) are ConfigurationErrors.
 */
export function parseCommandArgs<T extends Options>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals, strict: true, tokens: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new ConfigurationError(`kdf ${command}: ${message}. Run 'kdf ${command} --help' for usage.`, command);
  }
  refuseRepeatedValues(command, parsed.tokens, options);
  const { tokens: _tokens, ...result } = parsed;
  return result as ReturnType<
    typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>
  >;
}

/** A string flag without `multiple` may be given once: which of two values was meant is the user's to say. */
function refuseRepeatedValues(
  command: string,
  tokens: readonly { kind: string; name?: string; rawName?: string }[],
  options: Options,
): void {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'option' || t.name === undefined) continue;
    const spec = options[t.name];
    if (spec?.type !== 'string' || spec.multiple) continue;
    if (seen.has(t.name)) {
      throw new ConfigurationError(
        `--${t.name} was given more than once; give it once (it takes one value).`,
        `--${t.name}`,
      );
    }
    seen.add(t.name);
  }
}
