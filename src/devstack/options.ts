/**
 * Typed plan options (the engine's settings) and their parsing from strings, shared by the CLI and the actions.
 * Every user mistake is a ConfigurationError naming the input and the fix.
 */
import { randomInt } from 'node:crypto';
import { ConfigurationError } from '../runtime/errors.js';

export interface PortsPoolOptions {
  enabled: boolean;
  min: number;
  max: number;
  batch: number;
  updateFrequency: number;
}

/** The defaults of kuryr's `devstack/settings` (docs/connectivity.md#ports-pool). */
export const PORTS_POOL_DEFAULTS: Omit<PortsPoolOptions, 'enabled'> = { min: 2, max: 0, batch: 5, updateFrequency: 30 };

export const PASSWORD_VARIABLES = [
  'ADMIN_PASSWORD',
  'DATABASE_PASSWORD',
  'RABBIT_PASSWORD',
  'SERVICE_PASSWORD',
  'SERVICE_TOKEN',
] as const;
export type PasswordVariable = (typeof PASSWORD_VARIABLES)[number];

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

/**
 * A random alphanumeric password (DevStack accepts only alphanumerics, docs/devstack-operations.md#password-prompts).
 */
export function generatePassword(length = 24): string {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let out = '';
  for (let i = 0; i < length; i++) out += chars[randomInt(chars.length)];
  return out;
}

/** Validates a user-given password; `input` names where it came from. */
export function checkPassword(value: string, input: string): string {
  if (!ALPHANUMERIC.test(value)) {
    throw new ConfigurationError(
      `Input '${input}' must be alphanumeric (A-Z, a-z, 0-9): DevStack evaluates local.conf values and its password prompts accept only alphanumerics.`,
      input,
    );
  }
  return value;
}

/**
 * Parses the `ports-pool` option: `true`/`false`, or `key=value` pairs separated by commas
 * (`min=5,max=0,batch=10,update-freq=20`), which imply enabled.
 */
export function parsePortsPool(value: string, input = 'ports-pool'): PortsPoolOptions {
  const v = value.trim();
  if (/^(true|True|TRUE)$/.test(v)) return { enabled: true, ...PORTS_POOL_DEFAULTS };
  if (/^(false|False|FALSE)$/.test(v)) return { enabled: false, ...PORTS_POOL_DEFAULTS };
  const out: PortsPoolOptions = { enabled: true, ...PORTS_POOL_DEFAULTS };
  const keys: Record<string, keyof typeof PORTS_POOL_DEFAULTS> = {
    min: 'min',
    max: 'max',
    batch: 'batch',
    'update-freq': 'updateFrequency',
    'update-frequency': 'updateFrequency',
  };
  for (const part of v.split(',')) {
    const m = /^\s*([a-z-]+)\s*=\s*(\d+)\s*$/.exec(part);
    const key = m ? keys[m[1] as string] : undefined;
    if (!m || !key) {
      throw new ConfigurationError(
        `Input '${input}' has '${part.trim()}': use true, false, or comma-separated min=N, max=N, batch=N, update-freq=N (e.g. min=5,max=0,batch=10,update-freq=20).`,
        input,
      );
    }
    out[key] = Number(m[2]);
  }
  return out;
}

/** Validates a git base URL (mirror) that is written into local.conf and used for clones. */
export function checkGitBase(value: string, input = 'git-base'): string {
  const v = value.trim().replace(/\/+$/, '');
  if (!/^(https?|git|ssh|file):\/\/[^\s'"`$\\;|&<>()]+$/.test(v)) {
    throw new ConfigurationError(
      `Input '${input}' must be a URL such as https://opendev.org or file:///srv/mirror (no spaces, quotes or shell characters); got '${value}'.`,
      input,
    );
  }
  return v;
}

/** Validates a git ref (branch, tag or SHA) given by the user. */
export function checkRef(value: string, input: string): string {
  const v = value.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(v) || v.includes('..')) {
    throw new ConfigurationError(
      `Input '${input}' must be a branch, tag or commit SHA (letters, digits, '.', '_', '/', '-'); got '${value}'.`,
      input,
    );
  }
  return v;
}

/** Validates an absolute directory path such as `dest`. */
export function checkAbsolutePath(value: string, input: string): string {
  if (!/^\/[A-Za-z0-9._/-]*$/.test(value)) {
    throw new ConfigurationError(
      `Input '${input}' must be an absolute path of letters, digits, '.', '_', '-' and '/'; got '${value}'.`,
      input,
    );
  }
  return value.replace(/\/+$/, '') || '/';
}

/**
 * Parses `--set KEY=VALUE` items into localrc overrides. Keys must be shell variable names; values are one-line
 * literals (they are quoted when written, so nothing in them expands or executes; but DevStack splits local.conf
 * into sections line by line, so a newline in a value could start a new `[[...]]` header).
 */
export function parseSetItems(items: readonly string[], input = '--set'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    const key = eq < 0 ? item : item.slice(0, eq);
    if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new ConfigurationError(
        `${input} '${item}' must look like NAME=value with NAME a shell variable name (letters, digits, '_').`,
        input,
      );
    }
    const value = item.slice(eq + 1);
    if (/[\r\n\0]/.test(value)) {
      throw new ConfigurationError(
        `${input} ${key}: the value must be one line (no newline, carriage return or NUL): local.conf is read line by line.`,
        input,
      );
    }
    out[key] = value;
  }
  return out;
}
