/**
 * What DevStack itself defines, per release train, and what plugins' devstack files set: a typed view of
 * `data/devstack-variables.json` (built by `scripts/devstack-vars/extract.mjs`, provenance in `data/README.md`).
 */
import dataJson from './data/devstack-variables.json' with { type: 'json' };
import type { DevstackEra } from './types.js';

/** One variable as the extractor recorded it. Absent flags have their usual value (see data/README.md). */
export interface DataVariable {
  /** `stackrc`, `lib/<file>` or `plugin:<name>`. */
  definedBy: string;
  /** `default` (`${X:-d}`: localrc wins), `literal`/`computed` (DevStack assigns), `trueorfalse`, `append`. */
  form: 'default' | 'literal' | 'computed' | 'trueorfalse' | 'append';
  /** The default text (no expansion left in it unless `resolved` is given). */
  default?: string;
  /** The default runs a command (`$(ipv6_unquote …)`); its text is not recorded. */
  defaultComputed?: boolean;
  /** A computed value made of variable references (`$NEUTRON_CONF_DIR/dhcp_agent.ini`). */
  value?: string;
  /** `default`/`value` with the references replaced by their recorded defaults. */
  resolved?: string;
  /** `top` when absent; `branch` inside if/case/for; `function` inside a function body. */
  scope?: 'branch' | 'function';
  function?: string;
  /** False when the variable is set after stack.sh's password prompts (plugin.sh, function bodies). */
  beforePrompt?: false;
  /** False when it is only set by a function that does not run before the post-config merge. */
  beforeMerge?: false;
}

interface DataFile {
  eras: Record<DevstackEra, { defaultServices: string; variables: Record<string, DataVariable> }>;
  plugins: Record<string, { versions: Record<string, Record<string, DataVariable>> }>;
}

const DATA = dataJson as unknown as DataFile;

/** DevStack's own definition of `name` in `era` (stackrc or lib), if it is defined before the merge. */
export function devstackVariable(era: DevstackEra, name: string): DataVariable | undefined {
  const v = DATA.eras[era]?.variables[name];
  return v && v.beforeMerge !== false ? v : undefined;
}

const namesByEra = new Map<DevstackEra, string[]>();

/** Every name DevStack defines before the merge in `era` (computed once per era). */
export function devstackVariableNames(era: DevstackEra): readonly string[] {
  let names = namesByEra.get(era);
  if (!names) {
    names = Object.keys(DATA.eras[era]?.variables ?? {}).filter((n) => devstackVariable(era, n));
    namesByEra.set(era, names);
  }
  return names;
}

/** The default ENABLED_SERVICES the extractor recorded for `era`. */
export function dataDefaultServices(era: DevstackEra): string {
  return DATA.eras[era].defaultServices;
}

/** One plugin version's definition of a variable. */
export interface PluginDefinition {
  plugin: string;
  version: string;
  variable: DataVariable;
}

/** Definitions of `name` in every recorded version of every plugin (or only of `plugins`), set before the merge. */
export function pluginDefinitions(name: string, plugins?: readonly string[]): PluginDefinition[] {
  const out: PluginDefinition[] = [];
  for (const [plugin, p] of Object.entries(DATA.plugins)) {
    if (plugins && !plugins.includes(plugin)) continue;
    for (const [version, vars] of Object.entries(p.versions)) {
      const variable = vars[name];
      if (variable && variable.beforeMerge !== false) out.push({ plugin, version, variable });
    }
  }
  return out;
}

/** The recorded versions of a plugin (empty when the plugin is not in the data). */
export function pluginVersions(plugin: string): string[] {
  return Object.keys(DATA.plugins[plugin]?.versions ?? {});
}

/** The value a variable holds when nothing overrides it: its resolved or literal default ('' for an empty one). */
export function knownValue(v: DataVariable): string | undefined {
  if (v.resolved !== undefined) return v.resolved;
  if (v.form === 'computed' || v.defaultComputed) return undefined;
  // A default that still refers to other variables (`${Y:-zero}`) has no value we can state.
  return v.default !== undefined && /[$`]/.test(v.default) ? undefined : v.default;
}
