/**
 * Durable, append-only persistence of results documents.
 *
 * Every mutation is a read-modify-write of the whole file under a lock:
 *  1. in-process: operations on the same path are chained on one promise queue (shared by all writers in the process);
 *  2. cross-process: a lock file `<target>.lock` created with O_EXCL (`wx`), retried with backoff; a lock whose pid
 *     is dead (same host) or that is older than `staleLockMs` is taken over;
 *  3. under the lock the file is re-read, so entries other processes appended are kept;
 *  4. the new content goes to a temp file in the same directory, is fsynced and renamed over the target, then the
 *     directory is fsynced. Readers see the old or the new file, never a partial one.
 *
 * Case ids are unique per document: adding a case whose id already exists replaces the earlier case in place (a
 * retried case updates its result; its position in `cases` stays that of the first occurrence).
 */
import { kdfEnv, kdfEnvName } from '../runtime/env.js';
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../runtime/errors.js';
import {
  breakStaleLock,
  ownerIsGone,
  parseLockOwner,
  releaseLock,
  tryCreateLock,
  type PidLockOwner,
} from '../runtime/pid-lock.js';
import {
  createResultsDocument,
  overallStatus,
  type Finding,
  type FinalStatus,
  type ResultsDocument,
  type RunInit,
  type TestCase,
} from './model.js';
import { validateCase, validateFinding, validateResults } from './validate.js';

/** Options of {@link ResultsWriter.open}. */
export interface ResultsWriterOptions {
  /** Start a fresh document even if the file exists (default: append to it). */
  reset?: boolean;
  /** Give up waiting for the lock after this many ms (default 60 000). */
  lockTimeoutMs?: number;
  /** A lock older than this many ms is considered abandoned (default 30 000). Locks are held for milliseconds. */
  staleLockMs?: number;
  /** Clock, for tests. */
  now?: () => Date;
  /** The matrix leg the results belong to (default: the leg variable of runtime/env.ts), recorded as `run.extra.leg`. */
  leg?: string;
}

/**
 * The environment variable naming the matrix leg (e.g. `ubuntu-18.04/nested`) of the job writing results: the
 * reusable workflow sets it, publish-results' matrix section groups documents by it.
 */
export const LEG_ENV = kdfEnvName('leg');

/** `run` with `extra.leg` set, unless it has one already or `leg` is empty. */
function withLeg(run: RunInit, leg: string | undefined): RunInit {
  const value = leg?.trim();
  if (!value || run.extra?.leg !== undefined) return run;
  return { ...run, extra: { ...run.extra, leg: value } };
}

const DEFAULT_LOCK_TIMEOUT_MS = 60_000;
const DEFAULT_STALE_LOCK_MS = 30_000;

interface LockOptions {
  lockTimeoutMs: number;
  staleLockMs: number;
}

const lockOptionsOf = (o: ResultsWriterOptions): LockOptions => ({
  lockTimeoutMs: o.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
  staleLockMs: o.staleLockMs ?? DEFAULT_STALE_LOCK_MS,
});

/** Thrown when the results lock cannot be taken in time (an environment problem, not a user mistake). */
export class ResultsLockTimeoutError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: string,
  ) {
    super(`timed out waiting for the results lock ${lockPath} (held by ${holder})`);
    this.name = 'ResultsLockTimeoutError';
  }
}

const RANK: Record<FinalStatus, number> = { passed: 0, failed: 1, error: 2 };

const errno = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Drops `undefined` members and detaches the value from the caller's object, so what we validate is what we write. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const serialize = (doc: ResultsDocument): string => `${JSON.stringify(doc, null, 2)}\n`;

// ---------------------------------------------------------------------------------------------------------------------
// In-process serialization: one promise chain per absolute path, shared by every writer instance in this process.

const queues = new Map<string, Promise<unknown>>();

function enqueue<T>(key: string, task: () => Promise<T>): Promise<T> {
  const prev = queues.get(key) ?? Promise.resolve();
  const result = prev.then(task, task);
  const tail = result.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return result;
}

// ---------------------------------------------------------------------------------------------------------------------
// Cross-process lock file (runtime/pid-lock.ts), stale when its owner is gone or it is older than `staleLockMs`.

interface LockInfo extends PidLockOwner {
  token: string;
  createdAt: string;
}

async function acquireLock(lockPath: string, timeoutMs: number, staleMs: number): Promise<LockInfo> {
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    token: randomUUID(),
    createdAt: new Date().toISOString(),
  };
  const deadline = Date.now() + timeoutMs;
  let delay = 1;
  const isStale = (text: string, mtimeMs: number): boolean =>
    ownerIsGone(parseLockOwner<LockInfo>(text)) || Date.now() - mtimeMs >= staleMs;
  for (;;) {
    if (await tryCreateLock(lockPath, info, 0o666)) return info;
    if (await breakStaleLock(lockPath, isStale)) continue;
    if (Date.now() >= deadline) {
      const holder = await readFile(lockPath, 'utf8').catch(() => 'unknown');
      throw new ResultsLockTimeoutError(lockPath, holder || 'unknown');
    }
    await sleep(delay + Math.random() * delay); // jitter keeps competing processes from retrying in lockstep
    delay = Math.min(delay * 2, 50);
  }
}

async function withFileLock<T>(target: string, opts: LockOptions, fn: () => Promise<T>): Promise<T> {
  const lockPath = `${target}.lock`;
  const info = await acquireLock(lockPath, opts.lockTimeoutMs, opts.staleLockMs);
  try {
    return await fn();
  } finally {
    // Only our own lock: if it was judged stale and taken over, the file now belongs to someone else.
    releaseLock<LockInfo>(lockPath, (owner) => owner.token === info.token);
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Atomic file replacement.

async function fsyncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Not supported everywhere (Windows); the rename itself is still atomic.
  }
}

/** Writes `text` to `target` so that readers see either the old or the new content, and it survives a crash. */
export async function writeFileAtomic(target: string, text: string): Promise<void> {
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  const fh = await open(tmp, 'wx', 0o644);
  try {
    try {
      await fh.writeFile(text, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await fsyncDir(dir);
}

// ---------------------------------------------------------------------------------------------------------------------
// Reading.

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if (errno(err) === 'ENOENT') return undefined;
    throw err;
  }
}

function parseResults(text: string, source: string): ResultsDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError(`${source}: not valid JSON: ${(err as Error).message}`, source);
  }
  return validateResults(value, source);
}

/**
 * Reads and validates a results file.
 * @throws ConfigurationError if the file is missing, is not JSON or does not match the schema (messages name `path`)
 */
export async function readResults(path: string): Promise<ResultsDocument> {
  const text = await readText(path);
  if (text === undefined) throw new ConfigurationError(`${path}: results file not found`, path);
  return parseResults(text, path);
}

/**
 * Validates `doc` and writes it to `path` atomically, replacing the file (under the same locks as
 * {@link ResultsWriter}, so it does not interleave with appends). Creates the directory if needed.
 * @throws ConfigurationError if `doc` is invalid
 */
export async function writeResults(
  path: string,
  doc: ResultsDocument,
  options: Pick<ResultsWriterOptions, 'lockTimeoutMs' | 'staleLockMs'> = {},
): Promise<void> {
  const abs = resolve(path);
  const text = serialize(validateResults(plain(doc), abs));
  const lockOptions = lockOptionsOf(options);
  await mkdir(dirname(abs), { recursive: true });
  await enqueue(abs, () => withFileLock(abs, lockOptions, () => writeFileAtomic(abs, text)));
}

// ---------------------------------------------------------------------------------------------------------------------
// Writer.

/**
 * Appends cases and findings to a results file; safe against concurrent writers in this and other processes.
 * Create it with {@link ResultsWriter.open}. Every method resolves only once the change is on disk.
 */
export class ResultsWriter {
  /** Absolute path of the results file. */
  readonly path: string;
  private doc: ResultsDocument;
  /** Text of the file as we last wrote or read it; lets us skip re-validating when nobody else wrote. */
  private lastText: string | undefined;
  private readonly lockOptions: LockOptions;
  private readonly now: () => Date;

  private constructor(path: string, doc: ResultsDocument, options: ResultsWriterOptions) {
    this.path = path;
    this.doc = doc;
    this.lockOptions = lockOptionsOf(options);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Opens `path` for appending, creating it (and its directory) with a fresh document for `run` if it does not exist.
   * An existing file is validated and kept as is, its run metadata included; it must be for the same stage.
   * With `reset: true` the file is replaced by a fresh document.
   * @throws ConfigurationError if `run` is invalid, or the existing file is corrupt or belongs to another stage
   */
  static async open(path: string, run: RunInit, options: ResultsWriterOptions = {}): Promise<ResultsWriter> {
    const abs = resolve(path);
    const fresh = validateResults(
      plain(createResultsDocument(withLeg(run, options.leg ?? kdfEnv('leg')), (options.now ?? (() => new Date()))())),
      abs,
    );
    const writer = new ResultsWriter(abs, fresh, options);
    await mkdir(dirname(abs), { recursive: true });
    await enqueue(abs, () =>
      withFileLock(abs, writer.lockOptions, async () => {
        const text = options.reset ? undefined : await readText(abs);
        if (text === undefined) {
          await writer.persist(fresh);
          return;
        }
        const existing = parseResults(text, abs);
        if (existing.run.stage !== fresh.run.stage) {
          throw new ConfigurationError(
            `${abs}: holds results of stage "${existing.run.stage}", not "${fresh.run.stage}"; use another file or reset it`,
            abs,
          );
        }
        writer.doc = existing;
        writer.lastText = text;
      }),
    );
    return writer;
  }

  /** A copy of the document as of this writer's last operation (other processes may have appended since). */
  get document(): ResultsDocument {
    return structuredClone(this.doc);
  }

  /** Adds (or, for an existing id, replaces) one case. */
  addCase(testCase: TestCase): Promise<void> {
    return this.addCases([testCase]);
  }

  /** Adds (or replaces by id) several cases in one durable write; within the batch the last case of an id wins. */
  async addCases(cases: readonly TestCase[]): Promise<void> {
    const items = cases.map((c, i) => validateCase(plain(c), `${this.path}: case ${i}`));
    await this.update((doc) => {
      const index = new Map(doc.cases.map((c, i) => [c.id, i]));
      for (const c of items) {
        const at = index.get(c.id);
        if (at === undefined) index.set(c.id, doc.cases.push(c) - 1);
        else doc.cases[at] = c;
      }
    });
  }

  /** Adds one finding. */
  addFinding(finding: Finding): Promise<void> {
    return this.addFindings([finding]);
  }

  /** Adds several findings in one durable write. */
  async addFindings(findings: readonly Finding[]): Promise<void> {
    const items = findings.map((f, i) => validateFinding(plain(f), `${this.path}: finding ${i}`));
    await this.update((doc) => {
      doc.findings.push(...items);
    });
  }

  /**
   * Marks the run finished: sets `finishedAt` to now and `status` to the worse of `status` (if given) and what the
   * content says ({@link overallStatus}), so a run with failed cases can never be recorded as passed.
   * @returns the final document
   */
  async finish(status?: FinalStatus): Promise<ResultsDocument> {
    await this.update((doc) => {
      const computed = overallStatus({ ...doc, run: { ...doc.run, status: 'running' } });
      const final = status !== undefined && RANK[status] > RANK[computed] ? status : computed;
      doc.run = { ...doc.run, status: final, finishedAt: this.now().toISOString() };
    });
    return this.document;
  }

  /** Runs `mutate` on the current on-disk document under both locks and persists the result. */
  private update(mutate: (doc: ResultsDocument) => void): Promise<void> {
    return enqueue(this.path, () =>
      withFileLock(this.path, this.lockOptions, async () => {
        const text = await readText(this.path);
        // Missing file (deleted under us): rebuild it from what we know rather than lose our entries.
        const current =
          text === undefined || text === this.lastText ? structuredClone(this.doc) : parseResults(text, this.path);
        mutate(current);
        await this.persist(current);
      }),
    );
  }

  private async persist(doc: ResultsDocument): Promise<void> {
    const text = serialize(doc);
    await writeFileAtomic(this.path, text);
    this.doc = doc;
    this.lastText = text;
  }
}
