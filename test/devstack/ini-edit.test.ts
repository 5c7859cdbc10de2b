import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { getIniOption, removeIniOption, setIniOptions } from '../../src/devstack/ini-edit.js';

const KURYR = `[DEFAULT]
debug = True

[kubernetes]
api_root = https://10.0.0.129:443
# a comment stays
watch_retry_timeout = 1200

[binding]
driver = kuryr.lib.binding.drivers.ovs
`;

describe('setIniOptions', () => {
  it('replaces a key in place, adds a missing key at the end of its section, appends a missing section', () => {
    const out = setIniOptions(KURYR, [
      { section: 'binding', key: 'driver', value: 'kuryr.lib.binding.drivers.vlan' },
      { section: 'binding', key: 'link_iface', value: 'eth0' },
      { section: 'kubernetes', key: 'pod_vif_driver', value: 'nested-vlan' },
      { section: 'pod_vif_nested', key: 'worker_nodes_subnet', value: 'e0f6' },
    ]);
    expect(out).toBe(`[DEFAULT]
debug = True

[kubernetes]
api_root = https://10.0.0.129:443
# a comment stays
watch_retry_timeout = 1200
pod_vif_driver = nested-vlan

[binding]
driver = kuryr.lib.binding.drivers.vlan
link_iface = eth0

[pod_vif_nested]
worker_nodes_subnet = e0f6
`);
    expect(getIniOption(out, 'binding', 'driver')).toBe('kuryr.lib.binding.drivers.vlan');
    expect(getIniOption(out, 'pod_vif_nested', 'worker_nodes_subnet')).toBe('e0f6');
    expect(getIniOption(out, 'binding', 'missing')).toBeUndefined();
    // a key of another section is not touched
    expect(getIniOption(setIniOptions(out, [{ section: 'x', key: 'debug', value: 'no' }]), 'DEFAULT', 'debug')).toBe(
      'True',
    );
  });

  it('is idempotent and works on an empty file', () => {
    const edits = [{ section: 'binding', key: 'link_iface', value: 'eth0' }];
    const once = setIniOptions(KURYR, edits);
    expect(setIniOptions(once, edits)).toBe(once);
    expect(setIniOptions('', edits)).toBe('[binding]\nlink_iface = eth0\n');
  });

  it('refuses values that would inject lines', () => {
    expect(() => setIniOptions(KURYR, [{ section: 'binding', key: 'k', value: 'a\n[DEFAULT]\nx = 1' }])).toThrow(
      /line breaks/,
    );
  });

  it("agrees with python's configparser on the edited file (what oslo.config would read)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-ini-'));
    try {
      const file = join(dir, 'kuryr.conf');
      writeFileSync(
        file,
        setIniOptions(KURYR, [
          { section: 'binding', key: 'link_iface', value: 'eth0.101' },
          { section: 'pod_vif_nested', key: 'worker_nodes_subnets', value: 'abc' },
        ]),
      );
      const py = spawnSync(
        '/usr/bin/python3',
        [
          '-c',
          'import configparser,sys;c=configparser.ConfigParser();c.read(sys.argv[1]);print(c["binding"]["link_iface"],c["binding"]["driver"],c["pod_vif_nested"]["worker_nodes_subnets"])',
          file,
        ],
        { encoding: 'utf8' },
      );
      expect(py.stderr).toBe('');
      expect(py.stdout.trim()).toBe('eth0.101 kuryr.lib.binding.drivers.ovs abc');
      expect(readFileSync(file, 'utf8')).toContain('# a comment stays');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('removes an option from its section only, keeping every other line', () => {
    const text = '[a]\nkey = 1\n# note\nother = 2\n[b]\nkey = 3\n';
    const out = removeIniOption(text, 'a', 'key');
    expect(out).toBe('[a]\n# note\nother = 2\n[b]\nkey = 3\n');
    expect(getIniOption(out, 'a', 'key')).toBeUndefined();
    expect(removeIniOption(out, 'a', 'missing')).toBe(out);
  });
});
