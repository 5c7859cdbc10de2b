import { spawnSync } from 'node:child_process';

import { describe, expect, it } from '@jest/globals';

import { remoteCommand, SshClient, SshNotReadyError, waitForSsh } from '../../src/openstack/ssh.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';

const target = { host: '172.24.4.10', user: 'centos', keyPath: '/k/id', knownHostsPath: '/k/known_hosts' };

describe('remoteCommand', () => {
  it('quotes every word so the remote shell sees exactly the argument list', () => {
    const argv = ['printf', '%s|', "it's", 'a b', '$(id)', '`x`', '"q"', '', 'plain-1.2/x'];
    const sh = spawnSync('/bin/sh', ['-c', remoteCommand(argv)], { encoding: 'utf8' });
    expect(sh.stdout).toBe(`it's|a b|$(id)|\`x\`|"q"||plain-1.2/x|`);
    expect(() => remoteCommand([])).toThrow(/empty/);
  });
});

describe('SshClient', () => {
  it('runs ssh with key-only, batch, per-run known_hosts options and the quoted command', async () => {
    const runner = new FakeCommandRunner();
    runner.on('ssh', undefined, { stdout: 'ok\n' });
    const ssh = new SshClient(runner, target);
    await ssh.run(['cat', 'a file']);
    const call = runner.calls[0]!;
    expect(call.command).toBe('ssh');
    expect(call.args).toEqual(
      expect.arrayContaining([
        '-i',
        '/k/id',
        'BatchMode=yes',
        'StrictHostKeyChecking=accept-new',
        'UserKnownHostsFile=/k/known_hosts',
        '-n',
        'centos@172.24.4.10',
      ]),
    );
    expect(call.args.slice(-2)).toEqual(['--', "cat 'a file'"]);
    await ssh.writeFile('/etc/x.conf', 'data', { sudo: true });
    expect(runner.calls[1]!.args).not.toContain('-n');
    expect(runner.calls[1]!.args.at(-1)).toBe('sudo -n install -m 0644 /dev/stdin /etc/x.conf');
  });
});

describe('waitForSsh', () => {
  it('retries with doubling intervals until ssh answers', async () => {
    const runner = new FakeCommandRunner();
    runner.on(
      'ssh',
      undefined,
      { exitCode: 255, stderr: 'ssh: connect to host 172.24.4.10 port 22: Connection refused' },
      { times: 2 },
    );
    runner.on('ssh', undefined, { stdout: '' });
    const slept: number[] = [];
    let now = 0;
    const logger = new RecordingLogger();
    const r = await waitForSsh(new SshClient(runner, target), {
      timeoutMs: 60_000,
      logger,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
      now: () => now,
    });
    expect(r.attempts).toBe(3);
    expect(slept).toEqual([2000, 4000]);
    expect(logger.text()).toMatch(/connection refused \(sshd not listening yet\)/);
  });

  it('gives up at the timeout naming the attempts and the last reason', async () => {
    const runner = new FakeCommandRunner();
    runner.on('ssh', undefined, { exitCode: 255, stderr: 'centos@172.24.4.10: Permission denied (publickey).' });
    let now = 0;
    const err = await waitForSsh(new SshClient(runner, target), {
      timeoutMs: 30_000,
      sleep: async (ms) => {
        now += ms;
      },
      now: () => now,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SshNotReadyError);
    expect((err as Error).message).toMatch(
      /SSH to centos@172\.24\.4\.10 was not ready after 30 s \(\d+ attempts\); last error: the key was refused/,
    );
  });
});
