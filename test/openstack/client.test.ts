import { describe, expect, it } from '@jest/globals';

import { OpenStackClient } from '../../src/openstack/client.js';
import { NetnsCommandRunner } from '../../src/runtime/netns-runner.js';
import { OpenStackError } from '../../src/openstack/errors.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';
import { fixture } from './fixtures.js';

const PREFIX = ['netns', 'exec', 'kdf-sbx'];

function setup(): { runner: FakeCommandRunner; client: OpenStackClient; sleeps: number[] } {
  const runner = new FakeCommandRunner();
  const sleeps: number[] = [];
  const client = new OpenStackClient({
    runner: new NetnsCommandRunner(runner, 'kdf-sbx'),
    cloud: 'devstack',
    cloudsYaml: '/tmp/clouds.yaml',
    timeoutMs: 5000,
    retry: { attempts: 3, baseDelayMs: 100 },
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  });
  return { runner, client, sleeps };
}

const os = (...args: string[]): string[] => [...PREFIX, 'openstack', '--os-cloud', 'devstack', ...args];

describe('OpenStackClient', () => {
  it('runs through the prefix with --os-cloud, -f json, the clouds.yaml and the timeout', async () => {
    const { runner, client } = setup();
    runner.on('ip', os('flavor', 'show', 'ds4G', '-f', 'json'), { stdout: fixture('flavor-show.json') });
    await expect(client.flavorShow('ds4G')).resolves.toMatchObject({ id: 'd4', ram: 4096 });
    expect(runner.calls[0]?.options).toMatchObject({
      timeoutMs: 5000,
      env: { OS_CLIENT_CONFIG_FILE: '/tmp/clouds.yaml' },
    });
  });

  it('retries a transient failure with backoff, then succeeds', async () => {
    const { runner, client, sleeps } = setup();
    runner.once('ip', undefined, { exitCode: 1, stderr: fixture('connection-refused.err') });
    runner.once('ip', undefined, { exitCode: 1, stderr: 'HttpException: 503, Service Unavailable' });
    runner.on('ip', undefined, { stdout: fixture('image-show.json') });
    await expect(client.imageShow('cirros-0.6.2-x86_64-disk')).resolves.toMatchObject({ status: 'active' });
    expect(runner.calls).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('gives up after the attempts with the API message', async () => {
    const { runner, client } = setup();
    runner.on('ip', undefined, { exitCode: 1, stderr: fixture('connection-refused.err') });
    const call = client.imageShow('x');
    await expect(call).rejects.toBeInstanceOf(OpenStackError);
    await expect(call).rejects.toMatchObject({ transient: true, exitCode: 1 });
    await expect(call).rejects.toThrow(/after 3 attempts.*Unable to establish connection/);
    expect(runner.calls).toHaveLength(3);
  });

  it('never retries a 4xx or a not-found', async () => {
    const { runner, client } = setup();
    runner.on('ip', undefined, { exitCode: 1, stderr: fixture('flavor-show-missing.err') });
    await expect(client.flavorShow('nope')).rejects.toMatchObject({
      notFound: true,
      transient: false,
      apiMessage: 'No Flavor found for no-such-flavor',
    });
    expect(runner.calls).toHaveLength(1);
  });

  it('find answers undefined for a missing object; delete answers false', async () => {
    const { runner, client } = setup();
    runner.on('ip', os('port', 'show', 'port0', '-f', 'json'), {
      exitCode: 1,
      stderr: fixture('port-show-missing.err'),
    });
    runner.on('ip', os('port', 'delete', 'port0'), { exitCode: 1, stderr: fixture('port-delete-missing.err') });
    await expect(client.find((n) => client.portShow(n), 'port0')).resolves.toBeUndefined();
    await expect(client.portDelete('port0')).resolves.toBe(false);
  });

  it('trunk set passes the subport spec and expects no output', async () => {
    const { runner, client } = setup();
    runner.on('ip', undefined, { stdout: '' });
    await client.trunkSet('trunk0', [{ port: 'sub', segmentationId: 102 }]);
    await client.trunkUnset('trunk0', ['sub']);
    expect(runner.calls.map((c) => c.args)).toEqual([
      os('network', 'trunk', 'set', '--subport', 'port=sub,segmentation-type=vlan,segmentation-id=102', 'trunk0'),
      os('network', 'trunk', 'unset', '--subport', 'sub', 'trunk0'),
    ]);
  });

  it('server create uses --nic port-id and the key pair', async () => {
    const { runner, client } = setup();
    runner.on('ip', undefined, { stdout: fixture('server-create.json') });
    await expect(
      client.serverCreate('vm', { image: 'i', flavor: 'f', portId: 'p', keyName: 'k' }),
    ).resolves.toMatchObject({
      status: 'BUILD',
    });
    expect(runner.calls[0]?.args).toEqual(
      os(
        'server',
        'create',
        '--image',
        'i',
        '--flavor',
        'f',
        '--nic',
        'port-id=p',
        '--key-name',
        'k',
        'vm',
        '-f',
        'json',
      ),
    );
  });

  it('keypair create reads the PEM the CLI prints, then shows the fingerprint', async () => {
    const { runner, client } = setup();
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n';
    runner.on('ip', os('keypair', 'create', 'kp'), { stdout: pem });
    runner.on('ip', os('keypair', 'show', 'kp', '-f', 'json'), { stdout: fixture('keypair-show.json') });
    await expect(client.keypairCreate('kp')).resolves.toMatchObject({
      privateKey: pem,
      fingerprint: expect.any(String),
    });
  });

  describe('ensureSecurityGroupRule', () => {
    it('skips an existing equal rule', async () => {
      const { runner, client } = setup();
      runner.on('ip', os('security', 'group', 'rule', 'list', 'default', '-f', 'json'), {
        stdout: fixture('sg-rule-list-long.json'),
      });
      await expect(client.ensureSecurityGroupRule('default', { protocol: 'icmp' })).resolves.toMatchObject({
        created: false,
        rule: { id: 'a3b41a63-8816-4054-b63f-d95a21474e47' },
      });
      expect(runner.calls).toHaveLength(1);
    });

    it('creates a missing rule (tcp/22 is not tcp/2222)', async () => {
      const { runner, client } = setup();
      runner.on('ip', os('security', 'group', 'rule', 'list', 'default', '-f', 'json'), {
        stdout: fixture('sg-rule-list-long.json'),
      });
      runner.on('ip', (args) => args.includes('create'), { stdout: fixture('sg-rule-create.json') });
      await expect(client.ensureSecurityGroupRule('default', { protocol: 'tcp', dstPort: 22 })).resolves.toMatchObject({
        created: true,
      });
      expect(runner.calls[1]?.args).toEqual(
        os(
          'security',
          'group',
          'rule',
          'create',
          '--ingress',
          '--ethertype',
          'IPv4',
          '--protocol',
          'tcp',
          '--remote-ip',
          '0.0.0.0/0',
          '--dst-port',
          '22',
          'default',
          '-f',
          'json',
        ),
      );
    });

    it('treats a 409 race as present', async () => {
      const { runner, client } = setup();
      runner.once('ip', (args) => args.includes('list'), { stdout: '[]' });
      runner.once('ip', (args) => args.includes('create'), {
        exitCode: 1,
        stderr: fixture('sg-rule-create-conflict.err'),
      });
      runner.once('ip', (args) => args.includes('list'), { stdout: fixture('sg-rule-list-long.json') });
      await expect(client.ensureSecurityGroupRule('default', { protocol: 'icmp' })).resolves.toMatchObject({
        created: false,
      });
      expect(runner.calls).toHaveLength(3);
    });
  });
});
