/**
 * LC304–LC310, LC312: service lists, plugins and comma lists in localrc (docs/release-trains.md#pinning-plugins,
 * docs/local-conf.md#service-lists). Uses `evaluateServices`, which replays
 * enable_service/disable_service/enable_plugin/ENABLED_SERVICES with DevStack's semantics and reports the warnings and
 * fatal errors DevStack itself prints.
 */
import type { LocalrcStatement } from '../../localconf/model.js';
import { evaluateServices, type ServiceEvent } from '../../localconf/services.js';
import { code, listText, type Analysis, type Assignment } from '../analysis.js';
import type { Draft, LintSeverity } from '../types.js';
import type { Rule } from './rule.js';
import { TRAINS } from '../../trains.js';

/** The statement (for its endLine) that starts at `line`. */
function statementAt(a: Analysis, line: number): LocalrcStatement | undefined {
  return a.statements.find((s) => s.line === line);
}

function eventDrafts(
  a: Analysis,
  test: (e: ServiceEvent) => boolean,
  make: (e: ServiceEvent) => Omit<Draft, 'line' | 'endLine'>,
): Draft[] {
  return a.services.events
    .filter(test)
    .map((e) => ({ line: e.line, endLine: statementAt(a, e.line)?.endLine ?? e.line, ...make(e) }));
}

const callArgs = (s: LocalrcStatement): string[] =>
  (s.args ?? []).flatMap((w) => (w.literal ?? w.raw).split(',')).filter(Boolean);

export const enableAfterDisable: Rule = {
  id: 'LC304',
  name: 'enable-after-disable',
  severity: 'warning',
  summary: '`enable_service X` after `disable_service X` only warns; X stays disabled.',
  check(a) {
    return eventDrafts(
      a,
      (e) => e.code === 'enable-after-disable',
      (e) => {
        const svc = e.subject;
        const dis = a.statements.find(
          (s) => s.kind === 'call' && s.command === 'disable_service' && s.line < e.line && callArgs(s).includes(svc),
        );
        return {
          message: `DevStack prints ${code(`[WARNING] … ${e.message}`)} and keeps ${svc} disabled${dis ? ` (disable_service at line ${dis.line} wins)` : ''}.`,
          fix: `Remove ${code(`disable_service ${svc}`)}${dis ? ` (line ${dis.line})` : ''} if ${svc} should run, or remove this enable_service.`,
        };
      },
    );
  },
};

export const enabledServicesOverridesDisable: Rule = {
  id: 'LC305',
  name: 'enabled-services-overrides-disable',
  severity: 'error',
  summary: 'Editing ENABLED_SERVICES to undo a disable_service is fatal.',
  check(a) {
    return eventDrafts(
      a,
      (e) => e.code === 'overcome-disable',
      (e) => ({
        message: `stack.sh dies in verify_disabled_services: ${code(e.message)}.`,
        fix: 'Remove the disable_service line for that service, or do not add it back through ENABLED_SERVICES.',
      }),
    );
  },
};

export const enabledServicesReset: Rule = {
  id: 'LC306',
  name: 'enabled-services-reset',
  severity: 'error',
  summary: '`ENABLED_SERVICES=` after enable_service lines wipes them.',
  check(a) {
    const out: Draft[] = [];
    let enables: number[] = [];
    for (const st of a.statements) {
      if (st.kind === 'call' && st.command === 'enable_service') enables.push(st.line);
      if (st.kind === 'assign' && st.name === 'ENABLED_SERVICES' && st.op === '=') {
        if (enables.length) {
          out.push({
            line: st.line,
            endLine: st.endLine,
            message: `${code(st.raw.split('\n')[0] ?? '')} replaces the whole list, so the enable_service call${enables.length > 1 ? 's' : ''} at line${enables.length > 1 ? 's' : ''} ${listText(enables.map(String))} no longer count.`,
            fix: 'Move ENABLED_SERVICES= above every enable_service line (or append with `ENABLED_SERVICES+=",svc"`).',
          });
        }
        enables = [];
      }
    }
    return out;
  },
};

export const pluginDuplicate: Rule = {
  id: 'LC307',
  name: 'plugin-duplicate',
  severity: 'error',
  summary: 'A second `enable_plugin` for the same name is fatal.',
  check(a) {
    return eventDrafts(
      a,
      (e) => e.code === 'plugin-twice',
      (e) => {
        const name = e.subject;
        const first = a.services.plugins.find((p) => p.name === name);
        return {
          message: `stack.sh dies while sourcing localrc: ${code(e.message)}${first ? ` (first enable_plugin at line ${first.line})` : ''}.`,
          fix: `Keep a single ${code(`enable_plugin ${name} …`)} line.`,
        };
      },
    );
  },
};

/** Retired projects whose master is empty: DevStack finds no devstack/plugin.sh and silently skips them. */
const EMPTY_MASTER: Record<string, { severity: LintSeverity; note: string }> = {
  'kuryr-kubernetes': {
    severity: 'error',
    note: 'kuryr-kubernetes master is empty since its retirement, so run_plugins finds no devstack/plugin.sh and silently skips the plugin: stack.sh succeeds without any Kuryr',
  },
  'kuryr-tempest-plugin': {
    severity: 'error',
    note: 'kuryr-tempest-plugin master is empty since its retirement, so DevStack silently skips the plugin',
  },
  dragonflow: {
    severity: 'warning',
    note: 'Dragonflow is retired and its master is expected to be emptied (review 737564; not verified), in which case DevStack silently skips the plugin',
  },
};

/** Refs that belong to the df-era release train (docs/release-trains.md#the-ussuri-train): the ussuri train's pins. */
const DF_REFS: Readonly<Record<string, string>> = TRAINS.ussuri?.pluginRefs ?? {};

export const pluginUnpinned: Rule = {
  id: 'LC308',
  name: 'plugin-unpinned',
  severity: 'warning',
  summary: '`enable_plugin` without a branch clones master (an error for retired plugins whose master is empty).',
  check(a) {
    const out: Draft[] = [];
    for (const p of a.services.plugins) {
      const empty = EMPTY_MASTER[p.name];
      if (p.ref !== undefined && !(empty && p.ref === 'master')) continue;
      const what =
        p.ref === undefined
          ? `${code(`enable_plugin ${p.name}`)} has no branch, so DevStack clones master`
          : `${code(`enable_plugin ${p.name}`)} asks for master`;
      const generic =
        a.ctx.era === 'df'
          ? 'a current master cannot be expected to work with a 2020 devstack'
          : 'every run may get different plugin code';
      const ref = a.ctx.era === 'df' ? (DF_REFS[p.name] ?? '<tag-or-branch>') : '<tag-or-branch>';
      out.push({
        line: p.line,
        endLine: statementAt(a, p.line)?.endLine ?? p.line,
        severity: empty?.severity,
        message: `${what}: ${empty?.note ?? generic}.`,
        fix: `Pin a ref: ${code(`enable_plugin ${p.name} ${p.url} ${ref}`)}${p.name === 'dragonflow' && a.ctx.era === 'df' ? ' (or tag 5.0.0; fetching a bare SHA depends on the server)' : ''}.`,
      });
    }
    return out;
  },
};

export const pluginArgs: Rule = {
  id: 'LC312',
  name: 'plugin-args',
  severity: 'error',
  summary: '`enable_plugin` without a name and a URL.',
  check(a) {
    return eventDrafts(
      a,
      (e) => e.code === 'plugin-args',
      () => ({
        message:
          'enable_plugin needs a name and a URL: without a URL, fetch_plugins has nothing to clone and stack.sh fails.',
        fix: `Write ${code('enable_plugin <name> <git-url> <ref>')}.`,
      }),
    );
  },
};

/** Emulates string assignments to one variable; undefined once a value expands at run time. */
function literalValueBefore(
  assignments: readonly Assignment[],
  name: string,
  stmt: LocalrcStatement,
): string | undefined {
  let value: string | undefined = '';
  for (const x of assignments) {
    if (x.stmt === stmt) break;
    if (x.name !== name) continue;
    const v = x.value.literal;
    if (x.op === '=') value = v;
    else value = value === undefined || v === undefined ? undefined : value + v;
  }
  return value;
}

export const imageUrlsDuplicate: Rule = {
  id: 'LC309',
  name: 'image-urls-duplicate',
  severity: 'error',
  summary: 'The same URL twice in IMAGE_URLS is fatal.',
  check(a) {
    const out: Draft[] = [];
    let text = '';
    let lines: number[] = []; // line of the statement that wrote each character of `text`
    let known = true;
    for (const x of a.assignments) {
      if (x.name !== 'IMAGE_URLS') continue;
      const v = x.value.literal;
      if (x.op === '=') {
        text = '';
        lines = [];
        known = v !== undefined;
      }
      if (v === undefined) {
        known = false;
        continue;
      }
      text += v;
      lines.push(...Array.from(v, () => x.stmt.line));
    }
    if (!known) return out;
    const seen = new Map<string, number>();
    let start = 0;
    for (const item of text.split(',')) {
      const end = start + item.length;
      const url = item.trim();
      if (url) {
        const line = lines[end - 1] ?? 0;
        const first = seen.get(url);
        if (first !== undefined) {
          out.push({
            line,
            endLine: statementAt(a, line)?.endLine ?? line,
            message: `stack.sh dies: ${code(`${url} is duplicate, please remove it from IMAGE_URLS.`)} (first added at line ${first}).`,
            fix: 'Remove the second copy of the URL.',
          });
        } else seen.set(url, line);
      }
      start = end + 1;
    }
    return out;
  },
};

/** Comma-separated lists where `+=` must start with a comma. */
export const COMMA_LISTS: readonly string[] = [
  'ENABLED_SERVICES',
  'LIBS_FROM_GIT',
  'IMAGE_URLS',
  'Q_SERVICE_PLUGIN_CLASSES',
  'Q_ML2_PLUGIN_MECHANISM_DRIVERS',
  'Q_ML2_PLUGIN_TYPE_DRIVERS',
  'Q_ML2_PLUGIN_EXT_DRIVERS',
  'KURYR_ENABLED_HANDLERS',
];

export const listAppendNoComma: Rule = {
  id: 'LC310',
  name: 'list-append-no-comma',
  severity: 'warning',
  summary: '`LIST+=item` on a comma list without the leading comma glues item onto the last entry.',
  check(a) {
    const out: Draft[] = [];
    for (const x of a.assignments) {
      if (x.op !== '+=' || !COMMA_LISTS.includes(x.name)) continue;
      const raw = x.value.raw.replace(/^["']/, '');
      if (raw === '' || raw.startsWith(',') || raw.startsWith('$')) continue;
      const added = x.value.literal ?? raw;
      let current: string | undefined;
      if (x.name === 'ENABLED_SERVICES') {
        const idx = Math.max(a.statements.indexOf(x.stmt), 0);
        current = evaluateServices(a.statements.slice(0, idx), a.defaultServices).enabled.join(',');
      } else current = literalValueBefore(a.assignments, x.name, x.stmt);
      const glued = current ? `${current}${added}` : undefined;
      out.push({
        line: x.stmt.line,
        endLine: x.stmt.endLine,
        severity: current ? 'error' : undefined,
        message: current
          ? `${code('+=')} appends without a separator: ${x.name} is ${code(current)} here, so it becomes ${code(glued ?? '')} and the last entry is corrupted.`
          : `${code('+=')} appends without a separator: this works only while ${x.name} is empty; if anything set it before (a CI wrapper, an earlier line), the last entry becomes ${code(`<last>${added}`)}.`,
        fix: `Write ${code(`${x.name}+=",${added}"`)}.`,
      });
    }
    return out;
  },
};

export const SERVICE_RULES: readonly Rule[] = [
  enableAfterDisable,
  enabledServicesOverridesDisable,
  enabledServicesReset,
  pluginDuplicate,
  pluginUnpinned,
  imageUrlsDuplicate,
  listAppendNoComma,
  pluginArgs,
];
