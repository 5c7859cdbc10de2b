/**
 * Typed results of the `openstack` CLI (python-openstackclient 6.0, `-f json`): the JSON readers every parser uses.
 * Key names are the ones the real CLI prints: `show`/`create` use the API's snake_case keys, `list` commands print
 * the column titles (`ID`, `Name`, `Fixed IP Addresses`, `Segmentation ID`, …). The parsers live next to their
 * types: compute.ts, network.ts, port.ts and loadbalancer.ts in this directory.
 */

/** A JSON object as the CLI prints it. */
export type Json = Record<string, unknown>;

/** Thrown when the CLI printed something other than the expected shape. */
export class OpenStackParseError extends Error {
  constructor(what: string, detail: string) {
    super(`unexpected output of 'openstack ${what}': ${detail}`);
    this.name = 'OpenStackParseError';
  }
}

/** Parses JSON output into an object (or throws naming the command). */
export function parseObject(what: string, text: string): Json {
  const value = parseJson(what, text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new OpenStackParseError(what, 'expected a JSON object');
  }
  return value as Json;
}

/** Parses JSON output into an array of objects. */
export function parseArray(what: string, text: string): Json[] {
  const value = parseJson(what, text);
  if (!Array.isArray(value) || value.some((row) => row === null || typeof row !== 'object')) {
    throw new OpenStackParseError(what, 'expected a JSON array of objects');
  }
  return value as Json[];
}

function parseJson(what: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new OpenStackParseError(what, `not JSON: ${text.slice(0, 200)}`);
  }
}

/** `obj[key]`, which must be a string. */
export function str(what: string, obj: Json, key: string): string {
  const value = obj[key];
  if (typeof value !== 'string') throw new OpenStackParseError(what, `'${key}' is not a string`);
  return value;
}

/** `obj[key]` when it is a non-empty string, else `null`. */
export function optStr(obj: Json, key: string): string | null {
  const value = obj[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** `obj[key]`, which must be a number. */
export function num(what: string, obj: Json, key: string): number {
  const value = obj[key];
  if (typeof value !== 'number') throw new OpenStackParseError(what, `'${key}' is not a number`);
  return value;
}

/** `obj[key]`: an array of objects (missing counts as empty). */
export function objects(what: string, obj: Json, key: string): Json[] {
  const value = obj[key] ?? [];
  if (!Array.isArray(value)) throw new OpenStackParseError(what, `'${key}' is not an array`);
  return value as Json[];
}
