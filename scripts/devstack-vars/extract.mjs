#!/usr/bin/env node
// Builds the linter's DevStack variable data (src/devstack/lint/data/devstack-variables.json) from checkout
// directories: which variables DevStack's stackrc and lib files, and plugins' devstack files, define, with their
// defaults and whether they exist before the password prompts and before the post-config merge.
//
// Usage: node scripts/devstack-vars/extract.mjs <root> <out.json>
//
// <root> layout (see src/devstack/lint/data/README.md):
//   eras/<era>/stackrc, eras/<era>/lib/**          one DevStack tree per release train (`df`, `newest`)
//   eras/<era>/default-services                    optional: ENABLED_SERVICES to record instead of stackrc's
//   plugins/<name>@<version>/devstack/{override-defaults,settings,plugin.sh,lib/*}
//   sources.json                                   optional provenance, copied into the output as is
//
// Only names, defaults and where they come from are written; no shell text is copied except default values.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const ASSIGN = new RegExp(`^(?:export\\s+)?(${NAME})(\\+?)=(.*)$`);
const FUNC = new RegExp(`^(?:function\\s+(${NAME}[\\w-]*)\\s*(?:\\(\\s*\\))?|(${NAME})\\s*\\(\\s*\\))\\s*\\{?\\s*$`);
/** Functions that run before stack.sh's post-config merge when they run at all (configure/install/init steps). */
const BEFORE_MERGE_FUNC = /(^|_)(configure|install|init|setup|create)(_|$)|^neutron_plugin_configure/;

/** Joins backslash-continued lines and drops comments and blank lines; keeps each line's indentation. */
function logicalLines(text) {
  const out = [];
  let acc = '';
  for (const raw of text.split('\n')) {
    const line = acc + raw;
    if (/\\$/.test(line)) {
      acc = line.slice(0, -1);
      continue;
    }
    acc = '';
    const t = line.trim();
    if (t && !t.startsWith('#')) out.push({ raw: line.trimEnd(), t });
  }
  return out;
}

/** Removes a trailing ` # comment` outside quotes and a trailing `;;` (case arm end). */
function cleanRhs(rhs) {
  let quote = '';
  for (let i = 0; i < rhs.length; i++) {
    const c = rhs[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && /\s/.test(rhs[i - 1] ?? '')) {
      rhs = rhs.slice(0, i);
      break;
    }
  }
  return rhs.trim().replace(/;;$/, '').trim();
}

/** Strips one pair of surrounding quotes. */
const unquote = (s) => (/^"(.*)"$/s.test(s) || /^'(.*)'$/s.test(s) ? s.slice(1, -1) : s);

/**
 * Classifies an assignment's right-hand side: `${X:-d}`/`${X:=d}`/`${X-d}` (a default localrc can override),
 * `$(trueorfalse D X)`, a literal, or a computed value.
 */
export function classify(name, rhs) {
  const v = unquote(rhs);
  const self = new RegExp(`^\\$\\{${name}(:?[-=])(.*)\\}$`, 's').exec(v);
  if (self) {
    const d = unquote(self[2]);
    return /\$\(|`/.test(d) ? { form: 'default', defaultComputed: true } : { form: 'default', default: d };
  }
  const tof = new RegExp(`^\\$\\(trueorfalse\\s+(\\S+)\\s+${name}\\)$`).exec(v);
  if (tof) return { form: 'trueorfalse', default: tof[1] };
  if (!/[$`]/.test(v)) return { form: 'literal', default: v };
  // Keep a value made only of variable references and text (`$NEUTRON_CONF_DIR/dhcp_agent.ini`); one that runs a
  // command is recorded as computed without its text (the data holds facts, not shell code).
  return /\$\(|`/.test(v) ? { form: 'computed' } : { form: 'computed', value: v };
}

/** Opening and closing keywords of the compound commands that make an assignment conditional. */
function blockDelta(line) {
  let d = 0;
  if (/^(if|case|for|while|until)\b/.test(line)) d++;
  if (/(^|;\s*|\s)(fi|esac|done)\s*;?$/.test(line) || /^(fi|esac|done)\b/.test(line)) d--;
  return d;
}

/** Every assignment in one shell file, with its scope (`top`, `branch`, `function`) and the function name. */
export function scanAssignments(text) {
  const out = [];
  let func;
  let depth = 0;
  // DevStack writes `function name {` and the closing `}` in column 0, so column 0 delimits a function body even
  // when the body holds braces of its own.
  for (const { raw, t: line } of logicalLines(text)) {
    const f = raw === line ? FUNC.exec(line) : null;
    if (f && !func) {
      func = f[1] ?? f[2];
      continue;
    }
    if (func) {
      if (raw === '}') func = undefined;
      if (raw === '}' || raw === '{') continue;
    }
    // A case arm with its command on the same line: `on) FLAG=yes;;`.
    const m = ASSIGN.exec(line.replace(/^[^\s=()"']+\)\s+/, ''));
    if (m && !/^local\s/.test(line)) {
      const scope = func ? 'function' : depth > 0 ? 'branch' : 'top';
      out.push({ name: m[1], append: m[2] === '+', rhs: cleanRhs(m[3]), scope, func });
    }
    if (!func) depth = Math.max(0, depth + blockDelta(line));
  }
  return out;
}

/** `source …/lib/<name>` lines of a plugin.sh: the plugin libraries it reads. */
function sourcedLibs(text) {
  return logicalLines(text)
    .map((l) => /^(?:source|\.)\s+\S*\/devstack\/lib\/([\w.-]+)\s*$/.exec(l.t)?.[1])
    .filter(Boolean);
}

const SCOPE_RANK = { top: 0, branch: 1, function: 2 };

/** Adds one file's assignments to `vars` (the strongest, earliest definition of each name wins). */
function addFile(vars, text, definedBy, stage) {
  for (const a of scanAssignments(text)) {
    const beforeMerge = a.scope !== 'function' || BEFORE_MERGE_FUNC.test(a.func ?? '');
    // Fields at their usual value are left out (scope `top`, beforePrompt/beforeMerge true): see the README.
    const beforePrompt = stage !== 'plugin.sh' && a.scope !== 'function';
    const entry = {
      definedBy,
      ...(a.append ? { form: 'append' } : classify(a.name, a.rhs)),
      ...(a.scope !== 'top' ? { scope: a.scope } : {}),
      ...(a.func ? { function: a.func } : {}),
      ...(beforePrompt ? {} : { beforePrompt }),
      ...(beforeMerge ? {} : { beforeMerge }),
    };
    const prev = vars[a.name];
    // A stronger scope wins; at the same scope a later definition replaces an empty default (`HOST_IP=${HOST_IP:-}`
    // followed by `HOST_IP=$(get_default_host_ip …)`), since the later one is what the variable ends up holding.
    const emptyBefore = prev && prev.form !== 'computed' && prev.default === '' && entry.form === 'computed';
    if (
      !prev ||
      SCOPE_RANK[entry.scope ?? 'top'] < SCOPE_RANK[prev.scope ?? 'top'] ||
      (emptyBefore && entry.scope === prev.scope)
    )
      vars[a.name] = entry;
  }
}

/** Files under `dir`, recursively, as paths relative to `dir`, sorted. */
function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)).map((p) => `${n}/${p}`) : [n]));
}

/** Substitutes `$X`/`${X}` from already known literal values until nothing changes; unresolved stays undefined. */
function resolveValues(vars) {
  const text = (v) => (v.form === 'computed' ? (v.value ?? '$(') : v.default);
  const known = (n) => {
    const v = vars[n];
    if (!v) return undefined;
    return v.resolved ?? (v.form !== 'computed' && !/[$`]/.test(v.default ?? '$') ? v.default : undefined);
  };
  for (let pass = 0; pass < 5; pass++) {
    for (const v of Object.values(vars)) {
      if (v.resolved !== undefined || !/\$/.test(text(v) ?? '') || /\$\(|`/.test(text(v))) continue;
      let ok = true;
      const r = text(v).replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, n) => known(n) ?? ((ok = false), ''));
      if (ok && !/[$`]/.test(r)) v.resolved = unquote(r);
    }
  }
}

/** ENABLED_SERVICES as stackrc builds it (`=` then `+=` pieces), or the era's default-services override. */
function defaultServices(eraDir) {
  const override = join(eraDir, 'default-services');
  if (existsSync(override)) return readFileSync(override, 'utf8').trim();
  const rc = join(eraDir, 'stackrc');
  if (!existsSync(rc)) return undefined;
  let list;
  for (const a of scanAssignments(readFileSync(rc, 'utf8'))) {
    if (a.name !== 'ENABLED_SERVICES') continue;
    const v = unquote(a.rhs);
    list = a.append ? `${list ?? ''}${v}` : v;
  }
  return list;
}

/** One era: stackrc first, then every lib file. */
function extractEra(eraDir) {
  const variables = {};
  if (existsSync(join(eraDir, 'stackrc')))
    addFile(variables, readFileSync(join(eraDir, 'stackrc'), 'utf8'), 'stackrc', 'stackrc');
  for (const rel of walk(join(eraDir, 'lib'))) {
    addFile(variables, readFileSync(join(eraDir, 'lib', rel), 'utf8'), `lib/${rel}`, 'lib');
  }
  resolveValues(variables);
  return { defaultServices: defaultServices(eraDir), variables: sortKeys(variables) };
}

/** One plugin version: override-defaults and settings (before the prompts), plugin.sh and the libs it sources. */
function extractPlugin(dir, name) {
  const variables = {};
  const dev = join(dir, 'devstack');
  const read = (f) => (existsSync(join(dev, f)) ? readFileSync(join(dev, f), 'utf8') : undefined);
  for (const f of ['override-defaults', 'settings']) {
    const t = read(f);
    if (t !== undefined) addFile(variables, t, `plugin:${name}`, f);
  }
  const sh = read('plugin.sh');
  if (sh !== undefined) {
    addFile(variables, sh, `plugin:${name}`, 'plugin.sh');
    for (const lib of sourcedLibs(sh)) {
      const t = read(`lib/${lib}`);
      if (t !== undefined) addFile(variables, t, `plugin:${name}`, 'plugin.sh');
    }
  }
  resolveValues(variables);
  return sortKeys(variables);
}

const sortKeys = (o) =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );

/** The whole data set from a root directory (see the header for its layout). */
export function extract(root) {
  const eras = {};
  for (const era of walkDirs(join(root, 'eras'))) eras[era] = extractEra(join(root, 'eras', era));
  const plugins = {};
  for (const dir of walkDirs(join(root, 'plugins'))) {
    const [name, version = 'unknown'] = dir.split('@');
    (plugins[name] ??= { versions: {} }).versions[version] = extractPlugin(join(root, 'plugins', dir), name);
  }
  const sources = join(root, 'sources.json');
  return {
    schema: 1,
    provenance: existsSync(sources) ? JSON.parse(readFileSync(sources, 'utf8')) : {},
    eras,
    plugins: sortKeys(plugins),
  };
}

/** JSON with one variable per line, so a diff of the data shows one line per changed variable. */
export function format(data) {
  const vars = (o, pad) =>
    `{\n${Object.entries(o)
      .map(([k, v]) => `${pad}  ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n')}\n${pad}}`;
  const eras = Object.entries(data.eras).map(
    ([e, v]) =>
      `    ${JSON.stringify(e)}: {\n      "defaultServices": ${JSON.stringify(v.defaultServices ?? null)},\n      "variables": ${vars(v.variables, '      ')}\n    }`,
  );
  const plugins = Object.entries(data.plugins).map(
    ([p, v]) =>
      `    ${JSON.stringify(p)}: {\n      "versions": {\n${Object.entries(v.versions)
        .map(([ver, vv]) => `        ${JSON.stringify(ver)}: ${vars(vv, '        ')}`)
        .join(',\n')}\n      }\n    }`,
  );
  const provenance = JSON.stringify(data.provenance, null, 2).replace(/\n/g, '\n  ');
  return `{\n  "schema": ${data.schema},\n  "provenance": ${provenance},\n  "eras": {\n${eras.join(',\n')}\n  },\n  "plugins": {\n${plugins.join(',\n')}\n  }\n}\n`;
}

function walkDirs(dir) {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => statSync(join(dir, n)).isDirectory())
        .sort()
    : [];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root, out] = process.argv.slice(2);
  if (!root || !out) {
    console.error('usage: extract.mjs <root> <out.json>');
    process.exit(2);
  }
  const data = extract(root);
  writeFileSync(out, format(data));
  const count = Object.values(data.eras).reduce((n, e) => n + Object.keys(e.variables).length, 0);
  console.log(
    `wrote ${relative(process.cwd(), out)}: ${Object.keys(data.eras).length} eras, ${count} era variables, ${Object.keys(data.plugins).length} plugins`,
  );
}
