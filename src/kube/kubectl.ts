/**
 * A typed wrapper over `kubectl`, called through the command-runner port with real kubectl grammar
 * (`kubectl --kubeconfig K -n NS get pods -l app=demo -o json`). It parses the JSON shapes real kubectl prints, so the
 * same code runs against a cluster and against the sandbox's kubectl double.
 */
import { ANY_EXIT_CODE, CommandError, type CommandResult, type CommandRunner } from '../runtime/command.js';
import {
  listItems,
  parseDeployment,
  parseEndpointAddresses,
  parseKubeJson,
  parseNode,
  parsePod,
  parseService,
  type KubeDeployment,
  type KubeNode,
  type KubePod,
  type KubeService,
} from './types.js';

/** Construction options of {@link Kubectl}. */
export interface KubectlOptions {
  runner: CommandRunner;
  /** `--kubeconfig`; unset lets kubectl use `$KUBECONFIG` or `~/.kube/config`. */
  kubeconfig?: string;
  /** The namespace every namespaced call uses (`-n`). */
  namespace: string;
  /** The kubectl executable (default `kubectl`). */
  executable?: string;
  /** Timeout of one non-exec call (default 60 s). */
  timeoutMs?: number;
}

/** Every exit code: `kubectl exec` passes the command's code through, and the caller classifies it. */

/** True when kubectl said the object does not exist. */
export function isKubeNotFound(err: unknown): boolean {
  return err instanceof CommandError && /\(NotFound\)|not found/i.test(err.result.stderr);
}

/** The typed kubectl. */
export class Kubectl {
  readonly namespace: string;
  readonly kubeconfig?: string;
  private readonly runner: CommandRunner;
  private readonly executable: string;
  private readonly timeoutMs: number;
  /** How many `kubectl exec` calls this instance made (for the benchmark and the results metadata). */
  execCount = 0;

  constructor(options: KubectlOptions) {
    this.runner = options.runner;
    this.kubeconfig = options.kubeconfig;
    this.namespace = options.namespace;
    this.executable = options.executable ?? 'kubectl';
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** The same kubectl (runner, kubeconfig, executable) for namespace `namespace`. */
  inNamespace(namespace: string): Kubectl {
    if (namespace === this.namespace) return this;
    return new Kubectl({
      runner: this.runner,
      kubeconfig: this.kubeconfig,
      namespace,
      executable: this.executable,
      timeoutMs: this.timeoutMs,
    });
  }

  /** The global flags of every call: `--kubeconfig K` (when set) and, for namespaced calls, `-n NS`. */
  private base(namespaced: boolean): string[] {
    const args = this.kubeconfig === undefined ? [] : ['--kubeconfig', this.kubeconfig];
    return namespaced ? [...args, '-n', this.namespace] : args;
  }

  /** Runs `kubectl [--kubeconfig K] [-n NS] ARGS…` and returns stdout. */
  async run(args: readonly string[], options: { namespaced?: boolean; input?: string } = {}): Promise<string> {
    const result = await this.runner.run(this.executable, [...this.base(options.namespaced ?? true), ...args], {
      timeoutMs: this.timeoutMs,
      input: options.input,
      label: 'kubectl',
    });
    return result.stdout;
  }

  /** `kubectl apply -f -` with `manifest` (JSON is YAML) on stdin. */
  async apply(manifest: Record<string, unknown>, namespaced = true): Promise<string> {
    return this.run(['apply', '-f', '-'], { namespaced, input: JSON.stringify(manifest) });
  }

  /** Creates the run's namespace (`kubectl apply` of a Namespace object). */
  async createNamespace(labels: Record<string, string> = {}): Promise<void> {
    await this.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: this.namespace, labels } }, false);
  }

  /** `kubectl delete namespace NS --wait=false`; false when it did not exist. */
  async deleteNamespace(): Promise<boolean> {
    try {
      await this.run(['delete', 'namespace', this.namespace, '--wait=false'], { namespaced: false });
      return true;
    } catch (err) {
      if (isKubeNotFound(err)) return false;
      throw err;
    }
  }

  /** `kubectl scale deployment/NAME --replicas=N`. */
  async scale(deployment: string, replicas: number): Promise<void> {
    await this.run(['scale', `deployment/${deployment}`, `--replicas=${replicas}`]);
  }

  /** `kubectl get deployment NAME -o json`. */
  async deployment(name: string): Promise<KubeDeployment> {
    return parseDeployment(parseKubeJson('get deployment', await this.run(['get', 'deployment', name, '-o', 'json'])));
  }

  /** `kubectl get pods [-l SELECTOR] -o json`. */
  async pods(selector?: string): Promise<KubePod[]> {
    const args = ['get', 'pods', ...(selector === undefined ? [] : ['-l', selector]), '-o', 'json'];
    return listItems('get pods', await this.run(args)).map((o) => parsePod(o));
  }

  /** `kubectl get service NAME -o json`. */
  async service(name: string): Promise<KubeService> {
    return parseService(parseKubeJson('get service', await this.run(['get', 'service', name, '-o', 'json'])));
  }

  /** Ready addresses of `kubectl get endpoints NAME -o json`. */
  async endpoints(name: string): Promise<{ ip: string; pod?: string }[]> {
    return parseEndpointAddresses(
      parseKubeJson('get endpoints', await this.run(['get', 'endpoints', name, '-o', 'json'])),
    );
  }

  /** `kubectl get nodes -o json`. */
  async nodes(): Promise<KubeNode[]> {
    return listItems('get nodes', await this.run(['get', 'nodes', '-o', 'json'], { namespaced: false })).map((o) =>
      parseNode(o),
    );
  }

  /**
   * `kubectl get PLURAL -o json` for optional resources (Kuryr CRDs): the items as raw JSON, or `undefined` when the
   * cluster (or the sandbox double) does not serve the resource. `everywhere`: across every namespace
   * (`--all-namespaces`) instead of this one.
   */
  async optionalList(
    plural: string,
    options: { everywhere?: boolean } = {},
  ): Promise<Record<string, unknown>[] | undefined> {
    const args = options.everywhere ? ['get', plural, '--all-namespaces', '-o', 'json'] : ['get', plural, '-o', 'json'];
    try {
      return listItems(`get ${plural}`, await this.run(args, { namespaced: !options.everywhere }));
    } catch {
      return undefined;
    }
  }

  /**
   * `kubectl exec POD -- ARGV…`: resolves with the command's result whatever its exit code (kubectl passes it through);
   * rejects only when kubectl itself could not run (spawn failure, timeout, cancellation).
   */
  async exec(pod: string, argv: readonly string[], options: { timeoutMs: number }): Promise<CommandResult> {
    this.execCount++;
    return this.runner.run(this.executable, [...this.base(true), 'exec', pod, '--', ...argv], {
      timeoutMs: options.timeoutMs,
      allowedExitCodes: ANY_EXIT_CODE,
      label: 'kubectl exec',
    });
  }
}
