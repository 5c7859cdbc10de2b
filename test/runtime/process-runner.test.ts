/** ProcessCommandRunner against real processes: capture, exit codes, stdin, env, masking, timeouts, process groups. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, realpathSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CommandError, type CommandResult } from '../../src/runtime/command.js';
import { ProcessCommandRunner } from '../../src/runtime/process-runner.js';
import { terminateRunningCommands } from '../../src/runtime/process-groups.js';
import { SecretMasker } from '../../src/runtime/secrets.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kdf-command-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const runner = new ProcessCommandRunner({ killGraceMs: 500, stdioDrainMs: 200 });

/** Resolves with the CommandError a promise rejects with (and fails the test if it resolves or rejects otherwise). */
async function commandError(promise: Promise<CommandResult>): Promise<CommandError> {
  const err: unknown = await promise.then(
    (result) => {
      throw new Error(`expected a CommandError, got exit ${result.exitCode}`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CommandError);
  return err as CommandError;
}

/**
 * True while `pid` runs. A zombie counts as gone: it is dead and only waits to be reaped, and PID 1 in some sandboxes
 * (this one included) never reaps orphans, so `kill(pid, 0)` keeps succeeding on them.
 */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    expect((err as NodeJS.ErrnoException).code).toBe('ESRCH');
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return !isAlive(pid);
}

describe('ProcessCommandRunner: exit codes and capture', () => {
  it('captures stdout and stderr of a successful command', async () => {
    const result = await runner.run('sh', ['-c', 'echo out; echo err >&2']);
    expect(result).toMatchObject({ exitCode: 0, signal: null, stdout: 'out\n', stderr: 'err\n' });
    expect(result.stdoutTruncated).toBe(false);
    expect(result.command).toBe("sh -c 'echo out; echo err >&2'");
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('rejects a non-zero exit with a CommandError carrying the stderr tail', async () => {
    const err = await commandError(
      runner.run('sh', ['-c', 'for i in 1 2 3 4 5; do echo "line $i" >&2; done; exit 3'], { stderrTailLines: 2 }),
    );
    expect(err.exitCode).toBe(3);
    expect(err.signal).toBeNull();
    expect(err.timedOut).toBe(false);
    expect(err.cancelled).toBe(false);
    expect(err.stderrTail).toEqual(['line 4', 'line 5']);
    expect(err.message).toBe(
      '`sh -c \'for i in 1 2 3 4 5; do echo "line $i" >&2; done; exit 3\'` exited with code 3: line 5',
    );
    expect(err.result.stderr).toBe('line 1\nline 2\nline 3\nline 4\nline 5\n');
  });

  it('names the exit code alone when stderr is empty', async () => {
    const err = await commandError(runner.run('sh', ['-c', 'exit 2']));
    expect(err.message).toBe("`sh -c 'exit 2'` exited with code 2");
    expect(err.stderrTail).toEqual([]);
  });

  it('resolves for an exit code listed in allowedExitCodes', async () => {
    const result = await runner.run('sh', ['-c', 'echo partial; exit 1'], { allowedExitCodes: [0, 1] });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('partial\n');
  });

  it('rejects exit 0 when it is not allowed', async () => {
    const err = await commandError(runner.run('true', [], { allowedExitCodes: [1] }));
    expect(err.exitCode).toBe(0);
  });

  it('reports a process killed by a signal', async () => {
    const err = await commandError(runner.run('sh', ['-c', 'kill -KILL $$']));
    expect(err.exitCode).toBeNull();
    expect(err.signal).toBe('SIGKILL');
    expect(err.message).toMatch(/was killed by signal SIGKILL$/);
  });
});

describe('ProcessCommandRunner: line callbacks', () => {
  it('delivers complete lines, strips CRLF and flushes the final partial line', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const result = await runner.run('sh', ['-c', "printf 'a\\r\\nb\\n\\nc'; printf 'e1\\ne2' >&2"], {
      onStdoutLine: (line) => out.push(line),
      onStderrLine: (line) => err.push(line),
    });
    expect(out).toEqual(['a', 'b', '', 'c']);
    expect(err).toEqual(['e1', 'e2']);
    expect(result.stdout).toBe('a\r\nb\n\nc');
  });

  it('reassembles a multi-byte character split across chunks', async () => {
    const lines: string[] = [];
    const script =
      'process.stdout.write(Buffer.from([0xe2, 0x9c]));' +
      'setTimeout(() => process.stdout.write(Buffer.from([0x93, 0x20, 0x6f, 0x6b, 0x0a])), 50);';
    const result = await runner.run(process.execPath, ['-e', script], { onStdoutLine: (line) => lines.push(line) });
    expect(lines).toEqual(['✓ ok']);
    expect(result.stdout).toBe('✓ ok\n');
  });

  it('rejects with the error a line callback throws', async () => {
    const boom = new Error('callback failed');
    await expect(
      runner.run('sh', ['-c', 'echo one; echo two'], {
        onStdoutLine: () => {
          throw boom;
        },
      }),
    ).rejects.toBe(boom);
  });
});

describe('ProcessCommandRunner: stdin, env, cwd', () => {
  it('gives the child /dev/null as stdin, so a prompt sees EOF instead of hanging', async () => {
    const result = await runner.run('sh', ['-c', 'read x; echo "rc=$?"'], { timeoutMs: 5000 });
    expect(result.stdout).toBe('rc=1\n');
  });

  it('writes `input` to stdin and closes it', async () => {
    const result = await runner.run('sh', ['-c', 'read x; echo "got=$x"; cat'], { input: 'hello\nrest\n' });
    expect(result.stdout).toBe('got=hello\nrest\n');
  });

  it('ignores EPIPE when the child exits without reading its input', async () => {
    const result = await runner.run('true', [], { input: 'x'.repeat(1024 * 1024) });
    expect(result.exitCode).toBe(0);
  });

  it('merges env over process.env and unsets variables given as undefined', async () => {
    process.env['KDF_TEST_INHERITED'] = 'inherited';
    process.env['KDF_TEST_UNSET'] = 'still here';
    try {
      const result = await runner.run(
        'sh',
        ['-c', 'echo "$KDF_TEST_NEW|$KDF_TEST_INHERITED|${KDF_TEST_UNSET-unset}"'],
        { env: { KDF_TEST_NEW: 'new', KDF_TEST_UNSET: undefined } },
      );
      expect(result.stdout).toBe('new|inherited|unset\n');
    } finally {
      delete process.env['KDF_TEST_INHERITED'];
      delete process.env['KDF_TEST_UNSET'];
    }
  });

  it('uses env alone with replaceEnv', async () => {
    process.env['KDF_TEST_INHERITED'] = 'inherited';
    try {
      const result = await runner.run('/bin/sh', ['-c', 'echo "${KDF_TEST_INHERITED-none}|$ONLY"'], {
        env: { ONLY: 'me' },
        replaceEnv: true,
      });
      expect(result.stdout).toBe('none|me\n');
    } finally {
      delete process.env['KDF_TEST_INHERITED'];
    }
  });

  it('runs in cwd', async () => {
    const result = await runner.run('pwd', [], { cwd: dir });
    expect(result.stdout.trim()).toBe(realpathSync(dir));
  });
});

describe('ProcessCommandRunner: no shell', () => {
  it('passes spaces, quotes, globs and $(...) literally', async () => {
    const args = ['$(id)', 'a b', "it's", '"q"', '*', '; echo pwned', '`id`', ''];
    const result = await runner.run('printf', ['%s\\n', ...args]);
    expect(result.stdout).toBe(args.map((a) => `${a}\n`).join(''));
  });

  it('rejects a non-array args and NUL bytes before spawning', async () => {
    await expect(runner.run('echo', 'hi' as unknown as string[])).rejects.toThrow(/args must be an array/);
    await expect(runner.run('echo\0rm', [])).rejects.toThrow(/NUL/);
    await expect(runner.run('echo', ['a\0b'])).rejects.toThrow(/args\[0\] contains a NUL/);
    await expect(runner.run('', [])).rejects.toThrow(TypeError);
  });
});

describe('ProcessCommandRunner: spawn failures', () => {
  it('turns ENOENT into a CommandError that says the program is not on PATH', async () => {
    const err = await commandError(runner.run('kdf-no-such-program-xyz', ['--version']));
    expect(err.code).toBe('ENOENT');
    expect(err.message).toBe(
      "`kdf-no-such-program-xyz --version` could not start: 'kdf-no-such-program-xyz' was not found on PATH",
    );
    expect(err.exitCode).toBeNull();
  });

  it('says when a path does not exist', async () => {
    const err = await commandError(runner.run(join(dir, 'missing.sh'), []));
    expect(err.message).toMatch(/missing\.sh does not exist$/);
  });

  it('blames a missing working directory rather than the program', async () => {
    const err = await commandError(runner.run('true', [], { cwd: join(dir, 'nope') }));
    expect(err.message).toMatch(/working directory '.*nope' does not exist$/);
  });

  it('says when a file is not executable', async () => {
    const err = await commandError(runner.run(join(dir, '..'), []));
    expect(err.code).toBe('EACCES');
    expect(err.message).toMatch(/is not executable \(permission denied\)$/);
  });
});

describe('ProcessCommandRunner: masking', () => {
  it('masks a secret in stdout, stderr, callbacks, the command display, the error and the logs', async () => {
    const masker = new SecretMasker();
    masker.add('s3cr3t-value');
    const logger = new RecordingLogger();
    const masked = new ProcessCommandRunner({ masker, logger });
    const lines: string[] = [];
    const err = await commandError(
      masked.run('sh', ['-c', 'echo "token=$1"; echo "bad $1" >&2; exit 4', 'sh', 's3cr3t-value'], {
        onStdoutLine: (line) => lines.push(line),
        label: 'login',
      }),
    );
    expect(err.result.stdout).toBe('token=***\n');
    expect(err.result.stderr).toBe('bad ***\n');
    expect(lines).toEqual(['token=***']);
    expect(err.command).toBe(`sh -c 'echo "token=$1"; echo "bad $1" >&2; exit 4' sh '***'`);
    expect(err.message).toBe(`\`${err.command}\` exited with code 4: bad ***`);
    expect(err.stderrTail).toEqual(['bad ***']);
    const logged = logger.text();
    expect(logged).toContain("[login] $ sh -c 'echo");
    expect(logged).not.toContain('s3cr3t-value');
    expect(JSON.stringify(err.result)).not.toContain('s3cr3t-value');
  });
});

describe('ProcessCommandRunner: timeouts and cancellation', () => {
  it('terminateRunningCommands ends every running group, SIGKILL for one that ignores SIGTERM', async () => {
    const pidFile = join(dir, 'terminate.pid');
    const trapped = join(dir, 'terminate.trapped');
    const polite = runner.run('sh', ['-c', 'sleep 60 & echo $! > "$1"; wait', 'sh', pidFile]);
    // it says so only once its trap is in place: a SIGTERM before that would end it (seen on a loaded CI machine)
    const stubborn = runner.run('sh', [
      '-c',
      'trap "" TERM; echo yes > "$1"; sleep 60 & wait; sleep 60',
      'sh',
      trapped,
    ]);
    const started = Date.now();
    const written = (f: string): boolean => existsSync(f) && readFileSync(f, 'utf8').trim() !== '';
    while (!written(pidFile) || !written(trapped)) await new Promise((r) => setTimeout(r, 20));
    await terminateRunningCommands(300);
    const [a, b] = await Promise.all([commandError(polite), commandError(stubborn)]);
    expect(a.signal).toBe('SIGTERM');
    expect(b.signal).toBe('SIGKILL');
    expect(await waitUntilGone(Number(readFileSync(pidFile, 'utf8').trim()), 2000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    await terminateRunningCommands(100); // nothing left: returns at once
  });

  it('kills the whole process group on timeout', async () => {
    const pidFile = join(dir, 'grandchild.pid');
    const started = Date.now();
    const err = await commandError(
      runner.run('sh', ['-c', 'sleep 60 & echo $! > "$1"; sleep 60', 'sh', pidFile], { timeoutMs: 300 }),
    );
    expect(err.timedOut).toBe(true);
    expect(err.message).toMatch(/timed out after 300ms and was killed$/);
    expect(Date.now() - started).toBeLessThan(3000);
    const grandchild = Number(readFileSync(pidFile, 'utf8').trim());
    expect(grandchild).toBeGreaterThan(1);
    expect(await waitUntilGone(grandchild, 2000)).toBe(true);
  });

  it('escalates to SIGKILL when the group ignores SIGTERM', async () => {
    const started = Date.now();
    const err = await commandError(
      runner.run('sh', ['-c', 'trap "" TERM; sleep 30; echo survived'], { timeoutMs: 200, killGraceMs: 200 }),
    );
    expect(err.timedOut).toBe(true);
    expect(err.signal).toBe('SIGKILL');
    expect(err.result.stdout).toBe('');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('cancels through an AbortSignal and kills the group', async () => {
    const pidFile = join(dir, 'cancelled.pid');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const err = await commandError(
      runner.run('sh', ['-c', 'sleep 60 & echo $! > "$1"; wait', 'sh', pidFile], { signal: controller.signal }),
    );
    expect(err.cancelled).toBe(true);
    expect(err.timedOut).toBe(false);
    expect(err.message).toMatch(/was cancelled$/);
    expect(await waitUntilGone(Number(readFileSync(pidFile, 'utf8')), 2000)).toBe(true);
  });

  it('does not start a command whose signal is already aborted', async () => {
    const marker = join(dir, 'should-not-exist');
    const err = await commandError(runner.run('touch', [marker], { signal: AbortSignal.abort() }));
    expect(err.cancelled).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });

  it('does not wait for a background child that keeps the pipes open', async () => {
    const started = Date.now();
    const result = await runner.run('sh', ['-c', 'sleep 30 & echo $!']);
    const pid = Number(result.stdout.trim());
    try {
      expect(result.exitCode).toBe(0);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      process.kill(pid, 'SIGKILL');
    }
  });
});

describe('ProcessCommandRunner: output limits', () => {
  it('keeps the tail of oversized output and marks it truncated, while callbacks see every line', async () => {
    let count = 0;
    let last = '';
    const result = await runner.run('seq', ['1', '20000'], {
      maxBufferBytes: 1000,
      onStdoutLine: (line) => {
        count++;
        last = line;
      },
    });
    expect(result.stdoutTruncated).toBe(true);
    expect(Buffer.byteLength(result.stdout)).toBeLessThanOrEqual(1000);
    expect(result.stdout.endsWith('19999\n20000\n')).toBe(true);
    expect(result.stdout.startsWith('1\n2\n')).toBe(false);
    expect(result.stderrTruncated).toBe(false);
    expect(count).toBe(20000);
    expect(last).toBe('20000');
  });
});
