/** The command-runner port: the masked display of a command line and the CommandError every runner fails with. */
import { describe, expect, it } from '@jest/globals';

import {
  ANY_EXIT_CODE,
  CommandError,
  formatCommandLine,
  quoteArg,
  type CommandResult,
} from '../../src/runtime/command.js';
import { SecretMasker } from '../../src/runtime/secrets.js';
import { commandResult } from '../__fixtures__/fake-command-runner.js';

const result = (over: Partial<CommandResult> = {}): CommandResult =>
  commandResult({ durationMs: 5, command: 'kubectl get pods', ...over });

describe('CommandError.fromResult', () => {
  it('is undefined for an allowed exit code, an error otherwise', () => {
    expect(CommandError.fromResult(result())).toBeUndefined();
    expect(CommandError.fromResult(result({ exitCode: 3 }), { allowedExitCodes: [0, 3] })).toBeUndefined();
    expect(CommandError.fromResult(result({ exitCode: 255 }), { allowedExitCodes: ANY_EXIT_CODE })).toBeUndefined();
    const err = CommandError.fromResult(result({ exitCode: 1, stderr: 'a\nerror: forbidden\n\n' }));
    expect(err?.message).toBe('`kubectl get pods` exited with code 1: error: forbidden');
    expect(err?.stderrTail).toEqual(['a', 'error: forbidden', '']);
  });

  it('fails a timed-out or cancelled run even with exit code 0, and names a signal', () => {
    expect(CommandError.fromResult(result(), { timedOut: true, timeoutMs: 90_000 })?.message).toMatch(
      /^`kubectl get pods` timed out after .* and was killed$/,
    );
    expect(CommandError.fromResult(result(), { cancelled: true })).toMatchObject({ cancelled: true, timedOut: false });
    expect(CommandError.fromResult(result({ exitCode: null, signal: 'SIGKILL' }))?.message).toBe(
      '`kubectl get pods` was killed by signal SIGKILL',
    );
  });

  it('keeps only the requested number of stderr lines', () => {
    const stderr = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    expect(CommandError.fromResult(result({ exitCode: 2, stderr }), { stderrTailLines: 3 })?.stderrTail).toEqual([
      'line 27',
      'line 28',
      'line 29',
    ]);
  });
});

describe('command display', () => {
  it('quotes arguments shell-style for humans', () => {
    expect(quoteArg('plain-word_1.2/x:y=z,@%+')).toBe('plain-word_1.2/x:y=z,@%+');
    expect(quoteArg('')).toBe("''");
    expect(quoteArg('my vm')).toBe("'my vm'");
    expect(quoteArg("it's")).toBe("'it'\\''s'");
    expect(quoteArg('$(id)')).toBe("'$(id)'");
    expect(formatCommandLine('openstack', ['server', 'show', 'my vm', '-f', 'json'], new SecretMasker())).toBe(
      "openstack server show 'my vm' -f json",
    );
  });

  it('masks secrets, including ones the quoting would otherwise split', () => {
    const masker = new SecretMasker();
    masker.add("pa'ss");
    masker.add('hunter2');
    expect(formatCommandLine('mysql', ["--password=pa'ss", '-phunter2'], masker)).toBe(
      "mysql '--password=***' '-p***'",
    );
  });
});
