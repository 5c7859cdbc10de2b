/**
 * Turns a profile (data) + release train + options into a LocalConf: plugins pinned to the train's refs, URLs from
 * the git base, generated credentials, absolute LOGFILE, ports-pool variables as the code reads them, placeholders
 * resolved from overrides. User overrides and fragments are merged afterwards with DevStack's semantics.
 */
import { ConfigurationError } from '../runtime/errors.js';
import {
  assignStatement,
  blankStatement,
  callStatement,
  commentStatement,
  emptyLocalrcBlock,
  makeIniBlock,
} from './localconf/render.js';
import type { LocalConf, LocalrcStatement } from './localconf/model.js';
import { PASSWORD_VARIABLES, type PasswordVariable, type PortsPoolOptions } from './options.js';
import type { Placeholder, ProfileDefinition, ProfileEntry } from './profiles/index.js';
import type { When } from './profiles/types.js';
import type { ReleaseTrain } from './trains.js';

export const DEFAULT_GIT_BASE = 'https://opendev.org';
export const DEFAULT_DEST = '/opt/stack';

export interface BuildOptions {
  gitBase: string;
  dest: string;
  octavia: boolean;
  portsPool: PortsPoolOptions;
  /** Every password variable, already chosen (given or generated). */
  passwords: Record<PasswordVariable, string>;
  /** Per-plugin ref overrides (`kuryr-kubernetes`, `dragonflow`, …). */
  pluginRefs: Record<string, string>;
  /** Values for the profile's placeholders (from `--set`). */
  placeholderValues: Record<string, string>;
}

export interface BuildResult {
  conf: LocalConf;
  /** Plugins as written: name, url, ref. */
  plugins: { name: string; url: string; ref: string }[];
  /** Placeholders without a value: the caller decides whether that is an error. */
  unresolved: Placeholder[];
}

const PLACEHOLDER = /^@([A-Z_][A-Z0-9_]*)@$/;

function applies(when: When | undefined, train: ReleaseTrain, opts: BuildOptions): boolean {
  if (!when) return true;
  if (when.trains && !when.trains.includes(train.name)) return false;
  if (when.octavia !== undefined && when.octavia !== opts.octavia) return false;
  if (when.portsPool !== undefined && when.portsPool !== opts.portsPool.enabled) return false;
  return true;
}

/** The ref a plugin is pinned to: an explicit override, else the train's. */
export function pluginRef(name: string, train: ReleaseTrain, overrides: Record<string, string>): string {
  const ref = overrides[name] ?? train.pluginRefs[name];
  if (!ref) {
    throw new ConfigurationError(
      `Release train '${train.name}' has no ref for plugin '${name}'; give one explicitly (e.g. --plugin-ref ${name}=<ref>).`,
      'release',
    );
  }
  return ref;
}

function generated(kind: string, profile: ProfileDefinition, opts: BuildOptions): LocalrcStatement[] {
  switch (kind) {
    case 'git-base':
      return [assignStatement('GIT_BASE', { literal: opts.gitBase })];
    case 'logging': {
      const out: LocalrcStatement[] = [];
      if (opts.dest !== DEFAULT_DEST) {
        // stackrc derives DATA_DIR and SUBUNIT_OUTPUT from its own DEST before localrc is read: move them too.
        out.push(
          assignStatement('DEST', { literal: opts.dest }),
          assignStatement('DATA_DIR', { shell: '$DEST/data' }),
          assignStatement('SUBUNIT_OUTPUT', { shell: '$DEST/devstack.subunit' }),
        );
      }
      out.push(
        assignStatement('LOGFILE', { shell: '$DEST/logs/stack.sh.log' }),
        assignStatement('LOG_COLOR', { shell: 'False' }),
        assignStatement('VERBOSE_NO_TIMESTAMP', { shell: 'True' }),
      );
      return out;
    }
    case 'credentials':
      return PASSWORD_VARIABLES.map((v) => assignStatement(v, { literal: opts.passwords[v] }));
    case 'ports-pool': {
      const p = opts.portsPool;
      if (!p.enabled) return [assignStatement('KURYR_VIF_POOL_DRIVER', { shell: 'noop' })];
      return [
        assignStatement('KURYR_USE_PORTS_POOLS', { shell: 'True' }),
        assignStatement('KURYR_VIF_POOL_DRIVER', { shell: profile.poolDriver ?? 'neutron' }),
        assignStatement('KURYR_VIF_POOL_MIN', { literal: String(p.min) }),
        assignStatement('KURYR_VIF_POOL_MAX', { literal: String(p.max) }),
        assignStatement('KURYR_VIF_POOL_BATCH', { literal: String(p.batch) }),
        assignStatement('KURYR_VIF_POOL_UPDATE_FREQ', { literal: String(p.updateFrequency) }),
      ];
    }
    default:
      throw new Error(`unknown generated entry ${kind}`);
  }
}

/** Builds the profile's local.conf for a train. Pure: passwords and refs come in through `opts`. */
export function buildProfileConf(profile: ProfileDefinition, train: ReleaseTrain, opts: BuildOptions): BuildResult {
  const block = emptyLocalrcBlock();
  const plugins: BuildResult['plugins'] = [];
  const unresolved: Placeholder[] = [];
  const entry = (e: ProfileEntry): LocalrcStatement[] => {
    if (!applies(e.when, train, opts)) return [];
    if ('comment' in e) return [commentStatement(e.comment)];
    if ('blank' in e) return [blankStatement()];
    if ('generated' in e) return generated(e.generated, profile, opts);
    if ('plugin' in e) {
      const ref = pluginRef(e.plugin, train, opts.pluginRefs);
      const url = `${opts.gitBase}/openstack/${e.plugin}`;
      plugins.push({ name: e.plugin, url, ref });
      return [callStatement('enable_plugin', [e.plugin, url, ref])];
    }
    if ('enable' in e) return [callStatement('enable_service', e.enable)];
    if ('disable' in e) return [callStatement('disable_service', e.disable)];
    if ('append' in e) return [assignStatement(e.append, { shell: e.shell }, '+=')];
    if ('literal' in e) return [assignStatement(e.set, { literal: e.literal })];
    const m = PLACEHOLDER.exec(e.shell);
    if (m) {
      const name = m[1] as string;
      const value = opts.placeholderValues[name];
      if (value === undefined) {
        const ph = profile.placeholders.find((p) => p.variable === name);
        if (ph) unresolved.push(ph);
        return [assignStatement(e.set, { shell: e.shell })];
      }
      return [assignStatement(e.set, { literal: value })];
    }
    return [assignStatement(e.set, { shell: e.shell })];
  };
  block.statements = profile.localrc.flatMap(entry);
  const blocks: LocalConf['blocks'] = [block];
  if (profile.ini.some((i) => applies(i.when, train, opts))) block.statements.push(blankStatement());
  for (const ini of profile.ini) {
    if (!applies(ini.when, train, opts)) continue;
    const sections = Object.fromEntries(
      Object.entries(ini.sections).map(([s, kv]) => [
        s,
        Object.fromEntries(Object.entries(kv).map(([k, v]) => [k, { shell: v }])),
      ]),
    );
    blocks.push(makeIniBlock(ini.phase, ini.file, sections));
  }
  const conf: LocalConf = { file: 'local.conf', preamble: [], blocks, finalNewline: true };
  return { conf, plugins, unresolved };
}
