/**
 * The nested leg's Kubernetes: on a real undercloud, the overcloud DevStack inside the trunk VM starts Kubernetes and
 * Kuryr; in the sandbox the kube emulation needs a nested cluster bound to that VM (`kdf-kube init --mode nested
 * --vm-server-id`), which can only exist once the VM does. This provider watches the sandbox cloud for the trunk
 * VM, creates the cluster as soon as the VM's namespace is wired, and renames its kubeconfig into the place the
 * DevStack double inside the VM waits for (`KDF_DOUBLE_KUBECONFIG_WAIT`). `stop()` removes the cluster once Kuryr's
 * emulation has released its ports and load balancers.
 */
import { createWriteStream, existsSync, readdirSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { ANY_EXIT_CODE, type CommandRunner } from '../../src/runtime/command.js';
import { REPO_ROOT } from '../world/paths.js';

const CLUSTER = 'demo-nested';
/** Services of the nested cluster: apart from the baremetal cluster's range (the kube emulation does not check). */
const SERVICE_RANGE = '10.0.0.152/29';

/** Options of {@link NestedClusterProvider}. */
export interface NestedClusterOptions {
  /** Runs programs in the root namespace (ip, kdf-kube). */
  host: CommandRunner;
  /** Runs `openstack` inside the sandbox (its clouds.yaml). */
  cloud: CommandRunner;
  /** The sandbox's state directory. */
  stateDir: string;
  /** The sandbox's network namespace. */
  namespace: string;
  /** The trunk VM's server name (trunk-vm's `server-name`). */
  serverName: string;
  /** Where the kubeconfig goes (written next to it, then renamed: the double must never read half a file). */
  kubeconfig: string;
  log: string;
  pollMs?: number;
}

/** Watches for the trunk VM and creates the nested cluster for it. */
export class NestedClusterProvider {
  private stopped = false;
  private loop: Promise<void> | undefined;
  private created = false;
  private readonly out: WriteStream;

  constructor(private readonly o: NestedClusterOptions) {
    this.out = createWriteStream(o.log, { flags: 'a', mode: 0o600 });
  }

  /** Starts watching (in the background). */
  start(): void {
    rmSync(this.o.kubeconfig, { force: true });
    this.loop = this.watch().catch((err: unknown) => this.note(`gave up: ${String(err)}`));
  }

  /** Stops watching and removes the cluster it made. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
    if (this.created) await this.removeCluster();
    rmSync(this.o.kubeconfig, { force: true });
    await new Promise<void>((res) => this.out.end(() => res()));
  }

  private note(line: string): void {
    this.out.write(`${new Date().toISOString()} ${line}\n`);
  }

  private async watch(): Promise<void> {
    const poll = this.o.pollMs ?? 2000;
    while (!this.stopped) {
      const server = await this.findActiveServer();
      if (server) {
        const netns = `${this.o.namespace}-vm-${server.id.slice(0, 8)}`;
        const wired = await this.o.host.run('ip', ['-n', netns, 'link', 'show', 'eth0'], {
          allowedExitCodes: ANY_EXIT_CODE,
        });
        if (wired.exitCode === 0 && server.ip) {
          await this.createCluster(server.id, server.ip);
          return;
        }
      }
      await new Promise((r) => setTimeout(r, poll));
    }
  }

  private async findActiveServer(): Promise<{ id: string; ip?: string } | undefined> {
    const r = await this.o.cloud.run(
      'openstack',
      [
        '--os-cloud',
        'devstack-admin',
        'server',
        'list',
        '--all-projects',
        '--name',
        `^${this.o.serverName}$`,
        '-f',
        'json',
        '--long',
      ],
      { allowedExitCodes: ANY_EXIT_CODE, timeoutMs: 120_000 },
    );
    if (r.exitCode !== 0) {
      this.note(`server list failed: ${r.stderr.trim()}`);
      return undefined;
    }
    const rows = JSON.parse(r.stdout || '[]') as Array<{ ID: string; Status: string; Networks: unknown }>;
    const row = rows.find((s) => s.Status === 'ACTIVE');
    if (!row) return undefined;
    return { id: row.ID, ip: firstIpv4(row.Networks) };
  }

  private async createCluster(serverId: string, ip: string): Promise<void> {
    const tmp = `${this.o.kubeconfig}.tmp`;
    this.note(`server ${serverId} (${ip}) is up: kdf-kube init --cluster ${CLUSTER} --mode nested`);
    const r = await this.o.host.run(
      join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kdf-kube'),
      [
        'init',
        '--state-dir',
        this.o.stateDir,
        '--cluster',
        CLUSTER,
        '--mode',
        'nested',
        '--vm-server-id',
        serverId,
        '--node',
        `${this.o.serverName}=${ip}`,
        '--kubeconfig',
        tmp,
        '--namespace',
        this.o.namespace,
        '--service-cluster-ip-range',
        SERVICE_RANGE,
      ],
      { timeoutMs: 120_000 },
    );
    this.created = true;
    this.note(r.stdout.trim());
    renameSync(tmp, this.o.kubeconfig);
    this.note(`kubeconfig ready: ${this.o.kubeconfig}`);
  }

  /** Waits (bounded) until Kuryr's emulation released the cluster's ports and load balancers, then drops it. */
  private async removeCluster(): Promise<void> {
    const dir = join(this.o.stateDir, 'kube', 'clusters', CLUSTER);
    const left = (): number =>
      ['pods', 'services']
        .map((k) => join(dir, 'kuryr', k))
        .filter((d) => existsSync(d))
        .flatMap((d) => readdirSync(d).flatMap((ns) => readdirSync(join(d, ns)))).length;
    const deadline = Date.now() + 180_000;
    while (left() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000));
    if (left() > 0) this.note(`cluster ${CLUSTER}: ${left()} Kuryr object(s) still there after 180 s; removing anyway`);
    rmSync(dir, { recursive: true, force: true });
    this.note(`cluster ${CLUSTER} removed`);
  }
}

/** The first IPv4 address in the `Networks` column of `server list -f json` (a dict or a string, by client). */
export function firstIpv4(networks: unknown): string | undefined {
  const text = typeof networks === 'string' ? networks : JSON.stringify(networks ?? '');
  return /\b(\d{1,3}(?:\.\d{1,3}){3})\b/.exec(text)?.[1];
}
