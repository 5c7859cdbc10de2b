/**
 * Types of the local.conf linter (docs/local-conf.md#linter-pitfalls). A finding names a stable rule id (`LC###`, see
 * RULES.md), the exact 1-based lines of the linted file, what DevStack will actually do, and a concrete fix.
 */

export type LintSeverity = 'error' | 'warning' | 'info';

export interface LintFinding {
  file: string;
  /** 1-based first line of the statement / INI line / header. */
  line: number;
  /** 1-based last line (equals `line` for single-line elements). */
  endLine: number;
  /** Stable rule id, e.g. `LC403`. */
  rule: string;
  severity: LintSeverity;
  /** What DevStack will do with this text. */
  message: string;
  /** A concrete hint to fix it. */
  fix: string;
}

/** DevStack era: `df` = the 2020 devstack the Dragonflow samples ran on (`a13ab8db`); `newest` = current master. */
export type DevstackEra = 'df' | 'newest';

export type LintDistroFamily = 'ubuntu' | 'debian' | 'fedora' | 'rhel' | 'opensuse';

export interface LintContext {
  /** DevStack era the file is meant for (default `df`). */
  era: DevstackEra;
  /** DevStack's default ENABLED_SERVICES before localrc runs; defaults to the era's `stackrc` default. */
  defaultServices?: string;
  /** Family of the target host, when known (enables the gawk check, LC701). */
  distroFamily?: LintDistroFamily;
  /** True when the devstack checkout contains `d207ba90` (gawk in `files/debs/general`); implied by era `newest`. */
  devstackHasGawkFix?: boolean;
  /** Extra variables the caller knows are defined when DevStack merges config files (e.g. from a plugin). */
  knownVariables?: readonly string[];
}

/** Static description of a rule, for the registry, RULES.md and `kdf lint --list-rules`. */
export interface RuleInfo {
  /** Stable id `LC###`. */
  id: string;
  /** Stable kebab-case name. */
  name: string;
  /** Default severity; some rules raise or lower it for specific cases (documented in RULES.md). */
  severity: LintSeverity;
  /** One-line summary. */
  summary: string;
}

/** A finding as produced by a rule; the engine fills in file, rule id and (unless given) the default severity. */
export interface Draft {
  line: number;
  endLine?: number;
  message: string;
  fix: string;
  severity?: LintSeverity;
}
