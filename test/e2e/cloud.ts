/**
 * Access to the running sandbox for the e2e suites: the real `openstack` CLI, run inside the sandbox's namespace
 * through the same `CommandRunner` port later actions use, with the sandbox's clouds.yaml.
 */
import { type CommandRunner } from '../../src/runtime/command.js';
import { ProcessCommandRunner } from '../../src/runtime/process-runner.js';
import { sandboxCommandRunner } from '../../src/sandbox/exec.js';
import { sandboxLayout, type SandboxLayout } from '../../src/sandbox/layout.js';
import { readState, type SandboxState } from '../../src/sandbox/state.js';

/** The sandbox the suites run against: `$KDF_SANDBOX_DIR` or `.kdf/sandbox`, as `kdf sandbox up` made it. */
export const layout: SandboxLayout = sandboxLayout(process.cwd(), process.env);

/** Runs programs in the root namespace (only `ip`, `ss` and the like). */
export const host: CommandRunner = new ProcessCommandRunner({ killGraceMs: 2000 });

/** The saved state of the sandbox; fails with a hint when no sandbox is up. */
export function sandboxState(): SandboxState {
  const state = readState(layout);
  if (!state)
    throw new Error(`no sandbox in ${layout.root}: run 'kdf sandbox up --kuryr-defaults' before the e2e suites`);
  return state;
}

let inNamespace: CommandRunner | undefined;

/** Runs `openstack --os-cloud CLOUD ARGS… -f json` inside the sandbox and parses the JSON. */
export async function os<T = Record<string, unknown>>(cloud: string, ...args: string[]): Promise<T> {
  inNamespace ??= sandboxCommandRunner(host, layout);
  const { stdout } = await inNamespace.run('openstack', ['--os-cloud', cloud, ...args, '-f', 'json'], {
    timeoutMs: 120_000,
    env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' },
  });
  return JSON.parse(stdout) as T;
}

/** Runs `openstack --os-cloud CLOUD ARGS…` for its effect (commands that print nothing). */
export async function osRun(cloud: string, ...args: string[]): Promise<void> {
  inNamespace ??= sandboxCommandRunner(host, layout);
  await inNamespace.run('openstack', ['--os-cloud', cloud, ...args], {
    timeoutMs: 120_000,
    env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' },
  });
}

/**
 * Runs `tasks` with at most `limit` at a time (each `openstack` call is ~2 s of CPU-bound start-up; two cores run
 * about three usefully) and returns their results in order.
 */
export async function inParallel<T>(tasks: (() => Promise<T>)[], limit = 3): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      const task = tasks[i];
      if (task) results[i] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Polls `read` until `done` holds (or throws after `timeoutMs`), returning the last value. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** A suffix that keeps the names of objects one run creates apart from another run's. */
export const RUN_ID = `${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;
