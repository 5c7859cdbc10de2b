/**
 * setup-devstack, step by step (issue #5): preflight → prerequisites → stack user → clone → local.conf → stack.sh →
 * outputs + NAT, each in its own log group with elapsed time, every program through the command-runner port, and
 * every result on disk (results JSON) before the next step can fail. Shared by the action and `kdf setup`.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { CommandResult, CommandRunner, RunOptions } from '../../runtime/command.js';
import { readFragmentFile } from '../fragment-file.js';
import { ConfigurationError, RefusedCombinationError } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import { SecretMasker } from '../../runtime/secrets.js';
import type { Finding } from '../../results/model.js';
import { ResultsWriter } from '../../results/writer.js';
import { createPlan, type Plan } from '../plan.js';
import { lintPlan } from '../plan-lint.js';
import { formatRefusals } from '../preflight.js';
import { streamStackRun } from '../stack/stream.js';
import type { PullRequestContext } from './fork.js';
import { MINIMUMS, readHostFacts, type HostFacts } from './host.js';
import {
  actionsCacheKey,
  restoreActionsCache,
  saveActionsCache,
  type ArtifactCache,
  type CacheContext,
} from './actions-cache.js';
import { hostCacheKey, readHostCache, writeHostCache } from './host-cache.js';
import { guardResults, maskDeep } from './masked-results.js';
import { acquireHostLock } from './lock.js';
import type { SetupSettings } from './settings.js';
import { triageStackRun, type Triage } from './triage.js';

export const TOOL_VERSION = '0.1.0';

/** Where and how setup runs: everything environment-specific, injectable for tests. */
export interface SetupEnvironment {
  runner: CommandRunner;
  logger: Logger;
  /** The repository checkout (local-conf-file is relative to it; findings use paths relative to it). */
  workspace: string;
  resultsPath: string;
  lockDir: string;
  /** `/etc` on a real host; DevStack writes `<etc>/openstack/clouds.yaml`. */
  etcDir: string;
  osReleasePath?: string;
  pr: PullRequestContext;
  runId?: string;
  signal?: AbortSignal;
  heartbeatMs?: number;
  lockWaitMs?: number;
  /** The Actions cache (`cache: actions`), and a runner-owned staging directory for it. */
  artifactCache?: ArtifactCache;
  cacheStaging?: string;
  /** Run the host firewall (NAT) commands inside this network namespace (tests: never touch the machine's own). */
  netns?: string;
  /** Owner pid of the host lock (see HostLockOptions.ownerPid). */
  lockOwnerPid?: number;
  minimums?: typeof MINIMUMS;
  /** Remembers a value for the post step (core.saveState in the action). */
  saveState: (name: string, value: string) => void;
}

export interface SetupOutputs {
  'host-ip': string;
  'keystone-url': string;
  'clouds-yaml': string;
  'os-cloud': string;
  openrc: string;
  kubeconfig: string;
  'local-conf': string;
  'log-dir': string;
  results: string;
  'duration-seconds': string;
}

export interface SetupResult {
  success: boolean;
  outputs: Partial<SetupOutputs>;
  plan?: Plan;
  triage?: Triage;
  findings: Finding[];
  headline: string;
}

/** State names shared by main and post. */
export const STATE = {
  lock: 'lock-path',
  nat: 'nat-rule',
  dest: 'dest',
  stackUser: 'stack-user',
  logDir: 'log-dir',
  localConf: 'local-conf',
  secrets: 'secrets',
  clean: 'clean',
} as const;

/** Runs `command` as the stack user through sudo (stack.sh refuses root; docs/devstack-operations.md#host-and-user). */
function asUser(user: string, command: string, args: readonly string[]): [string, string[]] {
  return ['sudo', ['-n', '-u', user, '-H', '--', command, ...args]];
}

/** The whole main step. Never throws for a stack.sh failure (it is in the result); throws for user mistakes. */
export async function runSetup(settings: SetupSettings, env: SetupEnvironment): Promise<SetupResult> {
  const started = Date.now();
  const { logger, runner } = env;
  // Every secret the run knows, so nothing it reports (results, findings, headline) can carry one.
  const masker = new SecretMasker();
  masker.add(settings.adminPassword);
  const writer = await ResultsWriter.open(env.resultsPath, {
    toolVersion: TOOL_VERSION,
    stage: 'setup-devstack',
    profile: settings.profile,
    release: settings.release,
  });
  const results = guardResults(writer, masker);
  const findings: Finding[] = [];
  const step = async <T>(id: string, name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      const value = await logger.group(name, fn);
      await results.addCase({ id, name, suite: 'setup-devstack', status: 'passed', durationMs: Date.now() - t0 });
      return value;
    } catch (err) {
      await results.addCase({
        id,
        name,
        suite: 'setup-devstack',
        status: err instanceof ConfigurationError || err instanceof RefusedCombinationError ? 'failed' : 'error',
        durationMs: Date.now() - t0,
        message: err instanceof Error ? err.message : String(err),
      });
      throw err;
    }
  };
  const run = (command: string, args: readonly string[], opts: RunOptions = {}): Promise<CommandResult> =>
    runner.run(command, args, { signal: env.signal, ...opts });
  const runAs = (command: string, args: readonly string[], opts: RunOptions = {}): Promise<CommandResult> => {
    const [c, a] = asUser(settings.stackUser, command, args);
    return run(c, a, opts);
  };

  // 1. Preflight: nothing on the host changes before this passes.
  const { plan, host, cacheKey, cacheHit } = await step('preflight', 'Preflight', async () => {
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
    const fragments = [
      ...(settings.localConfFile ? [readFragmentFile(env.workspace, settings.localConfFile, 'local-conf-file')] : []),
      ...(settings.localConf ? [{ text: settings.localConf, file: 'input:local-conf' }] : []),
    ];
    if (settings.cache === 'actions' && !env.artifactCache) {
      throw new ConfigurationError(
        "Input 'cache': 'actions' needs the Actions cache service (run inside GitHub Actions).",
        'cache',
      );
    }
    const planRequest = {
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
    let plan = createPlan(planRequest);
    const key = hostCacheKey({
      dest: settings.dest,
      devstackRef: plan.refs.devstack,
      gitBase: plan.refs.gitBase,
      plugins: plan.refs.plugins,
      distro: host.distro.id,
      shape: { ...planRequest, adminPassword: undefined, distro: host.distro.id },
    });
    const hit =
      settings.cache === 'host' &&
      readHostCache(env.lockDir, settings.dest) === key &&
      existsSync(join(settings.dest, 'devstack', '.git'));
    if (hit) {
      logger.notice(
        'host cache: refs and local.conf inputs unchanged since the last successful stack → OFFLINE=True, RECLONE=False',
      );
      plan = createPlan({
        ...planRequest,
        adminPassword: settings.adminPassword,
        set: { OFFLINE: 'True', RECLONE: 'False' },
      });
    }
    plan.secrets.forEach((s) => {
      logger.addSecret(s);
      masker.add(s);
    });
    env.saveState(STATE.secrets, JSON.stringify(plan.secrets));
    for (const w of plan.preflight.warnings) logger.warning(w.message);
    if (!plan.preflight.ok) {
      for (const r of formatRefusals(plan.preflight)) logger.error(r);
      throw new RefusedCombinationError(formatRefusals(plan.preflight));
    }
    const lint = lintPlan(plan);
    for (const f of lint) {
      const finding: Finding = {
        file: f.file,
        line: f.line,
        endLine: f.endLine,
        level: f.severity === 'error' ? 'failure' : f.severity === 'warning' ? 'warning' : 'notice',
        title: `local.conf ${f.rule}`,
        message: `${f.message} Fix: ${f.fix}`,
        rule: f.rule,
      };
      findings.push(maskDeep(finding, masker));
    }
    await results.addFindings(findings);
    const errors = lint.filter((f) => f.severity === 'error');
    if (errors.length) {
      throw new ConfigurationError(
        `local.conf has ${errors.length} error(s) DevStack would misread:\n` +
          errors.map((e) => `  ${e.file}:${e.line}: ${e.rule}: ${e.message}`).join('\n'),
        'local-conf',
      );
    }
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
      await run('sudo', ['-n', 'true'], { timeoutMs: 30_000 });
    } catch {
      throw new ConfigurationError('The runner user needs passwordless sudo (sudo -n true failed).', 'runner');
    }
    return { plan, host, cacheKey: key, cacheHit: hit };
  });

  const devstackDir = join(settings.dest, 'devstack');
  const localConfPath = join(devstackDir, 'local.conf');
  const logDir = join(settings.dest, 'logs');
  const outputs: Partial<SetupOutputs> = { 'local-conf': localConfPath, 'log-dir': logDir, results: env.resultsPath };
  if (settings.dryRun) {
    logger.notice(`dry-run: the plan passed preflight and lint; ${plan.commands.length} commands would run.`);
    for (const c of plan.commands)
      logger.info(`would run: ${c.asUser ? `(as ${c.asUser}) ` : ''}${c.command} ${c.args.join(' ')}`);
    await results.finish('passed');
    return { success: true, outputs, plan, findings, headline: 'dry run: preflight passed' };
  }

  const lockPath = await step('host-lock', 'Host lock', () =>
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
  env.saveState(STATE.logDir, logDir);
  env.saveState(STATE.localConf, localConfPath);
  env.saveState(STATE.clean, settings.clean);

  // 2. Prerequisites.
  await step('prerequisites', `Prerequisites (${host.distro.packageManager})`, async () => {
    if (cacheHit) {
      logger.info('host cache: prerequisites were installed by the last successful stack');
      return;
    }
    if (host.distro.packageManager === 'apt') {
      await run(
        'sudo',
        ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-o', 'DPkg::Lock::Timeout=300', 'update', '-q'],
        {
          timeoutMs: 15 * 60_000,
        },
      );
    }
    for (const c of plan.commands.filter((x) => x.step === 'prerequisites'))
      await run(c.command, c.args, { timeoutMs: 30 * 60_000 });
  });

  // 3. Stack user (idempotent, as tools/create-stack-user.sh).
  await step('stack-user', `Stack user ${settings.stackUser}`, async () => {
    const exists = await run('id', ['-u', settings.stackUser], { allowedExitCodes: [0, 1] });
    const cmds = plan.commands.filter((c) => c.step === 'stack-user');
    if (exists.exitCode === 0) logger.info(`user ${settings.stackUser} exists`);
    else await run(cmds[0]!.command, cmds[0]!.args);
    for (const c of cmds.slice(1)) await run(c.command, c.args);
  });

  // Leftovers of an earlier stack (a persistent runner): clean them first when asked to.
  if (existsSync(join(devstackDir, '.stackenv'))) {
    if ((settings.clean === 'before' || settings.clean === 'both') && !cacheHit) {
      await step('clean-before', 'Clean the earlier stack (unstack.sh + clean.sh)', async () => {
        for (const script of ['unstack.sh', 'clean.sh']) {
          await runAs(join(devstackDir, script), [], {
            cwd: devstackDir,
            timeoutMs: 20 * 60_000,
            allowedExitCodes: [0, 1],
          });
        }
      });
    } else if (!cacheHit) {
      logger.warning(
        `${devstackDir} holds an earlier stack (.stackenv); set clean: before to unstack and clean it first.`,
      );
    }
  }

  // cache: actions — restore the git trees, files/ and pip cache before cloning.
  const actionsCache: (CacheContext & { key: string; restoreKeys: string[] }) | undefined =
    settings.cache === 'actions' && env.artifactCache
      ? {
          runner,
          logger,
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
        }
      : undefined;
  if (actionsCache) {
    await step('cache-restore', 'Restore the Actions cache', async () => {
      await restoreActionsCache(actionsCache, actionsCache.key, actionsCache.restoreKeys);
    });
  }

  // 4. Clone DevStack at the pinned ref and write local.conf (0600, owned by the stack user).
  await step('clone', `DevStack ${plan.refs.devstack}`, async () => {
    const clone = plan.commands.filter((c) => c.step === 'clone');
    if (cacheHit) {
      logger.info(`host cache: keeping ${devstackDir} as it is`);
    } else if (existsSync(join(devstackDir, '.git'))) {
      logger.info(`${devstackDir} exists: fetching ${plan.refs.devstack} into it`);
      for (const c of clone.slice(1)) await runAs(c.command, c.args, { timeoutMs: 30 * 60_000 });
    } else {
      for (const c of clone) await runAs(c.command, c.args, { timeoutMs: 30 * 60_000 });
    }
    const write = plan.commands.find((c) => c.step === 'local-conf')!;
    await runAs(write.command, write.args, { input: plan.localConf });
  });

  // 5. stack.sh, streamed (one log group per phase), with a heartbeat and the timeout.
  const stackCmd = plan.commands.find((c) => c.step === 'stack')!;
  const { parser, exitCode, timedOut, cancelled, durationMs } = await streamStackRun(
    (onLine) => {
      const [c, a] = asUser(settings.stackUser, stackCmd.command, stackCmd.args);
      return run(c, a, {
        cwd: devstackDir,
        timeoutMs: settings.timeoutMinutes * 60_000,
        onStdoutLine: onLine,
        onStderrLine: onLine,
        label: 'stack.sh',
        maxBufferBytes: 1024 * 1024,
      });
    },
    { logger, label: 'stack.sh', heartbeatMs: env.heartbeatMs },
  );

  // With LOGFILE set and VERBOSE=True, stack.sh's echo_summary lines (`stack.sh log …`, `stack.sh completed in N
  // seconds.`) go only to the summary log, never to the console: read it to know whether the run completed.
  if (exitCode === 0 && !parser.outcome().completed) {
    const summary = await run('sudo', ['-n', 'cat', join(logDir, 'stack.sh.log.summary')], {
      allowedExitCodes: [0, 1],
    }).catch(() => undefined);
    for (const line of (summary?.exitCode === 0 ? summary.stdout : '').split('\n')) parser.push(line);
  }

  // 6-7. Verify plugins, triage, outputs.
  const skipped: string[] = [];
  for (const p of plan.refs.plugins) {
    const r = await runAs('test', ['-f', join(settings.dest, p.name, 'devstack', 'plugin.sh')], {
      allowedExitCodes: [0, 1],
    }).catch(() => undefined);
    if (!r || r.exitCode !== 0) skipped.push(p.name);
  }
  const triage = triageStackRun({
    outcome: parser.outcome(),
    exitCode,
    timedOut,
    cancelled,
    timeoutMinutes: settings.timeoutMinutes,
    localConfPath,
    origins: plan.origins,
    skippedPlugins: exitCode === 0 ? skipped : [],
    devstackDir,
  });
  const relativeFindings = triage.findings.map((f) =>
    maskDeep(
      isAbsolute(f.file) && f.file.startsWith(env.workspace) ? { ...f, file: relative(env.workspace, f.file) } : f,
      masker,
    ),
  );
  findings.push(...relativeFindings);
  await results.addFindings(relativeFindings);
  await results.addCase({
    id: 'stack',
    name: 'stack.sh',
    suite: 'setup-devstack',
    status: triage.success ? 'passed' : 'failed',
    durationMs,
    message: triage.headline,
    details: triage.tail.join('\n'),
  });
  const outcome = parser.outcome();
  Object.assign(outputs, {
    'host-ip': outcome.hostIp ?? '',
    'keystone-url': outcome.keystoneUrl ?? '',
    'clouds-yaml': join(env.etcDir, 'openstack', 'clouds.yaml'),
    'os-cloud': 'devstack',
    openrc: join(devstackDir, 'openrc'),
    kubeconfig: join(settings.dest, '.kube', 'config'),
  });

  if (triage.success && settings.nat) {
    await step('nat', 'NAT for floating IPs', async () => {
      const nat = plan.commands.find((c) => c.step === 'nat')!;
      // `sudo -n iptables …` → `sudo -n ip netns exec NS iptables …` when a namespace is given.
      const inNs = (args: string[]): string[] =>
        env.netns ? ['-n', 'ip', 'netns', 'exec', env.netns, ...args.slice(1)] : args;
      const check = inNs(
        nat.args
          .map((a) => (a === '-I' ? '-C' : a))
          .filter((a, i, all) => !(all[i - 1] === 'POSTROUTING' && a === '1')),
      );
      const present = await run(nat.command, check, { allowedExitCodes: [0, 1, 2] });
      if (present.exitCode === 0) logger.info('NAT rule already present');
      else {
        await run(nat.command, inNs(nat.args));
        env.saveState(STATE.nat, JSON.stringify(check.map((a) => (a === '-C' ? '-D' : a))));
      }
    });
  }
  if (triage.success && settings.cache === 'host') {
    const refused = writeHostCache(env.lockDir, settings.dest, cacheKey);
    if (refused) logger.warning(refused);
  }
  if (triage.success && actionsCache) {
    await step('cache-save', 'Save the Actions cache', () => saveActionsCache(actionsCache, actionsCache.key)).catch(
      (err: unknown) =>
        logger.warning(`actions cache: not saved (${err instanceof Error ? err.message : String(err)})`),
    );
  }
  outputs['duration-seconds'] = String(Math.round((Date.now() - started) / 1000));
  await results.finish(triage.success ? 'passed' : 'failed');
  return {
    success: triage.success,
    outputs,
    plan,
    triage: maskDeep(triage, masker),
    findings,
    headline: masker.mask(triage.headline),
  };
}
