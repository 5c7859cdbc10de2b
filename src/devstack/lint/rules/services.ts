/**
 * LC304–LC310, LC312: service lists, plugins and comma lists in localrc (docs/release-trains.md#pinning-plugins,
 * docs/local-conf.md#service-lists). Uses `evaluateServices`, which replays
 * enable_service/disable_service/enable_plugin/ENABLED_SERVICES with DevStack's semantics and reports the warnings and
 * fatal errors DevStack itself prints.
 */
import type { LocalrcStatement } from '../../localconf/model.js';
import { code, listText, type Analysis } from '../analysis.js';
import type { PathEvent } from '../paths.js';
import type { Draft, LintSeverity } from '../types.js';
import type { Rule } from './rule.js';
import { TRAINS } from '../../trains.js';

/** The statement (for its endLine) that starts at `line`. */
function statementAt(a: Analysis, line: number): LocalrcStatement | undefined {
  return a.statements.find((s) => s.line === line);
}

/** The choice branches a command depends on, as `id:branch` keys. */
function conditions(a: Analysis, st: LocalrcStatement): Set<string> {
  return new Set((a.flow.info.get(st)?.frames ?? []).map((f) => `${f.id}:${f.branch}`));
}

/**
 * True when the event needs two commands that each sit under a condition the other does not (two separate `if`s):
 * both must hold on one run, and the linter cannot tell whether they can (`[ "$X" = a ]` and `[ "$X" = b ]`).
 */
function needsTwoConditions(a: Analysis, e: PathEvent): boolean {
  const at = (line: number): LocalrcStatement[] => a.statements.filter((s) => s.line === line);
  const here = at(e.line);
  if (!e.related.length || !here.length) return false;
  return e.related.every((line) =>
    at(line).every((x) =>
      here.every((y) => {
        const cx = conditions(a, x);
        const cy = conditions(a, y);
        return [...cx].some((k) => !cy.has(k)) && [...cy].some((k) => !cx.has(k));
      }),
    ),
  );
}

/**
 * Drafts for the DevStack events that happen on at least one path through localrc. With `hedge`, an error that needs
 * two separately conditional lines becomes a warning that says so.
 */
function eventDrafts(
  a: Analysis,
  test: (e: PathEvent) => boolean,
  make: (e: PathEvent) => Omit<Draft, 'line' | 'endLine'>,
  hedge = false,
): Draft[] {
  return a.events.filter(test).map((e) => {
    const d: Draft = { line: e.line, endLine: e.endLine, ...make(e) };
    if (!hedge || !needsTwoConditions(a, e)) return d;
    const lines = listText([...e.related, e.line].map(String));
    return {
      ...d,
      severity: 'warning',
      message: `If the conditions around lines ${lines} can all hold in one run: ${d.message}`,
    };
  });
}

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
        const dis = e.related[0];
        return {
          message: `DevStack prints ${code(`[WARNING] … ${e.message}`)} and keeps ${svc} disabled${dis ? ` (disable_service at line ${dis} wins)` : ''}.`,
          fix: `Remove ${code(`disable_service ${svc}`)}${dis ? ` (line ${dis})` : ''} if ${svc} should run, or remove this enable_service.`,
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
      true,
    );
  },
};

export const enabledServicesReset: Rule = {
  id: 'LC306',
  name: 'enabled-services-reset',
  severity: 'error',
  summary: '`ENABLED_SERVICES=` after enable_service lines wipes them.',
  check(a) {
    return eventDrafts(
      a,
      (e) => e.code === 'enables-wiped',
      (e) => {
        const st = statementAt(a, e.line);
        const n = e.related.length;
        return {
          message: `${code(st?.raw.split('\n')[0] ?? 'ENABLED_SERVICES=')} replaces the whole list, so the enable_service call${n > 1 ? 's' : ''} at line${n > 1 ? 's' : ''} ${listText(e.related.map(String))} no longer count.`,
          fix: 'Move ENABLED_SERVICES= above every enable_service line (or append with `ENABLED_SERVICES+=",svc"`).',
        };
      },
      true,
    );
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
        const first = e.related.length
          ? ` (first enable_plugin at line ${e.related.join(' or ')}, on the same path)`
          : '';
        return {
          message: `stack.sh dies while sourcing localrc: ${code(e.message)}${first}.`,
          fix: `Keep a single ${code(`enable_plugin ${name} …`)} line.`,
        };
      },
      true,
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

export const imageUrlsDuplicate: Rule = {
  id: 'LC309',
  name: 'image-urls-duplicate',
  severity: 'error',
  summary: 'The same URL twice in IMAGE_URLS is fatal.',
  check(a) {
    const out = new Map<string, Draft>();
    for (const state of a.finals) {
      const parts = state.vars.get('IMAGE_URLS')?.parts ?? [];
      if (parts.some((p) => p.text === undefined)) continue;
      const lines = parts.flatMap((p) => Array.from(p.text ?? '', () => p.line)); // line that wrote each character
      const text = parts.map((p) => p.text).join('');
      const seen = new Map<string, number>();
      let start = 0;
      for (const item of text.split(',')) {
        const end = start + item.length;
        const url = item.trim();
        const line = lines[end - 1] ?? 0;
        const first = seen.get(url);
        if (url && first !== undefined && !out.has(`${line} ${url}`)) {
          out.set(`${line} ${url}`, {
            line,
            endLine: statementAt(a, line)?.endLine ?? line,
            message: `stack.sh dies: ${code(`${url} is duplicate, please remove it from IMAGE_URLS.`)} (first added at line ${first}).`,
            fix: 'Remove the second copy of the URL.',
          });
        } else if (url && first === undefined) seen.set(url, line);
        start = end + 1;
      }
    }
    return [...out.values()];
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
      // The value before, on each path that reaches this line (lists other than ENABLED_SERVICES start empty).
      const before = a.valuesBefore.get(x.stmt) ?? [];
      const current = before.find((v) => v !== undefined && v !== '');
      const unknown = before.some((v) => v === undefined);
      if (current === undefined && !unknown) continue; // empty on every path: `+=item` reads as `item`
      out.push({
        line: x.stmt.line,
        endLine: x.stmt.endLine,
        severity: current !== undefined ? 'error' : undefined,
        message:
          current !== undefined
            ? `${code('+=')} appends without a separator: ${x.name} is ${code(current)} here, so it becomes ${code(`${current}${added}`)} and the last entry is corrupted.`
            : `${code('+=')} appends without a separator: ${x.name} is set from a value only known at run time before this line; unless that value is empty, its last entry becomes ${code(`<last>${added}`)}.`,
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
