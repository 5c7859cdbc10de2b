/** `state.json`: what the last `kdf sandbox up` built, so that `status`, `down` and later runs agree with it. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import type { SandboxLayout } from './layout.js';

/** The persisted state (mode 0600: it holds the admin password). */
export interface SandboxState {
  version: 1;
  namespace: string;
  octavia: boolean;
  kuryrDefaults: boolean;
  adminPassword: string;
  /** ISO time of the last successful `up`. */
  upAt?: string;
  /** What each provisioning step reported (ids and names). */
  provision: Record<string, unknown>;
}

/** Reads state.json, or `undefined` when there is none. */
export function readState(layout: SandboxLayout): SandboxState | undefined {
  if (!existsSync(layout.stateFile)) return undefined;
  const state = JSON.parse(readFileSync(layout.stateFile, 'utf8')) as SandboxState;
  if (state.version !== 1) throw new Error(`${layout.stateFile}: unsupported state version ${String(state.version)}`);
  return state;
}

/** Writes state.json atomically with mode 0600. */
export function writeState(layout: SandboxLayout, state: SandboxState): void {
  mkdirSync(dirname(layout.stateFile), { recursive: true });
  const tmp = `${layout.stateFile}.tmp`;
  writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, layout.stateFile);
}
