/**
 * The overcloud part of actions/trunk-vm's settings, checked while parsing: an unknown profile or release, a fragment
 * file that is missing or not text, an admin password DevStack would reject (or none to be found) and a `devstack-dir`
 * that is not a DevStack checkout all fail here, before the run creates a single cloud resource.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

import { readFragmentFile } from '../runtime/fragment-file.js';
import { checkPassword } from '../devstack/options.js';
import { PROFILES } from '../devstack/profiles/index.js';
import { TRAINS } from '../devstack/trains.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Inputs } from '../runtime/inputs.js';
import { cloudPassword } from './clouds-yaml.js';
import { OVERCLOUD_DEFAULTS } from './overcloud.js';
import type { TrunkVmOvercloudSettings } from './trunk-vm-settings.js';

/** The profiles meant for the VM (role `overcloud`). */
export function overcloudProfiles(): string[] {
  return Object.values(PROFILES)
    .filter((p) => p.role === 'overcloud')
    .map((p) => p.name);
}

/** Where the undercloud's credentials are read from when `admin-password` is empty. */
export interface CloudRef {
  cloud: string;
  cloudsYaml?: string;
  /** The workspace: relative paths (fragment file, `./clouds.yaml`) are relative to it. */
  workspace: string;
}

/**
 * Reads and checks the `overcloud-*`, `admin-password`, `git-base` and `devstack-dir` inputs (no cloud call).
 * @param beforeStack DevStack is not stacked yet: `devstack-dir` need not exist and an empty `admin-password` is
 *   not looked up in a clouds.yaml that setup-devstack has still to write
 */
export function readOvercloudSettings(inputs: Inputs, ref: CloudRef, beforeStack = false): TrunkVmOvercloudSettings {
  const profile = inputs.getEnumInput('overcloud-profile', overcloudProfiles(), OVERCLOUD_DEFAULTS.profile);
  const release = inputs.getOptionalInput('overcloud-release');
  if (release !== undefined && !TRAINS[release]) {
    throw new ConfigurationError(
      `Input 'overcloud-release' must be one of: ${Object.keys(TRAINS).join(', ')} (got '${release}').`,
      'overcloud-release',
    );
  }
  const timeoutMinutes = inputs.getIntegerInput(
    'overcloud-timeout-minutes',
    { min: 1, max: 24 * 60 },
    OVERCLOUD_DEFAULTS.stackTimeoutMinutes,
  );
  // The checks that read files come after the plain inputs.
  const localConfFile = inputs.getOptionalInput('overcloud-local-conf-file');
  // inside the workspace, readable, and text (UTF-8, no NUL bytes): readFragmentFile refuses anything else
  if (localConfFile !== undefined) readFragmentFile(ref.workspace, localConfFile, 'overcloud-local-conf-file');
  const given = inputs.getOptionalInput('admin-password');
  // Empty: DevStack gave every user ADMIN_PASSWORD, so the undercloud cloud's clouds.yaml password is the one.
  const adminPassword =
    given === undefined && beforeStack
      ? ''
      : checkPassword(given ?? cloudPassword(ref.cloud, ref.cloudsYaml, ref.workspace), 'admin-password');
  return {
    profile,
    release,
    localConfFile,
    localConf: inputs.getOptionalInput('overcloud-local-conf'),
    serviceHost: inputs.getOptionalInput('overcloud-service-host'),
    adminPassword,
    gitBase: inputs.getOptionalInput('git-base'),
    devstackDir: checkDevstackDir(inputs.getOptionalInput('devstack-dir', OVERCLOUD_DEFAULTS.devstackDir), beforeStack),
    kuryrConfPath: inputs.getOptionalInput('overcloud-kuryr-conf', OVERCLOUD_DEFAULTS.kuryrConfPath),
    timeoutMinutes,
  };
}

/**
 * `devstack-dir` is copied into the VM with tar: an absolute path to a directory with DevStack's stack.sh (before
 * setup-devstack has cloned it, only the form is checked).
 */
function checkDevstackDir(dir: string, beforeStack: boolean): string {
  const input = 'devstack-dir';
  if (!isAbsolute(dir)) {
    throw new ConfigurationError(`Input '${input}' must be an absolute path (got '${dir}').`, input);
  }
  if (beforeStack) return dir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ConfigurationError(
      `Input '${input}': '${dir}' is not a directory; clone DevStack there or point '${input}' at a checkout.`,
      input,
    );
  }
  if (!existsSync(join(dir, 'stack.sh'))) {
    throw new ConfigurationError(
      `Input '${input}': '${dir}' has no stack.sh, so it is not a DevStack checkout.`,
      input,
    );
  }
  return dir;
}
