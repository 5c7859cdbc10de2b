/**
 * The REST client's operations against the stub API (shapes recorded from the sandbox): names resolved as the CLI
 * resolves them, requests shaped as the APIs want them, answers turned into the same types the CLI wrapper returns.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { RestOpenStackClient } from '../../../src/openstack/rest/client.js';
import { HttpTransport } from '../../../src/openstack/rest/http.js';
import { KeystoneSession } from '../../../src/openstack/rest/session.js';
import { ApiStub, failure, recorded } from './api-stub.js';

let stub: ApiStub;
let http: HttpTransport;
let client: RestOpenStackClient;

type Obj = Record<string, unknown>;
const PORTS = recorded<{ ports: Obj[] }>('ports').ports;
const PARENT = PORTS[0] as Obj;
const NET = '11111111-2222-3333-4444-555555555555';
const body = (path: string, method = 'POST'): Obj => JSON.parse(stub.calls(method, path)[0]?.body ?? 'null') as Obj;

beforeEach(async () => {
  stub = await new ApiStub().start();
  http = new HttpTransport();
  const session = new KeystoneSession(
    {
      name: 'devstack',
      authUrl: `${stub.url}/identity`,
      auth: { type: 'password', user: { name: 'demo' }, password: 'pw', project: { name: 'demo' } },
      interface: 'public',
      insecure: false,
      source: 'test',
    },
    http,
    { sleep: async () => undefined },
  );
  client = new RestOpenStackClient('devstack', session);
});
afterEach(async () => {
  http.close();
  await stub.stop();
});

describe('names and ids', () => {
  it('an id is fetched directly; a name is listed with a name filter', async () => {
    stub.route(`GET /network/v2.0/ports/${String(PARENT.id)}`, { status: 200, body: { port: PARENT } });
    stub.route('GET /network/v2.0/ports', { status: 200, body: { ports: [PARENT] } });
    const byId = await client.portShow(String(PARENT.id));
    const byName = await client.portShow(String(PARENT.name) || 'unnamed');
    expect(byName).toEqual(byId);
    expect(byId.trunkDetails?.trunkId).toBe((PARENT.trunk_details as Obj).trunk_id);
    expect(stub.calls('GET', '/network/v2.0/ports')[0]?.path).toBe(
      `/network/v2.0/ports?name=${encodeURIComponent(String(PARENT.name) || 'unnamed')}`,
    );
  });

  it('no match is "not found" with the CLI wording; two matches are ambiguous', async () => {
    stub.route('GET /network/v2.0/networks', { status: 200, body: { networks: [] } });
    stub.route('GET /network/v2.0/security-groups', {
      status: 200,
      body: {
        security_groups: [
          { id: 'a', name: 'default' },
          { id: 'b', name: 'default' },
        ],
      },
    });
    const missing = await failure(client.networkShow('nope'));
    expect(missing.notFound).toBe(true);
    expect(missing.message).toBe('`openstack network show nope` failed: No Network found for nope');
    expect(await client.find((n) => client.networkShow(n), 'nope')).toBeUndefined();
    const ambiguous = await failure(client.securityGroupShow('default'));
    expect(ambiguous.notFound).toBe(false);
    expect(ambiguous.apiMessage).toBe("More than one SecurityGroup exists with the name 'default'.");
  });

  it('a delete of something gone answers false', async () => {
    stub.route('GET /network/v2.0/trunks', { status: 200, body: { trunks: [] } });
    expect(await client.trunkDelete('trunk0')).toBe(false);
    expect(await client.portDelete('00000000-0000-0000-0000-000000000000')).toBe(false);
  });
});

describe('Neutron', () => {
  it('port create resolves the network and groups by name and returns the port', async () => {
    stub.route('GET /network/v2.0/networks', { status: 200, body: { networks: [{ id: NET, name: 'private' }] } });
    stub.route('POST /network/v2.0/ports', { status: 201, body: { port: PARENT } });
    const port = await client.portCreate('port0', {
      network: 'private',
      securityGroups: ['aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'],
    });
    expect(body('/network/v2.0/ports')).toEqual({
      port: { name: 'port0', network_id: NET, security_groups: ['aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'] },
    });
    expect(port.id).toBe(PARENT.id);
  });

  it('trunk set and unset send VLAN subports by port id', async () => {
    const trunk = recorded<{ trunks: Obj[] }>('trunks').trunks[0] as Obj;
    stub.route('GET /network/v2.0/trunks', { status: 200, body: { trunks: [trunk] } });
    stub.route('GET /network/v2.0/ports', { status: 200, body: { ports: [{ ...PARENT, name: 'sub1', id: NET }] } });
    stub.route(`PUT /network/v2.0/trunks/${String(trunk.id)}/add_subports`, { status: 200, body: trunk });
    stub.route(`PUT /network/v2.0/trunks/${String(trunk.id)}/remove_subports`, { status: 200, body: trunk });
    await client.trunkSet(String(trunk.name), [{ port: 'sub1', segmentationId: 201 }]);
    await client.trunkUnset(String(trunk.name), ['sub1']);
    expect(body(`/network/v2.0/trunks/${String(trunk.id)}/add_subports`, 'PUT')).toEqual({
      sub_ports: [{ port_id: NET, segmentation_type: 'vlan', segmentation_id: 201 }],
    });
    expect(body(`/network/v2.0/trunks/${String(trunk.id)}/remove_subports`, 'PUT')).toEqual({
      sub_ports: [{ port_id: NET }],
    });
  });

  it('security group rules: list by group id, ensure creates only what is missing', async () => {
    const rules = recorded<{ security_group_rules: Obj[] }>('security-group-rules').security_group_rules;
    const group = String(rules[0]?.security_group_id);
    stub.route('GET /network/v2.0/security-group-rules', { status: 200, body: { security_group_rules: rules } });
    stub.route('POST /network/v2.0/security-group-rules', (req) => ({
      status: 201,
      body: {
        security_group_rule: {
          ...rules[0],
          ...(JSON.parse(req.body) as { security_group_rule: Obj }).security_group_rule,
          id: 'new',
        },
      },
    }));
    const listed = await client.securityGroupRuleList(group);
    expect(listed.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    const ensured = await client.ensureSecurityGroupRule(group, { protocol: 'tcp', dstPort: 22 });
    expect(ensured.created).toBe(true);
    expect(ensured.rule).toMatchObject({
      protocol: 'tcp',
      ethertype: 'IPv4',
      portRangeMin: 22,
      remoteIpPrefix: '0.0.0.0/0',
    });
    expect(stub.calls('GET', '/network/v2.0/security-group-rules')[0]?.path).toBe(
      `/network/v2.0/security-group-rules?security_group_id=${group}`,
    );
  });

  it('a floating IP is found by address; subnet pools read the numeric string Neutron sends', async () => {
    const fip = recorded<{ floatingips: Obj[] }>('floatingips').floatingips[0] as Obj;
    stub.route('GET /network/v2.0/floatingips', { status: 200, body: { floatingips: [fip] } });
    stub.route(`GET /network/v2.0/floatingips/${String(fip.id)}`, { status: 200, body: { floatingip: fip } });
    const pool = recorded<{ subnetpools: Obj[] }>('subnetpools').subnetpools[0] as Obj;
    stub.route('GET /network/v2.0/subnetpools', { status: 200, body: { subnetpools: [pool] } });
    expect((await client.floatingIpShow(String(fip.floating_ip_address))).id).toBe(fip.id);
    expect((await client.subnetPoolShow(String(pool.name))).defaultPrefixlen).toBe(Number(pool.default_prefixlen));
  });
});

describe('Nova, Glance, Octavia', () => {
  it('server create resolves image and flavor, then shows the server with plain addresses', async () => {
    const server = recorded<{ servers: Obj[] }>('servers-detail').servers[0] as Obj;
    const image = recorded<{ images: Obj[] }>('images').images[0] as Obj;
    stub.route('GET /image/v2/images', { status: 200, body: { images: [image] } });
    stub.route('GET /compute/v2.1/flavors/m1.tiny', {
      status: 404,
      body: { itemNotFound: { message: 'Flavor m1.tiny could not be found.' } },
    });
    stub.route('GET /compute/v2.1/flavors/detail', { status: 200, body: recorded('flavors-detail') });
    stub.route('POST /compute/v2.1/servers', { status: 202, body: { server: { id: server.id, adminPass: 'x' } } });
    stub.route(`GET /compute/v2.1/servers/${String(server.id)}`, { status: 200, body: { server } });
    const shown = await client.serverCreate('vm', {
      image: String(image.name),
      flavor: 'm1.tiny',
      portId: NET,
      keyName: 'k',
    });
    expect(body('/compute/v2.1/servers')).toEqual({
      server: { name: 'vm', imageRef: image.id, flavorRef: '1', networks: [{ port: NET }], key_name: 'k' },
    });
    expect(shown.status).toBe(server.status);
    expect(Object.values(shown.addresses).flat()).toContain('10.0.0.20');
  });

  it('image create uploads the file as a stream and returns the active image', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kdf-img-')), 'disk.img');
    writeFileSync(file, Buffer.alloc(70_000, 7));
    const id = 'aaaaaaaa-0000-0000-0000-000000000001';
    stub.route('POST /image/v2/images', { status: 201, body: { id, name: 'img', status: 'queued' } });
    stub.route(`PUT /image/v2/images/${id}/file`, { status: 204 });
    stub.route(`GET /image/v2/images/${id}`, { status: 200, body: { id, name: 'img', status: 'active' } });
    expect(await client.imageCreate('img', { file, diskFormat: 'qcow2' })).toEqual({
      id,
      name: 'img',
      status: 'active',
    });
    const upload = stub.calls('PUT', `/image/v2/images/${id}/file`)[0];
    expect(upload?.headers['content-type']).toBe('application/octet-stream');
    expect(upload?.body.length).toBe(70_000);
  });

  it('console log asks Nova for the last lines', async () => {
    const id = 'aaaaaaaa-0000-0000-0000-000000000002';
    stub.route(`POST /compute/v2.1/servers/${id}/action`, { status: 200, body: { output: 'login: \n' } });
    expect(await client.consoleLog(id, 20)).toBe('login: \n');
    expect(body(`/compute/v2.1/servers/${id}/action`)).toEqual({ 'os-getConsoleOutput': { length: 20 } });
  });

  it('load balancer status tree and pool members; delete --cascade', async () => {
    const lb = recorded<{ loadbalancers: Obj[] }>('loadbalancers').loadbalancers[0] as Obj;
    stub.route('GET /lb/v2/lbaas/loadbalancers', { status: 200, body: { loadbalancers: [lb] } });
    stub.route(`GET /lb/v2/lbaas/loadbalancers/${String(lb.id)}/status`, { status: 200, body: recorded('lb-status') });
    stub.route(`DELETE /lb/v2/lbaas/loadbalancers/${String(lb.id)}`, { status: 204 });
    const tree = await client.loadBalancerStatus(String(lb.name));
    expect(tree.listeners.length).toBeGreaterThan(0);
    expect(tree.listeners[0]?.pools[0]?.members[0]?.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(await client.loadBalancerDelete(String(lb.name), { cascade: true })).toBe(true);
    expect(stub.calls('DELETE', `/lb/v2/lbaas/loadbalancers/${String(lb.id)}`)[0]?.path).toMatch(/\?cascade=true$/);
  });

  it('deletes a listener by id; a listener that is gone is false', async () => {
    const id = 'aaaaaaaa-0000-0000-0000-0000000000a1';
    stub.route(`GET /lb/v2/lbaas/listeners/${id}`, { status: 200, body: { listener: { id, name: 'ns/web:TCP:80' } } });
    stub.route(`DELETE /lb/v2/lbaas/listeners/${id}`, { status: 204 });
    expect(await client.loadBalancerListenerDelete(id)).toBe(true);
    expect(stub.calls('DELETE', `/lb/v2/lbaas/listeners/${id}`)).toHaveLength(1);
    const gone = 'aaaaaaaa-0000-0000-0000-0000000000a2';
    stub.route(`GET /lb/v2/lbaas/listeners/${gone}`, { status: 404, body: { faultstring: 'Listener not found' } });
    stub.route('GET /lb/v2/lbaas/listeners', { status: 200, body: { listeners: [] } });
    expect(await client.loadBalancerListenerDelete(gone)).toBe(false);
  });
});
