/**
 * Where the sandbox keeps things: its state directory (configs, databases, logs, pid files, clouds.yaml) and the
 * assets shipped in the repository under `sandbox/openstack/` (helper programs, config templates, the fakebind ML2
 * driver).
 */
import { kdfEnv, kdfEnvName } from '../runtime/env.js';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ConfigurationError } from '../runtime/errors.js';

/** Every path the sandbox uses. */
export interface SandboxLayout {
  /** The state directory (the sandbox-dir variable of runtime/env.ts, default `.kdf/sandbox` under the working directory). */
  root: string;
  /** Rendered service configuration. */
  etc: string;
  /** Databases, message queue, key repositories, images. */
  data: string;
  /** One log per daemon and per one-shot step. */
  log: string;
  /** Pid files and sockets. */
  run: string;
  /** `clouds.yaml` with DevStack's cloud names (mode 0600: it holds the password). */
  cloudsYaml: string;
  /** `state.json`: options, password and provisioning results of the last `up` (mode 0600). */
  stateFile: string;
  /** `sandbox/openstack/` of the repository. */
  assets: string;
  /** The helper programs (`sandbox/openstack/bin`). */
  bin: string;
  /** Put on the daemons' PYTHONPATH (the fakebind ML2 driver and its entry point). */
  pylib: string;
  /** Where scripts/install-sandbox-packages.sh unpacked the services' paste .ini files. */
  paste: string;
}

/** Default install location of the paste files (see scripts/install-sandbox-packages.sh). */
export const DEFAULT_SHARE_DIR = '/usr/local/share/kdf-sandbox';

const ASSET_MARKER = join('sandbox', 'openstack', 'bin', 'spawn');

/**
 * Finds `sandbox/openstack/` by walking up from this module (src/sandbox, build/sandbox or the dist/cli bundle) and
 * from `cwd`. The sandbox-assets variable (runtime/env.ts) overrides the search.
 */
export function findAssetsDir(cwd: string, env: NodeJS.ProcessEnv): string {
  const assets = kdfEnv('sandboxAssets', env);
  if (assets) return resolve(cwd, assets);
  const starts = [dirname(fileURLToPath(import.meta.url)), cwd];
  for (const start of starts) {
    let dir = start;
    for (;;) {
      if (existsSync(join(dir, ASSET_MARKER))) return join(dir, 'sandbox', 'openstack');
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new ConfigurationError(
    `cannot find sandbox/openstack/ (the sandbox assets): run kdf from the repository or set ${kdfEnvName('sandboxAssets')}.`,
    kdfEnvName('sandboxAssets'),
  );
}

/** The layout for a state directory (`dir`, else the sandbox-dir variable, else `.kdf/sandbox`), resolved against `cwd`. */
export function sandboxLayout(cwd: string, env: NodeJS.ProcessEnv, dir?: string): SandboxLayout {
  const root = resolve(cwd, dir ?? kdfEnv('sandboxDir', env) ?? join('.kdf', 'sandbox'));
  const assets = findAssetsDir(cwd, env);
  return {
    root,
    etc: join(root, 'etc'),
    data: join(root, 'data'),
    log: join(root, 'log'),
    run: join(root, 'run'),
    cloudsYaml: join(root, 'clouds.yaml'),
    stateFile: join(root, 'state.json'),
    assets,
    bin: join(assets, 'bin'),
    pylib: join(assets, 'pylib'),
    paste: join(kdfEnv('sandboxShare', env) ?? DEFAULT_SHARE_DIR, 'paste'),
  };
}
