/**
 * Replays localrc along every path through its `if`/`case`/loop/function choices (docs/local-conf.md#how-localrc-is-read):
 * the service list, plugins and variable values each path leaves, and the DevStack events (fatal or warning) that
 * happen on at least one path. Two commands in different branches of one `if` never meet on a path, so a second
 * `enable_plugin` there is no "enabled twice". Commands after a syntax error are left out: bash never runs them.
 */
import type { FlowItem, LocalrcFlow } from '../localconf/flow.js';
import type { LocalrcStatement } from '../localconf/model.js';
import {
  applyStatement,
  cloneWalk,
  enabledList,
  startWalk,
  type ServiceEvent,
  type Walk,
} from '../localconf/services.js';
import { assignmentsOf } from './assignments.js';

/** A variable's value on one path: the text (undefined once it expands at run time) and the pieces that built it. */
export interface VarValue {
  text?: string;
  line: number;
  /** Each `=`/`+=` piece with the line that wrote it (for duplicate list entries). */
  parts: { text?: string; line: number }[];
}

/** Everything one path knows after some commands. */
export interface PathState {
  svc: Walk;
  vars: Map<string, VarValue>;
  /** Lines of the `enable_service` calls since the last `ENABLED_SERVICES=`. */
  enables: number[];
  /** The first `disable_service` line of each service. */
  disables: Map<string, number>;
}

/** A DevStack event on at least one path, with the lines of the earlier commands on that path it refers to. */
export interface PathEvent {
  code: ServiceEvent['code'] | 'enables-wiped';
  level: 'warning' | 'fatal';
  line: number;
  endLine: number;
  subject: string;
  message: string;
  related: number[];
}

export interface PathWalk {
  /** The states at the end of localrc, one per distinct path (at most MAX_PATHS). */
  finals: PathState[];
  events: PathEvent[];
  /** For each `NAME+=…` command: NAME's value before it on each path (undefined: not known). */
  before: Map<LocalrcStatement, (string | undefined)[]>;
}

/** Paths kept after each choice; beyond that the first ones are kept (an approximation, never seen in real files). */
export const MAX_PATHS = 64;

function clone(s: PathState): PathState {
  return { svc: cloneWalk(s.svc), vars: new Map(s.vars), enables: [...s.enables], disables: new Map(s.disables) };
}

function key(s: PathState): string {
  const vars = [...s.vars].map(([n, v]) => `${n}=${v.text ?? '\u0000'}@${v.parts.map((p) => p.line).join('.')}`);
  const plugins = s.svc.plugins.map((p) => `${p.name}@${p.line}`);
  return [s.svc.raw, s.svc.unknown, s.svc.disabled, plugins, vars, s.enables, [...s.disables]].join('\u0001');
}

/** True when a command can change what the walk tracks (assignments and the service/plugin functions). */
function relevant(st: LocalrcStatement): boolean {
  return (
    st.kind === 'assign' ||
    (st.kind === 'call' &&
      st.command !== undefined &&
      /^(enable_|disable_|export$|declare$|typeset$|readonly$|local$)/.test(st.command))
  );
}

class Walker {
  readonly events = new Map<string, PathEvent>();
  readonly before = new Map<LocalrcStatement, (string | undefined)[]>();
  private readonly relevantCache = new Map<FlowItem[], boolean>();

  constructor(private readonly live: (st: LocalrcStatement) => boolean) {}

  private event(e: Omit<PathEvent, 'endLine'>, st: LocalrcStatement): void {
    const k = `${e.code}:${e.line}:${e.subject}`;
    const seen = this.events.get(k);
    // The same event on several paths: keep every earlier line it refers to (e.g. the first enable_plugin per path).
    if (seen) seen.related = [...new Set([...seen.related, ...e.related])].sort((x, y) => x - y);
    else this.events.set(k, { ...e, endLine: st.endLine });
  }

  private hasFacts(items: FlowItem[]): boolean {
    let v = this.relevantCache.get(items);
    if (v === undefined) {
      v = items.some((i) => ('st' in i ? relevant(i.st) : i.choice.some((b) => this.hasFacts(b))));
      this.relevantCache.set(items, v);
    }
    return v;
  }

  private assign(s: PathState, st: LocalrcStatement): void {
    for (const x of assignmentsOf(st)) {
      const old = s.vars.get(x.name);
      if (x.op === '+=') {
        const cur =
          x.name === 'ENABLED_SERVICES'
            ? s.svc.unknown
              ? undefined
              : enabledList(s.svc.raw).join(',')
            : old
              ? old.text
              : '';
        this.before.set(st, [...(this.before.get(st) ?? []), cur]);
      }
      const piece = { text: x.value.literal, line: st.line };
      if (x.op === '=' || !old) s.vars.set(x.name, { text: piece.text, line: st.line, parts: [piece] });
      else {
        const text = old.text === undefined || piece.text === undefined ? undefined : old.text + piece.text;
        s.vars.set(x.name, { text, line: st.line, parts: [...old.parts, piece] });
      }
    }
  }

  private services(s: PathState, st: LocalrcStatement): void {
    if (st.kind === 'assign' && st.name === 'ENABLED_SERVICES' && st.op === '=') {
      if (s.enables.length) {
        const n = s.enables.length;
        const message = `ENABLED_SERVICES= drops the enable_service call${n > 1 ? 's' : ''} before it`;
        this.event(
          { code: 'enables-wiped', level: 'warning', line: st.line, subject: '', message, related: s.enables },
          st,
        );
      }
      s.enables = [];
    }
    const args = (st.args ?? []).flatMap((w) => (w.literal ?? w.raw).split(',')).filter(Boolean);
    if (st.kind === 'call' && st.command === 'enable_service') s.enables.push(st.line);
    const plugins = [...s.svc.plugins];
    const n = s.svc.events.length;
    applyStatement(s.svc, st);
    for (const e of s.svc.events.slice(n)) {
      const related =
        e.code === 'plugin-twice'
          ? plugins.filter((p) => p.name === e.subject).map((p) => p.line)
          : [s.disables.get(e.subject)].filter((l): l is number => l !== undefined);
      this.event({ ...e, related }, st);
    }
    s.svc.events.length = n;
    if (st.kind === 'call' && st.command === 'disable_service')
      for (const svc of args) if (!s.disables.has(svc)) s.disables.set(svc, st.line);
  }

  /** Runs a sequence on every state (mutating them) and returns the states after it. */
  run(items: FlowItem[], states: PathState[]): PathState[] {
    let cur = states;
    for (const item of items) {
      if ('st' in item) {
        if (!this.live(item.st) || !relevant(item.st)) continue;
        for (const s of cur) {
          this.assign(s, item.st); // first: `+=` records the value before this command
          this.services(s, item.st);
        }
        continue;
      }
      if (!item.choice.some((b) => this.hasFacts(b))) continue;
      const next: PathState[] = [];
      for (const branch of item.choice) next.push(...this.run(branch, cur.map(clone)));
      const seen = new Set<string>();
      cur = next.filter((s) => {
        const k = key(s);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      if (cur.length > MAX_PATHS) cur = cur.slice(0, MAX_PATHS);
    }
    return cur;
  }
}

/** Walks every path of the flow from DevStack's default service list; `live` leaves out commands that never run. */
export function walkPaths(flow: LocalrcFlow, defaults: string, live: (st: LocalrcStatement) => boolean): PathWalk {
  const w = new Walker(live);
  const start: PathState = { svc: startWalk(defaults), vars: new Map(), enables: [], disables: new Map() };
  const finals = w.run(flow.tree, [start]);
  const events = [...w.events.values()].sort((x, y) => x.line - y.line);
  return { finals, events, before: w.before };
}
