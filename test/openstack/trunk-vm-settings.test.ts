import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  DEFAULT_KEY_NAME,
  parseSecurityRules,
  parseSubports,
  readTrunkVmSettings,
} from '../../src/openstack/trunk-vm-settings.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { Inputs, recordInputSource } from '../../src/runtime/inputs.js';

/** A workspace with a fragment file, a binary file, a clouds.yaml and a DevStack checkout (stack.sh). */
const ws = mkdtempSync(join(tmpdir(), 'kdf-trunk-vm-settings-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));
mkdirSync(join(ws, 'ci'));
writeFileSync(join(ws, 'ci', 'overcloud.conf'), '[[local|localrc]]\nY=2\n');
writeFileSync(join(ws, 'ci', 'binary.conf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0xff, 0xfe]));
const DEVSTACK = join(ws, 'devstack');
mkdirSync(DEVSTACK);
writeFileSync(join(DEVSTACK, 'stack.sh'), '#!/bin/bash\n');
mkdirSync(join(ws, 'not-devstack'));
writeFileSync(
  join(ws, 'clouds.yaml'),
  'clouds:\n  devstack:\n    auth:\n      password: fromClouds1\n  odd:\n    auth:\n      password: "p w;x"\n',
);

const read = (values: Record<string, string>) => readTrunkVmSettings(new Inputs(recordInputSource(values)), ws);

/** The ConfigurationError `fn` throws (fails the test when it does not throw one). */
function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return err as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('readTrunkVmSettings', () => {
  it('applies the defaults of docs/nested-topology.md#trunk-vm-procedure with only the image given', () => {
    expect(read({ image: 'centos7' })).toEqual({
      cloud: 'devstack',
      cloudsYaml: undefined,
      imageUrl: undefined,
      imageDiskFormat: 'qcow2',
      sshUser: 'centos',
      overcloud: undefined,
      keep: false,
      vm: {
        image: 'centos7',
        flavor: 'ds4G',
        network: 'private',
        externalNetwork: 'public',
        securityGroup: 'default',
        securityRules: [{ protocol: 'icmp' }, { protocol: 'tcp', dstPort: 22 }],
        serverName: 'overcloud_vm',
        portName: 'port0',
        trunkName: 'trunk0',
        keypairName: DEFAULT_KEY_NAME,
        subportVlanIds: [],
        reuse: false,
        bootTimeoutMs: 10 * 60_000,
      },
    });
  });

  it('reads every input', () => {
    expect(
      read({
        'os-cloud': 'devstack-admin',
        'clouds-yaml': '/etc/openstack/clouds.yaml',
        image: 'centos7',
        'image-url': 'https://example.invalid/c7.qcow2',
        flavor: 'm1.large',
        network: 'net1',
        'external-network': 'ext',
        'port-name': 'p0',
        'trunk-name': 't0',
        'server-name': 'vm1',
        'key-name': 'kp1',
        'ssh-user': 'cloud-user',
        subports: '101, 102\n103',
        'security-rules': 'tcp/22, ICMP, udp/9090, tcp/22',
        'boot-timeout-minutes': '25',
        'image-disk-format': 'raw',
        overcloud: 'true',
        'overcloud-profile': 'overcloud-nested-vlan',
        'overcloud-release': 'kuryr-last',
        'overcloud-local-conf': '[[local|localrc]]\nX=1',
        'overcloud-local-conf-file': 'ci/overcloud.conf',
        'overcloud-service-host': '192.168.1.10',
        'overcloud-kuryr-conf': '/etc/kuryr/k.conf',
        'overcloud-timeout-minutes': '90',
        'admin-password': 'pw',
        'devstack-dir': DEVSTACK,
        'git-base': 'file:///srv/gb',
        keep: 'true',
        reuse: 'True',
      }),
    ).toEqual({
      cloud: 'devstack-admin',
      cloudsYaml: '/etc/openstack/clouds.yaml',
      imageUrl: 'https://example.invalid/c7.qcow2',
      imageDiskFormat: 'raw',
      sshUser: 'cloud-user',
      overcloud: {
        profile: 'overcloud-nested-vlan',
        release: 'kuryr-last',
        localConf: '[[local|localrc]]\nX=1',
        localConfFile: 'ci/overcloud.conf',
        serviceHost: '192.168.1.10',
        adminPassword: 'pw',
        gitBase: 'file:///srv/gb',
        devstackDir: DEVSTACK,
        kuryrConfPath: '/etc/kuryr/k.conf',
        timeoutMinutes: 90,
      },
      keep: true,
      vm: {
        image: 'centos7',
        flavor: 'm1.large',
        network: 'net1',
        externalNetwork: 'ext',
        securityGroup: 'default',
        securityRules: [{ protocol: 'tcp', dstPort: 22 }, { protocol: 'icmp' }, { protocol: 'udp', dstPort: 9090 }],
        serverName: 'vm1',
        portName: 'p0',
        trunkName: 't0',
        keypairName: 'kp1',
        subportVlanIds: [101, 102, 103],
        reuse: true,
        bootTimeoutMs: 25 * 60_000,
      },
    });
  });

  it.each([
    [{}, 'image', /required/],
    [{ image: 'i', subports: '100, 4095' }, 'subports', /4095/],
    [{ image: 'i', subports: 'ten' }, 'subports', /ten/],
    [{ image: 'i', subports: '100,100' }, 'subports', /twice/],
    [{ image: 'i', 'security-rules': 'icmp, tcp/80' }, 'security-rules', /must include tcp\/22/],
    [{ image: 'i', 'security-rules': 'tcp' }, 'security-rules', /tcp\/PORT/],
    [{ image: 'i', 'image-url': 'ftp://x/y.img' }, 'image-url', /http/],
    [{ image: 'i', 'image-disk-format': 'tar' }, 'image-disk-format', /disk format/],
    [{ image: 'i', 'ssh-user': 'root; id' }, 'ssh-user', /user name/],
    [{ image: 'i', overcloud: 'true', 'overcloud-timeout-minutes': '0' }, 'overcloud-timeout-minutes', /integer/],
    [{ image: 'i', 'security-rules': 'icmp/22' }, 'security-rules', /icmp\/22/],
    [{ image: 'i', 'security-rules': 'sctp' }, 'security-rules', /sctp/],
    [{ image: 'i', 'boot-timeout-minutes': '0' }, 'boot-timeout-minutes', /integer/],
    [{ image: 'i', 'boot-timeout-minutes': '5m' }, 'boot-timeout-minutes', /integer/],
    [{ image: 'i', overcloud: 'yes' }, 'overcloud', /boolean/],
    [{ image: 'i', keep: 'yes' }, 'keep', /boolean/],
    [{ image: 'i', reuse: '1' }, 'reuse', /boolean/],
  ] as [Record<string, string>, string, RegExp][])('rejects %j naming %s', (values, input, message) => {
    const err = configError(() => read(values));
    expect(err.input).toBe(input);
    expect(err.message).toContain(`'${input}'`);
    expect(err.message).toMatch(message);
  });
});

describe('readTrunkVmSettings: the overcloud inputs are checked before any cloud call', () => {
  const overcloud = (values: Record<string, string>) =>
    read({ image: 'i', overcloud: 'true', 'devstack-dir': DEVSTACK, ...values });

  it('takes the admin password from the cloud in clouds.yaml when admin-password is empty', () => {
    expect(overcloud({}).overcloud).toMatchObject({
      profile: 'overcloud-nested-vlan',
      adminPassword: 'fromClouds1',
      devstackDir: DEVSTACK,
    });
  });

  it.each([
    [{ 'overcloud-profile': 'dragonflow' }, 'overcloud-profile', /must be one of: overcloud-nested-vlan/],
    [{ 'overcloud-profile': 'nope' }, 'overcloud-profile', /nope/],
    [{ 'overcloud-release': 'zed' }, 'overcloud-release', /must be one of: ussuri, kuryr-last.*'zed'/],
    [{ 'overcloud-local-conf-file': 'ci/missing.conf' }, 'overcloud-local-conf-file', /cannot read .*ENOENT/],
    [{ 'overcloud-local-conf-file': 'ci' }, 'overcloud-local-conf-file', /cannot read .*EISDIR/],
    [{ 'overcloud-local-conf-file': '../etc/passwd' }, 'overcloud-local-conf-file', /inside the workspace/],
    [{ 'overcloud-local-conf-file': 'ci/binary.conf' }, 'overcloud-local-conf-file', /is not a text file \(NUL byte/],
    [{ 'admin-password': 'a b' }, 'admin-password', /alphanumeric/],
    [{ 'os-cloud': 'odd' }, 'admin-password', /alphanumeric/],
    [{ 'os-cloud': 'elsewhere' }, 'admin-password', /no password for cloud 'elsewhere'/],
    [{ 'devstack-dir': 'devstack' }, 'devstack-dir', /absolute path/],
    [{ 'devstack-dir': join(ws, 'nowhere') }, 'devstack-dir', /is not a directory/],
    [{ 'devstack-dir': join(ws, 'ci', 'overcloud.conf') }, 'devstack-dir', /is not a directory/],
    [{ 'devstack-dir': join(ws, 'not-devstack') }, 'devstack-dir', /has no stack\.sh/],
  ] as [Record<string, string>, string, RegExp][])('rejects %j naming %s', (values, input, message) => {
    const err = configError(() => overcloud(values));
    expect(err.input).toBe(input);
    expect(err.message).toMatch(message);
  });
});

describe('parseSubports and parseSecurityRules', () => {
  it('accepts the VLAN range bounds and the default rules in any order', () => {
    expect(parseSubports(['1', '4094'])).toEqual([1, 4094]);
    expect(parseSecurityRules([])).toEqual([{ protocol: 'icmp' }, { protocol: 'tcp', dstPort: 22 }]);
    expect(parseSecurityRules(['TCP/22', 'icmp'])).toEqual([{ protocol: 'tcp', dstPort: 22 }, { protocol: 'icmp' }]);
  });

  it('rejects VLAN id 0', () => {
    expect(configError(() => parseSubports(['0'])).input).toBe('subports');
  });
});
