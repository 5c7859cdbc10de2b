/**
 * Facts about a parsed local.conf that several rules share, computed once per lint run: the localrc statements as
 * DevStack sources them (every `[[local|localrc]]` block concatenated, docs/local-conf.md#how-localrc-is-read), the
 * service state after them (docs/local-conf.md#service-lists), the assignments, and the INI blocks DevStack actually
 * merges.
 */
import type { ShellWord } from '../localconf/bash-words.js';
import type { IniBlock, LocalConf, LocalrcBlock, LocalrcStatement } from '../localconf/model.js';
import { PHASES } from '../localconf/model.js';
import {
  DF_ERA_DEFAULT_SERVICES,
  NEWEST_DEFAULT_SERVICES,
  evaluateServices,
  flattenStatements,
  isServiceEnabled,
  type ServiceState,
} from '../localconf/services.js';
import type { LintContext } from './types.js';

/** Phases whose INI blocks DevStack merges (every phase but `local`). */
export const MERGE_PHASES: readonly string[] = PHASES.filter((p) => p !== 'local');

/** One assignment in localrc: `NAME=v`, `NAME+=v`, or `export NAME=v`. */
export interface Assignment {
  name: string;
  op: '=' | '+=';
  value: ShellWord;
  stmt: LocalrcStatement;
}

export interface Analysis {
  conf: LocalConf;
  ctx: LintContext;
  localrcBlocks: LocalrcBlock[];
  /** All localrc statements in execution order, `;`-joined commands flattened. */
  statements: LocalrcStatement[];
  services: ServiceState;
  /** The ENABLED_SERVICES value DevStack has before localrc runs. */
  defaultServices: string;
  assignments: Assignment[];
  /** Names assigned anywhere in localrc (visible to the merge, which runs in stack.sh's shell). */
  assigned: Set<string>;
  iniBlocks: IniBlock[];
  /** INI blocks DevStack merges: a merge phase and a non-empty file name. */
  mergeBlocks: IniBlock[];
  /** `is_service_enabled` for the final service list. */
  enabled(name: string): boolean;
}

const ASSIGN_WORD = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)/;
const DECLARERS = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);

/** The value part of an `export NAME=value` argument word. */
function valueOfArg(word: ShellWord, prefixLength: number): ShellWord {
  const raw = word.raw.slice(prefixLength);
  const out: ShellWord = { raw, expands: word.expands, executes: word.executes };
  if (word.literal !== undefined) out.literal = word.literal.slice(word.literal.indexOf('=') + 1);
  return out;
}

/** Every assignment in execution order, including `export NAME=value` forms. */
export function collectAssignments(statements: readonly LocalrcStatement[]): Assignment[] {
  const out: Assignment[] = [];
  for (const st of statements) {
    if (st.kind === 'assign' && st.name && st.op) {
      out.push({
        name: st.name,
        op: st.op,
        value: st.value ?? { raw: '', literal: '', expands: false, executes: false },
        stmt: st,
      });
      continue;
    }
    if (st.kind === 'call' && st.command && DECLARERS.has(st.command)) {
      for (const arg of st.args ?? []) {
        const m = ASSIGN_WORD.exec(arg.raw);
        if (m)
          out.push({ name: m[1] as string, op: m[2] as '=' | '+=', value: valueOfArg(arg, m[0].length), stmt: st });
      }
    }
  }
  return out;
}

/** Extra `is_service_enabled` names DevStack maps to service prefixes or other names (`is_<x>_enabled`). */
function enabledWithAliases(enabled: readonly string[], name: string): boolean {
  switch (name) {
    case 'keystone':
      return enabled.includes('key') || enabled.includes('keystone');
    case 'cinder':
      return enabled.includes('cinder') || enabled.some((s) => s.startsWith('c-'));
    case 'placement':
      return enabled.includes('placement-api') || enabled.includes('placement');
    case 'neutron':
      return isServiceEnabled(enabled, 'neutron') || enabled.some((s) => s.startsWith('neutron-'));
    default:
      return isServiceEnabled(enabled, name);
  }
}

/** Builds the shared analysis for one lint run. */
export function analyse(conf: LocalConf, ctx: LintContext): Analysis {
  const localrcBlocks = conf.blocks.filter((b): b is LocalrcBlock => b.kind === 'localrc');
  const iniBlocks = conf.blocks.filter((b): b is IniBlock => b.kind === 'ini');
  const statements = flattenStatements(localrcBlocks.flatMap((b) => b.statements));
  const defaults = ctx.defaultServices ?? (ctx.era === 'newest' ? NEWEST_DEFAULT_SERVICES : DF_ERA_DEFAULT_SERVICES);
  const services = evaluateServices(statements, defaults);
  const assignments = collectAssignments(statements);
  const mergeBlocks = iniBlocks.filter((b) => MERGE_PHASES.includes(b.header.phase) && b.header.file !== '');
  return {
    conf,
    ctx,
    localrcBlocks,
    statements,
    services,
    defaultServices: defaults,
    assignments,
    assigned: new Set(assignments.map((a) => a.name)),
    iniBlocks,
    mergeBlocks,
    enabled: (name) => enabledWithAliases(services.enabled, name),
  };
}

/** The physical lines of a localrc block with their local.conf line numbers. */
export function localrcLines(block: LocalrcBlock): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (const st of block.statements) {
    st.raw.split('\n').forEach((text, i) => out.push({ text, line: st.line + i }));
  }
  return out;
}

/** Wraps text in backticks for messages (Markdown code). */
export const code = (s: string): string => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

/** Like `code`, but shows an empty string as `(empty)`. */
export const shown = (s: string): string => (s === '' ? '(empty)' : code(s));

/** `a`, `a and b`, `a, b and c`. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}
