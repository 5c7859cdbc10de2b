/** Pins the full daemon table of `serviceDefs` (names, order, argv, env, probes, URLs) for each option set. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sandboxLayout, type SandboxLayout } from '../../src/sandbox/layout.js';
import { allServiceNames, type ServiceDef, serviceDefs } from '../../src/sandbox/services.js';

const STATE = '/var/tmp/kdf-sbx-unit';
const layout = sandboxLayout(process.cwd(), {}, STATE);

/**
 * Replaces the machine-dependent parts with placeholders: the checkout path, and mariadb's LD_PRELOAD (set only where
 * libeatmydata is installed).
 */
function portable(defs: ServiceDef[]): unknown {
  const text = JSON.stringify(defs).split(process.cwd()).join('<repo>');
  const parsed = JSON.parse(text) as ServiceDef[];
  for (const def of parsed) {
    if (def.env?.LD_PRELOAD !== undefined || def.name === 'mariadb')
      def.env = { ...def.env, LD_PRELOAD: '<eatmydata>' };
  }
  return parsed;
}

describe('serviceDefs', () => {
  it('lists every daemon with its argv, env, probe and URL (octavia on, default namespace)', () => {
    expect(portable(serviceDefs(layout, { octavia: true }))).toMatchSnapshot();
  });

  it('preloads libeatmydata into mariadb only, when it is installed', () => {
    const defs = serviceDefs(layout, { octavia: false });
    const preload = defs.filter((d) => d.env?.LD_PRELOAD !== undefined);
    expect(preload.map((d) => d.name)).toEqual(preload.length ? ['mariadb'] : []);
    for (const d of preload) expect(d.env?.LD_PRELOAD).toMatch(/\/libeatmydata\.so$/);
  });

  it('omits octavia and passes the given namespace to the data-plane daemons', () => {
    const defs = serviceDefs(layout, { octavia: false, namespace: 'kdf-y' });
    expect(defs.some((d) => d.component === 'octavia')).toBe(false);
    expect(portable(defs)).toMatchSnapshot();
  });

  it('leaves out the optional kube/kuryr daemons when their programs are missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-services-'));
    try {
      const fake: SandboxLayout = { ...layout, assets: join(dir, 'openstack') };
      const names = serviceDefs(fake, { octavia: false }).map((d) => d.name);
      expect(names).toEqual([
        'mariadb',
        'epmd',
        'rabbitmq',
        'keystone',
        'neutron-server',
        'fake-trunk-agent',
        'placement',
        'glance-api',
        'nova-conductor',
        'nova-scheduler',
        'nova-api',
        'nova-compute',
        'nova-compute-broken',
        'vlan-switch',
        'inet-host',
        'compute-emulator',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every daemon that can exist for down and status', () => {
    expect(allServiceNames(layout)).toEqual(serviceDefs(layout, { octavia: true }).map((d) => d.name));
    expect(allServiceNames(layout)).toContain('octavia-api');
  });
});
