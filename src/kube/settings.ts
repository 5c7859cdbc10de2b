/**
 * actions/connectivity's settings: every input parsed once into a typed object, shared by the action and
 * `kdf connectivity`. User mistakes throw a ConfigurationError naming the input.
 */
import { kdfEnv, kdfEnvName } from '../runtime/env.js';
import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../runtime/errors.js';
import type { Inputs } from '../runtime/inputs.js';
import type { ExecMode } from './executor.js';

/** Every input of actions/connectivity, typed. */
export interface ConnectivitySettings {
  /** `suites`: built-in names or paths (default `basic`). */
  suites: string[];
  /** `kubeconfig`; unset: kubectl's `$KUBECONFIG` / `~/.kube/config`. */
  kubeconfig?: string;
  /** `os-cloud` (default `devstack-admin`: Kuryr's objects live in project k8s). */
  cloud: string;
  /** `namespace`; generated (`kdf-conn-xxxxxx`) when unset. */
  namespace: string;
  /** True when the namespace was generated. */
  generatedNamespace: boolean;
  image: string;
  replicas: number;
  mode: 'baremetal' | 'nested';
  filter: string[];
  /** `repeat`: overrides the suites' repeat when set. */
  repeat?: number;
  timeoutMs: number;
  /** `results-dir`; unset: the toolkit's results directory (runtime/action-io.ts resultsDir). */
  resultsDir?: string;
  /** `external-target`: the `${external-target}` of the external suite (host:port or URL). */
  externalTarget?: string;
  /** `kuryr-conf`: Kuryr's configuration file on the runner host, which `kuryr-config` steps edit (default
   * {@link DEFAULT_KURYR_CONF}). */
  kuryrConf?: string;
  /** How probes are sent (knob for comparison; the connectivity-exec-mode variable of runtime/env.ts). */
  execMode: ExecMode;
}

/** The default image (docs/connectivity.md#demo-image). */
export const DEFAULT_IMAGE = 'quay.io/kuryr/demo';

/** Where Kuryr's DevStack plugin writes Kuryr's configuration. */
export const DEFAULT_KURYR_CONF = '/etc/kuryr/kuryr.conf';

/** A namespace name unique per run. */
export function generateNamespace(): string {
  return `kdf-conn-${randomBytes(3).toString('hex')}`;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Reads and validates every input. */
export function readConnectivitySettings(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): ConnectivitySettings {
  const given = inputs.getOptionalInput('namespace');
  if (given !== undefined && (!DNS_LABEL.test(given) || given.length > 63)) {
    throw new ConfigurationError(
      `Input 'namespace' must be a DNS label (lowercase letters, digits, '-'; got '${given}').`,
      'namespace',
    );
  }
  const execMode = kdfEnv('connectivityExecMode', env) ?? 'batched';
  if (execMode !== 'batched' && execMode !== 'per-probe') {
    throw new ConfigurationError(
      `${kdfEnvName('connectivityExecMode')} must be batched or per-probe (got '${execMode}').`,
      kdfEnvName('connectivityExecMode'),
    );
  }
  const suites = inputs.getListInput('suites');
  return {
    suites: suites.length > 0 ? suites : ['basic'],
    kubeconfig: inputs.getOptionalInput('kubeconfig'),
    cloud: inputs.getOptionalInput('os-cloud', 'devstack-admin'),
    namespace: given ?? generateNamespace(),
    generatedNamespace: given === undefined,
    image: inputs.getOptionalInput('image', DEFAULT_IMAGE),
    replicas: inputs.getIntegerInput('replicas', { min: 1, max: 200 }, 2),
    mode: inputs.getEnumInput('mode', ['baremetal', 'nested'] as const, 'baremetal'),
    filter: inputs.getListInput('filter'),
    repeat: inputs.getIntegerInput('repeat', { min: 1, max: 100 }),
    timeoutMs: inputs.getIntegerInput('timeout-minutes', { min: 1, max: 24 * 60 }, 30) * 60_000,
    resultsDir: inputs.getOptionalInput('results-dir'),
    externalTarget: inputs.getOptionalInput('external-target'),
    kuryrConf: inputs.getOptionalInput('kuryr-conf', DEFAULT_KURYR_CONF),
    execMode,
  };
}
