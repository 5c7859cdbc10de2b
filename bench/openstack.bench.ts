/**
 * OpenStack at API speed (`npm run bench openstack`): the REST client against the `openstack` CLI wrapper for the
 * same operations on the running sandbox (`KDF_SANDBOX_DIR`, after `kdf sandbox up --kuryr-defaults`), and a whole
 * `trunk-vm` up and down (3 VLAN subports, no overcloud) through each.
 *
 * Baseline: one `openstack network show public` CLI call, measured in the same run (median of three). The issue's
 * goals read as ratios to it: REST `trunk-vm up` at most 8×, `down` at most 4×. Skipped (one row saying why) without
 * a sandbox.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { OpenStackApi } from '../src/openstack/api.js';
import { OpenStackClient } from '../src/openstack/client.js';
import { connectOpenStack } from '../src/openstack/connect.js';
import { TeardownLedger } from '../src/openstack/ledger.js';
import { downTrunkVm, TRUNK_VM_DEFAULTS, upTrunkVm, type TrunkVmSettings } from '../src/openstack/trunk-vm.js';
import { NetnsCommandRunner } from '../src/runtime/netns-runner.js';
import { ProcessCommandRunner } from '../src/runtime/process-runner.js';
import { SANDBOX } from '../src/sandbox/config.js';
import { sandboxLayout } from '../src/sandbox/layout.js';
import { readState } from '../src/sandbox/state.js';
import { RecordingLogger } from '../test/__fixtures__/recording-logger.js';
import type { BenchReport, BenchRow } from './run.js';

const CLOUD = 'devstack';
const ADMIN = 'devstack-admin';
const runner = new ProcessCommandRunner({ killGraceMs: 2000 });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** The reads connectivity's evidence and trunk-vm's checks make, once each. */
const READS: [string, (api: OpenStackApi) => Promise<unknown>][] = [
  ['network show', (api) => api.networkShow('public')],
  ['flavor show', (api) => api.flavorShow('m1.tiny')],
  ['image show', (api) => api.imageShow(SANDBOX.imageName)],
  ['port list --long', (api) => api.portListLong({ network: 'private' })],
  ['security group list', (api) => api.securityGroupList()],
  ['loadbalancer list', (api) => api.loadBalancerList()],
];

async function trunkVm(api: OpenStackApi, tag: string, dir: string): Promise<{ up: number; down: number }> {
  const id = `${tag}-${process.pid.toString(36)}`;
  const settings: TrunkVmSettings = {
    ...TRUNK_VM_DEFAULTS,
    image: SANDBOX.imageName,
    serverName: `bench-vm-${id}`,
    portName: `bench-port0-${id}`,
    trunkName: `bench-trunk0-${id}`,
    keypairName: `bench-kp-${id}`,
    sshKeyPath: join(dir, `${id}.pem`),
    ledgerPath: join(dir, `${id}.ledger.json`),
    subportVlanIds: [101, 102, 103],
    pollIntervalMs: 1000,
  };
  const logger = new RecordingLogger();
  const up = await timed(() => upTrunkVm(settings, { client: api, logger }));
  const down = await timed(() =>
    downTrunkVm(TeardownLedger.load(settings.ledgerPath ?? '', CLOUD), { client: api, logger }),
  );
  return { up, down };
}

/** The bench. */
export default async function openstackBench(): Promise<BenchReport> {
  const title = 'OpenStack: REST client against the openstack CLI (sandbox)';
  const layout = sandboxLayout(process.cwd(), process.env);
  const state = readState(layout);
  if (!state) {
    return {
      title,
      baseline: '-',
      rows: [{ name: 'skipped', value: 0, unit: '', note: `no sandbox in ${layout.root}` }],
    };
  }
  const clients = (cloud: string): { cli: OpenStackApi; rest: OpenStackApi } => ({
    cli: new OpenStackClient({
      runner: new NetnsCommandRunner(runner, state.namespace, { env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' } }),
      cloud,
      cloudsYaml: layout.cloudsYaml,
    }),
    rest: connectOpenStack({ cloud, cloudsYaml: layout.cloudsYaml, netns: state.namespace, runner, env: {} }),
  });
  // reads as admin (Octavia's list is admin-only here), the trunk VM as the demo user, as the e2e tests do
  const { cli, rest } = clients(ADMIN);
  const demo = clients(CLOUD);
  const oneCall = median([
    await timed(() => cli.networkShow('public')),
    await timed(() => cli.networkShow('public')),
    await timed(() => cli.networkShow('public')),
  ]);
  const rows: BenchRow[] = [];
  const row = (name: string, ms: number, note?: string): void =>
    void rows.push({ name, value: ms / 1000, unit: 's', ratio: ms / oneCall, note });
  // the first REST call authenticates: its own row
  row('REST: first call (authenticates)', await timed(() => rest.networkShow('public')));
  for (const [name, read] of READS) {
    const viaCli = await timed(() => read(cli));
    const viaRest = median([
      await timed(() => read(rest)),
      await timed(() => read(rest)),
      await timed(() => read(rest)),
    ]);
    row(`${name}: CLI`, viaCli);
    row(`${name}: REST`, viaRest, `${(viaCli / viaRest).toFixed(0)}× faster`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'kdf-bench-os-'));
  try {
    const viaRest = await trunkVm(demo.rest, 'rest', dir);
    const viaCli = await trunkVm(demo.cli, 'cli', dir);
    row('trunk-vm up (3 subports): CLI', viaCli.up);
    row('trunk-vm up (3 subports): REST', viaRest.up, `goal ≤ 8×; ${(viaCli.up / viaRest.up).toFixed(1)}× faster`);
    row('trunk-vm down: CLI', viaCli.down);
    row('trunk-vm down: REST', viaRest.down, `goal ≤ 4×; ${(viaCli.down / viaRest.down).toFixed(1)}× faster`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { title, baseline: `one 'openstack network show public' CLI call: ${(oneCall / 1000).toFixed(2)} s`, rows };
}
