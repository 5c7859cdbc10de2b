/**
 * Evaluates the service and plugin statements of a localrc the way DevStack's `functions-common` does (field guide
 * §3.5), without running bash: which services end up enabled, which plugins are enabled (with their refs), and the
 * warnings and fatal errors DevStack itself would print.
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
  level: 'warning' | 'fatal';
  line: number;
  message: string;
}

export interface ServiceState {
  enabled: string[];
  disabled: string[];
  plugins: PluginSpec[];
  events: ServiceEvent[];
  /** Line of the last `ENABLED_SERVICES=` assignment, if any. */
  clearedAt?: number;
}

/** DevStack's default ENABLED_SERVICES of the df era (`stackrc@a13ab8db`, field guide §2.2). */
export const DF_ERA_DEFAULT_SERVICES =
  'key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,q-svc,q-dhcp,q-meta,q-agt,q-l3,horizon,rabbit,tempest,mysql,etcd3,dstat';

/** Newest devstack's OVN-based default (field guide §1.3). */
export const NEWEST_DEFAULT_SERVICES = 'ovn-controller,ovn-northd,ovs-vswitchd,ovsdb-server,q-svc,q-ovn-agent';

const splitList = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The statements in execution order, `;`-joined commands flattened. */
export function flattenStatements(statements: readonly LocalrcStatement[]): LocalrcStatement[] {
  return statements.flatMap((s) => [s, ...(s.more ?? [])]);
}

/**
 * Walks localrc statements in order and applies `enable_service`, `disable_service`, `enable_plugin` and
 * `ENABLED_SERVICES` assignments with DevStack's semantics. Values that expand at run time are not evaluated.
 */
export function evaluateServices(
  statements: readonly LocalrcStatement[],
  defaults: string = DF_ERA_DEFAULT_SERVICES,
): ServiceState {
  let enabled = splitList(defaults);
  const disabled: string[] = [];
  const plugins: PluginSpec[] = [];
  const events: ServiceEvent[] = [];
  let clearedAt: number | undefined;
  for (const st of flattenStatements(statements)) {
    if (st.kind === 'assign' && st.name === 'ENABLED_SERVICES') {
      const v = st.value?.literal ?? '';
      const items = splitList(v);
      if (st.op === '=') {
        enabled = [];
        clearedAt = st.line;
      }
      for (const item of items) {
        if (item.startsWith('-')) {
          enabled = enabled.filter((s) => s !== item.slice(1));
        } else {
          if (disabled.includes(item)) {
            events.push({
              level: 'fatal',
              line: st.line,
              message: `ENABLED_SERVICES directly modified to overcome 'disable_service ${item}'`,
            });
          }
          if (!enabled.includes(item)) enabled.push(item);
        }
      }
      continue;
    }
    if (st.kind !== 'call') continue;
    const args = (st.args ?? []).map((a) => a.literal ?? a.raw);
    if (st.command === 'enable_service') {
      for (const svc of args.flatMap(splitList)) {
        if (disabled.includes(svc)) {
          events.push({
            level: 'warning',
            line: st.line,
            message: `Attempt to enable_service ${svc} when it has been disabled`,
          });
          continue;
        }
        if (!enabled.includes(svc)) enabled.push(svc);
      }
    } else if (st.command === 'disable_service') {
      for (const svc of args.flatMap(splitList)) {
        enabled = enabled.filter((s) => s !== svc);
        if (!disabled.includes(svc)) disabled.push(svc);
      }
    } else if (st.command === 'enable_plugin') {
      const [name, url, ref] = args;
      if (!name || !url) {
        events.push({ level: 'fatal', line: st.line, message: 'enable_plugin needs a name and a URL' });
        continue;
      }
      if (plugins.some((p) => p.name === name)) {
        events.push({
          level: 'fatal',
          line: st.line,
          message: `Plugin attempted to be enabled twice: ${name} ${url} ${ref ?? 'master'}`,
        });
        continue;
      }
      plugins.push({ name, url, ref, line: st.line });
    }
  }
  return { enabled, disabled, plugins, events, clearedAt };
}

/** Prefix rules of `is_service_enabled`: `neutron` matches any `q-*`, `nova` any `n-*`, and so on (§3.5). */
const PREFIXES: Record<string, string> = { neutron: 'q-', nova: 'n-', glance: 'g-', swift: 's-', trove: 'tr-' };

/** True when DevStack's `is_service_enabled name` would be true for this service list. */
export function isServiceEnabled(enabled: readonly string[], name: string): boolean {
  if (enabled.includes(name)) return true;
  const prefix = PREFIXES[name];
  return prefix !== undefined && enabled.some((s) => s.startsWith(prefix));
}
