/**
 * Facts about a parsed local.conf that several rules share, computed once per lint run: the localrc statements as
 * DevStack sources them (every `[[local|localrc]]` block concatenated, docs/local-conf.md#how-localrc-is-read), the
 * service state after them (docs/local-conf.md#service-lists), the assignments, and the INI blocks DevStack actually
 * merges.
 */
import { buildFlow, deadFrom, type LocalrcFlow } from '../localconf/flow.js';
import type { IniBlock, LocalConf, LocalrcBlock, LocalrcStatement } from '../localconf/model.js';
import { PHASES } from '../localconf/model.js';
import {
  DF_ERA_DEFAULT_SERVICES,
  NEWEST_DEFAULT_SERVICES,
  enabledList,
  isServiceEnabled,
  type ServiceState,
} from '../localconf/services.js';
import { collectAssignments, type Assignment } from './assignments.js';
import { walkPaths, type PathEvent, type PathState } from './paths.js';
import type { LintContext } from './types.js';

export { collectAssignments, type Assignment } from './assignments.js';

/** Phases whose INI blocks DevStack merges (every phase but `local`). */
export const MERGE_PHASES: readonly string[] = PHASES.filter((p) => p !== 'local');

/** On every path (`yes`), on some (`maybe`), on none (`no`). */
export type Certainty = 'yes' | 'maybe' | 'no';

/** What the static pass knows about a bash syntax error in localrc. */
export interface SyntaxFacts {
  /** The local.conf line bash reports the first syntax error at (from `bash -n`, or the cheap detection). */
  syntaxErrorLine?: number;
}

export interface Analysis {
  conf: LocalConf;
  ctx: LintContext;
  localrcBlocks: LocalrcBlock[];
  /** The localrc commands that run (keywords split off, `;`-joined commands flattened), in order. */
  statements: LocalrcStatement[];
  /** Commands after a syntax error: bash never runs them. */
  deadStatements: LocalrcStatement[];
  /** Control flow of localrc (branches, loops, functions). */
  flow: LocalrcFlow;
  /** The first bash syntax error line, and the line from which nothing runs (the start of its top-level command). */
  syntaxErrorLine?: number;
  deadFrom?: number;
  /** Services over all paths: `enabled`/`disabled` list what some path enables/disables; plugins of every path. */
  services: ServiceState;
  /** DevStack events that happen on at least one path. */
  events: PathEvent[];
  /** The state at the end of each distinct path. */
  finals: PathState[];
  /** For each `NAME+=…` command, NAME's value before it on each path (undefined: not known). */
  valuesBefore: Map<LocalrcStatement, (string | undefined)[]>;
  /** The ENABLED_SERVICES value DevStack has before localrc runs. */
  defaultServices: string;
  /** Assignments that run (on some path), in order. */
  assignments: Assignment[];
  /** Assignments after a syntax error (never run). */
  deadAssignments: Assignment[];
  /** Names assigned on some path (visible to the merge, which runs in stack.sh's shell). */
  assigned: Set<string>;
  iniBlocks: IniBlock[];
  /** INI blocks DevStack merges: a merge phase and a non-empty file name. */
  mergeBlocks: IniBlock[];
  /** `is_service_enabled` on at least one path. */
  enabled(name: string): boolean;
  /** `is_service_enabled` on every path, some, or none. */
  enabledState(name: string): Certainty;
  /** Whether localrc leaves `name` non-empty (a value that expands counts as non-empty) on every path, some, or none. */
  setState(name: string): Certainty;
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

/** `yes` when every state passes the test, `no` when none does, else `maybe`. */
function certainty<T>(states: readonly T[], test: (s: T) => boolean): Certainty {
  const n = states.filter(test).length;
  return n === 0 ? 'no' : n === states.length ? 'yes' : 'maybe';
}

/** The union of the services states of every path (lists in first-seen order, plugins by line). */
function unionServices(finals: readonly PathState[]): ServiceState {
  const enabled = [...new Set(finals.flatMap((s) => enabledList(s.svc.raw)))];
  const disabled = [...new Set(finals.flatMap((s) => s.svc.disabled))];
  const plugins = [...new Map(finals.flatMap((s) => s.svc.plugins).map((p) => [p.line, p])).values()];
  plugins.sort((x, y) => x.line - y.line);
  const cleared = finals.map((s) => s.svc.clearedAt).filter((l): l is number => l !== undefined);
  return {
    enabled,
    disabled,
    plugins,
    events: [],
    clearedAt: cleared.length ? Math.max(...cleared) : undefined,
    unknown: finals.some((s) => s.svc.unknown),
  };
}

/** Builds the shared analysis for one lint run; `facts` says where bash stops reading localrc, when known. */
export function analyse(conf: LocalConf, ctx: LintContext, facts: SyntaxFacts = {}): Analysis {
  const localrcBlocks = conf.blocks.filter((b): b is LocalrcBlock => b.kind === 'localrc');
  const iniBlocks = conf.blocks.filter((b): b is IniBlock => b.kind === 'ini');
  const flow = buildFlow(localrcBlocks.flatMap((b) => b.statements));
  const syntaxErrorLine = 'syntaxErrorLine' in facts ? facts.syntaxErrorLine : flow.syntaxError?.line;
  const dead = syntaxErrorLine === undefined ? undefined : deadFrom(flow, syntaxErrorLine);
  const live = (st: LocalrcStatement): boolean => dead === undefined || st.line < dead;
  const defaults = ctx.defaultServices ?? (ctx.era === 'newest' ? NEWEST_DEFAULT_SERVICES : DF_ERA_DEFAULT_SERVICES);
  const walk = walkPaths(flow, defaults, live);
  const statements = flow.commands.filter(live);
  const deadStatements = flow.commands.filter((st) => !live(st));
  const assignments = collectAssignments(statements);
  const mergeBlocks = iniBlocks.filter((b) => MERGE_PHASES.includes(b.header.phase) && b.header.file !== '');
  const services = unionServices(walk.finals);
  services.events = walk.events.filter(
    (e): e is PathEvent & { code: ServiceState['events'][number]['code'] } => e.code !== 'enables-wiped',
  );
  const finalEnabled = walk.finals.map((s) => enabledList(s.svc.raw)); // once: LC401 asks for many names
  const valueSet = (s: PathState, name: string): boolean => {
    const v = s.vars.get(name);
    return v !== undefined && v.text !== '';
  };
  return {
    conf,
    ctx,
    localrcBlocks,
    statements,
    deadStatements,
    flow,
    syntaxErrorLine,
    deadFrom: dead,
    services,
    events: walk.events,
    finals: walk.finals,
    valuesBefore: walk.before,
    defaultServices: defaults,
    assignments,
    deadAssignments: collectAssignments(deadStatements),
    assigned: new Set(assignments.map((a) => a.name)),
    iniBlocks,
    mergeBlocks,
    enabled: (name) => enabledWithAliases(services.enabled, name),
    enabledState: (name) => certainty(finalEnabled, (list) => enabledWithAliases(list, name)),
    setState: (name) => certainty(walk.finals, (s) => valueSet(s, name)),
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
