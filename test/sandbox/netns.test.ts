/** Namespace management with a scripted runner (no namespace is created here). */
import { describe, expect, it } from '@jest/globals';

import { Namespace, isValidNamespaceName } from '../../src/sandbox/netns.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';

const NS = 'kdf-unit-none'; // never created: /run/netns/kdf-unit-none does not exist

describe('Namespace', () => {
  it('creates the namespace with loopback up and br-ex carrying the public gateway, in one ip batch', async () => {
    const fake = new FakeCommandRunner()
      .on('ip', ['netns', 'add', NS], {})
      .on('ip', ['-n', NS, '-j', 'link', 'show'], { stdout: '[{"ifname":"lo"}]' })
      .on('ip', ['-n', NS, '-j', 'address', 'show'], {
        stdout: '[{"ifname":"lo","addr_info":[{"local":"127.0.0.1","prefixlen":8}]}]',
      })
      .on('ip', ['-n', NS, '-batch', '-'], {});
    // exists() is false for this name, so links() and addresses() are asked through a namespace that "exists"
    const ns = new (class extends Namespace {
      override exists(): boolean {
        return fake.callsTo('ip').length > 0;
      }
    })(fake, NS);
    await ns.create({ name: 'br-ex', address: '172.24.4.1/24' });
    const batch = fake.callsTo('ip').find((c) => c.args.includes('-batch'));
    expect(batch?.options.input).toBe(
      'link set lo up\nlink add br-ex type bridge\naddress add 172.24.4.1/24 dev br-ex\nlink set br-ex up\n',
    );
  });

  it('leaves an existing bridge and address alone', async () => {
    const fake = new FakeCommandRunner()
      .on('ip', ['-n', NS, '-j', 'link', 'show'], { stdout: '[{"ifname":"lo"},{"ifname":"br-ex"}]' })
      .on('ip', ['-n', NS, '-j', 'address', 'show'], {
        stdout: '[{"ifname":"br-ex","addr_info":[{"local":"172.24.4.1","prefixlen":24}]}]',
      })
      .on('ip', ['-n', NS, '-batch', '-'], {});
    const ns = new (class extends Namespace {
      override exists(): boolean {
        return true;
      }
    })(fake, NS);
    await ns.create({ name: 'br-ex', address: '172.24.4.1/24' });
    expect(fake.callsTo('ip').find((c) => c.args.includes('-batch'))?.options.input).toBe(
      'link set lo up\nlink set br-ex up\n',
    );
    expect(fake.commandLines()).not.toContain(`ip netns add ${NS}`);
  });

  it('asks nothing of a namespace that does not exist', async () => {
    const ns = new Namespace(new FakeCommandRunner(), NS);
    expect(ns.exists()).toBe(false);
    expect(await ns.pids()).toEqual([]);
    expect(await ns.links()).toEqual([]);
    await ns.delete();
  });

  it('accepts only names iproute2 and file names can carry', () => {
    expect(isValidNamespaceName('kdf-sbx')).toBe(true);
    expect(isValidNamespaceName('kdf_sbx.2')).toBe(true);
    for (const bad of ['', '-x', 'a/b', 'a b', 'x'.repeat(33), '../etc']) expect(isValidNamespaceName(bad)).toBe(false);
    expect(() => new Namespace(new FakeCommandRunner(), 'a/b')).toThrow(TypeError);
  });
});
