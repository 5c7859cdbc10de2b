/**
 * setup-devstack's settings: every input parsed once into a typed object, shared by the action and `kdf setup`.
 * User mistakes throw ConfigurationError naming the input.
 */
import { ConfigurationError } from '../../runtime/errors.js';
import type { Inputs } from '../../runtime/inputs.js';
import {
  checkAbsolutePath,
  checkGitBase,
  checkPassword,
  checkRef,
  parsePortsPool,
  type PortsPoolOptions,
} from '../options.js';
import { PROFILES } from '../profiles/index.js';
import { TRAINS } from '../trains.js';

export const CACHE_MODES = ['host', 'actions', 'none'] as const;
export const CLEAN_MODES = ['before', 'after', 'both', 'never'] as const;

export interface SetupSettings {
  profile: string;
  release?: string;
  devstackRef?: string;
  pluginRefs: Record<string, string>;
  gitBase?: string;
  /** Extra meta-sections given inline (merged after local-conf-file). */
  localConf?: string;
  /** A fragment in the workspace (findings annotate its lines). */
  localConfFile?: string;
  adminPassword?: string;
  portsPool?: PortsPoolOptions;
  octavia: boolean;
  dest: string;
  stackUser: string;
  timeoutMinutes: number;
  nat: boolean;
  cache: (typeof CACHE_MODES)[number];
  clean: (typeof CLEAN_MODES)[number];
  forceDistro: boolean;
  allowForkPr: boolean;
  dryRun: boolean;
}

/** Reads and validates every setup-devstack input (pure: no file, host or network access). */
export function readSetupSettings(inputs: Inputs): SetupSettings {
  const profile = inputs.getEnumInput('profile', Object.keys(PROFILES), 'dragonflow');
  const release = inputs.getOptionalInput('release');
  if (release !== undefined && !TRAINS[release]) {
    throw new ConfigurationError(
      `Input 'release' must be one of: ${Object.keys(TRAINS).join(', ')} (got '${release}').`,
      'release',
    );
  }
  // Refs, git base and password are checked here, under the input names the user wrote, rather than later by the
  // planner (which knows a ref only by its plugin: 'kuryr-kubernetes-ref').
  const ref = (name: string): string | undefined => {
    const value = inputs.getOptionalInput(name);
    return value === undefined ? undefined : checkRef(value, name);
  };
  const pluginRefs: Record<string, string> = {};
  const kuryr = ref('kuryr-ref');
  const df = ref('dragonflow-ref');
  if (kuryr) pluginRefs['kuryr-kubernetes'] = kuryr;
  if (df) pluginRefs.dragonflow = df;
  const pool = inputs.getOptionalInput('ports-pool');
  const gitBase = inputs.getOptionalInput('git-base');
  if (gitBase !== undefined) checkGitBase(gitBase, 'git-base');
  const adminPassword = inputs.getOptionalInput('admin-password');
  if (adminPassword !== undefined) checkPassword(adminPassword, 'admin-password');
  return {
    profile,
    release,
    devstackRef: ref('devstack-ref'),
    pluginRefs,
    gitBase,
    localConf: inputs.getOptionalInput('local-conf'),
    localConfFile: inputs.getOptionalInput('local-conf-file'),
    adminPassword,
    portsPool: pool === undefined ? undefined : parsePortsPool(pool, 'ports-pool'),
    octavia: inputs.getBooleanInput('octavia', true),
    dest: checkAbsolutePath(inputs.getOptionalInput('dest', '/opt/stack'), 'dest'),
    stackUser: inputs.getOptionalInput('stack-user', 'stack'),
    timeoutMinutes: inputs.getIntegerInput('timeout-minutes', { min: 1, max: 24 * 60 }, 120),
    nat: inputs.getBooleanInput('nat', true),
    cache: inputs.getEnumInput('cache', CACHE_MODES, 'none'),
    clean: inputs.getEnumInput('clean', CLEAN_MODES, 'after'),
    forceDistro: inputs.getBooleanInput('force-distro', false),
    allowForkPr: inputs.getBooleanInput('allow-fork-pr', false),
    dryRun: inputs.getBooleanInput('dry-run', false),
  };
}
