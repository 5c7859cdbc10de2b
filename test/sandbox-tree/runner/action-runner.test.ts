import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import {
  ActionJob,
  RunnerMasker,
  parseFileCommand,
  parseWorkflowCommands,
  runActionJob,
} from '../../helpers/action-runner.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const FIXTURE = join(REPO_ROOT, 'test', '__fixtures__', 'harness-action');

describe('the action runner harness, checked against real @actions/core', () => {
  it('runs main and post with inputs, defaults, file commands, annotations, masks and state', async () => {
    const { main, post } = await runActionJob({
      actionDir: FIXTURE,
      with: { 'spaced input': 'x y' },
      token: 'ghs_abcdef',
    });
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toEqual({ 'token-length': '10', multi: 'line one\nline two', spaced: 'x y' });
    expect(main.exportedEnv).toEqual({ EXPORTED: 'yes' });
    expect(main.path).toEqual(['/opt/fixture/bin']);
    expect(main.state).toEqual({ started: 'at-main' });
    expect(main.masks).toEqual(['s3cr3t-value']);
    expect(main.summary).toBe('<h1>Fixture</h1>\nbody');
    expect(main.commands.map((c) => c.command)).toEqual(['add-mask', 'group', 'endgroup', 'error', 'warning']);
    expect(main.annotations[0]).toEqual({
      command: 'error',
      properties: { title: 'Bad: x,y', file: 'src/a.ts', line: '3', endLine: '4' },
      message: 'broken thing: 50%, really',
    });
    expect(main.stdout).toContain('greeting=hello');
    expect(post?.stdout).toContain('post sees started=at-main cancelled=');
    expect(post?.outputs).toEqual({ 'post-state': 'at-main' });
  });

  it('reports a failed step and a cancelled one (SIGINT), and post still runs', async () => {
    const failed = await runActionJob({ actionDir: FIXTURE, env: { FIXTURE_FAIL: '1' } });
    expect(failed.main.exitCode).toBe(1);
    expect(failed.main.annotations.map((a) => a.message)).toContain('asked to fail');
    const cancelled = await runActionJob({ actionDir: FIXTURE, env: { FIXTURE_WAIT: '1' }, cancelAfterMs: 500 });
    expect(cancelled.main.exitCode).toBe(130);
    expect(cancelled.post?.stdout).toContain('cancelled=yes');
  });

  it('a cancel during the step’s start-up waits for its first output, so the step handles it (no death by SIGINT)', async () => {
    // the step sleeps 1.5 s before it installs its handler and writes; both cancels arrive during that sleep
    const env = { FIXTURE_WAIT: '1', FIXTURE_SLOW_START_MS: '1500' };
    const early = await runActionJob({ actionDir: FIXTURE, env, cancelAfterMs: 50 });
    expect([early.main.exitCode, early.main.signal]).toEqual([130, null]);
    expect(early.post?.stdout).toContain('cancelled=yes');
    const job = new ActionJob({ actionDir: FIXTURE, env });
    const main = job.run('main');
    job.cancel();
    const r = await main;
    expect([r.exitCode, r.signal]).toEqual([130, null]);
    expect(r.durationMs).toBeGreaterThanOrEqual(1500);
  });

  it('cancelWhen cancels the step once the state it waits for exists, not before', async () => {
    let polls = 0;
    const ready = Date.now() + 800;
    const r = await runActionJob({
      actionDir: FIXTURE,
      env: { FIXTURE_WAIT: '1' },
      cancelWhen: () => (polls++, Date.now() >= ready),
    });
    expect([r.main.exitCode, r.main.signal]).toEqual([130, null]);
    expect(r.main.durationMs).toBeGreaterThanOrEqual(700);
    expect(polls).toBeGreaterThan(1);
    expect(r.post?.stdout).toContain('cancelled=yes');
  });

  it('cancel() interrupts the running step on demand (the demo’s Ctrl-C); streams stdout while it runs', async () => {
    const chunks: string[] = [];
    const job = new ActionJob({
      actionDir: FIXTURE,
      env: { FIXTURE_WAIT: '1' },
      onStdout: (chunk, phase) => chunks.push(`${phase}:${chunk}`),
    });
    const main = job.run('main');
    // cancel once the step has started (its first output arrived)
    while (chunks.length === 0) await new Promise((r) => setTimeout(r, 20));
    job.cancel();
    expect((await main).exitCode).toBe(130);
    const post = await job.run('post');
    expect(post.stdout).toContain('cancelled=yes');
    expect(chunks.some((c) => c.startsWith('post:') && c.includes('cancelled=yes'))).toBe(true);
    job.cancel(); // nothing running: a no-op
  });

  it('masks like the runner: ::add-mask:: values become *** in every later line of the job, never written', async () => {
    const streamed: string[] = [];
    const { main, post } = await runActionJob({
      actionDir: join(REPO_ROOT, 'test', '__fixtures__', 'harness-mask-action'),
      onStdout: (chunk, phase) => phase === 'main' && streamed.push(chunk),
    });
    expect(main.exitCode).toBe(0);
    expect(main.masks).toEqual(['early-s3cret', 'KEYLINE-ONE-whole\nKEYLINE-TWO-whole', 'KEYLINE-THREE-split']);
    const lines = main.stdout.split('\n');
    // masking starts at the registration, as on the runner
    expect(lines).toContain('before: early-s3cret is not masked yet');
    expect(lines).toContain('after: *** is masked');
    expect(main.stderr).toBe('stderr: *** too\n');
    // the add-mask lines keep no value (the runner shows none)
    expect(lines.filter((l) => l.startsWith('::add-mask::'))).toEqual([
      '::add-mask::***',
      '::add-mask::***',
      '::add-mask::***',
    ]);
    expect(main.stdout).not.toContain('KEYLINE-TWO');
    // per line: a multi-line value registered whole masks nothing; a line registered on its own is masked
    expect(lines).toContain('whole-registered line: KEYLINE-ONE-whole');
    expect(lines).toContain('split-registered line: ***');
    expect(lines).toContain('chunked: *** end');
    expect(main.annotations.map((a) => a.message)).toEqual(['annotation with ***']);
    // what onStdout saw is what the step result holds: whole, masked lines
    expect(streamed.join('')).toBe(main.stdout);
    expect(post?.stdout).toContain('post: *** and *** stay masked in later steps');
    expect(post?.masks).toEqual([]);
  });

  it('RunnerMasker replaces longer values first and ignores blank ones', () => {
    const m = new RunnerMasker();
    m.add('abc');
    m.add('abcdef');
    m.add('  ');
    expect(m.mask('x abcdef y abc  z')).toBe('x *** y ***  z');
  });

  it('parses both file-command forms and honours stop-commands', () => {
    expect(parseFileCommand('a=1\nb<<EOF_X\nx\ny\nEOF_X\n')).toEqual({ a: '1', b: 'x\ny' });
    expect(
      parseWorkflowCommands('::stop-commands::tok\n::error::hidden\n::tok::\n::warning file=a%2Cb::m%0An').map((c) => [
        c.command,
        c.properties,
        c.message,
      ]),
    ).toEqual([['warning', { file: 'a,b' }, 'm\nn']]);
  });
});
