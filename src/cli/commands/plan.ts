/** `kdf plan`: profile + train + options → DIR/local.conf (0600) and DIR/plan.json, plus a readable summary. */
import { kdfEnv, kdfEnvName } from '../../runtime/env.js';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../../runtime/errors.js';
import { SecretMasker } from '../../runtime/secrets.js';
import { decodeText } from '../../runtime/fragment-file.js';
import { createPlan, planToJson, type Plan } from '../../devstack/plan.js';
import { lintPlan } from '../../devstack/plan-lint.js';
import { formatText } from '../../devstack/lint/index.js';
import { checkRef, parsePortsPool, parseSetItems } from '../../devstack/options.js';
import { formatRefusals } from '../../devstack/preflight.js';
import { PROFILES } from '../../devstack/profiles/index.js';
import { TRAINS } from '../../devstack/trains.js';
import { parseCommandArgs } from '../args.js';
import { prepareOutDir } from '../out-dir.js';
import { EXIT, type CliIo } from '../io.js';

export const PLAN_HELP = `Usage: kdf plan --profile P [options]

Writes DIR/local.conf (mode 0600) and DIR/plan.json and prints a summary.

  --profile P          ${Object.keys(PROFILES).join(' | ')}
  --release T          release train: ${Object.keys(TRAINS).join(' | ')} (default: the profile's)
  --distro D           target distro, e.g. ubuntu-18.04, fedora-31 (checked against the train)
  --force              accept a distro the train's DevStack refuses (stack.sh gets FORCE=yes)
  --set NAME=VALUE     set a localrc variable (a one-line literal; repeatable); also resolves placeholders
  --local-conf FILE    a local.conf fragment merged last (DevStack semantics)
  --admin-password PW  alphanumeric; default: generated (also env ${kdfEnvName('adminPassword')})
  --ports-pool V       true | false | min=N,max=N,batch=N,update-freq=N
  --no-octavia         leave Octavia (and Kubernetes Services) out
  --git-base URL       git mirror for DevStack and every plugin (default https://opendev.org)
  --devstack-ref REF   override the train's devstack ref
  --plugin-ref N=REF   override one plugin's ref (repeatable; N one of the train's plugins)
  --dest DIR           DevStack's DEST (default /opt/stack)
  --out DIR            output directory (default .kdf/plan)
  --print              also print the local.conf (passwords masked); not with --json
  --json               print plan.json instead of the summary

A flag that takes a value may be given once (--set and --plugin-ref: repeatable). --out must be a writable
directory (created if missing; not under /proc or /sys).

Exit codes: 0 ok, 2 configuration error, 3 combination refused by preflight.`;

const OPTIONS = {
  profile: { type: 'string' },
  release: { type: 'string' },
  distro: { type: 'string' },
  force: { type: 'boolean' },
  set: { type: 'string', multiple: true },
  'local-conf': { type: 'string' },
  'admin-password': { type: 'string' },
  'ports-pool': { type: 'string' },
  'no-octavia': { type: 'boolean' },
  'git-base': { type: 'string' },
  'devstack-ref': { type: 'string' },
  'plugin-ref': { type: 'string', multiple: true },
  dest: { type: 'string' },
  out: { type: 'string' },
  print: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readFragment(path: string, cwd: string): { text: string; file: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, path));
  } catch (err) {
    throw new ConfigurationError(
      `--local-conf '${path}' cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}.`,
      '--local-conf',
    );
  }
  return { text: decodeText(bytes, `--local-conf '${path}'`, '--local-conf'), file: path };
}

/**
 * `--plugin-ref NAME=REF` items: NAME must be a plugin of the release train (a typo would otherwise be ignored and
 * the train's ref used), REF a branch, tag or SHA. An unknown profile or train is left to the planner to report.
 */
function checkPluginRefs(
  items: readonly string[],
  profile: string,
  release: string | undefined,
): Record<string, string> {
  const train = TRAINS[release ?? PROFILES[profile]?.defaultTrain ?? ''];
  const refs: Record<string, string> = {};
  for (const item of items) {
    // plugin names have dashes (kuryr-kubernetes): not --set's shell-variable NAME=value
    const eq = item.indexOf('=');
    const name = eq < 0 ? '' : item.slice(0, eq);
    const ref = item.slice(eq + 1);
    if (!/^[a-z0-9][a-z0-9_.-]*$/.test(name)) {
      throw new ConfigurationError(
        `--plugin-ref '${item}' must look like PLUGIN=REF (e.g. kuryr-kubernetes=master).`,
        '--plugin-ref',
      );
    }
    if (train && !(name in train.pluginRefs)) {
      throw new ConfigurationError(
        `--plugin-ref: the ${train.name} train has no plugin '${name}'; its plugins: ${Object.keys(train.pluginRefs).join(', ')}.`,
        '--plugin-ref',
      );
    }
    try {
      checkRef(ref, '--plugin-ref');
    } catch {
      throw new ConfigurationError(
        `--plugin-ref ${name}: '${ref}' is not a branch, tag or commit SHA (letters, digits, '.', '_', '/', '-').`,
        '--plugin-ref',
      );
    }
    refs[name] = ref;
  }
  return refs;
}

/** The readable summary printed after planning. */
export function summarizePlan(plan: Plan, outDir: string | undefined): string {
  const lines: string[] = [];
  const pf = plan.preflight;
  lines.push(`Profile    ${plan.profile.name}: ${plan.profile.description}`);
  lines.push(`Train      ${plan.train.name} (devstack ${plan.refs.devstack}, git base ${plan.refs.gitBase})`);
  if (plan.distro) lines.push(`Distro     ${plan.distro.id} (DevStack DISTRO=${plan.distro.devstackName})`);
  lines.push('Plugins    ' + (plan.refs.plugins.map((p) => `${p.name}@${p.ref.slice(0, 12)}`).join(', ') || '(none)'));
  lines.push(`Services   ${plan.services.enabled.length} enabled: ${plan.services.enabled.join(' ')}`);
  lines.push(
    `Options    octavia=${plan.options.octavia} ports-pool=${plan.options.portsPool.enabled} dest=${plan.options.dest} nat=${plan.options.nat}`,
  );
  lines.push(`Preflight  ${pf.ok ? 'ok' : 'REFUSED'}`);
  for (const r of formatRefusals(pf)) lines.push(`  refused: ${r}`);
  for (const w of pf.warnings) lines.push(`  warning: ${w.message}`);
  lines.push(`Commands   ${plan.commands.length} (${[...new Set(plan.commands.map((c) => c.step))].join(' → ')})`);
  if (outDir)
    lines.push(`Wrote      ${join(outDir, 'plan.json')}${pf.ok ? ` and ${join(outDir, 'local.conf')} (0600)` : ''}`);
  return lines.join('\n') + '\n';
}

/** Runs `kdf plan`; returns the exit code. */
export async function planCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('plan', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(PLAN_HELP + '\n');
    return EXIT.ok;
  }
  if (!values.profile)
    throw new ConfigurationError(
      '--profile is required. ' + `Accepted values: ${Object.keys(PROFILES).join(', ')}.`,
      '--profile',
    );
  if (values.json && values.print) {
    throw new ConfigurationError(
      '--json and --print cannot be combined: --json prints plan.json alone (the local.conf is written to --out).',
      '--print',
    );
  }
  const pluginRefs = checkPluginRefs(values['plugin-ref'] ?? [], values.profile, values.release);
  const plan = createPlan({
    profile: values.profile,
    release: values.release,
    distro: values.distro,
    force: values.force,
    set: parseSetItems(values.set ?? []),
    fragment: values['local-conf'] ? readFragment(values['local-conf'], io.cwd) : undefined,
    adminPassword: values['admin-password'] ?? kdfEnv('adminPassword', io.env),
    portsPool: values['ports-pool'] !== undefined ? parsePortsPool(values['ports-pool'], '--ports-pool') : undefined,
    octavia: values['no-octavia'] ? false : undefined,
    gitBase: values['git-base'],
    devstackRef: values['devstack-ref'],
    pluginRefs,
    dest: values.dest,
  });
  const masker = new SecretMasker();
  plan.secrets.forEach((s) => masker.add(s));
  const outDir = prepareOutDir(values.out ?? '.kdf/plan', '--out', io.cwd);
  const findings = plan.preflight.ok ? lintPlan(plan) : [];
  const json = { ...planToJson(plan), lint: findings };
  writeFileSync(join(outDir, 'plan.json'), JSON.stringify(json, null, 2) + '\n');
  if (plan.preflight.ok) {
    const file = join(outDir, 'local.conf');
    writeFileSync(file, plan.localConf, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  io.stdout.write(values.json ? JSON.stringify(json, null, 2) + '\n' : summarizePlan(plan, values.out ?? '.kdf/plan'));
  if (findings.length) io.stderr.write(masker.mask(formatText(findings)) + '\n');
  if (values.print && plan.preflight.ok) io.stdout.write('\n' + masker.mask(plan.localConf));
  if (!plan.preflight.ok) return EXIT.refused;
  if (findings.some((f) => f.severity === 'error')) return EXIT.configuration;
  return EXIT.ok;
}
