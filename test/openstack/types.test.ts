import { describe, expect, it } from '@jest/globals';

import { parseFlavor, parseImage, parseKeypair, parseServer } from '../../src/openstack/types/compute.js';
import {
  parseFloatingIp,
  parseNetwork,
  parseSecurityGroupRule,
  parseSecurityGroupRuleList,
  parseSubnet,
  parseSubnetPool,
} from '../../src/openstack/types/network.js';
import { OpenStackParseError } from '../../src/openstack/types/parse.js';
import { parsePort, parsePortList, parseSubportList, parseTrunk } from '../../src/openstack/types/port.js';
import { fixture } from './fixtures.js';

describe('parsers on real CLI output (python-openstackclient 6.0, sandbox)', () => {
  it('keypair show: the id is the name', () => {
    expect(parseKeypair(fixture('keypair-show.json'))).toEqual({
      name: 'fx-kp',
      fingerprint: 'd3:70:a6:a1:f3:77:33:9f:3a:68:84:c8:dc:0a:e3:16',
    });
  });

  it('security group rule create (snake_case) and list (titled columns, "22:22" port range)', () => {
    expect(parseSecurityGroupRule(fixture('sg-rule-create.json'))).toEqual({
      id: 'c3a998e3-d7ca-48c1-b569-9425c1d9a894',
      protocol: 'tcp',
      ethertype: 'IPv4',
      direction: 'ingress',
      remoteIpPrefix: '0.0.0.0/0',
      remoteGroupId: null,
      portRangeMin: 2222,
      portRangeMax: 2222,
    });
    const rules = parseSecurityGroupRuleList(fixture('sg-rule-list-long.json'));
    expect(rules).toContainEqual(
      expect.objectContaining({ protocol: 'tcp', portRangeMin: 2222, portRangeMax: 2222, direction: 'ingress' }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({ protocol: 'icmp', portRangeMin: null, remoteIpPrefix: '0.0.0.0/0' }),
    );
    expect(rules.filter((r) => r.protocol === null && r.direction === 'egress')).toHaveLength(2);
  });

  it('image, flavor, network, subnet, subnet pool', () => {
    expect(parseImage(fixture('image-show.json'))).toMatchObject({
      name: 'cirros-0.6.2-x86_64-disk',
      status: 'active',
    });
    expect(parseFlavor(fixture('flavor-show.json'))).toEqual({ id: 'd4', name: 'ds4G', ram: 4096, disk: 20, vcpus: 4 });
    expect(parseNetwork(fixture('network-show.json'))).toMatchObject({ name: 'private', external: false });
    expect(parseNetwork(fixture('network-show.json')).subnets).toHaveLength(2);
    expect(parseSubnet(fixture('subnet-show.json'))).toMatchObject({
      name: 'private-subnet',
      cidr: '10.0.0.0/26',
      ipVersion: 4,
      gatewayIp: '10.0.0.1',
      subnetpoolId: '3d5471a9-b6e7-4b48-958e-231a2d40997a',
    });
    expect(parseSubnetPool(fixture('subnet-pool-show.json'))).toMatchObject({
      name: 'shared-default-subnetpool-v4',
      prefixes: ['10.0.0.0/22'],
      defaultPrefixlen: 26,
    });
  });

  it('port show: fixed IPs (IPv4 first) and trunk details', () => {
    const port = parsePort(fixture('port-show.json'));
    expect(port.fixedIps[0]).toEqual({ subnetId: 'e0f682e0-77c2-4a7b-b4a8-30c6945edd2e', ipAddress: '10.0.0.20' });
    expect(port.trunkDetails).toEqual({
      trunkId: 'd8edac50-506d-471d-a805-2a521153d2fc',
      subPorts: [{ portId: 'd4df3070-b3c0-4cb9-82ab-16bae0ba4de8', segmentationType: 'vlan', segmentationId: 102 }],
    });
    expect(parsePort(fixture('port-create.json')).trunkDetails).toBeUndefined();
  });

  it('port list: titled columns', () => {
    expect(parsePortList(fixture('port-list.json'))).toEqual([
      {
        id: '7a27ff36-79f0-487d-a675-1719950f4ecc',
        name: 'fx-port0',
        status: 'DOWN',
        fixedIps: [
          { subnetId: 'e0f682e0-77c2-4a7b-b4a8-30c6945edd2e', ipAddress: '10.0.0.20' },
          { subnetId: 'ab0c7b77-2b2d-4f4f-bb00-037827b9dd16', ipAddress: 'fd5a:4b2e:91c0:0:f816:3eff:fea4:c660' },
        ],
      },
    ]);
  });

  it('trunk create/show and the CAPITALISED subport list', () => {
    expect(parseTrunk(fixture('trunk-create.json'))).toMatchObject({ name: 'fx-trunk0', status: 'DOWN', subPorts: [] });
    expect(parseTrunk(fixture('trunk-show.json'))).toMatchObject({
      portId: '7a27ff36-79f0-487d-a675-1719950f4ecc',
      subPorts: [{ portId: 'd4df3070-b3c0-4cb9-82ab-16bae0ba4de8', segmentationType: 'vlan', segmentationId: 102 }],
    });
    expect(parseSubportList(fixture('subport-list.json'))).toEqual([
      { portId: 'd4df3070-b3c0-4cb9-82ab-16bae0ba4de8', segmentationType: 'vlan', segmentationId: 102 },
    ]);
    // the snake_case keys of trunk show are not the list's
    expect(() => parseSubportList(fixture('trunk-show.json'))).toThrow(OpenStackParseError);
  });

  it('server create (BUILD) and show (ACTIVE, addresses by network)', () => {
    expect(parseServer(fixture('server-create.json'))).toMatchObject({ name: 'fx-vm', status: 'BUILD', addresses: {} });
    const shown = parseServer(fixture('server-show.json'));
    expect(shown.status).toBe('ACTIVE');
    expect(shown.addresses.private).toContain('10.0.0.20');
    expect(shown.fault).toBeUndefined();
  });

  it('server in ERROR: the fault', () => {
    const server = JSON.parse(fixture('server-show.json')) as Record<string, unknown>;
    server.status = 'ERROR';
    server.fault = { code: 500, message: 'No valid host was found.', created: '2026-11-28T06:02:10Z' };
    expect(parseServer(JSON.stringify(server)).fault).toEqual({ code: 500, message: 'No valid host was found.' });
  });

  it('floating ip create (unassociated) and show (associated)', () => {
    expect(parseFloatingIp(fixture('floating-ip-create.json'))).toMatchObject({
      address: '172.24.4.65',
      portId: null,
      fixedIpAddress: null,
    });
    expect(parseFloatingIp(fixture('floating-ip-show.json'))).toMatchObject({
      portId: '7a27ff36-79f0-487d-a675-1719950f4ecc',
      fixedIpAddress: '10.0.0.20',
    });
  });

  it('names the command on malformed output', () => {
    expect(() => parseTrunk('not json')).toThrow("unexpected output of 'openstack network trunk show': not JSON");
    expect(() => parseTrunk('[]')).toThrow('expected a JSON object');
    expect(() => parseFlavor('{"id":"d4","name":"x","ram":"4096"}')).toThrow("'ram' is not a number");
  });
});
