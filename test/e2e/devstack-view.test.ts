/**
 * The sandbox as the toolkit sees it through the real `openstack` CLI: DevStack's clouds, users, projects,
 * catalogue, networks, router, subnet pool, flavors, image and security groups
 * (docs/devstack-operations.md#credentials, docs/nested-topology.md#trunk-vm-procedure,
 * docs/nested-topology.md#kuryr-objects), and a namespace that holds every listener and has no way out of the machine.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals';

import { DEVSTACK_CLOUDS } from '../../src/sandbox/clouds.js';
import { PORTS, SANDBOX } from '../../src/sandbox/config.js';
import { Namespace } from '../../src/sandbox/netns.js';
import { host, inParallel, os, sandboxState } from './cloud.js';

jest.setTimeout(180_000);

type Row = Record<string, unknown>;
const ADMIN = 'devstack-admin';

let projects: Record<string, string>;

beforeAll(async () => {
  sandboxState();
  const list = await os<{ ID: string; Name: string }[]>(ADMIN, 'project', 'list');
  projects = Object.fromEntries(list.map((p) => [p.Name, p.ID]));
});

describe('credentials (clouds.yaml)', () => {
  it('authenticates every DevStack cloud name with the scope DevStack gives it', async () => {
    const tokens = await inParallel(
      DEVSTACK_CLOUDS.map(
        ([cloud]) =>
          () =>
            os<Row>(cloud, 'token', 'issue'),
      ),
    );
    DEVSTACK_CLOUDS.forEach(([cloud, , project], i) => {
      const token = tokens[i] ?? {};
      expect({ cloud, id: typeof token.id }).toEqual({ cloud, id: 'string' });
      if (project === null) expect({ cloud, project: token.project_id }).toEqual({ cloud, project: undefined });
      else expect({ cloud, project: token.project_id }).toEqual({ cloud, project: projects[project] });
    });
  });

  it('has the admin and demo users and projects, demo being a member of demo', async () => {
    expect(Object.keys(projects)).toEqual(
      expect.arrayContaining(['admin', 'demo', 'alt_demo', 'service', 'invisible_to_admin']),
    );
    const [users, roles] = await Promise.all([
      os<{ Name: string }[]>(ADMIN, 'user', 'list'),
      os<{ Role: string }[]>(ADMIN, 'role', 'assignment', 'list', '--user', 'demo', '--project', 'demo', '--names'),
    ]);
    expect(users.map((u) => u.Name)).toEqual(
      expect.arrayContaining(['admin', 'demo', 'alt_demo', 'nova', 'neutron', 'glance', 'placement']),
    );
    expect(roles.map((r) => r.Role).sort()).toEqual(['anotherrole', 'member']);
  });

  it('lists every service in the catalogue', async () => {
    const catalog = await os<{ Type: string }[]>(ADMIN, 'catalog', 'list');
    const types = catalog.map((s) => s.Type);
    const expected = ['identity', 'network', 'compute', 'placement', 'image'];
    if (sandboxState().octavia) expected.push('load-balancer');
    expect(types).toEqual(expect.arrayContaining(expected));
  });
});

describe('networks (create_neutron_initial_network)', () => {
  it('has the external flat network public with 172.24.4.0/24, gateway 172.24.4.1 and the default pool', async () => {
    const [net, subnet] = await Promise.all([
      os<Row>(ADMIN, 'network', 'show', 'public'),
      os<Row>(ADMIN, 'subnet', 'show', 'public-subnet'),
    ]);
    expect(net).toMatchObject({
      'router:external': true,
      is_default: true,
      'provider:network_type': 'flat',
      'provider:physical_network': 'public',
      project_id: projects.admin,
    });
    expect(subnet).toMatchObject({
      cidr: '172.24.4.0/24',
      gateway_ip: '172.24.4.1',
      enable_dhcp: false,
      allocation_pools: [{ start: '172.24.4.2', end: '172.24.4.254' }],
      network_id: net.id,
    });
  });

  it('carries the public gateway on br-ex inside the namespace; besides the data plane (network bridges, taps, the internet veth) no interface and no route out', async () => {
    const ns = new Namespace(host, sandboxState().namespace);
    const [links, routes, addr] = await Promise.all([
      ns.links(),
      ns.routes(),
      host.run('ip', ['-n', ns.name, '-j', 'address', 'show', 'dev', SANDBOX.bridge.name]),
    ]);
    // kb* = a Neutron network's bridge, tp*/tv* = a port's or a VLAN subport's host side (sandbox/README.md, Data
    // plane), kubelet* = the kubelet port of a baremetal Kuryr host (Neutron port kubelet-<host>, sandbox/kuryr)
    const dataPlane = /^(kb|tp|tv)[0-9a-f]+$|^kubelet[0-9a-f]{7}$/;
    expect(links.filter((l) => !dataPlane.test(l)).sort()).toEqual(['br-ex', 'inet0', 'lo']);
    const info =
      (JSON.parse(addr.stdout) as { addr_info: { local: string; prefixlen: number; family: string }[] }[])[0]
        ?.addr_info ?? [];
    expect(info.filter((a) => a.family === 'inet').map((a) => `${a.local}/${a.prefixlen}`)).toEqual(['172.24.4.1/24']);
    expect(routes.filter((r) => r.dst === 'default')).toEqual([]);
    // the only routes through a gateway are the kubelet port's to the service subnet via the pod subnet's router
    // (inside the sandbox, as on a baremetal Kuryr host); nothing routes out of the machine
    const viaGateway = routes.filter((r) => r.gateway !== undefined);
    expect(viaGateway.filter((r) => !/^kubelet[0-9a-f]{7}$/.test(r.dev ?? ''))).toEqual([]);
  });

  it('keeps every listener inside the namespace, none in the machine`s own', async () => {
    const ns = sandboxState().namespace;
    // `ss -ltnH`: State Recv-Q Send-Q Local:Port Peer:Port
    const ports = (out: string): number[] =>
      out
        .split('\n')
        .filter(Boolean)
        .map((line) => line.trim().split(/\s+/)[3] ?? '')
        .map((local) => Number(local.slice(local.lastIndexOf(':') + 1)));
    const [inside, outside] = await Promise.all([
      host.run('ip', ['netns', 'exec', ns, 'ss', '-ltnH']),
      host.run('ss', ['-ltnH']),
    ]);
    const ours: number[] = Object.values(PORTS).filter((p) => sandboxState().octavia || p !== PORTS.octavia);
    expect(ports(inside.stdout)).toEqual(expect.arrayContaining(ours));
    expect(ports(outside.stdout).filter((p) => ours.includes(p))).toEqual([]);
  });

  it('has the shared default subnet pool and private-subnet carved from it for project demo', async () => {
    const [pool, net, subnet] = await Promise.all([
      os<Row>(ADMIN, 'subnet', 'pool', 'show', 'shared-default-subnetpool-v4'),
      os<Row>(ADMIN, 'network', 'show', 'private'),
      os<Row>(ADMIN, 'subnet', 'show', 'private-subnet'),
    ]);
    expect(pool).toMatchObject({
      prefixes: ['10.0.0.0/22'],
      default_prefixlen: 26,
      shared: true,
      is_default: true,
      ip_version: 4,
    });
    expect(net).toMatchObject({ project_id: projects.demo, 'router:external': false });
    expect(subnet).toMatchObject({
      cidr: '10.0.0.0/26',
      gateway_ip: '10.0.0.1',
      subnetpool_id: pool.id,
      network_id: net.id,
      project_id: projects.demo,
    });
  });

  it('has router1 of project demo with its gateway on public and an interface on private-subnet', async () => {
    const [router, subnet, pub] = await Promise.all([
      os<Row>(ADMIN, 'router', 'show', 'router1'),
      os<Row>(ADMIN, 'subnet', 'show', 'private-subnet'),
      os<Row>(ADMIN, 'network', 'show', 'public'),
    ]);
    expect(router.project_id).toBe(projects.demo);
    const gw = router.external_gateway_info as { network_id: string; external_fixed_ips: { ip_address: string }[] };
    expect(gw.network_id).toBe(pub.id);
    expect(gw.external_fixed_ips.some((ip) => /^172\.24\.4\.\d+$/.test(ip.ip_address))).toBe(true);
    const interfaces = router.interfaces_info as { subnet_id: string; ip_address: string }[];
    expect(interfaces).toContainEqual(expect.objectContaining({ subnet_id: subnet.id, ip_address: '10.0.0.1' }));
  });
});

describe('octavia (octavia_init)', () => {
  it('has the amphora management network lb-mgmt-net and its security groups', async () => {
    if (!sandboxState().octavia) throw new Error('the sandbox runs without Octavia');
    const [subnet, groups] = await Promise.all([
      os<Row>(ADMIN, 'subnet', 'show', 'lb-mgmt-subnet'),
      os<{ Name: string }[]>(ADMIN, 'security', 'group', 'list', '--project', projects.admin ?? ''),
    ]);
    expect(subnet).toMatchObject({
      cidr: '192.168.0.0/24',
      allocation_pools: [{ start: '192.168.0.2', end: '192.168.0.200' }],
    });
    expect(groups.map((g) => g.Name)).toEqual(expect.arrayContaining(['lb-mgmt-sec-grp', 'lb-health-mgr-sec-grp']));
  });
});

describe('compute and image', () => {
  it('has the flavors ds4G (d4: 4096 MB, 20 GB, 4 vCPUs) and m1.tiny', async () => {
    const [ds4g, tiny] = await Promise.all([
      os<Row>(ADMIN, 'flavor', 'show', 'ds4G'),
      os<Row>(ADMIN, 'flavor', 'show', 'm1.tiny'),
    ]);
    expect(ds4g).toMatchObject({ id: 'd4', ram: 4096, disk: 20, vcpus: 4, 'os-flavor-access:is_public': true });
    expect(tiny).toMatchObject({ id: '1', ram: 512, disk: 1, vcpus: 1 });
  });

  it('has an active public image that the demo user can see', async () => {
    const images = await os<{ Name: string; Status: string }[]>('devstack', 'image', 'list');
    expect(images).toContainEqual({ ID: expect.any(String), Name: SANDBOX.imageName, Status: 'active' });
  });

  it('has the default security group in project demo', async () => {
    const groups = await os<{ Name: string; Project: string }[]>('devstack', 'security', 'group', 'list');
    expect(groups).toContainEqual(expect.objectContaining({ Name: 'default', Project: projects.demo }));
  });
});
