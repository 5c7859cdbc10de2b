/**
 * Every `KDF_*` environment variable the toolkit reads, declared once: its name, what it means and who sets it.
 * Code reads them only through {@link kdfEnv} (never at import time), so a test can set one just before it runs a
 * step, and a variable that is not in this table cannot be read at all. None of them is an action input: a workflow
 * cannot set them by accident through `with:`.
 */

/** Who is meant to set a variable. */
export type KdfEnvAudience = 'users' | 'tests and special hosts' | 'sandbox';

/** One declared variable. */
export interface KdfVariable {
  name: `KDF_${string}`;
  audience: KdfEnvAudience;
  meaning: string;
}

/** The declared variables, by key. The README's knob lists are checked against this table (test/runtime/env.test.ts). */
export const ENV_VARIABLES = {
  adminPassword: {
    name: 'KDF_ADMIN_PASSWORD',
    audience: 'users',
    meaning: "kdf plan/setup/sandbox: the admin password when '--admin-password' is not given",
  },
  leg: {
    name: 'KDF_LEG',
    audience: 'users',
    meaning: "the matrix leg a job's results are labelled with (set per job by the reusable workflow)",
  },
  resultsDir: {
    name: 'KDF_RESULTS_DIR',
    audience: 'tests and special hosts',
    meaning: "where the actions write their results files (default '$RUNNER_TEMP/kdf-results')",
  },
  secrets: {
    name: 'KDF_SECRETS',
    audience: 'users',
    meaning: 'kdf diagnostics: values to redact, one per line',
  },
  kubectl: {
    name: 'KDF_KUBECTL',
    audience: 'tests and special hosts',
    meaning: "connectivity: the kubectl executable (default 'kubectl'; kdf: '--kubectl')",
  },
  connectivityExecMode: {
    name: 'KDF_CONNECTIVITY_EXEC_MODE',
    audience: 'tests and special hosts',
    meaning: "connectivity: 'batched' (one kubectl exec per source pod, default) or 'per-probe', for comparison",
  },
  openstackNetns: {
    name: 'KDF_OPENSTACK_NETNS',
    audience: 'tests and special hosts',
    meaning:
      "trunk-vm, connectivity: reach the cloud's APIs (or run 'openstack'), 'ssh' and 'scp' from this network " +
      "namespace, where the cloud's API and floating IPs are reachable (kdf: '--prefix-netns')",
  },
  openstackClient: {
    name: 'KDF_OPENSTACK_CLIENT',
    audience: 'users',
    meaning:
      "trunk-vm, connectivity: 'rest' (default: the APIs directly) or 'cli' (the python-openstackclient 'openstack' " +
      'command, one process per operation)',
  },
  natNetns: {
    name: 'KDF_NETNS',
    audience: 'tests and special hosts',
    meaning:
      "setup-devstack: run the host's firewall (NAT) commands in this network namespace, never the machine's own " +
      '(the DevStack host, not the cloud: the demo sets both to different namespaces)',
  },
  osRelease: {
    name: 'KDF_OS_RELEASE',
    audience: 'tests and special hosts',
    meaning: "setup-devstack, the root action's leg: the os-release file to read (default '/etc/os-release')",
  },
  etcDir: {
    name: 'KDF_ETC_DIR',
    audience: 'tests and special hosts',
    meaning: "setup-devstack, kdf diagnostics: where DevStack writes its '/etc' content (default '/etc')",
  },
  lockDir: {
    name: 'KDF_LOCK_DIR',
    audience: 'tests and special hosts',
    meaning: 'setup-devstack: where the host lock and the host cache live (default the temp directory)',
  },
  lockWaitSeconds: {
    name: 'KDF_LOCK_WAIT_SECONDS',
    audience: 'tests and special hosts',
    meaning: 'setup-devstack: how long to wait for the host lock (default 300)',
  },
  heartbeatSeconds: {
    name: 'KDF_HEARTBEAT_SECONDS',
    audience: 'tests and special hosts',
    meaning: "setup-devstack: the interval of stack.sh's 'still running' line",
  },
  sandboxDir: {
    name: 'KDF_SANDBOX_DIR',
    audience: 'sandbox',
    meaning: "kdf sandbox: the state directory (default '.kdf/sandbox'; '--dir')",
  },
  sandboxAssets: {
    name: 'KDF_SANDBOX_ASSETS',
    audience: 'sandbox',
    meaning: "kdf sandbox: where 'sandbox/openstack/' is, when kdf does not run from the repository",
  },
  sandboxShare: {
    name: 'KDF_SANDBOX_SHARE',
    audience: 'sandbox',
    meaning: "kdf sandbox: the share directory of the sandbox's Python packages",
  },
} as const satisfies Record<string, KdfVariable>;

/** A declared variable's key. */
export type KdfEnvKey = keyof typeof ENV_VARIABLES;

/** The name of a declared variable (for messages and help texts). */
export function kdfEnvName(key: KdfEnvKey): string {
  return ENV_VARIABLES[key].name;
}

/** A declared variable's value in `env` (read when called), `undefined` when unset. */
export function kdfEnv(key: KdfEnvKey, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[ENV_VARIABLES[key].name];
}

/** A declared variable holding seconds, in milliseconds; `undefined` when unset or empty. */
export function kdfEnvSecondsMs(key: KdfEnvKey, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const v = kdfEnv(key, env);
  return v ? Number(v) * 1000 : undefined;
}
