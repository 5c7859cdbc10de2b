/** runWrapper with an injected core: how each kind of failure is reported. */
import { describe, expect, it } from '@jest/globals';

import { CommandError } from '../../src/runtime/command.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { runWrapper } from '../../src/runtime/run-wrapper.js';
import { SecretMasker } from '../../src/runtime/secrets.js';
import { createCoreMock } from '../__fixtures__/core-mock.js';

describe('runWrapper', () => {
  it('does nothing when the action succeeds', async () => {
    const core = createCoreMock();
    let ran = false;
    await runWrapper(
      async () => {
        ran = true;
      },
      { core },
    );
    expect(ran).toBe(true);
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('reports a ConfigurationError by its message alone, without a stack', async () => {
    const core = createCoreMock();
    await runWrapper(
      async () => {
        throw new ConfigurationError("Input 'profile' must be one of: dragonflow, ovs (got 'x').", 'profile');
      },
      { core, masker: new SecretMasker() },
    );
    expect(core.setFailed).toHaveBeenCalledWith("Input 'profile' must be one of: dragonflow, ovs (got 'x').");
    expect(core.debug).not.toHaveBeenCalled();
  });

  it('reports other errors by message and puts the stack at debug level', async () => {
    const core = createCoreMock();
    const err = new Error('stack.sh failed');
    await runWrapper(
      async () => {
        throw err;
      },
      { core, masker: new SecretMasker() },
    );
    expect(core.setFailed).toHaveBeenCalledWith('stack.sh failed');
    expect(core.debug).toHaveBeenCalledWith(err.stack ?? 'no stack');
    expect(core.debug.mock.calls[0]?.[0]).toContain('run-wrapper.test.ts');
  });

  it('reports a non-Error throw instead of swallowing it', async () => {
    const core = createCoreMock();
    await runWrapper(
      async () => {
        throw { reason: 'weird' };
      },
      { core, masker: new SecretMasker() },
    );
    expect(core.setFailed).toHaveBeenCalledWith('Unexpected non-error value thrown: {"reason":"weird"}');
  });

  it('masks secrets in the message and the stack', async () => {
    const core = createCoreMock();
    const masker = new SecretMasker();
    masker.add('hunter2');
    await runWrapper(
      async () => {
        throw new Error('login with hunter2 failed');
      },
      { core, masker },
    );
    expect(core.setFailed).toHaveBeenCalledWith('login with *** failed');
    expect(core.debug.mock.calls[0]?.[0]).not.toContain('hunter2');
  });

  it('passes a CommandError message through (it is already masked and names the command)', async () => {
    const core = createCoreMock();
    await runWrapper(
      async () => {
        throw new CommandError({
          result: {
            exitCode: 1,
            signal: null,
            stdout: '',
            stderr: 'No server with a name or ID of x exists.\n',
            stdoutTruncated: false,
            stderrTruncated: false,
            durationMs: 5,
            command: 'openstack server show x',
          },
        });
      },
      { core, masker: new SecretMasker() },
    );
    expect(core.setFailed).toHaveBeenCalledWith(
      '`openstack server show x` exited with code 1: No server with a name or ID of x exists.',
    );
  });

  it('never throws, even when reporting fails', async () => {
    const core = createCoreMock();
    core.setFailed.mockImplementation(() => {
      throw new Error('stdout closed');
    });
    const previousExitCode = process.exitCode;
    const written: string[] = [];
    const originalWrite = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => {
      written.push(chunk);
      return true;
    }) as typeof process.stderr.write;
    try {
      await expect(
        runWrapper(
          async () => {
            throw new Error('original');
          },
          { core, masker: new SecretMasker() },
        ),
      ).resolves.toBeUndefined();
      expect(process.exitCode).toBe(1);
      expect(written.join('')).toContain('original');
      expect(written.join('')).toContain('reporting failed: stdout closed');
    } finally {
      process.stderr.write = originalWrite;
      process.exitCode = previousExitCode;
    }
  });
});
