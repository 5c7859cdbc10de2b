/** Running programs inside a running sandbox, the way later actions call `openstack` on a DevStack host. */
import { dirname, join } from 'node:path';

import type { CommandRunner } from '../runtime/command.js';
import { ConfigurationError } from '../runtime/errors.js';
import { NetnsCommandRunner } from '../runtime/netns-runner.js';
import type { SandboxLayout } from './layout.js';
import { Namespace } from './netns.js';
import { readState } from './state.js';

/**
 * A runner whose commands run inside the sandbox's namespace with `OS_CLIENT_CONFIG_FILE` pointing at its
 * clouds.yaml (so `openstack --os-cloud devstack-admin …` works as on DevStack). Throws a ConfigurationError when
 * the sandbox is not up.
 */
export function sandboxCommandRunner(inner: CommandRunner, layout: SandboxLayout): NetnsCommandRunner {
  const state = readState(layout);
  if (!state || !new Namespace(inner, state.namespace).exists()) {
    throw new ConfigurationError(`no sandbox is up for ${layout.root}: run 'kdf sandbox up' first.`, 'sandbox');
  }
  return new NetnsCommandRunner(inner, state.namespace, {
    env: { OS_CLIENT_CONFIG_FILE: layout.cloudsYaml, PATH: sandboxPath(layout, process.env.PATH) },
  });
}

/**
 * PATH inside the sandbox: the sandbox's kubectl (and other Kubernetes doubles), then its `systemctl` double (the
 * DevStack units of Kuryr, sandbox/kuryr/bin) come first; the rest of `path` stays.
 */
export function sandboxPath(layout: SandboxLayout, path: string | undefined): string {
  return [kubeBinDir(layout), kuryrBinDir(layout), path].filter((p) => p !== undefined && p !== '').join(':');
}

/** `sandbox/kube/bin` of the repository: the sandbox's `kubectl` double and friends. */
export function kubeBinDir(layout: SandboxLayout): string {
  return join(dirname(layout.assets), 'kube', 'bin');
}

/** `sandbox/kuryr/bin` of the repository: the Kuryr emulation's `systemctl` double. */
export function kuryrBinDir(layout: SandboxLayout): string {
  return join(dirname(layout.assets), 'kuryr', 'bin');
}
