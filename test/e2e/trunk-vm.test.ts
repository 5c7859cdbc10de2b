/**
 * `upTrunkVm` / `downTrunkVm` (src/openstack/trunk-vm.ts) against the sandbox, through the OpenStack client the
 * stages use (REST) as the demo user: up creates the docs/nested-topology.md#trunk-vm-procedure objects (trunk ACTIVE with its parent
 * port, server ACTIVE on the parent port, floating IP associated), down returns the cloud to its baseline; an unknown
 * flavor or a missing image fail clearly and leave nothing behind.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';

import type { OpenStackApi } from '../../src/openstack/api.js';
import { connectOpenStack } from '../../src/openstack/connect.js';
import { TeardownLedger } from '../../src/openstack/ledger.js';
import {
  downTrunkVm,
  TRUNK_VM_DEFAULTS,
  upTrunkVm,
  type TrunkVmResult,
  type TrunkVmSettings,
} from '../../src/openstack/trunk-vm.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { SANDBOX } from '../../src/sandbox/config.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { host, inParallel, layout, os, RUN_ID, sandboxState } from './cloud.js';

jest.setTimeout(600_000);

type Row = Record<string, unknown>;
const DEMO = 'devstack';
const ADMIN = 'devstack-admin';
const dir = mkdtempSync(join(tmpdir(), 'kdf-trunk-vm-'));

/** What a run may leave behind: the demo project's object counts. */
async function counts(): Promise<Record<string, number>> {
  const [ports = 0, trunks = 0, servers = 0, fips = 0, keypairs = 0, rules = 0] = (
    await inParallel([
      () => os<Row[]>(DEMO, 'port', 'list'),
      () => os<Row[]>(DEMO, 'network', 'trunk', 'list'),
      () => os<Row[]>(DEMO, 'server', 'list'),
      () => os<Row[]>(DEMO, 'floating', 'ip', 'list'),
      () => os<Row[]>(DEMO, 'keypair', 'list'),
      () => os<Row[]>(DEMO, 'security', 'group', 'rule', 'list', 'default'),
    ])
  ).map((rows) => rows.length);
  return { ports, trunks, servers, floatingIps: fips, keypairs, securityGroupRules: rules };
}

function settings(tag: string, overrides: Partial<TrunkVmSettings> = {}): TrunkVmSettings {
  return {
    ...TRUNK_VM_DEFAULTS,
    image: SANDBOX.imageName,
    serverName: `e2e-vm-${tag}-${RUN_ID}`,
    portName: `e2e-port0-${tag}-${RUN_ID}`,
    trunkName: `e2e-trunk0-${tag}-${RUN_ID}`,
    keypairName: `e2e-kp-${tag}-${RUN_ID}`,
    sshKeyPath: join(dir, `${tag}.pem`),
    ledgerPath: join(dir, `${tag}.ledger.json`),
    pollIntervalMs: 1000,
    ...overrides,
  };
}

let client: OpenStackApi;
let baseline: Record<string, number>;
const logger = new RecordingLogger();

beforeAll(async () => {
  const state = sandboxState();
  client = connectOpenStack({ runner: host, netns: state.namespace, cloud: DEMO, cloudsYaml: layout.cloudsYaml });
  baseline = await counts();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('up, then down', () => {
  const s = settings('ok', { subportVlanIds: [101, 102] });
  let result: TrunkVmResult;

  beforeAll(async () => {
    result = await upTrunkVm(s, { client, logger });
  });

  afterAll(async () => {
    // a failing assertion above must not leave the objects behind for the other suites
    await downTrunkVm(TeardownLedger.load(s.ledgerPath ?? '', DEMO), { client, logger }).catch(() => undefined);
  });

  it('writes the private key with mode 0600 and masks it', () => {
    const key = readFileSync(result.sshKeyPath, 'utf8');
    expect(key).toContain('PRIVATE KEY-----');
    expect(statSync(result.sshKeyPath).mode & 0o777).toBe(0o600);
    expect(logger.secrets).toContain(key);
  });

  it('makes a trunk with port0 as parent and the subports, and Neutron takes it ACTIVE', async () => {
    const trunk = await os<Row>(ADMIN, 'network', 'trunk', 'show', result.trunkId);
    expect(trunk).toMatchObject({ name: s.trunkName, port_id: result.parentPortId, status: 'ACTIVE' });
    const subports = await os<Row[]>(DEMO, 'network', 'subport', 'list', '--trunk', s.trunkName);
    expect(subports).toEqual(
      expect.arrayContaining([
        { Port: result.subportIds[101], 'Segmentation Type': 'vlan', 'Segmentation ID': 101 },
        { Port: result.subportIds[102], 'Segmentation Type': 'vlan', 'Segmentation ID': 102 },
      ]),
    );
  });

  it('boots the server ACTIVE on port0', async () => {
    const server = await os<Row>(ADMIN, 'server', 'show', result.serverId);
    expect(server).toMatchObject({ name: s.serverName, status: 'ACTIVE', flavor: expect.stringContaining('ds4G') });
    const port = await os<Row>(ADMIN, 'port', 'show', result.parentPortId);
    expect(port).toMatchObject({ name: s.portName, device_id: result.serverId, status: 'ACTIVE' });
    const fixed = port.fixed_ips as { subnet_id: string }[];
    expect(result.workerSubnetId).toBe(fixed[0]?.subnet_id);
    const subnet = await os<Row>(DEMO, 'subnet', 'show', result.workerSubnetId);
    expect(subnet.name).toBe('private-subnet');
  });

  it('associates a floating IP from the external network to port0', async () => {
    const fip = await os<Row>(DEMO, 'floating', 'ip', 'show', result.floatingIpId);
    const pub = await os<Row>(DEMO, 'network', 'show', 'public');
    expect(fip).toMatchObject({
      floating_ip_address: result.floatingIp,
      port_id: result.parentPortId,
      floating_network_id: pub.id,
    });
  });

  it('records every created resource in the ledger file', () => {
    const ledger = TeardownLedger.load(s.ledgerPath ?? '', DEMO);
    const kinds = ledger.entries.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'port')).toHaveLength(3);
    expect(kinds).toEqual(expect.arrayContaining(['keypair', 'trunk', 'server', 'floating-ip', 'subport']));
  });

  it('refuses a second run with the same names unless reuse is set', async () => {
    // the key pair check comes first: a second run with a new key pair name must hit the existing port
    const again = {
      ...s,
      keypairName: `${s.keypairName}-2`,
      sshKeyPath: join(dir, 'again.pem'),
      ledgerPath: join(dir, 'again.json'),
    };
    const refused = upTrunkVm(again, { client, logger });
    await expect(refused).rejects.toThrow(ConfigurationError);
    await expect(refused).rejects.toThrow(/port 'e2e-port0-ok-.*' already exists.*reuse/);
    const adopted = await upTrunkVm({ ...again, reuse: true }, { client, logger });
    expect(adopted).toMatchObject({
      serverId: result.serverId,
      trunkId: result.trunkId,
      parentPortId: result.parentPortId,
      floatingIp: result.floatingIp,
    });
    // down of the adopting run deletes only its own key pair, never the adopted objects
    await downTrunkVm(adopted.ledger, { client, logger });
    await expect(os<Row>(DEMO, 'server', 'show', result.serverId)).resolves.toMatchObject({ status: 'ACTIVE' });
  });

  it('down returns the cloud to its baseline, and a second down is a no-op', async () => {
    const ledger = TeardownLedger.load(s.ledgerPath ?? '', DEMO);
    await downTrunkVm(ledger, { client, logger });
    expect(ledger.entries).toEqual([]);
    expect(await counts()).toEqual(baseline);
    await downTrunkVm(ledger, { client, logger });
  });
});

describe('failures tear down what was created', () => {
  it('an unknown flavor fails naming the flavor and leaves the baseline', async () => {
    const s = settings('flavor', { flavor: `no-such-flavor-${RUN_ID}` });
    const run = upTrunkVm(s, { client, logger });
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(run).rejects.toThrow(`flavor 'no-such-flavor-${RUN_ID}' does not exist`);
    await expect(run).rejects.toMatchObject({ input: 'flavor' });
    expect(TeardownLedger.load(s.ledgerPath ?? '', DEMO).entries).toEqual([]);
    expect(await counts()).toEqual(baseline);
  });

  it('a missing image fails naming the image and leaves the baseline', async () => {
    const s = settings('image', { image: `no-such-image-${RUN_ID}` });
    const run = upTrunkVm(s, { client, logger });
    await expect(run).rejects.toThrow(`image 'no-such-image-${RUN_ID}' does not exist`);
    await expect(run).rejects.toMatchObject({ input: 'image' });
    expect(TeardownLedger.load(s.ledgerPath ?? '', DEMO).entries).toEqual([]);
    expect(await counts()).toEqual(baseline);
  });
});
