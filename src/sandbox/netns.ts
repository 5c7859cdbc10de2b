/**
 * The sandbox's network namespace: created with its loopback and a `br-ex` bridge carrying the public gateway
 * address (where DevStack's br-ex sits), and nothing else. No veth, no route out of the machine: the machine's own
 * routes and iptables are never touched.
 */
import { existsSync } from 'node:fs';

import type { CommandRunner } from '../runtime/command.js';

/** Where iproute2 keeps named namespaces. */
export const NETNS_DIR = '/run/netns';

/** Namespace names iproute2 accepts and that are safe in file names. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

/** True when `name` is a usable namespace name. */
export function isValidNamespaceName(name: string): boolean {
  return NAME.test(name);
}

/** The public bridge inside the namespace. */
export interface BridgeSpec {
  /** Interface name (DevStack: `br-ex`). */
  name: string;
  /** Address with prefix (DevStack: the public gateway `172.24.4.1/24`). */
  address: string;
}

/** One named network namespace, managed through `ip` (iproute2). */
export class Namespace {
  constructor(
    private readonly runner: CommandRunner,
    readonly name: string,
  ) {
    if (!isValidNamespaceName(name)) throw new TypeError(`invalid namespace name '${name}'`);
  }

  /** True when the namespace exists. */
  exists(): boolean {
    return existsSync(`${NETNS_DIR}/${this.name}`);
  }

  /**
   * Creates the namespace (if missing) with loopback up and the bridge carrying `bridge.address`. Idempotent: an
   * existing bridge or address is left as it is.
   */
  async create(bridge: BridgeSpec): Promise<void> {
    if (!this.exists()) await this.runner.run('ip', ['netns', 'add', this.name], { label: 'netns' });
    const links = await this.links();
    const batch = ['link set lo up'];
    if (!links.includes(bridge.name)) batch.push(`link add ${bridge.name} type bridge`);
    const addresses = await this.addresses(bridge.name);
    if (!addresses.includes(bridge.address)) batch.push(`address add ${bridge.address} dev ${bridge.name}`);
    batch.push(`link set ${bridge.name} up`);
    await this.runner.run('ip', ['-n', this.name, '-batch', '-'], { input: batch.join('\n') + '\n', label: 'netns' });
  }

  /** Deletes the namespace (no-op when it does not exist). */
  async delete(): Promise<void> {
    if (this.exists()) await this.runner.run('ip', ['netns', 'delete', this.name], { label: 'netns' });
  }

  /** Pids of every process whose network namespace this is. */
  async pids(): Promise<number[]> {
    if (!this.exists()) return [];
    const { stdout } = await this.runner.run('ip', ['netns', 'pids', this.name], { label: 'netns' });
    return stdout
      .split('\n')
      .map((line) => Number.parseInt(line.trim(), 10))
      .filter((pid) => Number.isInteger(pid) && pid > 0);
  }

  /** Names of the interfaces in the namespace. */
  async links(): Promise<string[]> {
    if (!this.exists()) return [];
    const { stdout } = await this.runner.run('ip', ['-n', this.name, '-j', 'link', 'show'], { label: 'netns' });
    return (JSON.parse(stdout || '[]') as { ifname: string }[]).map((l) => l.ifname);
  }

  /** The routes of every table in the namespace, as `ip -j route` objects. */
  async routes(): Promise<{ dst: string; dev?: string; gateway?: string; table?: string }[]> {
    if (!this.exists()) return [];
    const { stdout } = await this.runner.run('ip', ['-n', this.name, '-j', 'route', 'show', 'table', 'all'], {
      label: 'netns',
    });
    return JSON.parse(stdout || '[]') as { dst: string; dev?: string; gateway?: string; table?: string }[];
  }

  /** `ADDRESS/PREFIX` of every IPv4/IPv6 address on `dev` (empty when the device is missing). */
  private async addresses(dev: string): Promise<string[]> {
    const { stdout } = await this.runner.run('ip', ['-n', this.name, '-j', 'address', 'show'], { label: 'netns' });
    const links = JSON.parse(stdout || '[]') as {
      ifname: string;
      addr_info?: { local: string; prefixlen: number }[];
    }[];
    return (links.find((l) => l.ifname === dev)?.addr_info ?? []).map((a) => `${a.local}/${a.prefixlen}`);
  }
}
