/** `${name}` variables of connectivity suites (suite defaults overridden by inputs such as `external-target`). */
import { ConfigurationError } from '../runtime/errors.js';

/**
 * Replaces `${name}` in `text` from `vars`.
 * @throws ConfigurationError naming the variable (and how to set it) when one is unset or empty
 */
export function substitute(text: string, vars: Readonly<Record<string, string | undefined>>, where: string): string {
  return text.replace(/\$\{([a-z][a-z0-9-]*)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined || value === '') {
      throw new ConfigurationError(
        `${where}: variable '${name}' is not set (set the '${name}' input, or a default under the suite's variables).`,
        name,
      );
    }
    return value;
  });
}
