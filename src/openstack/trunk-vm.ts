/**
 * The nested trunk VM (docs/nested-topology.md#trunk-vm-procedure) (library part of `actions/trunk-vm`): key pair,
 * security group rules, parent port `port0`, trunk `trunk0`, a server on the parent port, a floating IP, optional VLAN
 * subports. Every created resource goes into a {@link TeardownLedger} so {@link downTrunkVm} can undo a run, also a
 * partial one.
 *
 * SSH readiness and the overcloud follow in trunk-vm-action.ts (ssh.ts, overcloud.ts).
 */
import { throwIfCancelled } from '../runtime/cancel.js';
import { ConfigurationError, getErrorMessage } from '../runtime/errors.js';
import type { CommandRunner } from '../runtime/command.js';
import type { Logger } from '../runtime/logger.js';
import type { OpenStackApi, RuleSpec } from './api.js';
import { OpenStackError } from './errors.js';
import { TEARDOWN_ORDER, TeardownLedger, type LedgerEntry } from './ledger.js';
import {
  attachFloatingIp,
  bootInputs,
  ensureKeypair,
  ensureParentPort,
  ensureSecurityRules,
  ensureServer,
  ensureSubports,
  ensureTrunk,
  type TrunkVmRun,
} from './trunk-vm-steps.js';
import { waitFor } from '../runtime/wait.js';

/** What to create. Names default to those of docs/nested-topology.md#trunk-vm-procedure. */
export interface TrunkVmSettings {
  /** Image name or id (`image`); must exist unless `imageUrl` is set. */
  image: string;
  /** Downloaded (once, cached in `imageCacheDir`) and uploaded as `image` when Glance has no such image. */
  imageUrl?: string;
  /** Disk format of the upload (default `qcow2`). */
  imageDiskFormat?: string;
  /** Where downloads are cached, by URL (default: no cache, a temporary file). */
  imageCacheDir?: string;
  /** Flavor (`flavor`, default `ds4G`). */
  flavor: string;
  /** The parent port's network (`network`, default `private`). */
  network: string;
  /** The floating IP's network (`external-network`, default `public`). */
  externalNetwork: string;
  /** The security group of port0 that gets the ICMP and SSH rules (default `default`). */
  securityGroup: string;
  /** Rules added to `securityGroup` (default {@link TRUNK_VM_RULES}: ICMP and tcp/22). */
  securityRules?: readonly RuleSpec[];
  serverName: string;
  portName: string;
  trunkName: string;
  /** The per-run key pair. */
  keypairName: string;
  /** Where the private key is written (mode 0600). */
  sshKeyPath: string;
  /** Where the teardown ledger is kept (JSON). */
  ledgerPath?: string;
  /** Pre-created subports: one port per VLAN id on `subportNetwork` (default: `network`). */
  subportVlanIds: readonly number[];
  subportNetwork?: string;
  /** Adopt existing resources with the same names instead of failing. */
  reuse: boolean;
  /** How long the server may take to reach ACTIVE (default 600 s). */
  bootTimeoutMs?: number;
  /** How long a server deletion may take (default 300 s). */
  deleteTimeoutMs?: number;
  /** Poll interval (default 2 s). */
  pollIntervalMs?: number;
}

/** The defaults of docs/nested-topology.md#trunk-vm-procedure for everything but the image and the paths. */
export const TRUNK_VM_DEFAULTS = {
  flavor: 'ds4G',
  network: 'private',
  externalNetwork: 'public',
  securityGroup: 'default',
  serverName: 'overcloud_vm',
  portName: 'port0',
  trunkName: 'trunk0',
  subportVlanIds: [] as readonly number[],
  reuse: false,
} as const;

/** Ports of the run. */
export interface TrunkVmDeps {
  client: OpenStackApi;
  logger: Logger;
  /** Runs `curl` for `imageUrl` downloads (required only with `imageUrl`). */
  runner?: CommandRunner;
  /** SIGINT/SIGTERM: `up` stops at its next step and tears down what it created, like a failure. */
  signal?: AbortSignal;
}

/** What `up` returns (the action's outputs). */
export interface TrunkVmResult {
  serverId: string;
  floatingIp: string;
  floatingIpId: string;
  trunkId: string;
  parentPortId: string;
  /** port0's first fixed IP (the VM's address on `network`). */
  parentPortIp: string;
  /** port0's first fixed IP's subnet: kuryr's `worker_nodes_subnet`. */
  workerSubnetId: string;
  sshKeyPath: string;
  /** Subport port ids by VLAN id. */
  subportIds: Record<number, string>;
  ledger: TeardownLedger;
}

/** The rules docs/nested-topology.md#trunk-vm-procedure adds to the VM's security group. */
export const TRUNK_VM_RULES: readonly RuleSpec[] = [{ protocol: 'icmp' }, { protocol: 'tcp', dstPort: 22 }];

/**
 * Brings the trunk VM up, in the order of docs/nested-topology.md#trunk-vm-procedure. On failure it tears down what it
 * created (the ledger then is empty) and rethrows.
 */
export async function upTrunkVm(settings: TrunkVmSettings, deps: TrunkVmDeps): Promise<TrunkVmResult> {
  validate(settings);
  const ledger = settings.ledgerPath
    ? TeardownLedger.load(settings.ledgerPath, deps.client.cloud)
    : new TeardownLedger(undefined, deps.client.cloud);
  try {
    return await up(settings, deps, ledger);
  } catch (err) {
    deps.logger.error(`trunk VM failed: ${getErrorMessage(err)}; tearing down what this run created`);
    try {
      await downTrunkVm(ledger, deps, {
        deleteTimeoutMs: settings.deleteTimeoutMs,
        pollIntervalMs: settings.pollIntervalMs,
      });
    } catch (teardown) {
      deps.logger.error(`teardown after the failure was incomplete: ${getErrorMessage(teardown)}`);
    }
    throw err;
  }
}

function validate(s: TrunkVmSettings): void {
  const required: [string, string][] = [
    ['image', s.image],
    ['flavor', s.flavor],
    ['network', s.network],
    ['external-network', s.externalNetwork],
    ['security-group', s.securityGroup],
    ['server-name', s.serverName],
    ['port-name', s.portName],
    ['trunk-name', s.trunkName],
    ['keypair-name', s.keypairName],
    ['ssh-key-path', s.sshKeyPath],
  ];
  for (const [input, value] of required) {
    if (value.trim() === '') throw new ConfigurationError(`input '${input}' must not be empty`, input);
  }
  for (const id of s.subportVlanIds) {
    if (!Number.isInteger(id) || id < 1 || id > 4094) {
      throw new ConfigurationError(`subport VLAN id ${id} is not in 1-4094`, 'subports');
    }
  }
  if (new Set(s.subportVlanIds).size !== s.subportVlanIds.length) {
    throw new ConfigurationError('subport VLAN ids must be unique', 'subports');
  }
}

/** The bring-up's steps in order (trunk-vm-steps.ts), checking for a cancellation before each. */
async function up(s: TrunkVmSettings, deps: TrunkVmDeps, ledger: TeardownLedger): Promise<TrunkVmResult> {
  const run: TrunkVmRun = { s, deps, ledger };
  const step = (): void => throwIfCancelled(deps.signal);

  step();
  await ensureKeypair(run);
  step();
  const groupId = await ensureSecurityRules(run, s.securityRules ?? TRUNK_VM_RULES);
  step();
  const { image, flavor } = await bootInputs(run);
  step();
  const { port, workerSubnetId, parentPortIp } = await ensureParentPort(run, groupId);
  step();
  const trunk = await ensureTrunk(run, port);
  step();
  const subportIds = await ensureSubports(run, trunk);
  step();
  const serverId = await ensureServer(run, { image, flavor, port });
  step();
  const fip = await attachFloatingIp(run, port);
  deps.logger.info(`trunk VM up: server ${serverId}, floating IP ${fip.address}, trunk ${trunk.id}`);

  return {
    serverId,
    floatingIp: fip.address,
    floatingIpId: fip.id,
    trunkId: trunk.id,
    parentPortId: port.id,
    parentPortIp,
    workerSubnetId,
    sshKeyPath: s.sshKeyPath,
    subportIds,
    ledger,
  };
}

/** Options of {@link downTrunkVm}. */
export interface DownOptions {
  /** Also delete resources the run adopted (`reuse`). Default false. */
  includeAdopted?: boolean;
  deleteTimeoutMs?: number;
  pollIntervalMs?: number;
}

/**
 * Deletes what the ledger records, in dependency order (floating IP, server and wait until gone, subports, trunk,
 * ports, key pair, rules). Idempotent: gone resources count as deleted. Every step is tried; deleted entries leave
 * the ledger, and when some failed it throws listing them.
 */
export async function downTrunkVm(
  ledger: TeardownLedger,
  { client, logger }: TrunkVmDeps,
  options: DownOptions = {},
): Promise<void> {
  const failures: string[] = [];
  const entries = ledger.entries.filter((e) => options.includeAdopted || !e.adopted);
  for (const kind of TEARDOWN_ORDER) {
    for (const entry of entries.filter((e) => e.kind === kind)) {
      try {
        await deleteEntry(client, entry, options);
        ledger.remove(entry);
        logger.info(`deleted ${entry.kind} ${entry.name ?? entry.id}`);
      } catch (err) {
        failures.push(`${entry.kind} ${entry.name ?? entry.id}: ${getErrorMessage(err)}`);
      }
    }
  }
  // adopted entries are not ours to delete: forget them
  for (const entry of ledger.entries.filter((e) => e.adopted && !options.includeAdopted)) ledger.remove(entry);
  if (failures.length > 0) throw new Error(`teardown incomplete:\n  ${failures.join('\n  ')}`);
}

async function deleteEntry(client: OpenStackApi, entry: LedgerEntry, options: DownOptions): Promise<void> {
  switch (entry.kind) {
    case 'floating-ip':
      await client.floatingIpDelete(entry.id);
      return;
    case 'server':
      if (await client.serverDelete(entry.id)) {
        await waitFor(async () => ((await client.find((id) => client.serverShow(id), entry.id)) ? undefined : true), {
          timeoutMs: options.deleteTimeoutMs ?? 300_000,
          intervalMs: options.pollIntervalMs ?? 2000,
          describe: `server ${entry.name ?? entry.id} to be deleted`,
        });
      }
      return;
    case 'subport':
      if (entry.trunkId !== undefined) {
        try {
          await client.trunkUnset(entry.trunkId, [entry.id]);
        } catch (err) {
          // the trunk or the subport is gone already, or the port is no longer a subport
          if (!(err instanceof OpenStackError) || !(err.notFound || err.httpStatus === 404)) throw err;
        }
      }
      return;
    case 'trunk':
      await client.trunkDelete(entry.id);
      return;
    case 'port':
      await client.portDelete(entry.id);
      return;
    case 'keypair':
      await client.keypairDelete(entry.id);
      return;
    case 'security-group-rule':
      await client.securityGroupRuleDelete(entry.id);
      return;
    case 'image':
      await client.imageDelete(entry.id);
      return;
  }
}
