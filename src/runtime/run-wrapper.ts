/** The last-resort guard around every action entry point. */
import { actionsCore, type ActionsCore } from './actions-core.js';
import { getErrorMessage, isConfigurationError } from './errors.js';
import { defaultMasker, type SecretMasker } from './secrets.js';

/** Dependencies of {@link runWrapper}; all optional. */
export interface RunWrapperDeps {
  /** The @actions/core functions used to report (default: the real module). */
  core?: Pick<ActionsCore, 'setFailed' | 'debug'>;
  /** Masks the reported message and stack (default: the process-wide masker). */
  masker?: SecretMasker;
}

/**
 * Runs `fn` and turns any failure into `core.setFailed` (exit code 1). A `ConfigurationError` is reported by its
 * message alone, since it already names the input; anything else by its message, with the stack at debug level.
 * Never throws or rejects.
 */
export async function runWrapper(fn: () => Promise<void>, deps: RunWrapperDeps = {}): Promise<void> {
  const core = deps.core ?? actionsCore;
  const masker = deps.masker ?? defaultMasker;
  try {
    await fn();
  } catch (err) {
    try {
      if (isConfigurationError(err)) {
        core.setFailed(masker.mask(err.message));
        return;
      }
      const message = err instanceof Error ? err.message : `Unexpected non-error value thrown: ${getErrorMessage(err)}`;
      core.setFailed(masker.mask(message || String(err)));
      if (err instanceof Error && err.stack) core.debug(masker.mask(err.stack));
    } catch (reportErr) {
      // Reporting itself failed (a broken stdout, say): still fail the process, and say why on stderr.
      process.exitCode = 1;
      try {
        process.stderr.write(
          `${masker.mask(getErrorMessage(err))}\n(reporting failed: ${masker.mask(getErrorMessage(reportErr))})\n`,
        );
      } catch {
        /* nothing left to report to */
      }
    }
  }
}
