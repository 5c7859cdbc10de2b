import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ResultsLockTimeoutError,
  ResultsWriter,
  readResults,
  writeResults,
  type ResultsDocument,
  type RunInit,
  type TestCase,
} from '../../src/results/index.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('../__fixtures__/results/append-child.ts', import.meta.url));
const RUN: RunInit = { toolVersion: 'test', stage: 'connectivity', profile: 'dragonflow' };

const tc = (id: string, extra: Partial<TestCase> = {}): TestCase => ({
  id,
  name: `case ${id}`,
  suite: 'suite',
  status: 'passed',
  ...extra,
});

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kdf-results-writer-'));
  file = join(dir, 'out', 'results.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads the file raw, as an unsynchronised reader would. */
async function rawRead(path: string): Promise<ResultsDocument> {
  return JSON.parse(await readFile(path, 'utf8')) as ResultsDocument;
}

/**
 * Polls `path` until `done()` is true; every read must parse as JSON and the number of cases must never shrink.
 * Returns how many reads saw the file.
 */
async function pollWhile(path: string, done: () => boolean): Promise<{ reads: number; errors: string[] }> {
  let reads = 0;
  let lastCount = 0;
  const errors: string[] = [];
  while (!done()) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      await new Promise((r) => setImmediate(r)); // not created yet
      continue;
    }
    reads++;
    try {
      const count = (JSON.parse(text) as ResultsDocument).cases.length;
      if (count < lastCount) errors.push(`cases went from ${lastCount} to ${count}`);
      lastCount = count;
    } catch (err) {
      errors.push(`unparsable read (${text.length} bytes): ${(err as Error).message}`);
    }
  }
  return { reads, errors };
}

/** Files other than the target and its directory's expected content: temp files and locks must not be left over. */
async function leftovers(): Promise<string[]> {
  return (await readdir(join(dir, 'out'))).filter((f) => f !== 'results.json');
}

describe('ResultsWriter.open', () => {
  it('creates the directory and a valid fresh document', async () => {
    const writer = await ResultsWriter.open(file, RUN, { now: () => new Date('2025-03-01T08:00:00Z') });
    const onDisk = await readResults(file);
    expect(onDisk.run).toEqual({
      ...RUN,
      tool: 'kuryr-dragonflow-actions',
      startedAt: '2025-03-01T08:00:00.000Z',
      status: 'running',
    });
    expect(onDisk.cases).toEqual([]);
    expect(writer.document).toEqual(onDisk);
    expect(writer.path).toBe(file);
    expect(await leftovers()).toEqual([]);
  });

  it('appends to an existing file of the same stage and keeps its run metadata', async () => {
    const first = await ResultsWriter.open(file, { ...RUN, profile: 'first' });
    await first.addCase(tc('a'));
    const second = await ResultsWriter.open(file, { ...RUN, profile: 'second' });
    await second.addCase(tc('b'));
    const doc = await readResults(file);
    expect(doc.cases.map((c) => c.id)).toEqual(['a', 'b']);
    expect(doc.run.profile).toBe('first');
  });

  it('with reset: true starts over', async () => {
    const first = await ResultsWriter.open(file, RUN);
    await first.addCase(tc('old'));
    await ResultsWriter.open(file, { ...RUN, profile: 'new' }, { reset: true });
    const doc = await readResults(file);
    expect(doc.cases).toEqual([]);
    expect(doc.run.profile).toBe('new');
  });

  it('refuses a file of another stage, a corrupt file and an invalid run, naming the file', async () => {
    await ResultsWriter.open(file, { ...RUN, stage: 'lint' });
    await expect(ResultsWriter.open(file, RUN)).rejects.toThrow(
      `${file}: holds results of stage "lint", not "connectivity"`,
    );

    await writeFile(file, '{"schemaVersion": 1, "run": {');
    const err = await ResultsWriter.open(file, RUN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain(`${file}: not valid JSON`);

    await writeFile(file, JSON.stringify({ schemaVersion: 1, run: {}, cases: [], findings: [] }));
    await expect(ResultsWriter.open(file, RUN)).rejects.toThrow(`${file}: /run must have required property 'tool'`);

    await expect(ResultsWriter.open(join(dir, 'x.json'), { ...RUN, stage: 'Bad Stage' })).rejects.toThrow(
      '/run/stage must match pattern',
    );
  });
});

describe('ResultsWriter mutations', () => {
  it('rejects an invalid case or finding without touching the file', async () => {
    const writer = await ResultsWriter.open(file, RUN);
    await writer.addCase(tc('ok'));
    const before = await readFile(file, 'utf8');
    await expect(writer.addCase(tc('bad', { status: 'green' as TestCase['status'] }))).rejects.toThrow(
      `${file}: case 0: /status must be equal to one of the allowed values`,
    );
    await expect(
      writer.addFindings([
        { file: 'a', line: 1, level: 'notice', title: 't', message: 'm' },
        { file: 'a', line: 0, level: 'notice', title: 't', message: 'm' },
      ]),
    ).rejects.toThrow(`${file}: finding 1: /line must be >= 1`);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('drops undefined optional members instead of rejecting them, and copies its input', async () => {
    const writer = await ResultsWriter.open(file, RUN);
    const input = tc('u', { message: undefined, durationMs: 5 });
    await writer.addCase(input);
    input.status = 'failed'; // later mutation by the caller must not leak into the file
    await writer.addFinding({ file: 'f', line: 2, level: 'warning', title: 't', message: 'm', rule: undefined });
    const doc = await readResults(file);
    expect(doc.cases).toEqual([{ id: 'u', name: 'case u', suite: 'suite', status: 'passed', durationMs: 5 }]);
    expect(doc.findings).toEqual([{ file: 'f', line: 2, level: 'warning', title: 't', message: 'm' }]);
  });

  it('replaces a case with a duplicate id in place (a retried case updates)', async () => {
    const writer = await ResultsWriter.open(file, RUN);
    await writer.addCase(tc('probe', { status: 'failed', message: 'curl exit 28', attempts: 1 }));
    await writer.addCase(tc('other'));
    await writer.addCase(tc('probe', { status: 'flaky', attempts: 2 }));
    // Within one batch the last case of an id wins.
    await writer.addCases([tc('batch', { status: 'failed' }), tc('batch', { status: 'passed', attempts: 3 })]);
    const doc = await readResults(file);
    expect(doc.cases).toEqual([
      tc('probe', { status: 'flaky', attempts: 2 }),
      tc('other'),
      tc('batch', { status: 'passed', attempts: 3 }),
    ]);
  });

  it('finish() sets finishedAt and a status no better than the content', async () => {
    let now = new Date('2025-03-01T08:00:00Z');
    const writer = await ResultsWriter.open(file, RUN, { now: () => now });
    await writer.addCase(tc('a'));
    now = new Date('2025-03-01T08:05:00Z');
    const passed = await writer.finish();
    expect(passed.run).toMatchObject({ status: 'passed', finishedAt: '2025-03-01T08:05:00.000Z' });
    expect((await readResults(file)).run).toMatchObject({ status: 'passed', finishedAt: '2025-03-01T08:05:00.000Z' });

    await writer.addCase(tc('b', { status: 'failed' }));
    expect((await writer.finish('passed')).run.status).toBe('failed'); // cannot hide a failed case
    expect((await writer.finish('error')).run.status).toBe('error'); // can be made worse

    const lint = await ResultsWriter.open(join(dir, 'lint.json'), { ...RUN, stage: 'lint' });
    await lint.addFinding({ file: 'local.conf', line: 3, level: 'failure', title: 't', message: 'm' });
    expect((await lint.finish()).run.status).toBe('failed');
  });

  it('keeps entries another writer added to the file in between', async () => {
    const writer = await ResultsWriter.open(file, RUN);
    await writer.addCase(tc('mine-1'));
    // Someone else rewrites the file (e.g. another process): the writer must re-read it, not overwrite from memory.
    const external = await rawRead(file);
    external.cases.push(tc('theirs'));
    await writeResults(file, external);
    await writer.addCase(tc('mine-2'));
    expect((await readResults(file)).cases.map((c) => c.id)).toEqual(['mine-1', 'theirs', 'mine-2']);
  });

  it('recreates the file from what it knows if it was deleted', async () => {
    const writer = await ResultsWriter.open(file, RUN);
    await writer.addCase(tc('a'));
    await unlink(file);
    await writer.addCase(tc('b'));
    expect((await readResults(file)).cases.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('concurrency and atomicity', () => {
  it('serializes 100 concurrent in-process appends, across two writer instances, without losing any', async () => {
    const a = await ResultsWriter.open(file, RUN);
    const b = await ResultsWriter.open(file, RUN);
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).addCase(tc(`c${String(i).padStart(3, '0')}`))),
    );
    const ids = (await readResults(file)).cases.map((c) => c.id);
    expect(ids).toHaveLength(100);
    expect(new Set(ids).size).toBe(100);
    expect(await leftovers()).toEqual([]);
  });

  it('never exposes a partial file: a reader polling during 200 appends always parses valid JSON', async () => {
    const writer = await ResultsWriter.open(file, RUN);
    let done = false;
    const reader = pollWhile(file, () => done);
    for (let i = 0; i < 200; i++) {
      // Big-ish details make each write span several filesystem blocks, so a non-atomic write would be visible.
      await writer.addCase(tc(`c${i}`, { details: 'x'.repeat(1000) }));
    }
    done = true;
    const { reads, errors } = await reader;
    expect(errors).toEqual([]);
    expect(reads).toBeGreaterThan(20);
    expect((await readResults(file)).cases).toHaveLength(200);
    expect(await leftovers()).toEqual([]);
  });

  it('loses nothing when 4 processes append 25 cases each to the same file', async () => {
    let running = 4;
    const children = Array.from({ length: 4 }, (_, w) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(w), '25'], {
        cwd: REPO_ROOT,
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      return new Promise<{ code: number | null; stderr: string }>((resolve) =>
        child.on('close', (code) => {
          running--;
          resolve({ code, stderr });
        }),
      );
    });
    const reader = pollWhile(file, () => running === 0);
    const results = await Promise.all(children);
    expect(results).toEqual(Array.from({ length: 4 }, () => ({ code: 0, stderr: '' })));
    expect((await reader).errors).toEqual([]);

    const doc = await readResults(file);
    const expected = [0, 1, 2, 3].flatMap((w) => Array.from({ length: 25 }, (_, i) => `w${w}-c${i}`));
    expect(doc.cases.map((c) => c.id).sort()).toEqual(expected.sort());
    // Each process appended its own cases in order.
    for (const w of [0, 1, 2, 3]) {
      const mine = doc.cases.filter((c) => c.suite === `w${w}`).map((c) => c.id);
      expect(mine).toEqual(Array.from({ length: 25 }, (_, i) => `w${w}-c${i}`));
    }
    expect(await leftovers()).toEqual([]);
  });
});

describe('lock file', () => {
  const lockOf = (path: string): string => `${path}.lock`;
  const lockContent = (pid: number): string =>
    JSON.stringify({ pid, host: hostname(), token: 'someone-else', createdAt: new Date().toISOString() });

  it('takes over a lock left by a dead process', async () => {
    const writer = await ResultsWriter.open(file, RUN);
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    expect(dead).toBeGreaterThan(0);
    await writeFile(lockOf(file), lockContent(dead!));
    const started = Date.now();
    await writer.addCase(tc('after-crash'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await readResults(file)).cases.map((c) => c.id)).toEqual(['after-crash']);
    expect(await leftovers()).toEqual([]);
  });

  it('takes over a lock older than staleLockMs even if its pid is alive (pid reuse)', async () => {
    const writer = await ResultsWriter.open(file, RUN, { staleLockMs: 5_000 });
    await writeFile(lockOf(file), lockContent(process.pid));
    const old = new Date(Date.now() - 60_000);
    await utimes(lockOf(file), old, old);
    await writer.addCase(tc('a'));
    expect((await readResults(file)).cases).toHaveLength(1);
  });

  it('waits for a live lock, proceeds once it is released, and times out if it never is', async () => {
    const writer = await ResultsWriter.open(file, RUN, { lockTimeoutMs: 150 });
    await writeFile(lockOf(file), lockContent(process.pid)); // alive and fresh: must be respected

    const timedOut = await writer.addCase(tc('blocked')).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(ResultsLockTimeoutError);
    expect((timedOut as Error).message).toContain(`${lockOf(file)} (held by {"pid":${process.pid}`);
    expect((await readResults(file)).cases).toEqual([]);

    const patient = await ResultsWriter.open(join(dir, 'out', 'other.json'), RUN); // opens without contention
    expect(patient.document.cases).toEqual([]);
    const waiting = writer.addCase(tc('later'));
    setTimeout(() => void unlink(lockOf(file)), 50);
    await waiting;
    expect((await readResults(file)).cases.map((c) => c.id)).toEqual(['later']);
  });

  it('treats an unreadable (half-written) lock as live until it is old', async () => {
    const writer = await ResultsWriter.open(file, RUN, { lockTimeoutMs: 100, staleLockMs: 10_000 });
    await writeFile(lockOf(file), '');
    await expect(writer.addCase(tc('a'))).rejects.toBeInstanceOf(ResultsLockTimeoutError);
    const old = new Date(Date.now() - 20_000);
    await utimes(lockOf(file), old, old);
    await writer.addCase(tc('a'));
    expect((await readResults(file)).cases).toHaveLength(1);
  });
});

describe('readResults', () => {
  it('names the file when it is missing or not JSON', async () => {
    const missing = join(dir, 'nope.json');
    await expect(readResults(missing)).rejects.toThrow(`${missing}: results file not found`);
    const garbage = join(dir, 'garbage.json');
    await writeFile(garbage, '<testsuite/>');
    const err = await readResults(garbage).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).input).toBe(garbage);
    expect((err as Error).message).toContain(`${garbage}: not valid JSON`);
  });
});
