/**
 * The one place that picks how the toolkit talks to OpenStack: the REST client (default) or, with
 * `KDF_OPENSTACK_CLIENT=cli`, the `openstack` CLI. Both read the same clouds.yaml and honour the same network
 * namespace knob.
 */
import type { CommandRunner } from '../runtime/command.js';
import { kdfEnv, kdfEnvName } from '../runtime/env.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { netnsConnector } from '../runtime/netns-connector.js';
import { inNetns } from '../runtime/netns-runner.js';
import type { SecretMasker } from '../runtime/secrets.js';
import type { OpenStackApi } from './api.js';
import { OpenStackClient } from './client.js';
import { RestOpenStackClient } from './rest/client.js';
import { resolveCloudConfig } from './rest/cloud-config.js';
import { HttpTransport } from './rest/http.js';
import { KeystoneSession } from './rest/session.js';

/** What {@link connectOpenStack} needs. */
export interface ConnectOptions {
  /** The clouds.yaml cloud. */
  cloud: string;
  /** A clouds.yaml file (else `OS_CLIENT_CONFIG_FILE` and the usual places). */
  cloudsYaml?: string;
  /** Reach the APIs from this network namespace. */
  netns?: string;
  /** Runs `openstack` for the CLI client (wrapped into the namespace here). */
  runner: CommandRunner;
  /** The environment clouds.yaml and `OS_*` are read from (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** The step's directory: where `./clouds.yaml` is looked for (default: the process's directory). */
  cwd?: string;
  /** Receives each operation's `openstack …` equivalent at debug level. */
  logger?: Pick<Logger, 'debug'>;
  /** Learns the session token, so that no log line can show it. */
  masker?: SecretMasker;
  /** Cancels requests in flight. */
  signal?: AbortSignal;
  /** Timeout of one request or CLI call (default 120 s). */
  timeoutMs?: number;
}

/** The OpenStack client the stages use; see the module comment for the choice. */
export function connectOpenStack(options: ConnectOptions): OpenStackApi {
  const env = options.env ?? process.env;
  const kind = kdfEnv('openstackClient', env) ?? 'rest';
  if (kind === 'cli') {
    const runner = inNetns(options.runner, options.netns);
    return new OpenStackClient({
      runner,
      cloud: options.cloud,
      cloudsYaml: options.cloudsYaml,
      timeoutMs: options.timeoutMs,
      cwd: options.cwd,
    });
  }
  if (kind !== 'rest') {
    throw new ConfigurationError(
      `${kdfEnvName('openstackClient')} must be 'rest' or 'cli' (got '${kind}')`,
      kdfEnvName('openstackClient'),
    );
  }
  const lookup = { ...env, ...(options.cloudsYaml ? { OS_CLIENT_CONFIG_FILE: options.cloudsYaml } : {}) };
  const session = new KeystoneSession(
    () => resolveCloudConfig(options.cloud, lookup, options.cwd),
    (config) =>
      new HttpTransport({
        cacert: config.cacert,
        insecure: config.insecure,
        connector: options.netns ? netnsConnector(options.netns) : undefined,
      }),
    {
      debug: options.logger ? (line) => options.logger?.debug(line) : undefined,
      onToken: (token) => options.masker?.add(token),
      signal: options.signal,
      timeoutMs: options.timeoutMs,
    },
  );
  return new RestOpenStackClient(options.cloud, session);
}
