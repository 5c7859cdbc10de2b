/**
 * The nested trunk VM (docs/nested-topology.md#trunk-vm-procedure) (library part of `actions/trunk-vm`): key pair,
 * security group rules, parent port `port0`, trunk `trunk0`, a server on the parent port, a floating IP, optional VLAN
 * subports. Every created resource goes into a {@link TeardownLedger} so {@link downTrunkVm} can undo a run, also a
 * partial one.
 *
 * SSH readiness and the overcloud follow in trunk-vm-action.ts (ssh.ts, overcloud.ts).
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { throwIfCancelled } from '../runtime/cancel.js';
import { ConfigurationError, getErrorMessage } from '../runtime/errors.js';
import type { CommandRunner } from '../runtime/command.js';
import type { Logger } from '../runtime/logger.js';
import type { OpenStackClient, RuleSpec } from './client.js';
import { OpenStackError } from './errors.js';
import { TEARDOWN_ORDER, TeardownLedger, type LedgerEntry } from './ledger.js';
import { resolveSecurityGroupId } from './security-groups.js';
import type { Image, Port, Server } from './types.js';
import { waitFor } from './wait.js';

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
  client: OpenStackClient;
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

/** Fails clearly when `what` exists and `reuse` is off. */
function existing(kind: string, name: string, reuse: boolean): void {
  if (!reuse) {
    throw new ConfigurationError(
      `${kind} '${name}' already exists: delete it, or set 'reuse: true' to adopt it`,
      'reuse',
    );
  }
}

async function up(
  s: TrunkVmSettings,
  { client, logger, runner, signal }: TrunkVmDeps,
  ledger: TeardownLedger,
): Promise<TrunkVmResult> {
  const interval = s.pollIntervalMs ?? 2000;
  const step = (): void => throwIfCancelled(signal);

  step();
  // 1. key pair, generated per run; the private key is a secret
  const knownKeypair = await client.find((n) => client.keypairShow(n), s.keypairName);
  if (knownKeypair) {
    existing('key pair', s.keypairName, s.reuse);
    if (!existsSync(s.sshKeyPath)) {
      throw new ConfigurationError(
        `key pair '${s.keypairName}' exists but its private key ${s.sshKeyPath} does not: it cannot be adopted`,
        'ssh-key-path',
      );
    }
    ledger.record({ kind: 'keypair', id: s.keypairName, adopted: true });
  } else {
    const keypair = await client.keypairCreate(s.keypairName);
    ledger.record({ kind: 'keypair', id: s.keypairName });
    const key = keypair.privateKey ?? '';
    logger.addSecret(key);
    writeFileSync(s.sshKeyPath, key, { mode: 0o600 });
    chmodSync(s.sshKeyPath, 0o600);
    logger.info(`key pair ${s.keypairName} created; private key in ${s.sshKeyPath}`);
  }

  step();
  // 2. ICMP and SSH rules, idempotent, in the group of the cloud's own project (by id: an admin sees one `default`
  // per project, and the name alone is ambiguous)
  const groupId = await resolveSecurityGroupId(client, s.securityGroup);
  for (const spec of s.securityRules ?? TRUNK_VM_RULES) {
    const { rule, created } = await client.ensureSecurityGroupRule(groupId, spec);
    if (created) ledger.record({ kind: 'security-group-rule', id: rule.id });
    logger.info(
      `security group ${s.securityGroup} (${groupId}): ${describeRule(spec)} ${created ? 'added' : 'present'}`,
    );
  }

  step();
  // 3. image (must exist) and flavor
  const image =
    s.imageUrl === undefined
      ? await mustExist(() => client.imageShow(s.image), 'image', `image '${s.image}' does not exist`)
      : await ensureImage(s, s.imageUrl, { client, logger, runner }, ledger);
  const flavor = await mustExist(() => client.flavorShow(s.flavor), 'flavor', `flavor '${s.flavor}' does not exist`);
  const external = await mustExist(
    () => client.networkShow(s.externalNetwork),
    'external-network',
    `network '${s.externalNetwork}' does not exist`,
  );
  if (!external.external) {
    throw new ConfigurationError(
      `network '${s.externalNetwork}' is not external (router:external)`,
      'external-network',
    );
  }

  step();
  // 4. port0 on the network
  let port = await client.find((n) => client.portShow(n), s.portName);
  if (port) {
    existing('port', s.portName, s.reuse);
    ledger.record({ kind: 'port', id: port.id, name: s.portName, adopted: true });
  } else {
    await mustExist(() => client.networkShow(s.network), 'network', `network '${s.network}' does not exist`);
    port = await client.portCreate(s.portName, { network: s.network, securityGroups: [groupId] });
    ledger.record({ kind: 'port', id: port.id, name: s.portName });
  }
  const workerSubnetId = port.fixedIps[0]?.subnetId;
  const parentPortIp = port.fixedIps[0]?.ipAddress;
  if (workerSubnetId === undefined || parentPortIp === undefined) {
    throw new Error(`port ${s.portName} (${port.id}) has no fixed IP`);
  }

  step();
  // 5. trunk0 with port0 as parent
  let trunk = await client.find((n) => client.trunkShow(n), s.trunkName);
  if (trunk) {
    existing('trunk', s.trunkName, s.reuse);
    if (trunk.portId !== port.id) {
      throw new ConfigurationError(
        `trunk '${s.trunkName}' exists with parent port ${trunk.portId}, not ${s.portName} (${port.id})`,
        'reuse',
      );
    }
    ledger.record({ kind: 'trunk', id: trunk.id, name: s.trunkName, adopted: true });
  } else {
    trunk = await client.trunkCreate(s.trunkName, port.id);
    ledger.record({ kind: 'trunk', id: trunk.id, name: s.trunkName });
  }

  step();
  // 6. optional subports
  const subportIds: Record<number, string> = {};
  for (const sub of trunk.subPorts) subportIds[sub.segmentationId] = sub.portId;
  for (const vlan of s.subportVlanIds) {
    if (subportIds[vlan] !== undefined) continue;
    step();
    const name = `${s.trunkName}-vlan${vlan}`;
    const sub = await client.portCreate(name, { network: s.subportNetwork ?? s.network });
    ledger.record({ kind: 'port', id: sub.id, name });
    await client.trunkSet(trunk.id, [{ port: sub.id, segmentationId: vlan }]);
    ledger.record({ kind: 'subport', id: sub.id, name, trunkId: trunk.id });
    subportIds[vlan] = sub.id;
  }

  step();
  // 7. the server on port0
  let server = await client.find((n) => client.serverShow(n), s.serverName);
  if (server) {
    existing('server', s.serverName, s.reuse);
    ledger.record({ kind: 'server', id: server.id, name: s.serverName, adopted: true });
  } else {
    server = await client.serverCreate(s.serverName, {
      image: image.id,
      flavor: flavor.id,
      portId: port.id,
      keyName: s.keypairName,
    });
    ledger.record({ kind: 'server', id: server.id, name: s.serverName });
    logger.info(`server ${s.serverName} (${server.id}) created; waiting for ACTIVE`);
  }
  const serverId = server.id;
  let last: Server = server;
  await waitFor(
    async () => {
      last = await client.serverShow(serverId);
      if (last.status === 'ACTIVE') return last;
      if (last.status === 'ERROR') throw await serverFailure(client, last);
      return undefined;
    },
    {
      timeoutMs: s.bootTimeoutMs ?? 600_000,
      intervalMs: interval,
      describe: () => `server ${s.serverName} (${serverId}) to be ACTIVE (last status ${last.status})`,
      signal,
    },
  );

  step();
  // 8. floating IP on the external network, associated to port0
  const fip = await attachFloatingIp(client, s, port, ledger);
  logger.info(`trunk VM up: server ${serverId}, floating IP ${fip.address}, trunk ${trunk.id}`);

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

/**
 * The image for `imageUrl`: the Glance image named `image` when it exists, otherwise the URL downloaded with curl
 * (kept in `imageCacheDir` by the URL's SHA-256, so a second run does not download again) and uploaded.
 */
async function ensureImage(
  s: TrunkVmSettings,
  url: string,
  { client, logger, runner }: TrunkVmDeps,
  ledger: TeardownLedger,
): Promise<Image> {
  const known = await client.find((n) => client.imageShow(n), s.image);
  if (known) {
    logger.info(`image ${s.image} exists (${known.id}); image-url not downloaded`);
    return known;
  }
  if (!runner) throw new Error('image-url needs a command runner for curl');
  const cacheDir = s.imageCacheDir ?? join(tmpdir(), 'kdf-image-cache');
  mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const file = join(cacheDir, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.img`);
  if (existsSync(file)) {
    logger.info(`image-url ${url}: cached in ${file}`);
  } else {
    const partial = `${file}.part-${process.pid}`;
    logger.info(`downloading image-url ${url}`);
    try {
      await runner.run(
        'curl',
        ['--fail', '--location', '--silent', '--show-error', '--retry', '3', '--output', partial, '--', url],
        { timeoutMs: 60 * 60_000, label: 'curl' },
      );
      renameSync(partial, file);
    } catch (err) {
      rmSync(partial, { force: true });
      throw new ConfigurationError(`image-url ${url} could not be downloaded: ${getErrorMessage(err)}`, 'image-url');
    }
  }
  const image = await client.imageCreate(s.image, { file, diskFormat: s.imageDiskFormat ?? 'qcow2' });
  ledger.record({ kind: 'image', id: image.id, name: s.image });
  logger.info(`image ${s.image} (${image.id}) uploaded from ${url}`);
  return image;
}

async function attachFloatingIp(
  client: OpenStackClient,
  s: TrunkVmSettings,
  port: Port,
  ledger: TeardownLedger,
): Promise<{ id: string; address: string }> {
  const [adopt] = await client.floatingIpIds({ port: port.id });
  if (adopt !== undefined) {
    existing(`floating IP on port`, s.portName, s.reuse);
    ledger.record({ kind: 'floating-ip', id: adopt, adopted: true });
    const shown = await client.floatingIpShow(adopt);
    return { id: shown.id, address: shown.address };
  }
  const fip = await client.floatingIpCreate(s.externalNetwork, { port: port.id });
  ledger.record({ kind: 'floating-ip', id: fip.id, name: fip.address });
  return { id: fip.id, address: fip.address };
}

async function mustExist<T>(show: () => Promise<T>, input: string, message: string): Promise<T> {
  try {
    return await show();
  } catch (err) {
    if (err instanceof OpenStackError && err.notFound)
      throw new ConfigurationError(`${message} (${err.apiMessage})`, input);
    throw err;
  }
}

/** The error for a server in ERROR: its fault and the tail of its console log. */
async function serverFailure(client: OpenStackClient, server: Server): Promise<Error> {
  let log = '';
  try {
    log = (await client.consoleLog(server.id, 50)).trimEnd();
  } catch (err) {
    log = `(console log unavailable: ${getErrorMessage(err)})`;
  }
  const fault = server.fault
    ? `${server.fault.message}${server.fault.code === undefined ? '' : ` (code ${server.fault.code})`}`
    : 'no fault recorded';
  return new Error(`server ${server.name} (${server.id}) went to ERROR: ${fault}\nconsole log:\n${log}`);
}

function describeRule(spec: RuleSpec): string {
  return spec.dstPort === undefined ? spec.protocol : `${spec.protocol}/${spec.dstPort}`;
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

async function deleteEntry(client: OpenStackClient, entry: LedgerEntry, options: DownOptions): Promise<void> {
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
