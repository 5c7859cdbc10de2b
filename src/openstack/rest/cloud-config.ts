/**
 * Which cloud to talk to and how to authenticate, read as the `openstack` CLI reads it: a named cloud from
 * clouds.yaml (`OS_CLIENT_CONFIG_FILE`, else `./clouds.yaml`, `~/.config/openstack/clouds.yaml`,
 * `/etc/openstack/clouds.yaml`) merged with the same directories' secure.yaml (`OS_CLIENT_SECURE_FILE`), or, when
 * clouds.yaml has no such cloud, the `OS_*` variables (`OS_AUTH_URL`, `OS_USERNAME`, …).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

import { ConfigurationError } from '../../runtime/errors.js';
import { configFileCandidates } from '../clouds-yaml.js';

/** A user or project reference: by id, or by name within a domain. */
export interface ScopedName {
  id?: string;
  name?: string;
  domainId?: string;
  domainName?: string;
}

/** Keystone v3 credentials. */
export type CloudAuth =
  | { type: 'password'; user: ScopedName; password: string; project?: ScopedName }
  | { type: 'application_credential'; id?: string; name?: string; secret: string; user?: ScopedName };

/** Everything the REST client needs to reach a cloud. */
export interface CloudConfig {
  /** The cloud's name (clouds.yaml key, or `envvars`). */
  name: string;
  /** Keystone's URL as configured (with or without `/v3`). */
  authUrl: string;
  auth: CloudAuth;
  regionName?: string;
  /** Endpoint interface of the catalog (`public` unless configured). */
  interface: 'public' | 'internal' | 'admin';
  /** A CA bundle file for TLS. */
  cacert?: string;
  /** Skip TLS verification (`verify: false` / `insecure: true` / `OS_INSECURE`). */
  insecure: boolean;
  /** Where the cloud was read from (for messages). */
  source: string;
}

type Doc = Record<string, unknown>;

const isDoc = (v: unknown): v is Doc => v !== null && typeof v === 'object' && !Array.isArray(v);

function readYaml(file: string): Doc {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigurationError(`${file} is not valid YAML: ${(err as Error).message}`, 'clouds-yaml');
  }
  return isDoc(doc) ? doc : {};
}

function deepMerge(base: Doc, over: Doc): Doc {
  const out: Doc = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isDoc(v) && isDoc(out[k]) ? deepMerge(out[k] as Doc, v) : v;
  return out;
}

/** The named cloud's clouds.yaml entry with its secure.yaml part merged in, or undefined when no file has it. */
function namedCloud(cloud: string, env: NodeJS.ProcessEnv, cwd?: string): { entry: Doc; source: string } | undefined {
  const file = configFileCandidates('clouds.yaml', env.OS_CLIENT_CONFIG_FILE, cwd).find((f) => existsSync(f));
  if (file === undefined) return undefined;
  const clouds = readYaml(file).clouds;
  const entry = isDoc(clouds) ? clouds[cloud] : undefined;
  if (!isDoc(entry)) return undefined;
  // secure.yaml beside the explicit clouds.yaml, else in the usual places
  const secureDefault = env.OS_CLIENT_CONFIG_FILE ? join(dirname(env.OS_CLIENT_CONFIG_FILE), 'secure.yaml') : undefined;
  const secureFile = configFileCandidates('secure.yaml', env.OS_CLIENT_SECURE_FILE ?? secureDefault, cwd).find((f) =>
    existsSync(f),
  );
  const secureClouds = secureFile ? readYaml(secureFile).clouds : undefined;
  const secure = isDoc(secureClouds) && isDoc(secureClouds[cloud]) ? (secureClouds[cloud] as Doc) : {};
  return { entry: deepMerge(entry, secure), source: secureFile ? `${file} + ${secureFile}` : file };
}

const s = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function scoped(auth: Doc, kind: 'user' | 'project'): ScopedName | undefined {
  const ref: ScopedName = {
    id: s(auth[kind === 'user' ? 'user_id' : 'project_id']) ?? (kind === 'project' ? s(auth.tenant_id) : undefined),
    name:
      s(auth[kind === 'user' ? 'username' : 'project_name']) ?? (kind === 'project' ? s(auth.tenant_name) : undefined),
    domainId: s(auth[`${kind}_domain_id`]) ?? s(auth.domain_id),
    domainName: s(auth[`${kind}_domain_name`]) ?? s(auth.domain_name),
  };
  return ref.id || ref.name ? ref : undefined;
}

/** Reads an `auth` block (clouds.yaml keys) and its `auth_type` into {@link CloudAuth}. */
function authOf(cloud: string, authType: string, auth: Doc, where: string): CloudAuth {
  const missing = (what: string): ConfigurationError =>
    new ConfigurationError(`cloud '${cloud}' (${where}) has no ${what}`, 'os-cloud');
  if (authType === 'v3applicationcredential' || authType === 'application_credential') {
    const secret = s(auth.application_credential_secret);
    if (!secret) throw missing('application_credential_secret');
    const id = s(auth.application_credential_id);
    const name = s(auth.application_credential_name);
    if (!id && !name) throw missing('application_credential_id or application_credential_name');
    return { type: 'application_credential', id, name, secret, user: scoped(auth, 'user') };
  }
  if (authType !== 'password' && authType !== 'v3password') {
    throw new ConfigurationError(
      `cloud '${cloud}' (${where}) uses auth_type '${authType}'; supported: password, v3applicationcredential`,
      'os-cloud',
    );
  }
  const user = scoped(auth, 'user');
  const password = s(auth.password);
  if (!user) throw missing('username or user_id');
  if (password === undefined) throw missing('password');
  return { type: 'password', user, password, project: scoped(auth, 'project') };
}

function interfaceOf(v: unknown): CloudConfig['interface'] {
  const text = (s(v) ?? 'public').replace(/URL$/, '');
  return text === 'internal' || text === 'admin' ? text : 'public';
}

const truthy = (v: unknown): boolean => v === true || (typeof v === 'string' && /^(1|true|yes)$/i.test(v));

/** The `OS_*` variables as a clouds.yaml entry (what the CLI calls the `envvars` cloud). */
function envCloud(env: NodeJS.ProcessEnv): Doc | undefined {
  if (!env.OS_AUTH_URL) return undefined;
  const auth: Doc = {};
  for (const [key, value] of Object.entries(env)) {
    const m = /^OS_(.+)$/.exec(key);
    if (m && value !== undefined) auth[(m[1] as string).toLowerCase()] = value;
  }
  return {
    auth,
    auth_type: env.OS_AUTH_TYPE,
    region_name: env.OS_REGION_NAME,
    interface: env.OS_INTERFACE ?? env.OS_ENDPOINT_TYPE,
    cacert: env.OS_CACERT,
    insecure: env.OS_INSECURE,
  };
}

/**
 * Resolves cloud `cloud` (`OS_CLOUD` when empty) from clouds.yaml/secure.yaml or the `OS_*` variables.
 * @throws ConfigurationError naming `os-cloud` when neither describes it or its credentials are incomplete
 */
export function resolveCloudConfig(
  cloud: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  cwd?: string,
): CloudConfig {
  const name = cloud || env.OS_CLOUD || 'envvars';
  const named = name === 'envvars' ? undefined : namedCloud(name, env, cwd);
  const entry = named?.entry ?? (name === 'envvars' || !named ? envCloud(env) : undefined);
  if (!entry) {
    const files = configFileCandidates('clouds.yaml', env.OS_CLIENT_CONFIG_FILE, cwd).join(', ');
    throw new ConfigurationError(
      `cloud '${name}' is not in ${files} and OS_AUTH_URL is not set: give 'os-cloud' a cloud of clouds.yaml ('clouds-yaml' names the file)`,
      'os-cloud',
    );
  }
  const source = named?.source ?? 'OS_* environment variables';
  const auth = isDoc(entry.auth) ? entry.auth : {};
  const authUrl = s(auth.auth_url);
  if (!authUrl) throw new ConfigurationError(`cloud '${name}' (${source}) has no auth_url`, 'os-cloud');
  const authType =
    s(entry.auth_type) ?? (s(auth.application_credential_secret) ? 'v3applicationcredential' : 'password');
  return {
    name,
    authUrl,
    auth: authOf(name, authType, auth, source),
    regionName: s(entry.region_name),
    interface: interfaceOf(entry.interface),
    cacert: s(entry.cacert),
    insecure: entry.verify === false || truthy(entry.insecure),
    source,
  };
}
