/** The one network-namespace runner: argv, options and environment with a scripted runner, then once for real. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { ProcessCommandRunner } from '../../src/runtime/process-runner.js';
import { inNetns, NetnsCommandRunner, netnsExecArgv } from '../../src/runtime/netns-runner.js';
import { SecretMasker } from '../../src/runtime/secrets.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';

describe('NetnsCommandRunner with a scripted runner', () => {
  it('runs the command inside the namespace with its environment under the caller`s', async () => {
    const fake = new FakeCommandRunner().on('ip', ['netns', 'exec', 'kdf-sbx', 'openstack', 'network', 'list'], {
      stdout: '[]',
    });
    const runner = new NetnsCommandRunner(fake, 'kdf-sbx', {
      env: { OS_CLIENT_CONFIG_FILE: '/s/clouds.yaml', OS_CLOUD: 'devstack' },
    });
    const result = await runner.run('openstack', ['network', 'list'], { env: { OS_CLOUD: 'devstack-admin' } });
    expect(result.stdout).toBe('[]');
    const call = fake.callsTo('ip')[0];
    expect(call?.options.env).toEqual({ OS_CLIENT_CONFIG_FILE: '/s/clouds.yaml', OS_CLOUD: 'devstack-admin' });
    expect(call?.options.label).toBe('openstack');
  });

  it('passes timeouts, signals, stdin and the caller`s label through, and adds no env of its own', async () => {
    const fake = new FakeCommandRunner().on('ip', ['netns', 'exec', 'ns1', 'ssh', '-p', '22', 'host'], {});
    const signal = new AbortController().signal;
    await new NetnsCommandRunner(fake, 'ns1').run('ssh', ['-p', '22', 'host'], {
      timeoutMs: 1234,
      signal,
      input: 'data',
      label: 'vm ssh',
      allowedExitCodes: [0, 255],
    });
    const options = fake.callsTo('ip')[0]?.options;
    expect(options).toMatchObject({ timeoutMs: 1234, signal, input: 'data', label: 'vm ssh' });
    expect(options?.allowedExitCodes).toEqual([0, 255]);
    expect(options && 'env' in options).toBe(false);
  });

  it('keeps a failure the inner runner reports (exit code and masked command line)', async () => {
    const masker = new SecretMasker();
    masker.add('s3cret-token');
    const fake = new FakeCommandRunner(masker).on('ip', undefined, { exitCode: 2, stderr: 'no such namespace' });
    const call = new NetnsCommandRunner(fake, 'gone').run('curl', ['-H', 'X-Auth: s3cret-token', 'http://x']);
    await expect(call).rejects.toMatchObject({ exitCode: 2 });
    await expect(call).rejects.toThrow(/ip netns exec gone curl -H 'X-Auth: \*\*\*' .*no such namespace/);
  });

  it('refuses a name ip would read as an option or a path', () => {
    for (const bad of ['', '-all', 'a/b', '../x']) {
      expect(() => new NetnsCommandRunner(new FakeCommandRunner(), bad)).toThrow(TypeError);
    }
  });

  it('inNetns returns the inner runner itself without a namespace', async () => {
    const fake = new FakeCommandRunner().on('openstack', ['token', 'issue'], {});
    expect(inNetns(fake, undefined)).toBe(fake);
    expect(inNetns(fake, '')).toBe(fake);
    const wrapped = inNetns(fake, 'kdf-sbx');
    expect(wrapped).toBeInstanceOf(NetnsCommandRunner);
    await expect(wrapped.run('openstack', ['token', 'issue'])).rejects.toThrow(/no rule/i);
  });

  it('netnsExecArgv is the same vector as data', () => {
    expect(netnsExecArgv('ns1', ['iptables', '-t', 'nat'])).toEqual([
      'ip',
      'netns',
      'exec',
      'ns1',
      'iptables',
      '-t',
      'nat',
    ]);
  });
});

describe('one place builds ip netns exec', () => {
  it('no src file but runtime/netns-runner.ts spells the argv out', () => {
    const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    // 'netns', 'exec' with any quotes and spacing, line breaks included (a prefix array or an argv literal)
    const literal = /['"`]netns['"`]\s*,\s*['"`]exec['"`]/;
    const builders = files(src)
      .filter((f) => literal.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(src.length + 1));
    expect(builders).toEqual(['runtime/netns-runner.ts']);
  });
});

// A namespace of the test's own, loopback only and no route out; needs root (CAP_SYS_ADMIN) and iproute2.
const NS = `kdf-t-${process.pid}`;
const root = process.getuid?.() === 0;
const realIt = root ? it : it.skip;
if (!root) console.warn('netns-runner: real namespace test skipped: creating a network namespace needs root');

describe('NetnsCommandRunner for real', () => {
  beforeAll(() => {
    if (root) execFileSync('ip', ['netns', 'add', NS]);
  });
  afterAll(() => {
    if (root) execFileSync('ip', ['netns', 'delete', NS]);
  });

  realIt('runs `ip -j addr` inside the namespace, which holds loopback only', async () => {
    const runner = new NetnsCommandRunner(new ProcessCommandRunner(), NS);
    const { stdout } = await runner.run('ip', ['-j', 'addr'], { timeoutMs: 10_000 });
    // a fresh namespace holds only its loopback, down and without an address: not the host's interfaces
    const links = JSON.parse(stdout) as { ifname: string; operstate: string; addr_info: unknown[] }[];
    expect(links.map((l) => [l.ifname, l.operstate, l.addr_info.length])).toEqual([['lo', 'DOWN', 0]]);
  });
});
