/**
 * setup-devstack, step by step (issue #5): preflight → prerequisites → stack user → clone → local.conf → stack.sh →
 * outputs + NAT, each in its own log group with elapsed time, every program through the command-runner port, and
 * every result on disk (results JSON) before the next step can fail. Shared by the action and `kdf setup`. Each
 * step is one function below; {@link runSetup} only puts them in order.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { StackOutcome } from '../stack/output.js';
import { streamStackRun } from '../stack/stream.js';
import { netnsExecArgv } from '../../runtime/netns-runner.js';
import { actionsCacheKey, restoreActionsCache, saveActionsCache, type CacheContext } from './actions-cache.js';
import { writeHostCache } from './host-cache.js';
import { acquireHostLock } from './lock.js';
import { maskDeep } from './masked-results.js';
import { preflight, type Preflight } from './preflight-step.js';
import {
  SETUP_STAGE,
  STATE,
  asUser,
  openSetupRun,
  type SetupEnvironment,
  type SetupOutputs,
  type SetupResult,
  type SetupRun,
} from './setup-run.js';
import type { SetupSettings } from './settings.js';
import { triageStackRun, type Triage } from './triage.js';

export { STATE, type SetupEnvironment, type SetupOutputs, type SetupResult, type SetupRun } from './setup-run.js';

type ActionsCache = CacheContext & { key: string; restoreKeys: string[] };

/** The whole main step. Never throws for a stack.sh failure (it is in the result); throws for user mistakes. */
export async function runSetup(settings: SetupSettings, env: SetupEnvironment): Promise<SetupResult> {
  const started = Date.now();
  const run = await openSetupRun(settings, env);
  // 1. Preflight: nothing on the host changes before this passes.
  const pre = await run.steps.step('preflight', 'Preflight', () => preflight(run));
  const outputs: Partial<SetupOutputs> = {
    'local-conf': run.localConfPath,
    'log-dir': run.logDir,
    results: env.resultsPath,
  };
  if (settings.dryRun) return dryRun(run, pre, outputs);
  await lockHost(run);
  await installPrerequisites(run, pre);
  await createStackUser(run, pre);
  await cleanEarlierStack(run, pre);
  const actionsCache = actionsCacheOf(run, pre);
  if (actionsCache) {
    await run.steps.step('cache-restore', 'Restore the Actions cache', () =>
      restoreActionsCache(actionsCache, actionsCache.key, actionsCache.restoreKeys),
    );
  }
  await cloneDevstack(run, pre);
  const { triage, outcome } = await stack(run, pre);
  Object.assign(outputs, {
    'host-ip': outcome.hostIp ?? '',
    'keystone-url': outcome.keystoneUrl ?? '',
    'clouds-yaml': join(env.etcDir, 'openstack', 'clouds.yaml'),
    'os-cloud': 'devstack',
    openrc: join(run.devstackDir, 'openrc'),
    kubeconfig: join(settings.dest, '.kube', 'config'),
  });
  if (triage.success) await afterSuccess(run, pre, actionsCache);
  outputs['duration-seconds'] = String(Math.round((Date.now() - started) / 1000));
  await run.results.finish(triage.success ? 'passed' : 'failed');
  return {
    success: triage.success,
    outputs,
    plan: pre.plan,
    triage: maskDeep(triage, run.masker),
    findings: run.findings,
    headline: run.masker.mask(triage.headline),
  };
}

/** `dry-run: true`: the plan passed preflight and lint; say what would run, and stop. */
async function dryRun(run: SetupRun, pre: Preflight, outputs: Partial<SetupOutputs>): Promise<SetupResult> {
  const { plan } = pre;
  run.logger.notice(`dry-run: the plan passed preflight and lint; ${plan.commands.length} commands would run.`);
  for (const c of plan.commands)
    run.logger.info(`would run: ${c.asUser ? `(as ${c.asUser}) ` : ''}${c.command} ${c.args.join(' ')}`);
  await run.results.finish('passed');
  return { success: true, outputs, plan, findings: run.findings, headline: 'dry run: preflight passed' };
}

/** Takes the host lock, then saves what post needs to undo the run. */
async function lockHost(run: SetupRun): Promise<void> {
  const { settings, env } = run;
  const lockPath = await run.steps.step('host-lock', 'Host lock', () =>
    acquireHostLock({
      dir: env.lockDir,
      name: settings.dest,
      owner: { run: env.runId },
      ownerPid: env.lockOwnerPid,
      waitMs: env.lockWaitMs ?? 5 * 60_000,
    }),
  );
  env.saveState(STATE.lock, lockPath);
  env.saveState(STATE.dest, settings.dest);
  env.saveState(STATE.stackUser, settings.stackUser);
  env.saveState(STATE.logDir, run.logDir);
  env.saveState(STATE.localConf, run.localConfPath);
  env.saveState(STATE.clean, settings.clean);
}

/** 2. Prerequisites (skipped on a host-cache hit). */
async function installPrerequisites(run: SetupRun, { host, plan, cacheHit }: Preflight): Promise<void> {
  await run.steps.step('prerequisites', `Prerequisites (${host.distro.packageManager})`, async () => {
    if (cacheHit) {
      run.logger.info('host cache: prerequisites were installed by the last successful stack');
      return;
    }
    if (host.distro.packageManager === 'apt') {
      await run.run(
        'sudo',
        ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-o', 'DPkg::Lock::Timeout=300', 'update', '-q'],
        { timeoutMs: 15 * 60_000 },
      );
    }
    for (const c of plan.commands.filter((x) => x.step === 'prerequisites'))
      await run.run(c.command, c.args, { timeoutMs: 30 * 60_000 });
  });
}

/** 3. Stack user (idempotent, as tools/create-stack-user.sh). */
async function createStackUser(run: SetupRun, { plan }: Preflight): Promise<void> {
  const user = run.settings.stackUser;
  await run.steps.step('stack-user', `Stack user ${user}`, async () => {
    const exists = await run.run('id', ['-u', user], { allowedExitCodes: [0, 1] });
    const cmds = plan.commands.filter((c) => c.step === 'stack-user');
    if (exists.exitCode === 0) run.logger.info(`user ${user} exists`);
    else await run.run(cmds[0]!.command, cmds[0]!.args);
    for (const c of cmds.slice(1)) await run.run(c.command, c.args);
  });
}

/** Leftovers of an earlier stack (a persistent runner): cleaned first when asked to, else a warning. */
async function cleanEarlierStack(run: SetupRun, { cacheHit }: Preflight): Promise<void> {
  const { settings, devstackDir } = run;
  if (!existsSync(join(devstackDir, '.stackenv')) || cacheHit) return;
  if (settings.clean !== 'before' && settings.clean !== 'both') {
    run.logger.warning(
      `${devstackDir} holds an earlier stack (.stackenv); set clean: before to unstack and clean it first.`,
    );
    return;
  }
  await run.steps.step('clean-before', 'Clean the earlier stack (unstack.sh + clean.sh)', async () => {
    for (const script of ['unstack.sh', 'clean.sh']) {
      await run.runAs(join(devstackDir, script), [], {
        cwd: devstackDir,
        timeoutMs: 20 * 60_000,
        allowedExitCodes: [0, 1],
      });
    }
  });
}

/** `cache: actions`: what to restore before cloning (the git trees, files/ and the pip cache) and save after. */
function actionsCacheOf(run: SetupRun, { plan, host }: Preflight): ActionsCache | undefined {
  const { settings, env } = run;
  if (settings.cache !== 'actions' || !env.artifactCache) return undefined;
  return {
    runner: env.runner,
    logger: run.logger,
    cache: env.artifactCache,
    staging: env.cacheStaging ?? join(settings.dest, '..', 'kdf-devstack-cache'),
    dest: settings.dest,
    stackUser: settings.stackUser,
    repos: ['devstack', ...plan.refs.plugins.map((p) => p.name)],
    ...actionsCacheKey(
      plan.train.name,
      host.distro.id,
      plan.refs.gitBase,
      Object.fromEntries([['devstack', plan.refs.devstack], ...plan.refs.plugins.map((p) => [p.name, p.ref])]),
    ),
  };
}

/** 4. Clone DevStack at the pinned ref and write local.conf (0600, owned by the stack user). */
async function cloneDevstack(run: SetupRun, { plan, cacheHit }: Preflight): Promise<void> {
  const { devstackDir } = run;
  await run.steps.step('clone', `DevStack ${plan.refs.devstack}`, async () => {
    const clone = plan.commands.filter((c) => c.step === 'clone');
    if (cacheHit) {
      run.logger.info(`host cache: keeping ${devstackDir} as it is`);
    } else if (existsSync(join(devstackDir, '.git'))) {
      run.logger.info(`${devstackDir} exists: fetching ${plan.refs.devstack} into it`);
      for (const c of clone.slice(1)) await run.runAs(c.command, c.args, { timeoutMs: 30 * 60_000 });
    } else {
      for (const c of clone) await run.runAs(c.command, c.args, { timeoutMs: 30 * 60_000 });
    }
    const write = plan.commands.find((c) => c.step === 'local-conf')!;
    await run.runAs(write.command, write.args, { input: plan.localConf });
  });
}

/**
 * 5-7. stack.sh, streamed (one log group per phase) with a heartbeat and the timeout; then the plugins verified and
 * the run triaged into the `stack` case and its findings.
 */
async function stack(run: SetupRun, { plan }: Preflight): Promise<{ triage: Triage; outcome: StackOutcome }> {
  const { settings, env, devstackDir } = run;
  const stackCmd = plan.commands.find((c) => c.step === 'stack')!;
  const { parser, exitCode, timedOut, cancelled, durationMs } = await streamStackRun(
    (onLine) => {
      const [c, a] = asUser(settings.stackUser, stackCmd.command, stackCmd.args);
      return run.run(c, a, {
        cwd: devstackDir,
        timeoutMs: settings.timeoutMinutes * 60_000,
        onStdoutLine: onLine,
        onStderrLine: onLine,
        label: 'stack.sh',
        maxBufferBytes: 1024 * 1024,
      });
    },
    { logger: run.logger, label: 'stack.sh', heartbeatMs: env.heartbeatMs },
  );
  // With LOGFILE set and VERBOSE=True, stack.sh's echo_summary lines (`stack.sh log …`, `stack.sh completed in N
  // seconds.`) go only to the summary log, never to the console: read it to know whether the run completed.
  if (exitCode === 0 && !parser.outcome().completed) {
    const summary = await run
      .run('sudo', ['-n', 'cat', join(run.logDir, 'stack.sh.log.summary')], { allowedExitCodes: [0, 1] })
      .catch(() => undefined);
    for (const line of (summary?.exitCode === 0 ? summary.stdout : '').split('\n')) parser.push(line);
  }
  // checked whatever the exit code (the commands are part of the record), counted only after a clean exit
  const skipped = await skippedPlugins(run, plan);
  const triage = triageStackRun({
    outcome: parser.outcome(),
    exitCode,
    timedOut,
    cancelled,
    timeoutMinutes: settings.timeoutMinutes,
    localConfPath: run.localConfPath,
    origins: plan.origins,
    skippedPlugins: exitCode === 0 ? skipped : [],
    devstackDir,
  });
  await recordStack(run, triage, durationMs);
  return { triage, outcome: parser.outcome() };
}

/** The plugins whose devstack/plugin.sh is missing after the run (DevStack skipped them silently). */
async function skippedPlugins(run: SetupRun, plan: Preflight['plan']): Promise<string[]> {
  const skipped: string[] = [];
  for (const p of plan.refs.plugins) {
    const r = await run
      .runAs('test', ['-f', join(run.settings.dest, p.name, 'devstack', 'plugin.sh')], { allowedExitCodes: [0, 1] })
      .catch(() => undefined);
    if (!r || r.exitCode !== 0) skipped.push(p.name);
  }
  return skipped;
}

/** The triage's findings (workspace-relative, masked) and the `stack` case. */
async function recordStack(run: SetupRun, triage: Triage, durationMs: number): Promise<void> {
  const { workspace } = run.env;
  const findings = triage.findings.map((f) =>
    maskDeep(
      isAbsolute(f.file) && f.file.startsWith(workspace) ? { ...f, file: relative(workspace, f.file) } : f,
      run.masker,
    ),
  );
  run.findings.push(...findings);
  await run.results.addFindings(findings);
  await run.results.addCase({
    id: 'stack',
    name: 'stack.sh',
    suite: SETUP_STAGE,
    status: triage.success ? 'passed' : 'failed',
    durationMs,
    message: triage.headline,
    details: triage.tail.join('\n'),
  });
}

/** After a successful stack: the NAT rule, and the host or Actions cache for the next run. */
async function afterSuccess(run: SetupRun, pre: Preflight, actionsCache: ActionsCache | undefined): Promise<void> {
  const { settings, env, logger } = run;
  if (settings.nat) await addNat(run, pre);
  if (settings.cache === 'host') {
    const refused = writeHostCache(env.lockDir, settings.dest, pre.cacheKey);
    if (refused) logger.warning(refused);
  }
  if (actionsCache) {
    await run.steps
      .step('cache-save', 'Save the Actions cache', () => saveActionsCache(actionsCache, actionsCache.key))
      .catch((err: unknown) =>
        logger.warning(`actions cache: not saved (${err instanceof Error ? err.message : String(err)})`),
      );
  }
}

/** NAT for floating IPs: the rule added unless present, and its delete saved for post. */
async function addNat(run: SetupRun, { plan }: Preflight): Promise<void> {
  const { env, logger } = run;
  await run.steps.step('nat', 'NAT for floating IPs', async () => {
    const nat = plan.commands.find((c) => c.step === 'nat')!;
    // `sudo -n iptables …` → `sudo -n ip netns exec NS iptables …` when a namespace is given.
    const inNs = (args: string[]): string[] => (env.netns ? ['-n', ...netnsExecArgv(env.netns, args.slice(1))] : args);
    const check = inNs(
      nat.args.map((a) => (a === '-I' ? '-C' : a)).filter((a, i, all) => !(all[i - 1] === 'POSTROUTING' && a === '1')),
    );
    const present = await run.run(nat.command, check, { allowedExitCodes: [0, 1, 2] });
    if (present.exitCode === 0) logger.info('NAT rule already present');
    else {
      await run.run(nat.command, inNs(nat.args));
      env.saveState(STATE.nat, JSON.stringify(check.map((a) => (a === '-C' ? '-D' : a))));
    }
  });
}
