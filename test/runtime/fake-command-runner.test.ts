/** The FakeCommandRunner fixture fails the way the real runner does, so tests written against it stay honest. */
import { describe, expect, it } from '@jest/globals';

import { CommandError } from '../../src/runtime/command.js';
import { SecretMasker } from '../../src/runtime/secrets.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';

describe('FakeCommandRunner', () => {
  it('answers from matching rules and records calls', async () => {
    const fake = new FakeCommandRunner()
      .on('openstack', ['server', 'list', '-f', 'json'], { stdout: '[]\n' })
      .on('kubectl', ['get', /^pods?$/], { stdout: 'pod-a\n' })
      .on('ovs-vsctl', ['--timeout=5'], { stdout: 'br-int\n' }, { prefix: true });
    expect((await fake.run('openstack', ['server', 'list', '-f', 'json'])).stdout).toBe('[]\n');
    expect((await fake.run('kubectl', ['get', 'pods'])).stdout).toBe('pod-a\n');
    expect((await fake.run('ovs-vsctl', ['--timeout=5', 'list-br'])).stdout).toBe('br-int\n');
    expect(fake.commandLines()).toEqual([
      'openstack server list -f json',
      'kubectl get pods',
      'ovs-vsctl --timeout=5 list-br',
    ]);
    expect(fake.callsTo('kubectl')).toHaveLength(1);
  });

  it('uses once-rules in order, then falls through', async () => {
    const fake = new FakeCommandRunner()
      .once('curl', undefined, { exitCode: 7, stderr: 'connection refused\n' })
      .on('curl', undefined, { stdout: 'ok' });
    await expect(fake.run('curl', ['http://x'])).rejects.toThrow(
      '`curl http://x` exited with code 7: connection refused',
    );
    expect((await fake.run('curl', ['http://x'])).stdout).toBe('ok');
  });

  it('honours allowedExitCodes, timeouts and cancellation like the real runner', async () => {
    const fake = new FakeCommandRunner()
      .on('grep', undefined, { exitCode: 1 })
      .on('sleep', undefined, { timedOut: true })
      .on('wait', undefined, { delayMs: 10_000 });
    expect((await fake.run('grep', ['x'], { allowedExitCodes: [0, 1] })).exitCode).toBe(1);
    const timeout = await fake.run('sleep', ['9'], { timeoutMs: 1000 }).catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(CommandError);
    expect((timeout as CommandError).timedOut).toBe(true);
    expect((timeout as CommandError).message).toBe('`sleep 9` timed out after 1s and was killed');
    const controller = new AbortController();
    const pending = fake.run('wait', [], { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ cancelled: true });
  });

  it('computes replies from the call and feeds line callbacks, masked', async () => {
    const masker = new SecretMasker();
    masker.add('sekrit');
    const fake = new FakeCommandRunner(masker).on('echo', undefined, (call) => ({
      stdout: `${call.args.join(' ')}\nsecond\r\n`,
    }));
    const lines: string[] = [];
    const result = await fake.run('echo', ['pw', 'sekrit'], { onStdoutLine: (l) => lines.push(l) });
    expect(lines).toEqual(['pw ***', 'second']);
    expect(result.command).toBe("echo pw '***'");
  });

  it('throws on an unexpected command, listing its rules', async () => {
    const fake = new FakeCommandRunner().on('a', ['b'], {});
    await expect(fake.run('rm', ['-rf', '/'])).rejects.toThrow(/no rule for `rm -rf \/`\. Rules:\n {2}a b/);
  });

  it('can simulate a spawn failure', async () => {
    const enoent = new Error('not found');
    const fake = new FakeCommandRunner().on('kubectl', undefined, { throws: enoent });
    await expect(fake.run('kubectl', [])).rejects.toBe(enoent);
  });
});
