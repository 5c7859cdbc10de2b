/**
 * The nested trunk VM procedure of docs/nested-topology.md#trunk-vm-procedure against the sandbox, as the demo user: a
 * parent port on `private`, a trunk with VLAN subports, a ds4G server on the parent port, a floating IP from `public`.
 * The server, the parent port, the trunk and its subports must all reach ACTIVE, with the subports bound to the
 * server's host as the OVS agent would bind them.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';

import { SANDBOX } from '../../src/sandbox/config.js';
import { inParallel, os, osRun, RUN_ID, sandboxState, waitFor } from './cloud.js';

jest.setTimeout(300_000);

type Row = Record<string, unknown>;
const DEMO = 'devstack';
const ADMIN = 'devstack-admin';
const name = (base: string): string => `e2e-${base}-${RUN_ID}`;

const created = {
  server: false,
  trunk: false,
  ports: [] as string[],
  network: false,
  fip: undefined as string | undefined,
};

let parent: Row;
let subports: Row[];
let trunk: Row;

beforeAll(async () => {
  sandboxState();
  // the subports' VLANs carry another network, as kuryr's pod subports carry k8s-pod-net
  await os(DEMO, 'network', 'create', name('vlan-net'));
  created.network = true;
  await os(
    DEMO,
    'subnet',
    'create',
    '--network',
    name('vlan-net'),
    '--subnet-range',
    '192.0.2.0/24',
    name('vlan-subnet'),
  );
  const ports = await inParallel([
    () => os<Row>(DEMO, 'port', 'create', '--network', 'private', '--security-group', 'default', name('port0')),
    () => os<Row>(DEMO, 'port', 'create', '--network', name('vlan-net'), name('subport101')),
    () => os<Row>(DEMO, 'port', 'create', '--network', name('vlan-net'), name('subport102')),
  ]);
  created.ports.push(name('port0'), name('subport101'), name('subport102'));
  parent = ports[0] ?? {};
  subports = ports.slice(1);
  trunk = await os<Row>(
    DEMO,
    'network',
    'trunk',
    'create',
    '--parent-port',
    name('port0'),
    '--subport',
    `port=${name('subport101')},segmentation-type=vlan,segmentation-id=101`,
    name('trunk0'),
  );
  created.trunk = true;
  // the manual subport of the procedure, added to an existing trunk
  await osRun(
    DEMO,
    'network',
    'trunk',
    'set',
    '--subport',
    `port=${name('subport102')},segmentation-type=vlan,segmentation-id=102`,
    name('trunk0'),
  );
});

afterAll(async () => {
  // leave the shared sandbox as it was, in dependency order; a cleanup failure must not hide a test failure
  const quietly = (fn: () => Promise<unknown>): Promise<unknown> => fn().catch(() => undefined);
  if (created.fip) await quietly(() => osRun(DEMO, 'floating', 'ip', 'delete', created.fip ?? ''));
  if (created.server) await quietly(() => osRun(DEMO, 'server', 'delete', '--wait', name('vm')));
  if (created.trunk) await quietly(() => osRun(DEMO, 'network', 'trunk', 'delete', name('trunk0')));
  if (created.ports.length) await quietly(() => osRun(DEMO, 'port', 'delete', ...created.ports));
  if (created.network) await quietly(() => osRun(DEMO, 'network', 'delete', name('vlan-net')));
});

describe('trunk port with VLAN subports', () => {
  it('is created DOWN with both subports and their VLAN ids', () => {
    expect(trunk).toMatchObject({ name: name('trunk0'), port_id: parent.id, status: 'DOWN' });
  });

  it('lists the subports with their segmentation', async () => {
    const list = await os<Row[]>(DEMO, 'network', 'subport', 'list', '--trunk', name('trunk0'));
    expect(list).toEqual(
      expect.arrayContaining([
        { Port: subports[0]?.id, 'Segmentation Type': 'vlan', 'Segmentation ID': 101 },
        { Port: subports[1]?.id, 'Segmentation Type': 'vlan', 'Segmentation ID': 102 },
      ]),
    );
  });
});

describe('server on the trunk parent port', () => {
  let server: Row;

  beforeAll(async () => {
    server = await os<Row>(
      DEMO,
      'server',
      'create',
      '--flavor',
      'ds4G',
      '--image',
      SANDBOX.imageName,
      '--port',
      name('port0'),
      '--wait',
      name('vm'),
    );
    created.server = true;
  });

  it('reaches ACTIVE on the sandbox compute host', async () => {
    expect(server.status).toBe('ACTIVE');
    const shown = await os<Row>(ADMIN, 'server', 'show', String(server.id));
    expect(shown).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-SRV-ATTR:host': SANDBOX.host,
      flavor: expect.stringContaining('ds4G'),
    });
  });

  it('binds the parent port to that host and makes it ACTIVE', async () => {
    const port = await os<Row>(ADMIN, 'port', 'show', name('port0'));
    expect(port).toMatchObject({
      status: 'ACTIVE',
      binding_host_id: SANDBOX.host,
      binding_vif_type: 'ovs',
      device_id: server.id,
      device_owner: 'compute:nova',
    });
    const details = port.trunk_details as { trunk_id: string; sub_ports: Row[] };
    expect(details.trunk_id).toBe(trunk.id);
    expect(details.sub_ports.map((s) => s.segmentation_id).sort()).toEqual([101, 102]);
  });

  it('takes the trunk to ACTIVE and binds every subport to the same host', async () => {
    const active = await waitFor(
      () => os<Row>(ADMIN, 'network', 'trunk', 'show', name('trunk0')),
      (t) => t.status === 'ACTIVE',
      30_000,
    );
    expect((active.sub_ports as Row[]).length).toBe(2);
    const ports = await inParallel(subports.map((s) => () => os<Row>(ADMIN, 'port', 'show', String(s.id))));
    for (const port of ports) {
      expect(port).toMatchObject({ status: 'ACTIVE', binding_host_id: SANDBOX.host, device_owner: 'trunk:subport' });
    }
  });

  it('gets a floating IP from public on the parent port', async () => {
    const fip = await os<Row>(DEMO, 'floating', 'ip', 'create', '--port', name('port0'), 'public');
    created.fip = String(fip.id);
    const v4 = (parent.fixed_ips as { ip_address: string }[]).find((ip) => ip.ip_address.includes('.'));
    expect(fip).toMatchObject({ port_id: parent.id, fixed_ip_address: v4?.ip_address });
    expect(String(fip.floating_ip_address)).toMatch(/^172\.24\.4\.\d+$/);
  });
});
