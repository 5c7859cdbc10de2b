/** Errors of the `openstack` CLI wrapper and their classification (transient or not, not found or not). */
import { CommandError } from '../runtime/command.js';

/** What the stderr of a failed `openstack` call says about the failure. */
export interface OpenStackFailureClass {
  /** The HTTP status the API answered with, when the message names one. */
  httpStatus?: number;
  /** A connection failure or a 5xx: worth retrying. Never true for a 4xx. */
  transient: boolean;
  /** The object does not exist (404 or the client's own "No X found" lookup failure). */
  notFound: boolean;
}

const CONNECTION_FAILURES = [
  /Unable to establish connection/i,
  /Connection refused/i,
  /Connection reset/i,
  /Connection aborted/i,
  /ECONNREFUSED|ECONNRESET/,
  /Service Unavailable|Bad Gateway|Gateway Timeout/i,
];

const NOT_FOUND = [
  /No \S+ found for /i,
  /No \S+ with a name or ID of /i,
  /Unable to find \S+ with name or id /i,
  /could not be found/i,
  /NotFound/,
];

/**
 * Classifies the stderr of a failed `openstack` call. 4xx answers are never transient; connection failures
 * ("Unable to establish connection", refused, reset) and 5xx answers are.
 */
export function classifyOpenStackFailure(stderr: string): OpenStackFailureClass {
  const status = /(?:Exception|Error)?:?\s*\(?HTTP (\d{3})\)?|\w+Exception: (\d{3})\b/.exec(stderr);
  const code = status ? Number(status[1] ?? status[2]) : undefined;
  const notFound = code === 404 || NOT_FOUND.some((re) => re.test(stderr));
  if (code !== undefined && code >= 400 && code < 500) return { httpStatus: code, transient: false, notFound };
  if (notFound) return { httpStatus: code, transient: false, notFound };
  const transient = (code !== undefined && code >= 500) || CONNECTION_FAILURES.some((re) => re.test(stderr));
  return { httpStatus: code, transient, notFound: false };
}

/** The API's message: the last meaningful stderr line, without the client's "Error while executing command:" lead. */
export function apiMessageOf(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(
      (line) =>
        line !== '' &&
        !/^\d+ of \d+ \S+ failed to delete\.?$/.test(line) &&
        !/^Neutron server returns request_ids:/.test(line),
    );
  const last = lines[lines.length - 1] ?? '';
  return last.replace(/^Error while executing command:\s*/, '');
}

/**
 * A failed OpenStack operation: through the CLI, the command line, its exit code and the API's message from stderr;
 * through the REST client, the operation's `openstack …` equivalent, `exitCode` null and the HTTP answer.
 */
export class OpenStackError extends Error {
  /** The masked command line (REST client: the operation's `openstack …` equivalent). */
  readonly command: string;
  /** The exit code, or `null` when the process was killed (timeout, cancellation). */
  readonly exitCode: number | null;
  /** The API's message (e.g. `No Flavor found for nope`, `ConflictException: 409, …`). */
  readonly apiMessage: string;
  /** The whole stderr (masked). */
  readonly stderr: string;
  readonly httpStatus?: number;
  /** True for connection failures and 5xx answers. */
  readonly transient: boolean;
  /** True when the object does not exist. */
  readonly notFound: boolean;
  /** True when the call was killed by its timeout. */
  readonly timedOut: boolean;

  constructor(init: {
    command: string;
    exitCode: number | null;
    stderr: string;
    timedOut?: boolean;
    cause?: unknown;
    attempts?: number;
    /** Set by the REST client, which knows the answer: replaces what stderr would tell. */
    http?: { status?: number; apiMessage: string; transient: boolean; notFound: boolean; what?: string };
  }) {
    const apiMessage = init.http ? init.http.apiMessage : apiMessageOf(init.stderr);
    const klass: OpenStackFailureClass = init.http
      ? { httpStatus: init.http.status, transient: init.http.transient, notFound: init.http.notFound }
      : classifyOpenStackFailure(init.stderr);
    const what = init.timedOut ? 'timed out' : (init.http?.what ?? `exited with code ${String(init.exitCode)}`);
    const tries = init.attempts !== undefined && init.attempts > 1 ? ` (after ${init.attempts} attempts)` : '';
    super(`\`${init.command}\` ${what}${tries}${apiMessage ? `: ${apiMessage}` : ''}`, { cause: init.cause });
    this.name = 'OpenStackError';
    this.command = init.command;
    this.exitCode = init.exitCode;
    this.apiMessage = apiMessage;
    this.stderr = init.stderr;
    this.httpStatus = klass.httpStatus;
    this.transient = !init.timedOut && klass.transient;
    this.notFound = klass.notFound;
    this.timedOut = init.timedOut ?? false;
  }

  /** Wraps a runner's `CommandError`. */
  static fromCommandError(err: CommandError, attempts?: number): OpenStackError {
    return new OpenStackError({
      command: err.command,
      exitCode: err.exitCode,
      stderr: err.result.stderr,
      timedOut: err.timedOut,
      cause: err,
      attempts,
    });
  }
}

/** True when `err` is an {@link OpenStackError} for an object that does not exist. */
export function isNotFound(err: unknown): boolean {
  return err instanceof OpenStackError && err.notFound;
}

/** `work`'s value, or `undefined` when it fails because the object does not exist. */
export async function unlessNotFound<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** True once `deletion` is done, false when the object did not exist. */
export async function deletedIfExists(deletion: Promise<unknown>): Promise<boolean> {
  return (await unlessNotFound(deletion.then(() => true))) ?? false;
}
