/**
 * The shapes setup-devstack's main step shares between its steps: the environment it runs in, what it returns, the
 * state names post reads, and {@link SetupRun}, the one context every step function takes.
 */
import { join } from 'node:path';
import type { CommandResult, CommandRunner, RunOptions } from '../../runtime/command.js';
import type { Logger } from '../../runtime/logger.js';
import { SecretMasker } from '../../runtime/secrets.js';
import { VERSION } from '../../runtime/version.js';
import { STAGE, type Finding } from '../../results/model.js';
import { StepRecorder } from '../../results/step.js';
import { ResultsWriter } from '../../results/writer.js';
import { hostDistro, readOsRelease } from '../distro.js';
import type { Plan } from '../plan.js';
import type { ArtifactCache } from './actions-cache.js';
import type { PullRequestContext } from './fork.js';
import type { MINIMUMS } from './host.js';
import { guardResults, type GuardedResults } from './masked-results.js';
import type { SetupSettings } from './settings.js';
import type { Triage } from './triage.js';

/** The results stage (and case suite) of setup-devstack. */
export const SETUP_STAGE = STAGE.setupDevstack;

/** Where and how setup runs: everything environment-specific, injectable for tests. */
export interface SetupEnvironment {
  runner: CommandRunner;
  logger: Logger;
  /** The repository checkout (local-conf-file is relative to it; findings use paths relative to it). */
  workspace: string;
  resultsPath: string;
  /** The matrix leg the results are labelled with (default: the leg variable of runtime/env.ts, if set). */
  leg?: string;
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

/** One main step's context: settings, environment, where results go, and the helpers every step uses. */
export interface SetupRun {
  settings: SetupSettings;
  env: SetupEnvironment;
  logger: Logger;
  /** Every secret the run knows, so nothing it reports (results, findings, headline) can carry one. */
  masker: SecretMasker;
  results: GuardedResults;
  /** Every finding reported so far (they are on disk too). */
  findings: Finding[];
  steps: StepRecorder;
  devstackDir: string;
  localConfPath: string;
  logDir: string;
  /** Runs a program with the run's cancellation signal. */
  run(command: string, args: readonly string[], opts?: RunOptions): Promise<CommandResult>;
  /** Runs a program as the stack user through sudo (stack.sh refuses root). */
  runAs(command: string, args: readonly string[], opts?: RunOptions): Promise<CommandResult>;
}

/** Runs `command` as the stack user through sudo (stack.sh refuses root; docs/devstack-operations.md#host-and-user). */
export function asUser(user: string, command: string, args: readonly string[]): [string, string[]] {
  return ['sudo', ['-n', '-u', user, '-H', '--', command, ...args]];
}

/** Opens the results file (before anything can fail) and builds the run's context. */
export async function openSetupRun(settings: SetupSettings, env: SetupEnvironment): Promise<SetupRun> {
  const masker = new SecretMasker();
  masker.add(settings.adminPassword);
  const writer = await ResultsWriter.open(
    env.resultsPath,
    {
      toolVersion: VERSION,
      stage: SETUP_STAGE,
      profile: settings.profile,
      release: settings.release,
      // read again by the preflight, which refuses what it cannot use; here it only labels the results
      distro: hostDistro(readOsRelease(env.osReleasePath)),
    },
    { leg: env.leg },
  );
  const results = guardResults(writer, masker);
  const run = (command: string, args: readonly string[], opts: RunOptions = {}): Promise<CommandResult> =>
    env.runner.run(command, args, { signal: env.signal, ...opts });
  const devstackDir = join(settings.dest, 'devstack');
  return {
    settings,
    env,
    logger: env.logger,
    masker,
    results,
    findings: [],
    steps: new StepRecorder(results, { suite: SETUP_STAGE, group: (name, fn) => env.logger.group(name, fn) }),
    devstackDir,
    localConfPath: join(devstackDir, 'local.conf'),
    logDir: join(settings.dest, 'logs'),
    run,
    runAs: (command, args, opts) => {
      const [c, a] = asUser(settings.stackUser, command, args);
      return run(c, a, opts);
    },
  };
}
