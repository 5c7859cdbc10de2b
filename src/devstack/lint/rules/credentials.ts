/**
 * LC4xx: passwords that make stack.sh prompt (docs/devstack-operations.md#password-prompts) and the relative LOGFILE
 * quirk (docs/devstack-operations.md#logs).
 */
import { code, listText, type Analysis, type Assignment } from '../analysis.js';
import { knownValue, pluginDefinitions, pluginVersions } from '../devstack-data.js';
import type { Draft } from '../types.js';
import type { Rule } from './rule.js';

interface Secret {
  name: string;
  /** The service(s) whose `is_service_enabled` makes stack.sh call read_password. */
  services: readonly string[];
  /** Only checked when one of the services is enabled (SWIFT_HASH, LDAP_PASSWORD, SWIFT_TEMPURL_KEY). */
  onlyWhenEnabled?: boolean;
  extra?: (a: Analysis) => boolean;
  /** An older variable DevStack copies into this one instead of prompting when it is non-empty. */
  fallback?: string;
}

const SECRETS: readonly Secret[] = [
  { name: 'ADMIN_PASSWORD', services: ['keystone'] },
  // lib/database takes MYSQL_PASSWORD when it is non-empty and prompts only otherwise
  { name: 'DATABASE_PASSWORD', services: ['mysql', 'postgresql'], fallback: 'MYSQL_PASSWORD' },
  { name: 'RABBIT_PASSWORD', services: ['rabbit'] },
  { name: 'SERVICE_PASSWORD', services: ['keystone'] },
  { name: 'SWIFT_HASH', services: ['s-proxy', 'swift'], onlyWhenEnabled: true },
  { name: 'LDAP_PASSWORD', services: ['ldap'], onlyWhenEnabled: true },
  {
    name: 'SWIFT_TEMPURL_KEY',
    services: ['s-proxy', 'swift'],
    onlyWhenEnabled: true,
    extra: (a) => finalLiteral(a, 'SWIFT_ENABLE_TEMPURLS') === 'True',
  },
];

/** The last assignment to `name`, if any. */
function lastAssignment(a: Analysis, name: string): Assignment | undefined {
  return a.assignments.filter((x) => x.name === name).at(-1);
}

/** The final literal value of `name`, or undefined when unset or it expands. */
function finalLiteral(a: Analysis, name: string): string | undefined {
  return lastAssignment(a, name)?.value.literal;
}

const serviceLabel = (s: string): string => (s === 'keystone' ? 'keystone (key)' : s);

/** Whether the secret is set on every path, some, or none, counting its fallback variable as setting it. */
function setWithFallback(a: Analysis, s: Secret): 'yes' | 'maybe' | 'no' {
  const own = a.setState(s.name);
  const other = s.fallback ? a.setState(s.fallback) : 'no';
  if (own === 'yes' || other === 'yes') return 'yes';
  return own === 'maybe' || other === 'maybe' ? 'maybe' : 'no';
}

/** The first of `services` enabled on every path, else the first enabled on some path. */
function promptingService(a: Analysis, services: readonly string[]): { svc?: string; all: boolean } {
  const all = services.find((svc) => a.enabledState(svc) === 'yes');
  return all ? { svc: all, all: true } : { svc: services.find((svc) => a.enabled(svc)), all: false };
}

/** Why the password is not set on every path: only after the syntax error, only in some branches, or not at all. */
function notSetReason(a: Analysis, name: string): { text: string; late: boolean } {
  const late = a.deadAssignments.find((x) => x.name === name);
  if (a.setState(name) === 'no' && late && a.syntaxErrorLine !== undefined)
    return {
      text: `${name} is set only at line ${late.stmt.line}, which bash never runs (the syntax error at line ${a.syntaxErrorLine} stops bash reading localrc at the command that starts at line ${a.deadFrom ?? a.syntaxErrorLine})`,
      late: true,
    };
  if (a.setState(name) === 'maybe') {
    const at = a.assignments.find((x) => x.name === name)?.stmt.line;
    return {
      text: `${name} is set only on some paths through localrc (in an if/case branch, a loop or a function${at ? `, line ${at}` : ''}); on the others it stays unset`,
      late: false,
    };
  }
  return { text: `${name} is not set`, late: false };
}

/** An enabled plugin whose devstack settings give a password a non-empty default before stack.sh prompts. */
interface PluginDefault {
  plugin: string;
  /** Recorded versions of the plugin that set it, and those that do not. */
  setting: string[];
  notSetting: string[];
  value: string;
}

/**
 * Enabled plugins whose `devstack/settings` (or override-defaults) set `name`: DevStack sources them before
 * read_password, so a default there means no prompt. When localrc pins the plugin to a recorded version, only that
 * version counts.
 */
function pluginDefaults(a: Analysis, name: string): PluginDefault[] {
  const out: PluginDefault[] = [];
  for (const spec of a.services.plugins) {
    const ref = spec.ref ?? '';
    let versions = pluginVersions(spec.name);
    const pinned = versions.filter((v) => ref.length >= 7 && (ref.startsWith(v) || v.startsWith(ref)));
    if (pinned.length) versions = pinned;
    const defs = pluginDefinitions(name, [spec.name]).filter(
      (d) => versions.includes(d.version) && d.variable.beforePrompt !== false && knownValue(d.variable),
    );
    const first = defs[0];
    if (!first) continue;
    const setting = defs.map((d) => d.version);
    const notSetting = versions.filter((v) => !setting.includes(v));
    out.push({ plugin: spec.name, setting, notSetting, value: knownValue(first.variable) ?? '' });
  }
  return out;
}

const versionList = (vs: readonly string[]): string =>
  `version${vs.length > 1 ? 's' : ''} ${listText(vs.map((v) => code(v)))}`;

/** LC401's message when only some recorded versions of an enabled plugin give the password a default. */
function partlyMessage(name: string, p: PluginDefault, on: string | undefined): string {
  const one = p.setting.length === 1;
  return (
    `${name} is not set here, but the ${code(p.plugin)} plugin's devstack/settings gives it a default (${code(p.value)}) in its ${versionList(p.setting)}, so with ${one ? 'that version' : 'those'} DevStack does not prompt; ` +
    `${versionList(p.notSetting)} ${p.notSetting.length > 1 ? 'set' : 'sets'} none` +
    (on
      ? `, and with ${p.notSetting.length > 1 ? 'those' : 'it'} read_password prompts for it (${serviceLabel(on)} is enabled).`
      : '.')
  );
}

export const passwordMissing: Rule = {
  id: 'LC401',
  name: 'password-missing',
  severity: 'error',
  summary: 'A password stack.sh would prompt for is not set (the prompt hangs CI).',
  check(a) {
    const block = a.localrcBlocks[0];
    if (!block) return [];
    const out: Draft[] = [];
    for (const s of SECRETS) {
      const set = setWithFallback(a, s);
      if (set === 'yes') continue;
      const { svc: on, all } = promptingService(a, s.services);
      if (s.onlyWhenEnabled && (!on || (s.extra && !s.extra(a)))) continue;
      const fromPlugins = pluginDefaults(a, s.name);
      // Every recorded version of an enabled plugin sets it: DevStack has a value before it would prompt.
      if (fromPlugins.some((p) => !p.notSetting.length)) continue;
      const partly = fromPlugins[0];
      if (partly) {
        out.push({
          line: block.header.line,
          severity: 'info',
          message: partlyMessage(s.name, partly, on),
          fix: `Add ${code(`${s.name}=<letters-and-digits>`)} to [[local|localrc]] so the value does not depend on the plugin's version.`,
        });
        continue;
      }
      const reason =
        s.fallback && a.setState(s.name) === 'no' && a.setState(s.fallback) === 'maybe'
          ? {
              text: `${s.name} is not set, and ${s.fallback} (which DevStack copies into it instead of prompting) is set only on some paths through localrc`,
              late: false,
            }
          : notSetReason(a, s.name);
      const sure = set === 'no' && all;
      out.push({
        line: block.header.line,
        severity: on && sure ? 'error' : 'warning',
        message: on
          ? `${reason.text}, and ${serviceLabel(on)} is enabled${all ? '' : ' on some paths'}: ${sure ? '' : 'where both hold, '}stack.sh's read_password prompts for it on stdin, which hangs a CI job (or fails at EOF when stdin is /dev/null).`
          : `${reason.text}; nothing prompts for it because ${s.services.map(serviceLabel).join('/')} is not enabled here, but DevStack still uses it (clouds.yaml, service URLs on SERVICE_HOST), where it will be empty.`,
        fix: reason.late
          ? `Fix the syntax error, or move ${code(`${s.name}=<letters-and-digits>`)} above it.`
          : `Add ${code(`${s.name}=<letters-and-digits>`)} to [[local|localrc]]${set === 'maybe' ? ', outside any if/case' : ''}.`,
      });
    }
    return out;
  },
};

/** Names whose values are secrets: findings name the variable, never show its value. */
export const SECRET_NAME = /(^|_)PASSWORD$|^SWIFT_HASH$|^SWIFT_TEMPURL_KEY$|^SERVICE_TOKEN$/;

export const passwordNotAlphanumeric: Rule = {
  id: 'LC402',
  name: 'password-not-alphanumeric',
  severity: 'warning',
  summary: 'A password with characters other than letters and digits.',
  check(a) {
    const out: Draft[] = [];
    for (const x of a.assignments) {
      const v = x.value.literal;
      if (!SECRET_NAME.test(x.name) || v === undefined || !/[^A-Za-z0-9]/.test(v)) continue;
      const chars = [...new Set(v.replace(/[A-Za-z0-9]/g, ''))].join('');
      out.push({
        line: x.stmt.line,
        endLine: x.stmt.endLine,
        message: `${x.name} contains ${code(chars)}: DevStack's own prompt accepts only alphanumerics, and it pastes passwords unescaped into database URLs (${code('mysql+pymysql://root:<password>@host')}) and config values, where characters such as @ : / # % $ break them.`,
        fix: `Use only letters and digits, e.g. ${code(`${x.name}=${v.replace(/[^A-Za-z0-9]/g, '') || 'secret0'}`)}.`,
      });
    }
    return out;
  },
};

export const logfileRelative: Rule = {
  id: 'LC403',
  name: 'logfile-relative',
  severity: 'error',
  summary: 'A relative LOGFILE (e.g. `LOGFILE=devstack.log`) triggers the LOGFILE_DIR quirk.',
  check(a) {
    const x = lastAssignment(a, 'LOGFILE');
    if (!x || x.op !== '=') return [];
    const v = x.value.literal ?? x.value.raw.replace(/^["']/, '');
    // Absolute, home-relative, empty, or starting with an expansion we cannot resolve.
    if (v === '' || v.startsWith('/') || v.startsWith('~') || v.startsWith('$')) return [];
    const slash = v.lastIndexOf('/');
    const message =
      slash < 0
        ? `LOGFILE=${v} is relative: stack.sh computes ${code('LOGFILE_DIR=${LOGFILE%/*}')}, which is ${code(v)} itself for a name without a slash, so it runs ${code(`mkdir -p ${v}`)} (a directory in the devstack checkout), writes the log to ${code(`./${v}.<timestamp>`)} and leaves a dangling symlink ${code(`${v}/${v} -> ${v}.<timestamp>`)}; LOGDIR stays /opt/stack/logs.`
        : `LOGFILE=${v} is relative: the log lands in ${code(v.slice(0, slash))} under the directory stack.sh runs from (the devstack checkout), and the ${code(v)} symlink stack.sh creates points at a relative target that does not resolve from ${code(v.slice(0, slash))}.`;
    return [
      {
        line: x.stmt.line,
        endLine: x.stmt.endLine,
        message,
        fix: `Use an absolute path: ${code('LOGFILE=$DEST/logs/stack.sh.log')}.`,
      },
    ];
  },
};

export const CREDENTIAL_RULES: readonly Rule[] = [passwordMissing, passwordNotAlphanumeric, logfileRelative];
