/**
 * Evaluates the service and plugin statements of a localrc the way DevStack's `functions-common` does (see
 * docs/local-conf.md#service-lists), without running bash: which services end up enabled, which plugins are enabled
 * (with their refs), and the warnings and fatal errors DevStack itself would print.
 */
import type { LocalrcStatement } from './model.js';

export interface PluginSpec {
  name: string;
  url: string;
  /** The branch/tag/SHA; undefined when omitted (DevStack then clones master). */
  ref?: string;
  line: number;
}

export interface ServiceEvent {
  /** Stable code for consumers (the linter matches on it, never on the message). */
  code: 'enable-after-disable' | 'overcome-disable' | 'plugin-twice' | 'plugin-args';
  level: 'warning' | 'fatal';
  line: number;
  endLine: number;
  /** The service or plugin the event is about. */
  subject: string;
  message: string;
}

export interface ServiceState {
  enabled: string[];
  disabled: string[];
  plugins: PluginSpec[];
  events: ServiceEvent[];
  /** Line of the last `ENABLED_SERVICES=` assignment, if any. */
  clearedAt?: number;
  /** True when ENABLED_SERVICES was assigned a value that expands at run time: `enabled` is then a guess. */
  unknown: boolean;
}

/** DevStack's default ENABLED_SERVICES of the df era (`stackrc@a13ab8db`, docs/local-conf.md#undercloud-sample). */
export const DF_ERA_DEFAULT_SERVICES =
  'key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,q-svc,q-dhcp,q-meta,q-agt,q-l3,horizon,rabbit,tempest,mysql,etcd3,dstat';

/**
 * Newest devstack's default ENABLED_SERVICES: stackrc builds it from pieces (keystone, nova, placement, glance,
 * cinder, the OVN services, neutron with the OVN agent, horizon, the infrastructure services); the same list is in
 * src/devstack/lint/data/devstack-variables.json (`eras.newest.defaultServices`, provenance in its README).
 */
export const NEWEST_DEFAULT_SERVICES =
  'key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,ovn-controller,ovn-northd,ovs-vswitchd,ovsdb-server,q-svc,q-ovn-agent,horizon,rabbit,tempest,mysql,etcd3,dstat';

const splitList = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The statements in execution order, `;`-joined commands flattened. */
export function flattenStatements(statements: readonly LocalrcStatement[]): LocalrcStatement[] {
  return statements.flatMap((s) => [s, ...(s.more ?? [])]);
}

/** The walk's state: ENABLED_SERVICES as the raw bash string, plus what the result reports. */
export interface Walk {
  // ENABLED_SERVICES is a comma-separated string in bash; keep it as one so `+=foo` without a comma glues onto the
  // last entry exactly as bash does (`…,dstatfoo`), instead of adding `foo`.
  raw: string;
  disabled: string[];
  plugins: PluginSpec[];
  events: ServiceEvent[];
  clearedAt?: number;
  unknown: boolean;
}

function addEvent(walk: Walk, e: Omit<ServiceEvent, 'endLine'>, st: LocalrcStatement): void {
  walk.events.push({ ...e, endLine: st.endLine });
}

/** The services the raw list enables: first occurrence of each, minus those a `-svc` entry removes. */
export function enabledList(raw: string): string[] {
  const items = splitList(raw);
  const removed = new Set(items.filter((s) => s.startsWith('-')).map((s) => s.slice(1)));
  return [...new Set(items.filter((s) => !s.startsWith('-') && !removed.has(s)))];
}

/** `ENABLED_SERVICES=` / `+=`: replaces or appends; re-enabling a disabled service this way is fatal in DevStack. */
function assignEnabledServices(walk: Walk, st: LocalrcStatement): void {
  if (st.value?.literal === undefined) walk.unknown = true;
  const v = st.value?.literal ?? '';
  if (st.op === '=') {
    walk.raw = v;
    walk.clearedAt = st.line;
  } else {
    walk.raw += v;
  }
  for (const item of splitList(v)) {
    if (!item.startsWith('-') && walk.disabled.includes(item)) {
      addEvent(
        walk,
        {
          code: 'overcome-disable',
          level: 'fatal',
          line: st.line,
          subject: item,
          message: `ENABLED_SERVICES directly modified to overcome 'disable_service ${item}'`,
        },
        st,
      );
    }
  }
}

/** `enable_service`: appends each service not yet enabled; one disabled earlier stays disabled (a warning). */
function enableServices(walk: Walk, args: string[], st: LocalrcStatement): void {
  for (const svc of args.flatMap(splitList)) {
    if (walk.disabled.includes(svc)) {
      addEvent(
        walk,
        {
          code: 'enable-after-disable',
          level: 'warning',
          line: st.line,
          subject: svc,
          message: `Attempt to enable_service ${svc} when it has been disabled`,
        },
        st,
      );
      continue;
    }
    if (!enabledList(walk.raw).includes(svc)) walk.raw = walk.raw ? `${walk.raw},${svc}` : svc;
  }
}

/** `disable_service`: removes each service from the list and remembers it as disabled. */
function disableServices(walk: Walk, args: string[]): void {
  for (const svc of args.flatMap(splitList)) {
    walk.raw = splitList(walk.raw)
      .filter((s) => s !== svc)
      .join(',');
    if (!walk.disabled.includes(svc)) walk.disabled.push(svc);
  }
}

/** `enable_plugin NAME URL [REF]`: a missing argument or a second plugin of the same name is fatal. */
function enablePlugin(walk: Walk, args: string[], st: LocalrcStatement): void {
  const [name, url, ref] = args;
  if (!name || !url) {
    addEvent(
      walk,
      {
        code: 'plugin-args',
        level: 'fatal',
        line: st.line,
        subject: name ?? '',
        message: 'enable_plugin needs a name and a URL',
      },
      st,
    );
    return;
  }
  if (walk.plugins.some((p) => p.name === name)) {
    addEvent(
      walk,
      {
        code: 'plugin-twice',
        level: 'fatal',
        line: st.line,
        subject: name,
        message: `Plugin attempted to be enabled twice: ${name} ${url} ${ref ?? 'master'}`,
      },
      st,
    );
    return;
  }
  walk.plugins.push({ name, url, ref, line: st.line });
}

/** A walk before any localrc statement: ENABLED_SERVICES holds `defaults`. */
export function startWalk(defaults: string = DF_ERA_DEFAULT_SERVICES): Walk {
  return { raw: defaults, disabled: [], plugins: [], events: [], clearedAt: undefined, unknown: false };
}

/** An independent copy of a walk (for the alternative paths of an `if`/`case`). */
export function cloneWalk(w: Walk): Walk {
  return { ...w, disabled: [...w.disabled], plugins: [...w.plugins], events: [...w.events] };
}

/** Applies one command (not `;`-joined: pass flattened statements) to the walk. */
export function applyStatement(walk: Walk, st: LocalrcStatement): void {
  if (st.kind === 'assign' && st.name === 'ENABLED_SERVICES') {
    assignEnabledServices(walk, st);
    return;
  }
  if (st.kind !== 'call') return;
  const args = (st.args ?? []).map((a) => a.literal ?? a.raw);
  if (st.command === 'enable_service') enableServices(walk, args, st);
  else if (st.command === 'disable_service') disableServices(walk, args);
  else if (st.command === 'enable_plugin') enablePlugin(walk, args, st);
}

/** The state a walk reports. */
export function walkResult(walk: Walk): ServiceState {
  const { disabled, plugins, events, clearedAt, unknown } = walk;
  return { enabled: enabledList(walk.raw), disabled, plugins, events, clearedAt, unknown };
}

/**
 * Walks localrc statements in order and applies `enable_service`, `disable_service`, `enable_plugin` and
 * `ENABLED_SERVICES` assignments with DevStack's semantics, as if every statement ran (no control flow). Values that
 * expand at run time are not evaluated.
 */
export function evaluateServices(
  statements: readonly LocalrcStatement[],
  defaults: string = DF_ERA_DEFAULT_SERVICES,
): ServiceState {
  const walk = startWalk(defaults);
  for (const st of flattenStatements(statements)) applyStatement(walk, st);
  return walkResult(walk);
}

/**
 * Prefix rules of `is_service_enabled`: `neutron` matches any `q-*`, `nova` any `n-*`, and so on
 * (docs/local-conf.md#service-lists).
 */
const PREFIXES: Record<string, string> = { neutron: 'q-', nova: 'n-', glance: 'g-', swift: 's-', trove: 'tr-' };

/** True when DevStack's `is_service_enabled name` would be true for this service list. */
export function isServiceEnabled(enabled: readonly string[], name: string): boolean {
  if (enabled.includes(name)) return true;
  const prefix = PREFIXES[name];
  return prefix !== undefined && enabled.some((s) => s.startsWith(prefix));
}
