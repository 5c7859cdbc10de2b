/**
 * What a `$VAR` in an INI value holds when DevStack merges the block (LC510): set in localrc, a DevStack variable with
 * its default for the era, a variable an enabled plugin sets, one only a plugin that is not enabled sets, or unknown.
 */
import type { Analysis } from './analysis.js';
import { code } from './analysis.js';
import { devstackVariable, knownValue, pluginDefinitions, type DataVariable } from './devstack-data.js';
import { CONFIG_FILE_VARIABLES, GENERAL_VARIABLES } from './known-variables.js';

export type ValueVariable =
  /** Set in localrc, named by the caller, or a general DevStack variable (`$HOST_IP`): nothing to add. */
  | { kind: 'known' }
  /** Defined by DevStack's stackrc/lib or an enabled plugin; `value` is its default when recorded. */
  | { kind: 'default'; source: string; value?: string; overridable: boolean }
  /** Defined with an empty default (`${X:-}`): empty unless localrc sets it. */
  | { kind: 'empty'; source: string }
  /** Set only by plugins localrc does not enable. */
  | { kind: 'plugin-off'; plugins: string[] }
  | { kind: 'unknown' };

function fromData(v: DataVariable, source: string): ValueVariable {
  const value = knownValue(v);
  if (value === '' && (v.form === 'default' || v.form === 'literal')) return { kind: 'empty', source };
  // `${X:-d}` and trueorfalse keep a value localrc gave; a plain assignment in lib replaces it.
  const overridable = v.form === 'default' || v.form === 'trueorfalse';
  return value === undefined
    ? { kind: 'default', source, overridable }
    : { kind: 'default', source, value, overridable };
}

/** Classifies one variable name for the value of a merged INI line. */
export function valueVariable(a: Analysis, name: string): ValueVariable {
  if (
    a.assigned.has(name) ||
    a.ctx.knownVariables?.includes(name) ||
    GENERAL_VARIABLES.includes(name) ||
    CONFIG_FILE_VARIABLES.some((v) => v.name === name && v.source === 'devstack')
  )
    return { kind: 'known' };
  const own = devstackVariable(a.ctx.era, name);
  if (own) return fromData(own, own.definedBy);
  const enabled = a.services.plugins.map((p) => p.name);
  const onDefs = pluginDefinitions(name, enabled);
  const first = onDefs[0];
  if (first) return fromData(first.variable, `the ${first.plugin} plugin`);
  if (CONFIG_FILE_VARIABLES.some((v) => v.name === name && enabled.includes(v.source))) return { kind: 'known' };
  const plugins = [...new Set(pluginDefinitions(name).map((d) => d.plugin))];
  return plugins.length ? { kind: 'plugin-off', plugins } : { kind: 'unknown' };
}

/** True when the classification means the value is most likely not what the author meant (a warning). */
export const isDoubtful = (v: ValueVariable): boolean =>
  v.kind === 'empty' || v.kind === 'plugin-off' || v.kind === 'unknown';

/** A clause that says what `text` (the `$VAR` as written) holds at merge time, or undefined when nothing to add. */
export function valueClause(text: string, v: ValueVariable): string | undefined {
  switch (v.kind) {
    case 'known':
      return undefined;
    case 'default':
      if (v.value === undefined) return `${code(text)} is set by ${v.source} when DevStack runs`;
      return v.overridable
        ? `${code(text)} is ${code(v.value)} (the default in ${v.source}) unless localrc sets it`
        : `${code(text)} is ${code(v.value)} (set by ${v.source})`;
    case 'empty':
      return `${code(text)} is empty unless localrc sets it (${v.source} defaults it to empty)`;
    case 'plugin-off':
      return `${code(text)} is set only by the devstack files of ${v.plugins.map((p) => code(p)).join(' or ')}, which localrc does not enable, so it will most likely be empty`;
    case 'unknown':
      return `${code(text)} is not known to be defined then and will most likely be empty`;
  }
}
