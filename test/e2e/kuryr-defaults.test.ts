/**
 * What the kuryr-kubernetes devstack plugin leaves behind (docs/nested-topology.md#kuryr-objects), as
 * `kdf sandbox up --kuryr-defaults` creates it through the real APIs: project k8s, the pod and service networks carved
 * from DevStack's subnet pool with kuryr's address plan, the service_pod_access group, the quotas, and the API load
 * balancer.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals';

import { SANDBOX } from '../../src/sandbox/config.js';
import { os, sandboxState } from './cloud.js';

jest.setTimeout(180_000);

type Row = Record<string, unknown>;
const ADMIN = 'devstack-admin';

let k8s: Row;
let pool: Row;

beforeAll(async () => {
  const state = sandboxState();
  if (!state.kuryrDefaults)
    throw new Error("the sandbox was brought up without --kuryr-defaults: run 'kdf sandbox up --kuryr-defaults'");
  [k8s, pool] = await Promise.all([
    os<Row>(ADMIN, 'project', 'show', 'k8s'),
    os<Row>(ADMIN, 'subnet', 'pool', 'show', 'shared-default-subnetpool-v4'),
  ]);
});

describe('pod and service networks (configure_neutron_defaults)', () => {
  let router: Row;
  beforeAll(async () => {
    router = await os<Row>(ADMIN, 'router', 'show', 'router1');
  });

  it.each([
    // name, network, cidr, router address (last-1), allocation pool (n[1]..n[-3], upper half for services)
    ['k8s-pod-subnet', 'k8s-pod-net', '10.0.0.64/26', '10.0.0.126', { start: '10.0.0.65', end: '10.0.0.125' }],
    [
      'k8s-service-subnet',
      'k8s-service-net',
      '10.0.0.128/26',
      '10.0.0.190',
      { start: '10.0.0.161', end: '10.0.0.189' },
    ],
  ])(
    '%s on %s is %s from the pool, routed by router1 at %s',
    async (subnetName, netName, cidr, gateway, allocation) => {
      const [net, subnet] = await Promise.all([
        os<Row>(ADMIN, 'network', 'show', netName),
        os<Row>(ADMIN, 'subnet', 'show', subnetName),
      ]);
      expect(net.project_id).toBe(k8s.id);
      expect(subnet).toMatchObject({
        network_id: net.id,
        project_id: k8s.id,
        cidr,
        gateway_ip: gateway,
        enable_dhcp: false,
        ip_version: 4,
        subnetpool_id: pool.id,
        allocation_pools: [allocation],
      });
      expect(router.interfaces_info).toContainEqual(
        expect.objectContaining({ subnet_id: subnet.id, ip_address: gateway }),
      );
    },
  );
});

describe('security groups and quotas', () => {
  it('has service_pod_access in k8s, letting TCP and UDP in from the service subnet', async () => {
    const [group, rules] = await Promise.all([
      os<Row>(ADMIN, 'security', 'group', 'show', 'service_pod_access'),
      os<Row[]>(ADMIN, 'security', 'group', 'rule', 'list', 'service_pod_access'),
    ]);
    expect(group).toMatchObject({ project_id: k8s.id, description: 'service_pod_access' });
    const ingress = rules
      .filter((r) => r.Direction === 'ingress')
      .map((r) => [r['IP Protocol'], r.Ethertype, r['IP Range']]);
    expect(ingress.sort()).toEqual([
      ['tcp', 'IPv4', '10.0.0.128/26'],
      ['udp', 'IPv4', '10.0.0.128/26'],
    ]);
  });

  it('gives k8s its default security group and raises the admin and k8s quotas (policy driver)', async () => {
    const [groups, quota, k8sQuota] = await Promise.all([
      os<{ Name: string; Project: string }[]>(ADMIN, 'security', 'group', 'list', '--project', String(k8s.id)),
      os<Row>(ADMIN, 'quota', 'show', 'admin'),
      os<Row>(ADMIN, 'quota', 'show', String(k8s.id)),
    ]);
    expect(groups.map((g) => g.Name).sort()).toEqual(['default', 'service_pod_access']);
    expect(quota).toMatchObject({ secgroups: 100, 'secgroup-rules': 300, instances: 100 });
    expect(k8sQuota).toMatchObject({ secgroups: 100, 'secgroup-rules': 300 });
  });
});

describe('API load balancer (create_k8s_api_service)', () => {
  it('is default/kubernetes of project k8s on the first service address, ACTIVE', async () => {
    if (!sandboxState().octavia) throw new Error('the sandbox runs without Octavia: no API load balancer to check');
    const [lb, subnet] = await Promise.all([
      os<Row>(ADMIN, 'loadbalancer', 'show', 'default/kubernetes'),
      os<Row>(ADMIN, 'subnet', 'show', 'k8s-service-subnet'),
    ]);
    expect(lb).toMatchObject({
      project_id: k8s.id,
      vip_address: '10.0.0.129',
      vip_subnet_id: subnet.id,
      provisioning_status: 'ACTIVE',
    });
    // the VIP is a real Neutron port, as kuryr expects when it puts security groups on it
    const port = await os<Row>(ADMIN, 'port', 'show', String(lb.vip_port_id));
    expect(port).toMatchObject({
      name: `octavia-lb-${String(lb.id)}`,
      device_owner: 'Octavia',
      project_id: k8s.id,
      fixed_ips: [{ subnet_id: subnet.id, ip_address: '10.0.0.129' }],
    });
  });

  it('has listener and pool default/kubernetes:443 (HTTPS, hour-long timeouts, round robin)', async () => {
    const [listener, pool443] = await Promise.all([
      os<Row>(ADMIN, 'loadbalancer', 'listener', 'show', 'default/kubernetes:443'),
      os<Row>(ADMIN, 'loadbalancer', 'pool', 'show', 'default/kubernetes:443'),
    ]);
    expect(listener).toMatchObject({
      protocol: 'HTTPS',
      protocol_port: 443,
      timeout_client_data: 3600000,
      timeout_member_data: 3600000,
      provisioning_status: 'ACTIVE',
      default_pool_id: pool443.id,
    });
    expect(pool443).toMatchObject({
      protocol: 'HTTPS',
      lb_algorithm: 'ROUND_ROBIN',
      provisioning_status: 'ACTIVE',
      listeners: listener.id,
    });
  });

  it('has the API server as its member: the host, at HOST_IP:6443', async () => {
    const members = await os<Row[]>(ADMIN, 'loadbalancer', 'member', 'list', 'default/kubernetes:443');
    expect(members).toEqual([
      expect.objectContaining({
        name: SANDBOX.host,
        address: SANDBOX.hostIp,
        protocol_port: 6443,
        provisioning_status: 'ACTIVE',
        project_id: k8s.id,
      }),
    ]);
  });
});
