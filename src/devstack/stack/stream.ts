/**
 * Runs stack.sh streamed into the log: one log group per DevStack phase (`run_phase stack <phase>`), a "still
 * running" heartbeat when it goes quiet, an error line when it prompts for a password, and the outcome parsed as it
 * goes. Shared by setup-devstack (stack.sh on the runner) and trunk-vm's overcloud (stack.sh over SSH in the VM).
 */
import { CommandError, type CommandResult } from '../../runtime/command.js';
import type { Logger } from '../../runtime/logger.js';
import { StackOutputParser } from './output.js';

/** How the run ended. */
export interface StreamedStackRun {
  parser: StackOutputParser;
  exitCode: number | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Wall time of the run. */
  durationMs: number;
}

/**
 * Starts stack.sh through `start` (which must pass `onLine` as the runner's stdout and stderr line callback) and
 * streams it. A CommandError (non-zero exit, timeout, cancel) is part of the outcome; anything else is rethrown.
 * @param label how the log calls the run (`stack.sh`, `overcloud stack.sh`)
 */
export async function streamStackRun(
  start: (onLine: (line: string) => void) => Promise<CommandResult>,
  { logger, label, heartbeatMs = 60_000 }: { logger: Logger; label: string; heartbeatMs?: number },
): Promise<StreamedStackRun> {
  const parser = new StackOutputParser();
  const t0 = Date.now();
  let last = Date.now();
  let lastLine = '';
  const run: StreamedStackRun = { parser, exitCode: null, timedOut: false, cancelled: false, durationMs: 0 };
  logger.startGroup(`${label}: prerequisites and install`);
  const heartbeat = setInterval(
    () => {
      if (Date.now() - last >= heartbeatMs) {
        logger.info(
          `… ${label} still running (${Math.round((Date.now() - t0) / 1000)} s; last line: ${lastLine.slice(0, 120)})`,
        );
        last = Date.now();
      }
    },
    Math.min(heartbeatMs, 10_000),
  );
  const onLine = (line: string): void => {
    last = Date.now();
    lastLine = line;
    logger.info(line);
    for (const e of parser.push(line)) {
      if (e.kind === 'phase') {
        logger.endGroup();
        logger.startGroup(`${label}: ${e.phase} (from ${Math.round((Date.now() - t0) / 1000)} s)`);
      }
      if (e.kind === 'password-prompt') logger.error(`${label} is prompting for a password: ${e.banner}`);
    }
  };
  try {
    run.exitCode = (await start(onLine)).exitCode;
  } catch (err) {
    if (!(err instanceof CommandError)) throw err;
    run.exitCode = err.exitCode;
    run.timedOut = err.timedOut;
    run.cancelled = err.cancelled;
  } finally {
    clearInterval(heartbeat);
    logger.endGroup();
    run.durationMs = Date.now() - t0;
  }
  return run;
}
