import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StepRecorder, configurationFinding, statusOfError } from '../../src/results/step.js';
import { ResultsWriter, readResults } from '../../src/results/index.js';
import { ConfigurationError, RefusedCombinationError } from '../../src/runtime/errors.js';

class CheckFailed extends Error {}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kdf-step-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('statusOfError: failed = a check failed, error = the stage could not do its job', () => {
  it('a configuration error or a refused combination is always an error, even where a step counts checks', () => {
    const always = (): boolean => true;
    expect(statusOfError(new ConfigurationError("Input 'x' is bad", 'x'), always)).toBe('error');
    expect(statusOfError(new RefusedCombinationError(['no']), always)).toBe('error');
  });
  it('any other error is an error unless the step says it is a failed check', () => {
    expect(statusOfError(new Error('boom'))).toBe('error');
    expect(statusOfError(new CheckFailed('VM went to ERROR'), (e) => e instanceof CheckFailed)).toBe('failed');
    expect(statusOfError(new Error('boom'), (e) => e instanceof CheckFailed)).toBe('error');
  });
});

describe('StepRecorder', () => {
  const open = (): Promise<ResultsWriter> =>
    ResultsWriter.open(join(dir, 'r.json'), { toolVersion: 't', stage: 'trunk-vm' }, { leg: '' });

  it('records a passed case with its duration, suite, location and tags, inside the group, and returns the value', async () => {
    const w = await open();
    let t = 1000;
    const groups: string[] = [];
    const steps = new StepRecorder(w, {
      suite: 'trunk-vm',
      location: { file: 'actions/trunk-vm/action.yml', line: 1 },
      tags: ['nested'],
      group: (name, fn) => (groups.push(name), fn()),
      now: () => t,
    });
    const v = await steps.step('ssh', 'SSH to vm', async () => {
      t += 250;
      return 42;
    });
    expect(v).toBe(42);
    expect(groups).toEqual(['SSH to vm']);
    const doc = await readResults(w.path);
    expect(doc.cases).toEqual([
      {
        id: 'ssh',
        name: 'SSH to vm',
        suite: 'trunk-vm',
        status: 'passed',
        durationMs: 250,
        location: { file: 'actions/trunk-vm/action.yml', line: 1 },
        tags: ['nested'],
      },
    ]);
    expect(doc.findings).toEqual([]);
  });

  it('a throwing step records an error case (first line + details), rethrows the same error, and adds no finding by default', async () => {
    const w = await open();
    const steps = new StepRecorder(w, { suite: 'setup-devstack' });
    const err = new ConfigurationError("Input 'cache' is bad\nsecond line", 'cache');
    await expect(steps.step('preflight', 'Preflight', () => Promise.reject(err))).rejects.toBe(err);
    const doc = await readResults(w.path);
    expect(doc.cases[0]).toMatchObject({
      id: 'preflight',
      status: 'error',
      message: "Input 'cache' is bad",
      details: "Input 'cache' is bad\nsecond line",
    });
    expect(doc.findings).toEqual([]);
  });

  it('a failed check with a finding: the finding (tied to the case) gives the case its message and details', async () => {
    const w = await open();
    const steps = new StepRecorder(w, { suite: 'trunk-vm', isCheck: (e) => e instanceof CheckFailed });
    const finding = configurationFinding(new ConfigurationError('unused', 'image'), 'a.yml', 'trunk-vm', 'r');
    expect(finding.title).toBe("trunk-vm: input 'image'");
    await expect(
      steps.step('up', 'VM up', () => Promise.reject(new CheckFailed('went to ERROR')), {
        finding: (e, status) => ({ ...finding, message: `${status}: ${(e as Error).message}`, details: 'why' }),
      }),
    ).rejects.toBeInstanceOf(CheckFailed);
    const doc = await readResults(w.path);
    expect(doc.cases[0]).toMatchObject({
      id: 'up',
      status: 'failed',
      message: 'failed: went to ERROR',
      details: 'why',
    });
    expect(doc.findings).toEqual([expect.objectContaining({ caseId: 'up', message: 'failed: went to ERROR' })]);
  });

  it('an unrecorded error (a cancellation the run records once) is thrown on without a case', async () => {
    const w = await open();
    const cancelled = new Error('cancelled (SIGINT)');
    const steps = new StepRecorder(w, { suite: 'connectivity', unrecorded: (e) => e === cancelled });
    await expect(steps.step('x', 'x', () => Promise.reject(cancelled))).rejects.toBe(cancelled);
    expect((await readResults(w.path)).cases).toEqual([]);
  });

  it("a finding's multi-line message gives the case its first line, and the whole as details", async () => {
    const w = await open();
    const steps = new StepRecorder(w, { suite: 'connectivity', location: { file: 'suite.yaml', line: 3 } });
    const finding = (e: unknown) => ({
      file: 'suite.yaml',
      line: 3,
      level: 'failure' as const,
      title: 't',
      message: String(e),
    });
    await expect(steps.step('ns', 'namespace', () => Promise.reject('forbidden\nby policy'), { finding })).rejects.toBe(
      'forbidden\nby policy',
    );
    const doc = await readResults(w.path);
    expect(doc.cases[0]).toMatchObject({
      status: 'error',
      message: 'forbidden',
      details: 'forbidden\nby policy',
      location: { file: 'suite.yaml', line: 3 },
    });
    expect(doc.findings[0]).toMatchObject({ caseId: 'ns', message: 'forbidden\nby policy' });
  });

  it('a verdict sets the time and attempts it knows, a skip has no time, and a judged failure gets its finding', async () => {
    const w = await open();
    const steps = new StepRecorder(w, { suite: 's', now: () => 5 });
    const judged = (c: { id: string; status: string }) => ({
      file: 'f.yaml',
      line: 2,
      level: 'failure' as const,
      title: `${c.id} ${c.status}`,
      message: c.status,
    });
    await steps.step('a', 'a', async () => 1, {
      verdict: () => ({ status: 'flaky', durationMs: 42, attempts: 2 }),
      judgedFinding: judged,
    });
    await steps.step('b', 'b', async () => 1, {
      verdict: () => ({ status: 'skipped', message: 'n/a' }),
      judgedFinding: judged,
    });
    await steps.step('c', 'c', async () => 1, {
      verdict: () => ({ status: 'passed', durationMs: undefined }),
      judgedFinding: judged,
    });
    const doc = await readResults(w.path);
    expect(doc.cases.map((c) => [c.id, c.status, c.durationMs, c.attempts])).toEqual([
      ['a', 'flaky', 42, 2],
      ['b', 'skipped', undefined, undefined],
      ['c', 'passed', 0, undefined],
    ]);
    expect(doc.findings.map((f) => [f.caseId, f.title])).toEqual([['a', 'a flaky']]);
  });
});
