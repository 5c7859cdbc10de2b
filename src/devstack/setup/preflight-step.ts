/**
 * setup-devstack's preflight step, piece by piece: the fork guard, the plan (with the host cache's OFFLINE switch),
 * the secrets it knows, the local.conf lint and the host's size and sudo. Nothing on the host changes here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../results/model.js';
import { ConfigurationError, RefusedCombinationError } from '../../runtime/errors.js';
import { readFragmentFile } from '../../runtime/fragment-file.js';
import { createPlan, type Plan } from '../plan.js';
import { lintPlan } from '../plan-lint.js';
import { formatRefusals } from '../preflight.js';
import { hostCacheKey, readHostCache } from './host-cache.js';
import { MINIMUMS, readHostFacts, type HostFacts } from './host.js';
import { maskDeep } from './masked-results.js';
import { STATE, type SetupRun } from './setup-run.js';

/** What preflight hands to the steps after it. */
export interface Preflight {
  plan: Plan;
  host: HostFacts;
  /** The host cache key of this plan. */
  cacheKey: string;
  /** The host cache says the last successful stack had the same inputs: nothing is installed or cloned again. */
  cacheHit: boolean;
}

/** The preflight step. Throws ConfigurationError / RefusedCombinationError; findings are on disk by then. */
export async function preflight(run: SetupRun): Promise<Preflight> {
  const { settings, env, logger } = run;
  if (env.pr.isFork && !settings.allowForkPr) {
    throw new ConfigurationError(
      'Refusing to run a pull request from a fork on a self-hosted runner: its code would run as root on this host. ' +
        'Set allow-fork-pr: true only for runners that are thrown away after each job.',
      'allow-fork-pr',
    );
  }
  const host: HostFacts = readHostFacts(settings.dest, { osRelease: env.osReleasePath });
  logger.info(
    `host: ${host.distro.id} (DISTRO=${host.distro.devstackName}), ${host.memoryMb} MB RAM, ${host.diskFreeGb} GB free`,
  );
  if (settings.cache === 'actions' && !env.artifactCache) {
    throw new ConfigurationError(
      "Input 'cache': 'actions' needs the Actions cache service (run inside GitHub Actions).",
      'cache',
    );
  }
  const { plan, cacheKey, cacheHit } = planFor(run, host);
  plan.secrets.forEach((s) => {
    logger.addSecret(s);
    run.masker.add(s);
  });
  env.saveState(STATE.secrets, JSON.stringify(plan.secrets));
  for (const w of plan.preflight.warnings) logger.warning(w.message);
  if (!plan.preflight.ok) {
    for (const r of formatRefusals(plan.preflight)) logger.error(r);
    throw new RefusedCombinationError(formatRefusals(plan.preflight));
  }
  await lint(run, plan);
  await checkHost(run, host);
  return { plan, host, cacheKey, cacheHit };
}

/** The plan of these settings on this host; with a host-cache hit, the plan that reuses the trees as they are. */
function planFor(run: SetupRun, host: HostFacts): { plan: Plan; cacheKey: string; cacheHit: boolean } {
  const { settings, env } = run;
  const fragments = [
    ...(settings.localConfFile ? [readFragmentFile(env.workspace, settings.localConfFile, 'local-conf-file')] : []),
    ...(settings.localConf ? [{ text: settings.localConf, file: 'input:local-conf' }] : []),
  ];
  const request = {
    profile: settings.profile,
    release: settings.release,
    distro: host.distro,
    force: settings.forceDistro,
    fragments,
    adminPassword: settings.adminPassword,
    portsPool: settings.portsPool,
    octavia: settings.octavia,
    gitBase: settings.gitBase,
    dest: settings.dest,
    stackUser: settings.stackUser,
    devstackRef: settings.devstackRef,
    pluginRefs: settings.pluginRefs,
    nat: settings.nat,
  };
  const plan = createPlan(request);
  const cacheKey = hostCacheKey({
    dest: settings.dest,
    devstackRef: plan.refs.devstack,
    gitBase: plan.refs.gitBase,
    plugins: plan.refs.plugins,
    distro: host.distro.id,
    shape: { ...request, adminPassword: undefined, distro: host.distro.id },
  });
  const cacheHit =
    settings.cache === 'host' &&
    readHostCache(env.lockDir, settings.dest) === cacheKey &&
    existsSync(join(settings.dest, 'devstack', '.git'));
  if (!cacheHit) return { plan, cacheKey, cacheHit };
  run.logger.notice(
    'host cache: refs and local.conf inputs unchanged since the last successful stack → OFFLINE=True, RECLONE=False',
  );
  const offline = createPlan({ ...request, set: { OFFLINE: 'True', RECLONE: 'False' } });
  return { plan: offline, cacheKey, cacheHit };
}

/** Lints the plan's local.conf: every finding recorded (masked); errors stop the run. */
async function lint(run: SetupRun, plan: Plan): Promise<void> {
  const found = lintPlan(plan);
  const findings = found.map((f): Finding =>
    maskDeep(
      {
        file: f.file,
        line: f.line,
        endLine: f.endLine,
        level: f.severity === 'error' ? 'failure' : f.severity === 'warning' ? 'warning' : 'notice',
        title: `local.conf ${f.rule}`,
        message: `${f.message} Fix: ${f.fix}`,
        rule: f.rule,
      },
      run.masker,
    ),
  );
  run.findings.push(...findings);
  await run.results.addFindings(findings);
  const errors = found.filter((f) => f.severity === 'error');
  if (errors.length) {
    throw new ConfigurationError(
      `local.conf has ${errors.length} error(s) DevStack would misread:\n` +
        errors.map((e) => `  ${e.file}:${e.line}: ${e.rule}: ${e.message}`).join('\n'),
      'local-conf',
    );
  }
}

/** Memory, disk and passwordless sudo. */
async function checkHost(run: SetupRun, host: HostFacts): Promise<void> {
  const { settings, env, logger } = run;
  const min = env.minimums ?? MINIMUMS;
  if (host.memoryMb < min.memoryMb) {
    throw new ConfigurationError(
      `The runner has ${host.memoryMb} MB of memory; DevStack needs at least ${min.memoryMb} MB.`,
      'runner',
    );
  }
  if (host.memoryMb < min.recommendedMemoryMb)
    logger.warning(`Only ${host.memoryMb} MB of memory: ${min.recommendedMemoryMb} MB is recommended.`);
  if (host.diskFreeGb < min.diskGb) {
    throw new ConfigurationError(
      `Only ${host.diskFreeGb} GB free for ${settings.dest}; DevStack needs about ${min.diskGb} GB.`,
      'dest',
    );
  }
  try {
    await run.run('sudo', ['-n', 'true'], { timeoutMs: 30_000 });
  } catch {
    throw new ConfigurationError('The runner user needs passwordless sudo (sudo -n true failed).', 'runner');
  }
}
