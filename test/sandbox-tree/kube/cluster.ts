/**
 * A throw-away sandbox Kubernetes cluster for the kubectl-double suites: a temporary state directory, a network
 * namespace standing in for the sandbox namespace, `kdf-kube init --cni local` (the kubelet wires pods itself on a
 * bridge in that namespace, no Neutron) and a real `kube-manager` started with `nsenter --net`. Every pod namespace,
 * process and the stand-in namespace are removed by {@link TempCluster.stop}.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CommandError, type CommandResult } from '../../../src/runtime/command.js';
import { ProcessCommandRunner } from '../../../src/runtime/process-runner.js';
import { REPO_ROOT } from '../../helpers/paths.js';

export const KUBE_DIR = join(REPO_ROOT, 'sandbox', 'kube');
export const KUBECTL = join(KUBE_DIR, 'bin', 'kubectl');
export const PY = '/usr/bin/python3';
const PATH_ENV = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const runner = new ProcessCommandRunner({ killGraceMs: 2000 });

/** Options of {@link TempCluster.kubectl}. */
export interface KubectlOptions {
  /** Text on stdin. */
  input?: string;
  /** Exit codes that do not throw (default: any). */
  allowedExitCodes?: readonly number[];
  /** Extra environment. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Whether this process may create network namespaces (the suites need root). */
export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** One temporary cluster with its manager running. */
export class TempCluster {
  private readonly abort = new AbortController();
  private manager?: Promise<unknown>;

  private constructor(
    /** The state directory (STATE). */
    readonly stateDir: string,
    /** The stand-in sandbox namespace. */
    readonly sbx: string,
    /** The kubeconfig written by `kdf-kube init`. */
    readonly kubeconfig: string,
  ) {}

  /**
   * Creates the namespace and the cluster, and starts kube-manager.
   * @param options.clusterDns `kdf-kube init --cluster-dns` (kube-dns Service, coredns Deployment, pods' resolv.conf)
   */
  static async start(
    name = 'c1',
    cidr = '10.199.0.0/24',
    options: { clusterDns?: boolean } = {},
  ): Promise<TempCluster> {
    const stateDir = mkdtempSync(join(tmpdir(), 'kdf-kube-'));
    const sbx = `kdfk${process.pid.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
    const c = new TempCluster(stateDir, sbx, join(stateDir, 'kubeconfig'));
    await runner.run('ip', ['netns', 'add', sbx]);
    await runner.run('ip', ['-n', sbx, 'link', 'set', 'lo', 'up']);
    await runner.run(PY, [
      join(KUBE_DIR, 'bin', 'kdf-kube'),
      'init',
      '--state-dir',
      stateDir,
      '--cluster',
      name,
      '--mode',
      'baremetal',
      '--kubeconfig',
      c.kubeconfig,
      '--namespace',
      sbx,
      '--cni',
      'local',
      '--local-cidr',
      cidr,
      ...(options.clusterDns === true ? ['--cluster-dns'] : []),
    ]);
    c.manager = runner
      .run(
        'nsenter',
        [
          `--net=/run/netns/${sbx}`,
          PY,
          join(KUBE_DIR, 'bin', 'kube-manager'),
          '--state-dir',
          stateDir,
          '--namespace',
          sbx,
        ],
        { signal: c.abort.signal, timeoutMs: 3_600_000, env: { PATH: PATH_ENV }, allowedExitCodes: [0] },
      )
      .catch((e: unknown) => e);
    return c;
  }

  /** Runs the kubectl double with this cluster's kubeconfig; never throws on a non-zero exit unless told to. */
  async kubectl(args: readonly string[], options: KubectlOptions = {}): Promise<CommandResult> {
    try {
      return await runner.run(PY, [KUBECTL, ...args], {
        input: options.input,
        env: { PATH: PATH_ENV, KUBECONFIG: this.kubeconfig, HOME: this.stateDir, ...options.env },
        replaceEnv: true,
        timeoutMs: options.timeoutMs ?? 60_000,
        allowedExitCodes: options.allowedExitCodes ?? Array.from({ length: 256 }, (_, i) => i),
      });
    } catch (e) {
      if (e instanceof CommandError) throw new Error(`${e.message}\nstderr: ${e.result.stderr}`);
      throw e;
    }
  }

  /** kubectl that must succeed; returns stdout. */
  async ok(...args: string[]): Promise<string> {
    const r = await this.kubectl(args, { allowedExitCodes: [0] });
    return r.stdout;
  }

  /** `kubectl ... -o json`, parsed. */
  async json<T = Record<string, unknown>>(...args: string[]): Promise<T> {
    return JSON.parse(await this.ok(...args, '-o', 'json')) as T;
  }

  /** Network namespaces of this cluster's pods that exist now. */
  podNamespaces(): string[] {
    try {
      return readdirSync('/run/netns').filter((n) => n.startsWith(`${this.sbx}-pod-`));
    } catch {
      return [];
    }
  }

  /** Stops the manager, kills every process left in a pod namespace, deletes the namespaces and the state. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.manager;
    for (const ns of this.podNamespaces()) {
      const pids = await runner.run('ip', ['netns', 'pids', ns], { allowedExitCodes: [0, 1] });
      const list = pids.stdout.split(/\s+/).filter((p) => /^\d+$/.test(p));
      if (list.length) await runner.run('kill', ['-KILL', ...list], { allowedExitCodes: [0, 1] });
      await runner.run('ip', ['netns', 'del', ns], { allowedExitCodes: [0, 1] });
      rmSync(join('/etc/netns', ns), { recursive: true, force: true }); // a pod's resolv.conf (cluster DNS)
    }
    await runner.run('ip', ['netns', 'del', this.sbx], { allowedExitCodes: [0, 1] });
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}

/** Polls `read` until `done` holds, or throws after `timeoutMs` with the last value. */
export async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
