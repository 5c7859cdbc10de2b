/** What `kdf sandbox up` is asked for, resolved against the state a previous run saved. */
import { randomBytes } from 'node:crypto';

import { ConfigurationError } from '../runtime/errors.js';
import { isValidPassword, SANDBOX } from './config.js';
import type { SandboxLayout } from './layout.js';
import { readState, type SandboxState } from './state.js';

/** What the caller asks for. */
export interface UpRequest {
  /** Namespace name (default: the state's, else `kdf-sbx`). */
  namespace?: string;
  /** Run Octavia (default: as the saved state has it, else true). */
  octavia?: boolean;
  /** Create kuryr's defaults (default false; a running sandbox keeps them once created). */
  kuryrDefaults?: boolean;
  /** ADMIN_PASSWORD (default: the state's, else generated). */
  adminPassword?: string;
}

/** A fresh alphanumeric password. */
export function generatePassword(): string {
  return randomBytes(24)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 20);
}

/** Resolves the options of this run against the saved state; rejects contradictions with a ConfigurationError. */
export function resolveState(layout: SandboxLayout, request: UpRequest): SandboxState {
  const saved = readState(layout);
  const namespace = request.namespace ?? saved?.namespace ?? SANDBOX.namespace;
  if (saved && saved.namespace !== namespace) {
    throw new ConfigurationError(
      `the sandbox in ${layout.root} uses namespace '${saved.namespace}', not '${namespace}': run 'kdf sandbox down --wipe' first or use another --dir.`,
      '--namespace',
    );
  }
  if (request.adminPassword !== undefined && !isValidPassword(request.adminPassword)) {
    throw new ConfigurationError(
      'the admin password must be 8-64 letters and digits (DevStack accepts no other).',
      '--admin-password',
    );
  }
  if (saved && request.adminPassword !== undefined && request.adminPassword !== saved.adminPassword) {
    throw new ConfigurationError(
      `the sandbox in ${layout.root} was created with another admin password: run 'kdf sandbox down --wipe' first.`,
      '--admin-password',
    );
  }
  return {
    version: 1,
    namespace,
    octavia: request.octavia ?? saved?.octavia ?? true,
    kuryrDefaults: (request.kuryrDefaults ?? false) || (saved?.kuryrDefaults ?? false),
    adminPassword: request.adminPassword ?? saved?.adminPassword ?? generatePassword(),
    upAt: saved?.upAt,
    provision: saved?.provision ?? {},
  };
}
