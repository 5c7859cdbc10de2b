/**
 * The steps of the nested trunk VM's bring-up (trunk-vm.ts runs them in order): each finds its object, adopts it
 * when `reuse` allows, or creates it, and records it in the run's {@link TeardownLedger}.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { throwIfCancelled } from '../runtime/cancel.js';
import { ConfigurationError, getErrorMessage } from '../runtime/errors.js';
import type { RuleSpec } from './client.js';
import { OpenStackError } from './errors.js';
import type { TeardownLedger } from './ledger.js';
import { resolveSecurityGroupId } from './security-groups.js';
import type { TrunkVmDeps, TrunkVmSettings } from './trunk-vm.js';
import type { Flavor, Image, Server } from './types/compute.js';
import type { Port, Trunk } from './types/port.js';
import { waitFor } from '../runtime/wait.js';

/** One bring-up: what to create, the ports, and the ledger every created or adopted object goes into. */
export interface TrunkVmRun {
  s: TrunkVmSettings;
  deps: TrunkVmDeps;
  ledger: TeardownLedger;
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

/** 1. The key pair, generated per run; the private key is a secret, written with mode 0600. */
export async function ensureKeypair({ s, deps: { client, logger }, ledger }: TrunkVmRun): Promise<void> {
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
}

/**
 * 2. The ICMP and SSH rules, idempotent, in the group of the cloud's own project (by id: an admin sees one
 * `default` per project, and the name alone is ambiguous). Returns the group's id.
 */
export async function ensureSecurityRules(
  { s, deps: { client, logger }, ledger }: TrunkVmRun,
  rules: readonly RuleSpec[],
): Promise<string> {
  const groupId = await resolveSecurityGroupId(client, s.securityGroup);
  for (const spec of rules) {
    const { rule, created } = await client.ensureSecurityGroupRule(groupId, spec);
    if (created) ledger.record({ kind: 'security-group-rule', id: rule.id });
    logger.info(
      `security group ${s.securityGroup} (${groupId}): ${describeRule(spec)} ${created ? 'added' : 'present'}`,
    );
  }
  return groupId;
}

/** 3. The image (must exist, or comes from `imageUrl`), the flavor, and the external network (must be external). */
export async function bootInputs(run: TrunkVmRun): Promise<{ image: Image; flavor: Flavor }> {
  const { s } = run;
  const { client } = run.deps;
  const image =
    s.imageUrl === undefined
      ? await mustExist(() => client.imageShow(s.image), 'image', `image '${s.image}' does not exist`)
      : await ensureImage(run, s.imageUrl);
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
  return { image, flavor };
}

/** 4. port0 on the network, in security group `groupId`; its first fixed IP is the VM's address. */
export async function ensureParentPort(
  { s, deps: { client }, ledger }: TrunkVmRun,
  groupId: string,
): Promise<{ port: Port; workerSubnetId: string; parentPortIp: string }> {
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
  return { port, workerSubnetId, parentPortIp };
}

/** 5. trunk0 with port0 as its parent (an adopted trunk must have that parent). */
export async function ensureTrunk({ s, deps: { client }, ledger }: TrunkVmRun, port: Port): Promise<Trunk> {
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
  return trunk;
}

/** 6. The optional VLAN subports the trunk does not have yet; returns every subport's port id by VLAN id. */
export async function ensureSubports(
  { s, deps: { client, signal }, ledger }: TrunkVmRun,
  trunk: Trunk,
): Promise<Record<number, string>> {
  const subportIds: Record<number, string> = {};
  for (const sub of trunk.subPorts) subportIds[sub.segmentationId] = sub.portId;
  for (const vlan of s.subportVlanIds) {
    if (subportIds[vlan] !== undefined) continue;
    throwIfCancelled(signal);
    const name = `${s.trunkName}-vlan${vlan}`;
    const sub = await client.portCreate(name, { network: s.subportNetwork ?? s.network });
    ledger.record({ kind: 'port', id: sub.id, name });
    await client.trunkSet(trunk.id, [{ port: sub.id, segmentationId: vlan }]);
    ledger.record({ kind: 'subport', id: sub.id, name, trunkId: trunk.id });
    subportIds[vlan] = sub.id;
  }
  return subportIds;
}

/** 7. The server on port0, then waits until it is ACTIVE (a server in ERROR fails with its fault). */
export async function ensureServer(
  { s, deps: { client, logger, signal }, ledger }: TrunkVmRun,
  boot: { image: Image; flavor: Flavor; port: Port },
): Promise<string> {
  let server = await client.find((n) => client.serverShow(n), s.serverName);
  if (server) {
    existing('server', s.serverName, s.reuse);
    ledger.record({ kind: 'server', id: server.id, name: s.serverName, adopted: true });
  } else {
    server = await client.serverCreate(s.serverName, {
      image: boot.image.id,
      flavor: boot.flavor.id,
      portId: boot.port.id,
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
      intervalMs: s.pollIntervalMs ?? 2000,
      describe: () => `server ${s.serverName} (${serverId}) to be ACTIVE (last status ${last.status})`,
      signal,
    },
  );
  return serverId;
}

/** 8. A floating IP on the external network, associated to port0 (the one it has, with `reuse`). */
export async function attachFloatingIp(
  { s, deps: { client }, ledger }: TrunkVmRun,
  port: Port,
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

/**
 * The image for `imageUrl`: the Glance image named `image` when it exists, otherwise the URL downloaded with curl
 * (kept in `imageCacheDir` by the URL's SHA-256, so a second run does not download again) and uploaded.
 */
async function ensureImage({ s, deps: { client, logger, runner }, ledger }: TrunkVmRun, url: string): Promise<Image> {
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
async function serverFailure(client: TrunkVmDeps['client'], server: Server): Promise<Error> {
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
