/**
 * `kdf plan` and setup-devstack's first step: profile + train + options (+ a user fragment) → the exact local.conf,
 * the refs, the services, the preflight verdict and the commands setup will run. Pure apart from password
 * generation (injectable) — no I/O, no network.
 */
import { ConfigurationError } from '../runtime/errors.js';
import { buildProfileConf, DEFAULT_DEST, DEFAULT_GIT_BASE } from './build.js';
import { planCommands, type PlannedCommand } from './commands.js';
import { parseDistroId, type Distro } from './distro.js';
import { mergeLocalConf } from './localconf/merge.js';
import { assignStatement } from './localconf/render.js';
import { parseLocalConf } from './localconf/parse.js';
import { renderLocalConfWithOrigins } from './localconf/render.js';
import type { LocalConf, LocalrcStatement, Origin } from './localconf/model.js';
import { evaluateServices, flattenStatements } from './localconf/services.js';
import {
  checkAbsolutePath,
  checkGitBase,
  checkPassword,
  checkRef,
  generatePassword,
  PASSWORD_VARIABLES,
  PORTS_POOL_DEFAULTS,
  type PasswordVariable,
  type PortsPoolOptions,
} from './options.js';
import { preflight, type PreflightResult } from './preflight.js';
import { getProfile, type ProfileDefinition } from './profiles/index.js';
import { TRAINS, type ReleaseTrain } from './trains.js';

export interface PlanRequest {
  profile: string;
  /** Release train name; default: the profile's. */
  release?: string;
  distro?: string | Distro;
  force?: boolean;
  /** `--set NAME=value` overrides (literals) and placeholder values. */
  set?: Record<string, string>;
  /** A user local.conf fragment merged last. */
  fragment?: { text: string; file: string };
  /** Further fragments merged after `fragment`, in order (setup: local-conf-file, then inline local-conf). */
  fragments?: { text: string; file: string }[];
  adminPassword?: string;
  /** Other passwords; each defaults to the admin password (the overcloud must share the undercloud's). */
  passwords?: Partial<Record<PasswordVariable, string>>;
  portsPool?: PortsPoolOptions;
  octavia?: boolean;
  gitBase?: string;
  dest?: string;
  stackUser?: string;
  devstackRef?: string;
  /** Per-plugin ref overrides, e.g. { 'kuryr-kubernetes': 'ussuri-eol' }. */
  pluginRefs?: Record<string, string>;
  nat?: boolean;
  /** Injectable for tests; default: crypto-random alphanumeric. */
  generatePassword?: () => string;
}

export interface Plan {
  profile: { name: string; description: string; role: string; backend: string; basedOn: string[] };
  train: { name: string; description: string; supportedDistros: string };
  distro?: Distro;
  refs: { devstack: string; gitBase: string; plugins: { name: string; url: string; ref: string }[] };
  services: { enabled: string[]; disabled: string[] };
  preflight: PreflightResult;
  options: { octavia: boolean; portsPool: PortsPoolOptions; dest: string; stackUser: string; nat: boolean };
  commands: PlannedCommand[];
  /** The rendered local.conf (contains passwords: write it 0600, never log it unmasked). */
  localConf: string;
  /** For each local.conf line (index 0 = line 1), the user file/line it came from, if any. */
  origins: (Origin | undefined)[];
  /** The parsed merged model (for the linter). */
  conf: LocalConf;
  /** Values to mask everywhere (passwords). */
  secrets: string[];
  /** DevStack's own service warnings/fatal errors for this localrc. */
  serviceEvents: { level: string; line: number; message: string }[];
}

function resolveTrain(profile: ProfileDefinition, release?: string): ReleaseTrain {
  const name = release ?? profile.defaultTrain;
  const train = TRAINS[name];
  if (!train) {
    throw new ConfigurationError(
      `Unknown release train '${name}'. Accepted values: ${Object.keys(TRAINS).join(', ')}.`,
      'release',
    );
  }
  return train;
}

function choosePasswords(req: PlanRequest): Record<PasswordVariable, string> {
  const gen = req.generatePassword ?? generatePassword;
  const admin = req.adminPassword ? checkPassword(req.adminPassword, 'admin-password') : gen();
  const out = {} as Record<PasswordVariable, string>;
  for (const v of PASSWORD_VARIABLES) {
    const given = req.passwords?.[v];
    out[v] = given ? checkPassword(given, v) : admin;
  }
  return out;
}

/** Builds a fragment LocalConf out of `--set` overrides (each value a quoted literal). */
function overridesFragment(set: Record<string, string>): LocalConf {
  const statements = Object.entries(set).map(([k, v], i) => {
    const st = assignStatement(k, { literal: v });
    st.line = i + 1;
    st.endLine = i + 1;
    return st;
  });
  return {
    file: '--set',
    preamble: [],
    finalNewline: true,
    blocks: [
      { kind: 'localrc', header: { raw: '[[local|localrc]]', phase: 'local', file: 'localrc', line: 0 }, statements },
    ],
  };
}

/** The request's options, checked and defaulted (refs, git base, DEST, stack user, Octavia, ports pool, NAT). */
interface PlanOptions {
  distro?: Distro;
  devstackRef: string;
  pluginRefs: Record<string, string>;
  gitBase: string;
  dest: string;
  stackUser: string;
  octavia: boolean;
  portsPool: PortsPoolOptions;
  nat: boolean;
}

/** Checks and defaults the request's options, in the order their errors are reported. */
function resolveOptions(req: PlanRequest, profile: ProfileDefinition, train: ReleaseTrain): PlanOptions {
  const distro = typeof req.distro === 'string' ? parseDistroId(req.distro) : req.distro;
  const devstackRef = req.devstackRef ? checkRef(req.devstackRef, 'devstack-ref') : train.devstackRef;
  const pluginRefs = Object.fromEntries(
    Object.entries(req.pluginRefs ?? {}).map(([k, v]) => [k, checkRef(v, `${k}-ref`)]),
  );
  const gitBase = checkGitBase(req.gitBase ?? DEFAULT_GIT_BASE);
  const dest = checkAbsolutePath(req.dest ?? DEFAULT_DEST, 'dest');
  const stackUser = req.stackUser ?? 'stack';
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(stackUser)) {
    throw new ConfigurationError(
      `Input 'stack-user' must be a POSIX user name (lowercase letters, digits, '_', '-'); got '${stackUser}'.`,
      'stack-user',
    );
  }
  const octavia = req.octavia ?? true;
  const portsPool = req.portsPool ?? { enabled: profile.role === 'overcloud', ...PORTS_POOL_DEFAULTS };
  return { distro, devstackRef, pluginRefs, gitBase, dest, stackUser, octavia, portsPool, nat: req.nat ?? true };
}

/** Splits `--set` into the profile's placeholder values and the remaining literal overrides. */
function splitPlaceholders(
  profile: ProfileDefinition,
  set: Record<string, string> = {},
): { placeholderValues: Record<string, string>; overrides: Record<string, string> } {
  const overrides = { ...set };
  const placeholderValues: Record<string, string> = {};
  for (const ph of profile.placeholders) {
    const v = overrides[ph.variable];
    if (v !== undefined) {
      placeholderValues[ph.variable] = v;
      delete overrides[ph.variable];
    }
  }
  return { placeholderValues, overrides };
}

/** The profile's local.conf for this train; a placeholder without a value is a user error naming `--set`. */
function buildResolvedConf(
  profile: ProfileDefinition,
  train: ReleaseTrain,
  o: PlanOptions,
  passwords: Record<PasswordVariable, string>,
  placeholderValues: Record<string, string>,
): LocalConf {
  const { gitBase, dest, octavia, portsPool, pluginRefs } = o;
  const built = buildProfileConf(profile, train, {
    gitBase,
    dest,
    octavia,
    portsPool,
    passwords,
    pluginRefs,
    placeholderValues,
  });
  if (built.unresolved.length) {
    throw new ConfigurationError(
      `Profile '${profile.name}' has unresolved placeholders:\n` +
        built.unresolved
          .map(
            (p) =>
              `  ${p.variable}: ${p.description}. Give it with --set ${p.variable}=<value> (find it with: ${p.resolveHint}).`,
          )
          .join('\n'),
      '--set',
    );
  }
  return built.conf;
}

/** Merges the `--set` overrides, then the user fragments in order, over the profile's local.conf. */
function mergeUserInput(conf: LocalConf, overrides: Record<string, string>, req: PlanRequest): LocalConf {
  let merged = conf;
  if (Object.keys(overrides).length) merged = mergeLocalConf(merged, overridesFragment(overrides));
  for (const f of [...(req.fragment ? [req.fragment] : []), ...(req.fragments ?? [])]) {
    merged = mergeLocalConf(merged, parseLocalConf(f.text, f.file));
  }
  return merged;
}

/** Every value to mask: the passwords, and each password/token/secret literal the final localrc assigns. */
function collectSecrets(passwords: Record<PasswordVariable, string>, statements: LocalrcStatement[]): string[] {
  const secrets = [...new Set(Object.values(passwords))];
  for (const st of flattenStatements(statements)) {
    if (st.kind === 'assign' && st.name && /PASSWORD$|^SERVICE_TOKEN$|SECRET/.test(st.name) && st.value?.literal) {
      secrets.push(st.value.literal);
    }
  }
  return [...new Set(secrets)];
}

/**
 * Creates a plan. Throws ConfigurationError for user mistakes (unknown profile/train, bad values, unresolved
 * placeholders). A refused combination is reported in `plan.preflight` (ok=false), not thrown.
 */
export function createPlan(req: PlanRequest): Plan {
  const profile = getProfile(req.profile);
  const train = resolveTrain(profile, req.release);
  const o = resolveOptions(req, profile, train);
  const passwords = choosePasswords(req);
  const { placeholderValues, overrides } = splitPlaceholders(profile, req.set);

  const pf = preflight({ profile, train, distro: o.distro, force: req.force, devstackRef: req.devstackRef });
  const skeleton = planSkeleton(profile, train, o.distro, pf, o);
  if (!pf.ok) return skeleton;
  const conf = mergeUserInput(buildResolvedConf(profile, train, o, passwords, placeholderValues), overrides, req);
  const rendered = renderLocalConfWithOrigins(conf);
  // Re-parse so every element has its real line in the final file; origins come from the render.
  const finalConf = parseLocalConf(rendered.text, 'local.conf');
  const localrc = finalConf.blocks.find((b) => b.kind === 'localrc');
  const statements = localrc && localrc.kind === 'localrc' ? localrc.statements : [];
  const services = evaluateServices(statements, train.defaultServices);

  // Plugins as finally written (a fragment may have replaced one).
  const plugins = services.plugins.map((p) => ({ name: p.name, url: p.url, ref: p.ref ?? 'master' }));
  const floating = flattenStatements(statements).find((s) => s.kind === 'assign' && s.name === 'FLOATING_RANGE');
  return {
    ...skeleton,
    refs: { devstack: o.devstackRef, gitBase: o.gitBase, plugins },
    services: { enabled: services.enabled, disabled: services.disabled },
    commands: planCommands({
      distro: o.distro,
      gitBase: o.gitBase,
      devstackRef: o.devstackRef,
      dest: o.dest,
      stackUser: o.stackUser,
      forceDistro: pf.forceDistro,
      plugins,
      nat: o.nat,
      floatingRange: floating?.value?.literal ?? '172.24.4.0/24',
    }),
    localConf: rendered.text,
    origins: rendered.origins,
    conf: finalConf,
    secrets: collectSecrets(passwords, statements),
    serviceEvents: services.events,
  };
}

/** The plan context with nothing to run and no local.conf: what a refused combination gets, and the base of a full plan. */
function planSkeleton(
  profile: ProfileDefinition,
  train: ReleaseTrain,
  distro: Distro | undefined,
  pf: PreflightResult,
  o: {
    devstackRef: string;
    gitBase: string;
    dest: string;
    stackUser: string;
    nat: boolean;
    octavia: boolean;
    portsPool: PortsPoolOptions;
  },
): Plan {
  return {
    profile: {
      name: profile.name,
      description: profile.description,
      role: profile.role,
      backend: profile.backend,
      basedOn: profile.basedOn,
    },
    train: { name: train.name, description: train.description, supportedDistros: train.supportedDistros },
    distro,
    refs: { devstack: o.devstackRef, gitBase: o.gitBase, plugins: [] },
    services: { enabled: [], disabled: [] },
    preflight: pf,
    options: { octavia: o.octavia, portsPool: o.portsPool, dest: o.dest, stackUser: o.stackUser, nat: o.nat },
    commands: [],
    localConf: '',
    origins: [],
    conf: { file: 'local.conf', preamble: [], blocks: [], finalNewline: true },
    secrets: [],
    serviceEvents: [],
  };
}

/** The plan as written to plan.json: everything except the local.conf text, the model and the secrets. */
export function planToJson(plan: Plan): Record<string, unknown> {
  const { localConf: _l, conf: _c, secrets: _s, origins: _o, ...rest } = plan;
  return { schemaVersion: 1, ...rest };
}
