/**
 * The process groups ProcessCommandRunner's children lead (each child starts a new session), tracked so a process
 * about to exit on cancellation can end them: they would outlive it otherwise.
 */
import { pollUntil } from './wait.js';

/** Process groups of programs a ProcessCommandRunner started that have not exited yet (their leaders' pids). */
const LIVE_GROUPS = new Set<number>();

/** Records that a child leading process group `pid` is running. */
export function trackGroup(pid: number): void {
  LIVE_GROUPS.add(pid);
}

/** Records that the leader of process group `pid` has exited. */
export function untrackGroup(pid: number): void {
  LIVE_GROUPS.delete(pid);
}

/** True when process group `pid` still has a member. */
export function groupExists(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Ends every program any ProcessCommandRunner of this process is still running, group by group: SIGTERM, then
 * SIGKILL for the groups still there after `graceMs`. For a process about to exit on cancellation: the children lead
 * their own process groups and would outlive it.
 */
export async function terminateRunningCommands(graceMs = 2000): Promise<void> {
  const groups = [...LIVE_GROUPS];
  const signal = (pid: number, sig: NodeJS.Signals): void => {
    try {
      process.kill(-pid, sig);
    } catch {
      /* already gone */
    }
  };
  for (const pid of groups) signal(pid, 'SIGTERM');
  await pollUntil(() => !groups.some(groupExists), { timeoutMs: graceMs, intervalMs: 50 });
  for (const pid of groups.filter(groupExists)) signal(pid, 'SIGKILL');
}
