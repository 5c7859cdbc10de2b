/**
 * The connectivity preflight: seconds, before the namespace exists. A cloud missing from clouds.yaml, a kubeconfig
 * that is missing or not YAML, an API server that does not answer and a kubectl that is not there are configuration
 * errors naming the flag/input, not a slow cloud to poll for minutes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parse } from 'yaml';

import { cloudsYamlCandidates } from '../openstack/clouds-yaml.js';
import { resolveCloudConfig } from '../openstack/rest/cloud-config.js';
import { kdfEnvName } from '../runtime/env.js';
import { CancelledError, cancelReason } from '../runtime/cancel.js';
import { CommandError, type CommandRunner } from '../runtime/command.js';
import { ConfigurationError, getErrorMessage } from '../runtime/errors.js';

/** What the preflight checks. */
export interface ConnectivityPreflight {
  runner: CommandRunner;
  /** The kubectl executable (default `kubectl`). */
  kubectl?: string;
  /** The `kubeconfig` input; unset: kubectl's own default. */
  kubeconfig?: string;
  /** The `os-cloud` input; unset: no cloud is used, nothing to check. */
  cloud?: string;
  /** `OS_CLIENT_CONFIG_FILE` of the environment the openstack CLI runs in. */
  cloudsYamlEnv?: string;
  /**
   * The environment a client that reads `OS_*` takes a cloud from when clouds.yaml lacks it (the REST client's rule);
   * unset: the cloud must be in clouds.yaml, as the `openstack` CLI requires.
   */
  osVariables?: NodeJS.ProcessEnv;
  /** Where relative paths are resolved and `./clouds.yaml` is looked for. */
  cwd: string;
  /** Bound of the API server call (default 15 s). */
  timeoutMs?: number;
  /** Only for the cancellation's reason (the runner itself carries the signal). */
  signal?: AbortSignal;
}

/** The clouds.yaml openstacksdk reads: `OS_CLIENT_CONFIG_FILE` first, then its search path; the first that exists. */
export function activeCloudsYaml(envFile: string | undefined, cwd: string): { file?: string; searched: string[] } {
  const searched = [...(envFile ? [resolve(cwd, envFile)] : []), ...cloudsYamlCandidates(undefined, cwd)];
  return { file: searched.find((f) => existsSync(f)), searched };
}

/** The cloud names of a clouds.yaml (a ConfigurationError when the file is not YAML with a `clouds` map). */
export function cloudNames(file: string, input = 'os-cloud'): string[] {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigurationError(
      `${file} (clouds.yaml of '${input}') is not valid YAML: ${getErrorMessage(err)}`,
      input,
    );
  }
  const clouds = (doc as { clouds?: unknown } | null)?.clouds;
  return clouds !== null && typeof clouds === 'object' ? Object.keys(clouds) : [];
}

/**
 * Checks the cloud name against clouds.yaml, without calling the cloud. With `osVariables` (a client that reads
 * `OS_*`), a cloud clouds.yaml lacks passes when `OS_AUTH_URL` is set and the variables hold complete credentials.
 */
export function checkCloud(
  cloud: string,
  envFile: string | undefined,
  cwd: string,
  osVariables?: NodeJS.ProcessEnv,
): void {
  const { file, searched } = activeCloudsYaml(envFile, cwd);
  const names = file === undefined ? [] : cloudNames(file);
  if (names.includes(cloud)) return;
  if (osVariables?.OS_AUTH_URL) {
    // the client's own reading, with the step's directory: incomplete credentials name what is missing
    try {
      resolveCloudConfig(cloud, { ...osVariables, OS_CLIENT_CONFIG_FILE: envFile }, cwd);
    } catch (err) {
      throw new ConfigurationError(`Input 'os-cloud': ${getErrorMessage(err)}`, 'os-cloud');
    }
    return;
  }
  const orVariables = osVariables ? ', and OS_AUTH_URL is not set' : '';
  if (file === undefined) {
    throw new ConfigurationError(
      `Input 'os-cloud': no clouds.yaml for cloud '${cloud}' (looked at ${searched.join(', ')})${orVariables}; set OS_CLIENT_CONFIG_FILE`,
      'os-cloud',
    );
  }
  throw new ConfigurationError(
    `Input 'os-cloud': cloud '${cloud}' is not in ${file}; it has: ${names.join(', ') || 'no clouds'}${orVariables}.`,
    'os-cloud',
  );
}

/** The kubeconfig file exists and is YAML with clusters and contexts. Returns its absolute path. */
export function checkKubeconfig(path: string, cwd: string): string {
  const file = isAbsolute(path) ? path : resolve(cwd, path);
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      `Input 'kubeconfig': cannot read ${file}: ${code ?? getErrorMessage(err).split('\n')[0]}`,
      'kubeconfig',
    );
  }
  const kc = doc as { clusters?: unknown; contexts?: unknown } | null;
  if (!kc || !Array.isArray(kc.clusters) || !Array.isArray(kc.contexts)) {
    throw new ConfigurationError(
      `Input 'kubeconfig': ${file} is not a kubeconfig (no clusters or contexts).`,
      'kubeconfig',
    );
  }
  return file;
}

/**
 * Runs every check: clouds.yaml, kubeconfig, then one bounded `kubectl version` (finds kubectl and asks the API
 * server, which answers in milliseconds when it is up).
 * @throws ConfigurationError naming `os-cloud`, `kubeconfig` or `kubectl`
 */
export async function connectivityPreflight(p: ConnectivityPreflight): Promise<void> {
  if (p.cloud !== undefined) checkCloud(p.cloud, p.cloudsYamlEnv, p.cwd, p.osVariables);
  const kubeconfig = p.kubeconfig === undefined ? undefined : checkKubeconfig(p.kubeconfig, p.cwd);
  const kubectl = p.kubectl ?? 'kubectl';
  const timeoutMs = p.timeoutMs ?? 15_000;
  const args = [
    ...(kubeconfig === undefined ? [] : ['--kubeconfig', kubeconfig]),
    `--request-timeout=${Math.max(1, Math.floor(timeoutMs / 1000) - 2)}s`,
    'version',
    '-o',
    'json',
  ];
  try {
    await p.runner.run(kubectl, args, { timeoutMs, label: 'kubectl' });
  } catch (err) {
    if (!(err instanceof CommandError)) throw err;
    if (err.cancelled) throw new CancelledError(cancelReason(p.signal), 'during the preflight');
    if (err.code === 'ENOENT' || err.code === 'EACCES') {
      throw new ConfigurationError(
        `kubectl '${kubectl}' cannot be run (${err.code}): install it on PATH or name it with --kubectl / ${kdfEnvName('kubectl')}.`,
        'kubectl',
      );
    }
    const why = err.timedOut
      ? `no answer in ${Math.round(timeoutMs / 1000)} s`
      : (err.result.stderr.trim().split('\n')[0] ?? err.message);
    throw new ConfigurationError(
      `Input 'kubeconfig': the Kubernetes API server of ${kubeconfig ?? "kubectl's default kubeconfig"} does not answer: ${why}`,
      'kubeconfig',
    );
  }
}
