/**
 * The local.conf model. A local.conf holds two languages (docs/local-conf.md#grammar): the `[[local|localrc]]` block is
 * bash, every other meta-section is an INI fragment that DevStack merges with awk + `eval`. Every element keeps its
 * exact text (`raw`) and its 1-based line numbers so that rendering an unmodified file gives it back byte for byte, and
 * so that lint findings point at the right line.
 */
import type { ShellWord } from './bash-words.js';

/** Where an element came from, for annotations after merging (a profile, or a user file and line). */
export interface Origin {
  file: string;
  line: number;
}

/** A `[[phase|file]]` header as DevStack's awk reads it (docs/local-conf.md#meta-section-headers). */
export interface MetaHeader {
  raw: string;
  /** The group (phase) after `gsub("[][]","",$1)` and the split on `|`; may be empty. */
  phase: string;
  /** The unexpanded file spec (`$NOVA_CONF`, `/$Q_PLUGIN_CONF_FILE`, `localrc`). */
  file: string;
  line: number;
}

/** One logical localrc statement (several physical lines when continued). */
export interface LocalrcStatement {
  kind: 'blank' | 'comment' | 'assign' | 'call' | 'other';
  raw: string;
  line: number;
  endLine: number;
  /** For `assign`: the variable, the operator and the value word(s) as written. */
  name?: string;
  op?: '=' | '+=';
  value?: ShellWord;
  /** For `call`: the command and its argument words (`enable_service`, `enable_plugin`, …). */
  command?: string;
  /** For `call` and `other`: the first word as lexed (whether it expands or runs a command at command position). */
  commandWord?: ShellWord;
  args?: ShellWord[];
  /** Further `;`-separated commands on the same statement, each parsed like a statement of its own. */
  more?: LocalrcStatement[];
  /** For a command in `more`: the control operator before it (`;`, `&&`, `||`, `|`, `&`, `;;`). */
  joinedBy?: string;
  /** On the first command of a statement: every control operator, with the index (0 = this command) that follows it. */
  ops?: { op: string; before: number }[];
  comment?: string;
  errors: string[];
  origin?: Origin;
}

/**
 * One physical INI line, classified exactly as `merge_config_file`'s awk program does (docs/local-conf.md#ini-merge).
 */
export interface IniLine {
  kind: 'blank' | 'comment' | 'section' | 'key' | 'ignored';
  raw: string;
  line: number;
  /** For `section`: `$1` with brackets removed (so `[my section]` is `my`). */
  section?: string;
  /** For `key`: the key (right-trimmed) and value (trimmed) split at the first `=`; `hasEquals` false when none. */
  key?: string;
  value?: string;
  hasEquals?: boolean;
  /** The section in force for a key line ('' before any section). */
  inSection?: string;
  origin?: Origin;
}

export interface LocalrcBlock {
  kind: 'localrc';
  header: MetaHeader;
  statements: LocalrcStatement[];
}

export interface IniBlock {
  kind: 'ini';
  header: MetaHeader;
  lines: IniLine[];
}

export type MetaBlock = LocalrcBlock | IniBlock;

export interface LocalConf {
  /** File name used in messages and findings. */
  file: string;
  /** Lines before the first header: DevStack ignores them. */
  preamble: string[];
  blocks: MetaBlock[];
  /** Whether the source ended with a newline (kept for byte-exact rendering). */
  finalNewline: boolean;
}

/** Phases DevStack merges, in the order stack.sh runs them (docs/local-conf.md#meta-section-headers). */
export const PHASES = ['local', 'post-config', 'extra', 'post-extra', 'test-config'] as const;
export type Phase = (typeof PHASES)[number];
