/**
 * LC2xx: header file specifications (docs/local-conf.md#file-specifications). merge_config_group runs
 * `eval "echo $configfile"`; an empty result warns and `break`s out of the phase, a relative result is resolved against
 * the devstack checkout, and a missing parent directory is fatal on df-era devstack (newest creates it). Because of
 * that eval, shell syntax in the spec runs on the host (LC204).
 */
import type { IniBlock } from '../../localconf/model.js';
import { code, listText, type Analysis } from '../analysis.js';
import { devstackVariable, devstackVariableNames, knownValue, pluginDefinitions } from '../devstack-data.js';
import {
  CONFIG_FILE_VARIABLES,
  FILE_SPEC_ALIASES,
  GENERAL_VARIABLES,
  closest,
  configVariable,
} from '../known-variables.js';
import { evalEffects } from '../eval-text.js';
import type { Draft, LintSeverity } from '../types.js';
import type { Rule } from './rule.js';

const VAR_RE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g;

/** Variable names used in a file spec, in order. */
export function specVariables(spec: string): string[] {
  return [...spec.matchAll(VAR_RE)].map((m) => m[1] as string);
}

/** Lines of the later headers of the same phase, which a `break` skips. */
function laterInPhase(a: Analysis, block: IniBlock): number[] {
  return a.mergeBlocks
    .filter((b) => b.header.phase === block.header.phase && b.header.line > block.header.line)
    .map((b) => b.header.line);
}

type VarStatus =
  { kind: 'known' } | { kind: 'plugin-off'; plugins: string[]; example?: string; owned: boolean } | { kind: 'unknown' };

/**
 * True when the variable belongs to the plugin: listed by hand, or named after it (`TACKER_CONF` for tacker,
 * `KURYR_CONFIG` for kuryr-kubernetes). Only then is "undefined without the plugin" certain; a name a plugin merely
 * also sets (`HEAT_CONF_DIR` in tacker's lib) may come from a plugin the data does not cover.
 */
function ownedBy(name: string, plugins: readonly string[], listed: boolean): boolean {
  const head = name.split('_')[0]?.toLowerCase() ?? '';
  return listed || plugins.some((p) => p.split('-').includes(head) || (head === 'df' && p === 'dragonflow'));
}

/** Plugins whose devstack files set `name` (recorded data or the hand list), with a typical value. */
function pluginOwners(
  name: string,
  era: Analysis['ctx']['era'],
): { plugins: string[]; example?: string; owned: boolean } {
  const defs = pluginDefinitions(name);
  const listed = configVariable(name, era);
  const plugins = [...new Set([...defs.map((d) => d.plugin), ...(listed ? [listed.source] : [])])].filter(
    (p) => p !== 'devstack',
  );
  const first = defs[0]?.variable;
  const owned = ownedBy(name, plugins, listed !== undefined && listed.source !== 'devstack');
  return { plugins, example: listed?.example ?? (first && knownValue(first)), owned };
}

/**
 * Whether `name` is defined when DevStack merges: set in localrc, given by the caller, defined by DevStack's stackrc
 * or lib in this era, or set by an enabled plugin's devstack files. A name only a plugin that is not enabled sets
 * is `plugin-off`.
 */
function variableStatus(a: Analysis, name: string): VarStatus {
  if (a.assigned.has(name) || a.ctx.knownVariables?.includes(name) || GENERAL_VARIABLES.includes(name))
    return { kind: 'known' };
  if (devstackVariable(a.ctx.era, name) || configVariable(name, a.ctx.era)?.source === 'devstack')
    return { kind: 'known' };
  const owners = pluginOwners(name, a.ctx.era);
  if (!owners.plugins.length) return { kind: 'unknown' };
  if (a.services.plugins.some((p) => owners.plugins.includes(p.name))) return { kind: 'known' };
  return { kind: 'plugin-off', ...owners };
}

/**
 * The enabled plugin whose name starts `name` (`designate` for `$DESIGNATE_CONF`, `networking-dpm` for
 * `$DPM_AGENT_CONF`): plugins name their variables so, which makes it likely, though not known, that its devstack files
 * set the variable.
 */
function namingPlugin(a: Analysis, name: string): string | undefined {
  const stem = (p: string): string[] => {
    const full = p.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    return [full, full.replace(/^(NETWORKING|DEVSTACK_PLUGIN|PYTHON)_/, '')];
  };
  return a.services.plugins.find((p) => stem(p.name).some((s) => s.length >= 3 && name.startsWith(`${s}_`)))?.name;
}

/** Config-file-like names DevStack defines in this era, for "did you mean" hints. */
function specCandidates(era: Analysis['ctx']['era']): string[] {
  const fromData = devstackVariableNames(era).filter((n) => /_(CONF|CONFIG|CONF_FILE|CONF_DIR|INI)$/.test(n));
  return [...new Set([...CONFIG_FILE_VARIABLES.filter((v) => v.eras.includes(era)).map((v) => v.name), ...fromData])];
}

function suggestion(a: Analysis, name: string): string | undefined {
  const alias = FILE_SPEC_ALIASES[name];
  if (alias) return alias;
  const near = closest(name, specCandidates(a.ctx.era));
  if (!near) return undefined;
  return configVariable(near, a.ctx.era)?.absolute === false ? `/$${near}` : `$${near}`;
}

export const fileSpecUndefined: Rule = {
  id: 'LC201',
  name: 'file-spec-undefined',
  severity: 'warning',
  summary: 'A file-spec variable that may be undefined when DevStack merges the block.',
  check(a) {
    const out: Draft[] = [];
    for (const b of a.mergeBlocks) {
      const spec = b.header.file;
      if (evalEffects(spec).length) continue; // LC204: the path depends on what the commands print
      const rest = spec.replace(VAR_RE, '');
      for (const name of specVariables(spec)) {
        const st = variableStatus(a, name);
        if (st.kind === 'known') continue;
        const later = laterInPhase(a, b);
        const cond = st.kind === 'plugin-off' && st.owned ? 'then' : 'if it is empty,';
        const consequence =
          rest === ''
            ? `${cond} merge_config_group prints ${code(`[WARNING] … unknown config file specification: ${spec} is undefined`)} and skips this block` +
              (later.length
                ? ` and every later ${b.header.phase} block (line${later.length > 1 ? 's' : ''} ${listText(later.map(String))})`
                : '') +
              '; stack.sh still succeeds'
            : `${cond} the spec evaluates to ${code(rest)} and DevStack merges into that path instead`;
        let severity: LintSeverity | undefined;
        let lead: string;
        if (st.kind === 'plugin-off') {
          const names = listText(st.plugins.map((p) => code(p)));
          const enables = st.plugins.map((p) => code(`enable_plugin ${p}`)).join(' or ');
          const plural = st.plugins.length > 1 ? 's' : '';
          severity = st.owned ? 'error' : undefined;
          lead = st.owned
            ? `${code(`$${name}`)} is set by the devstack files of the ${names} plugin${plural}, and no ${enables} is in localrc, so it is undefined at merge time`
            : `${code(`$${name}`)} is set by the devstack files of the ${names} plugin${plural} (of the plugins whose files we know), and no ${enables} is in localrc, so it is most likely undefined at merge time`;
        } else {
          lead = `${code(`$${name}`)} is not known to be defined when DevStack merges ${b.header.phase} blocks`;
          const plugin = namingPlugin(a, name);
          if (plugin) {
            // an enabled plugin's own naming: most likely defined by it, so no warning, but still not known
            severity = 'info';
            lead += ` (its name follows the enabled ${code(plugin)} plugin's, whose devstack files most likely set it; we do not have their variables)`;
          }
        }
        const better = suggestion(a, name);
        out.push({
          line: b.header.line,
          severity,
          message: `${lead}; ${consequence}.`,
          fix:
            st.kind === 'plugin-off'
              ? `Add ${code(`enable_plugin ${st.plugins[0] ?? ''} <url> <ref>`)} to localrc` +
                (st.example ? `, or write the path ${code(st.example)} literally.` : '.')
              : better
                ? `Did you mean ${code(`[[${b.header.phase}|${better}]]`)}? Otherwise set ${name} in localrc or use an absolute path.`
                : `Use a variable DevStack defines (e.g. $NOVA_CONF), set ${name} in localrc, or write the absolute path.`,
        });
      }
    }
    return out;
  },
};

export const fileSpecRelative: Rule = {
  id: 'LC202',
  name: 'file-spec-relative',
  severity: 'error',
  summary: 'A relative file spec (e.g. `$Q_PLUGIN_CONF_FILE` without the leading `/`).',
  check(a) {
    const out: Draft[] = [];
    const dirNote =
      a.ctx.era === 'df'
        ? `; on df-era devstack the parent directory does not exist there, which is fatal (${code('bogus config file specification')})`
        : '; newest devstack creates that directory and writes a file nothing reads';
    for (const b of a.mergeBlocks) {
      const spec = b.header.file;
      if (spec.startsWith('/') || spec.startsWith('~') || evalEffects(spec).length) continue;
      const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/.exec(spec);
      let relative: string | undefined;
      if (!m) relative = spec;
      else {
        const v = configVariable(m[1] as string, a.ctx.era);
        if (v && !v.absolute) relative = `${v.example ?? ''}${spec.slice(m[0].length)}`;
      }
      if (relative === undefined) continue;
      out.push({
        line: b.header.line,
        message: `${code(spec)} is a relative path (${code(relative)}): DevStack resolves it against the devstack checkout, not /${dirNote}.`,
        fix: `Write ${code(`[[${b.header.phase}|/${spec}]]`)}.`,
      });
    }
    return out;
  },
};

export const fileSpecServiceDisabled: Rule = {
  id: 'LC203',
  name: 'file-spec-service-disabled',
  severity: 'warning',
  summary: 'A block for the config file of a service that is not enabled (its directory will not exist).',
  check(a) {
    const out: Draft[] = [];
    for (const b of a.mergeBlocks) {
      const m = /^\/?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/.exec(b.header.file);
      const v = m ? configVariable(m[1] as string, a.ctx.era) : undefined;
      if (!v?.service || v.source !== 'devstack' || a.enabled(v.service)) continue;
      const example = (v.example ?? '').replace(/^(?!\/)/, '/');
      const dir = v.name.endsWith('_DIR') ? example : example.replace(/\/[^/]*$/, '');
      const df = a.ctx.era === 'df';
      out.push({
        line: b.header.line,
        severity: df ? 'warning' : 'info',
        message: df
          ? `${v.service} is not enabled, so nothing creates ${code(dir)}: df-era merge_config_group dies with ${code('bogus config file specification')} when the directory is missing (unless it exists from an earlier run).`
          : `${v.service} is not enabled: DevStack creates ${code(dir)} and writes ${code(b.header.file)} there, which nothing reads.`,
        fix: `Enable ${v.service} or remove this block.`,
      });
    }
    return out;
  },
};

export const fileSpecExecutes: Rule = {
  id: 'LC204',
  name: 'file-spec-executes',
  severity: 'error',
  summary: 'A header file name with `$(…)`, backticks, `;`, `&`, `<` or `>`: DevStack evals it and runs commands.',
  check(a) {
    const out: Draft[] = [];
    for (const b of a.mergeBlocks) {
      const spec = b.header.file;
      const effects = evalEffects(spec);
      if (!effects.length) continue;
      out.push({
        line: b.header.line,
        message: `DevStack expands the file name with eval (${code('eval "echo $configfile"')} in merge_config_group and merge_config_file, and again in the iniset line of every key), so in ${code(spec)} ${listText(effects)}, on the host, each time the ${b.header.phase} phase is merged; local.conf text must never execute.`,
        fix: `Name the file with a literal absolute path or a DevStack variable (${code(`[[${b.header.phase}|$NOVA_CONF]]`)}); compute anything else in the workflow.`,
      });
    }
    return out;
  },
};

export const FILE_SPEC_RULES: readonly Rule[] = [
  fileSpecUndefined,
  fileSpecRelative,
  fileSpecServiceDisabled,
  fileSpecExecutes,
];
