/**
 * actions/trunk-vm's orchestration, kept out of the adapter so it can be unit-tested: results file first (before any
 * network call), then {@link upTrunkVm}, then outputs; on failure a finding naming what failed, the resource and the
 * API's message. {@link runTrunkVmPost} is the post step: {@link downTrunkVm} from the ledger unless `keep`.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { STAGE, type Finding, type TestCase } from '../results/model.js';
import { StepRecorder } from '../results/step.js';
import { ResultsWriter } from '../results/writer.js';
import type { CommandRunner } from '../runtime/command.js';
import { CancelledError, SignalledCommandRunner, cancelReason } from '../runtime/cancel.js';
import { getErrorMessage } from '../runtime/errors.js';
import { readFragmentFile } from '../runtime/fragment-file.js';
import { cloudAuthHost, cloudPassword } from './clouds-yaml.js';
import { OVERCLOUD_DEFAULTS, stackOvercloud, type OvercloudResult } from './overcloud.js';
import { SshClient, waitForSsh } from './ssh.js';
import type { Logger } from '../runtime/logger.js';
import type { OpenStackApi } from './api.js';
import { TeardownLedger, type LedgerEntry } from './ledger.js';
import { failureFinding, overcloudFinding, sshFinding } from './trunk-vm-findings.js';
import { downTrunkVm, upTrunkVm, type TrunkVmResult } from './trunk-vm.js';
import type { TrunkVmActionSettings } from './trunk-vm-settings.js';

/** The results stage this action writes. */
export const TRUNK_VM_STAGE = STAGE.trunkVm;
export { describeOperation, failureFinding } from './trunk-vm-findings.js';
const SUITE = TRUNK_VM_STAGE;

/** The names under which the main step saves what the post step needs (core.saveState). */
export const TRUNK_VM_STATE = {
  ledger: 'ledger',
  keep: 'keep',
  cloud: 'cloud',
  cloudsYaml: 'clouds-yaml',
  results: 'results',
} as const;

/**
 * trunk-vm's steps record into `results`. Apart from configuration errors, what makes them fail is reported by the
 * cloud under test (an API error, a VM in ERROR, SSH that never answers, the overcloud's stack.sh): a failed check.
 */
function recorder(results: ResultsWriter): StepRecorder {
  return new StepRecorder(results, { suite: SUITE, isCheck: () => true });
}

/** Ports and paths of one run. */
export interface TrunkVmActionDeps {
  client: OpenStackApi;
  logger: Logger;
  /** Runs local programs: curl (image-url), tar (copying DevStack). */
  runner: CommandRunner;
  /** Runs ssh/scp (default `runner`; in the sandbox a runner inside its namespace, where the floating IPs live). */
  sshRunner?: CommandRunner;
  /** The workspace `overcloud-local-conf-file` is read from (default the current directory). */
  workspace?: string;
  /** Test knob: the SSH backoff's first interval (default 2 s). */
  sshInitialIntervalMs?: number;
  /** The results JSON (stage `trunk-vm`); created before any network call. */
  resultsPath: string;
  /** The matrix leg the results are labelled with (default: the leg variable of runtime/env.ts, if set). */
  leg?: string;
  /** Where the ledger (`ledger.json`) and the private key (`<key-name>.pem`) are written; created if missing. */
  workDir: string;
  toolVersion: string;
  /**
   * SIGINT/SIGTERM: the run stops at its next step, deletes what the ledger holds (as `kdf trunk-vm down`), records
   * a cancelled case and returns `cancelled: true`.
   */
  signal?: AbortSignal;
}

/** The outputs of actions/trunk-vm, by output name. */
export type TrunkVmOutputs = Record<
  | 'server-id'
  | 'floating-ip'
  | 'trunk-id'
  | 'parent-port-id'
  | 'worker-subnet-id'
  | 'ssh-key-path'
  | 'overcloud-kubeconfig'
  | 'results',
  string
>;

/** What {@link runTrunkVmAction} returns. */
export interface TrunkVmActionOutcome {
  success: boolean;
  /** One line for the summary and `setFailed`. */
  headline: string;
  outputs: TrunkVmOutputs;
  /** The ledger file, for the post step (also written when the run failed). */
  ledgerPath: string;
  findings: Finding[];
  result?: TrunkVmResult;
  /** Set when the overcloud ran. */
  overcloud?: OvercloudResult;
  /** True when the run was cancelled (and tore down what it had created). */
  cancelled?: boolean;
}

/** The ledger's path inside `workDir`. */
export function trunkVmLedgerPath(workDir: string): string {
  return join(workDir, 'ledger.json');
}

function entryCase(entry: LedgerEntry): TestCase {
  const what = `${entry.kind} ${entry.name ?? entry.id}`;
  return {
    id: `resource-${entry.kind}-${entry.id}`,
    name: `${entry.adopted ? 'adopt' : 'create'} ${what}`,
    suite: SUITE,
    status: 'passed',
  };
}

/**
 * Brings the trunk VM up for the action or the CLI. Never throws for an OpenStack or configuration failure: those
 * become a failed case, a finding and `success: false` (upTrunkVm has torn down what it created by then).
 */
export async function runTrunkVmAction(
  settings: TrunkVmActionSettings,
  deps: TrunkVmActionDeps,
): Promise<TrunkVmActionOutcome> {
  const { logger } = deps;
  mkdirSync(deps.workDir, { recursive: true, mode: 0o700 });
  const ledgerPath = trunkVmLedgerPath(deps.workDir);
  const sshKeyPath = join(deps.workDir, `${settings.vm.keypairName}.pem`);
  const results = await ResultsWriter.open(
    deps.resultsPath,
    { toolVersion: deps.toolVersion, stage: TRUNK_VM_STAGE },
    { leg: deps.leg },
  );
  const outputs: TrunkVmOutputs = {
    'server-id': '',
    'floating-ip': '',
    'trunk-id': '',
    'parent-port-id': '',
    'worker-subnet-id': '',
    'ssh-key-path': '',
    'overcloud-kubeconfig': '',
    results: results.path,
  };
  // curl, tar, ssh and scp end with the run; the openstack calls are short and let run to the next step
  const runner = new SignalledCommandRunner(deps.runner, deps.signal);
  const sshRunner = new SignalledCommandRunner(deps.sshRunner ?? deps.runner, deps.signal);
  const steps = recorder(results);
  let result: TrunkVmResult;
  try {
    result = await steps.step(
      'up',
      `trunk VM ${settings.vm.serverName} up`,
      async () => {
        const vm = await upTrunkVm(
          {
            ...settings.vm,
            sshKeyPath,
            ledgerPath,
            imageUrl: settings.imageUrl,
            imageDiskFormat: settings.imageDiskFormat,
            imageCacheDir: join(deps.workDir, '..', 'kdf-image-cache'),
          },
          { client: deps.client, logger, runner, signal: deps.signal },
        );
        await results.addCases(vm.ledger.entries.map(entryCase));
        return vm;
      },
      { finding: (err) => failureFinding(err, settings) },
    );
  } catch (err) {
    return failedUp(err, settings, deps, results, { outputs, ledgerPath });
  }
  Object.assign(outputs, {
    'server-id': result.serverId,
    'floating-ip': result.floatingIp,
    'trunk-id': result.trunkId,
    'parent-port-id': result.parentPortId,
    'worker-subnet-id': result.workerSubnetId,
    'ssh-key-path': result.sshKeyPath,
  });
  const inside = await afterBoot(settings, { ...deps, runner, sshRunner }, result, steps);
  if (deps.signal?.aborted) return await cancelledAfterBoot(deps, result, results, { outputs, ledgerPath });
  await results.finish();
  if (inside.kubeconfig !== undefined) outputs['overcloud-kubeconfig'] = inside.kubeconfig;
  if (!inside.success) {
    return { success: false, headline: inside.headline, outputs, ledgerPath, findings: inside.findings, result };
  }
  return {
    success: true,
    headline: `trunk VM ${settings.vm.serverName} up: ${result.floatingIp} (server ${result.serverId})${inside.headline ? `; ${inside.headline}` : ''}`,
    outputs,
    ledgerPath,
    findings: inside.findings,
    result,
    overcloud: inside.overcloud,
  };
}

/** `up` failed (its case and finding are recorded): say what the teardown of the failed run left behind. */
async function failedUp(
  err: unknown,
  settings: TrunkVmActionSettings,
  deps: TrunkVmActionDeps,
  results: ResultsWriter,
  run: { outputs: TrunkVmOutputs; ledgerPath: string },
): Promise<TrunkVmActionOutcome> {
  const finding = failureFinding(err, settings);
  const left = TeardownLedger.load(run.ledgerPath, deps.client.cloud).entries.filter((e) => !e.adopted);
  await results.addCase({
    id: 'teardown-after-failure',
    name: 'tear down what the failed run created',
    suite: SUITE,
    status: left.length === 0 ? 'passed' : 'failed',
    message:
      left.length === 0
        ? undefined
        : `left behind (see ${run.ledgerPath}): ${left.map((e) => `${e.kind} ${e.name ?? e.id}`).join(', ')}`,
  });
  await results.finish();
  const cancelled = err instanceof CancelledError;
  const { outputs, ledgerPath } = run;
  return { success: false, headline: finding.message, outputs, ledgerPath, findings: [finding], cancelled };
}

/** Cancelled once the VM was up (SSH wait, overcloud): tear down from the ledger, as `kdf trunk-vm down` does. */
async function cancelledAfterBoot(
  deps: TrunkVmActionDeps,
  vm: TrunkVmResult,
  results: ResultsWriter,
  run: { outputs: TrunkVmOutputs; ledgerPath: string },
): Promise<TrunkVmActionOutcome> {
  const why = cancelReason(deps.signal);
  const t0 = Date.now();
  let left = '';
  try {
    await downTrunkVm(vm.ledger, { client: deps.client, logger: deps.logger });
  } catch (err) {
    left = getErrorMessage(err);
  }
  const headline = `trunk VM cancelled (${why}) after it booted; ${left ? 'teardown incomplete' : 'torn down'}`;
  await results.addCases([
    { id: 'cancelled', name: 'cancelled', suite: SUITE, status: 'failed', message: `cancelled (${why})` },
    {
      id: 'teardown-after-cancel',
      name: 'tear down what the cancelled run created',
      suite: SUITE,
      status: left ? 'failed' : 'passed',
      durationMs: Date.now() - t0,
      message: left ? `left behind (see ${run.ledgerPath}): ${left}` : undefined,
    },
  ]);
  await results.finish();
  const outputs = { ...run.outputs, 'server-id': '', 'floating-ip': '', 'trunk-id': '', 'parent-port-id': '' };
  return { success: false, headline, outputs, ledgerPath: run.ledgerPath, findings: [], cancelled: true };
}

/** What the steps inside the booted VM come to. */
interface InsideVm {
  success: boolean;
  headline: string;
  findings: Finding[];
  kubeconfig?: string;
  overcloud?: OvercloudResult;
}

/** The steps inside the booted VM: SSH readiness, then the overcloud when asked for. */
async function afterBoot(
  settings: TrunkVmActionSettings,
  deps: TrunkVmActionDeps,
  vm: TrunkVmResult,
  steps: StepRecorder,
): Promise<InsideVm> {
  const knownHostsPath = join(deps.workDir, 'known_hosts');
  rmSync(knownHostsPath, { force: true }); // a new VM has a new host key
  const ssh = new SshClient(deps.sshRunner ?? deps.runner, {
    host: vm.floatingIp,
    user: settings.sshUser,
    keyPath: vm.sshKeyPath,
    knownHostsPath,
  });
  // SSH readiness on the floating IP, with backoff, bounded by the boot timeout
  try {
    await steps.step(
      'ssh',
      `SSH to ${ssh.address}`,
      () =>
        deps.logger.group(`Wait for SSH on ${ssh.address}`, () =>
          waitForSsh(ssh, {
            timeoutMs: settings.vm.bootTimeoutMs ?? 600_000,
            logger: deps.logger,
            signal: deps.signal,
            initialIntervalMs: deps.sshInitialIntervalMs,
          }),
        ),
      { finding: (err) => sshFinding(err, settings) },
    );
  } catch (err) {
    return failedInside(sshFinding(err, settings));
  }
  const o = settings.overcloud;
  if (o === undefined || deps.signal?.aborted) return { success: true, headline: '', findings: [] };
  try {
    return await overcloudStep(settings, o, deps, vm, ssh, steps);
  } catch (err) {
    return failedInside(overcloudFinding(err));
  }
}

const failedInside = (finding: Finding): InsideVm => ({
  success: false,
  headline: finding.message,
  findings: [finding],
});

/** The overcloud step: DevStack + Kuryr stacked inside the VM; a failed stack.sh is a failed check, not a throw. */
async function overcloudStep(
  settings: TrunkVmActionSettings,
  o: NonNullable<TrunkVmActionSettings['overcloud']>,
  deps: TrunkVmActionDeps,
  vm: TrunkVmResult,
  ssh: SshClient,
  steps: StepRecorder,
): Promise<InsideVm> {
  const { logger } = deps;
  const outcome = await steps.step(
    'overcloud',
    `overcloud ${o.profile} stacked in ${settings.vm.serverName}`,
    async () => {
      const workspace = deps.workspace ?? process.cwd();
      const fragments = [
        ...(o.localConfFile ? [readFragmentFile(workspace, o.localConfFile, 'overcloud-local-conf-file')] : []),
        ...(o.localConf ? [{ text: o.localConf, file: 'input:overcloud-local-conf' }] : []),
      ];
      const adminPassword = o.adminPassword ?? cloudPassword(settings.cloud, settings.cloudsYaml, workspace);
      logger.addSecret(adminPassword);
      return stackOvercloud(
        {
          profile: o.profile,
          release: o.release,
          fragments,
          serviceHost: o.serviceHost,
          authUrlHost: cloudAuthHost(settings.cloud, settings.cloudsYaml, workspace),
          router: OVERCLOUD_DEFAULTS.router,
          subnetPool: OVERCLOUD_DEFAULTS.subnetPool,
          adminPassword,
          gitBase: o.gitBase,
          devstackDir: o.devstackDir,
          remoteDir: OVERCLOUD_DEFAULTS.remoteDir,
          kuryrConfPath: o.kuryrConfPath,
          remoteKubeconfig: OVERCLOUD_DEFAULTS.remoteKubeconfig,
          kubeconfigPath: join(deps.workDir, 'overcloud-kubeconfig'),
          localConfPath: join(deps.workDir, 'overcloud-local.conf'),
          externalNetwork: settings.vm.externalNetwork,
          stackTimeoutMinutes: o.timeoutMinutes,
        },
        { workerSubnetId: vm.workerSubnetId, parentPortIp: vm.parentPortIp },
        { client: deps.client, ssh, runner: deps.runner, logger },
      );
    },
    {
      finding: overcloudFinding,
      verdict: (r) => ({
        status: r.success ? 'passed' : 'failed',
        message: r.success ? undefined : r.headline,
        details: r.tail.length > 0 ? r.tail.join('\n') : undefined,
      }),
    },
  );
  const results = steps.sink;
  await results.addFindings(outcome.findings);
  if (outcome.success) {
    await results.addCase({
      id: 'overcloud-kuryr-conf',
      name: `kuryr.conf edited: ${outcome.kuryrConf.map((e) => `[${e.section}] ${e.key}`).join(', ')}`,
      suite: SUITE,
      status: 'passed',
    });
  }
  return {
    success: outcome.success,
    headline: outcome.headline,
    findings: outcome.findings,
    kubeconfig: outcome.kubeconfigPath,
    overcloud: outcome,
  };
}

/** What the post step needs from the main step. */
export interface TrunkVmPostState {
  ledgerPath: string;
  keep: boolean;
  /** The results file to append the teardown case to (optional). */
  resultsPath?: string;
}

/**
 * The post step: deletes what the ledger records (never adopted resources), or with `keep` only says what stays.
 * @returns a one-line summary; throws when the teardown was incomplete (the ledger then lists what is left)
 */
export async function runTrunkVmPost(
  state: TrunkVmPostState,
  deps: { client: OpenStackApi; logger: Logger; toolVersion: string },
): Promise<string> {
  const ledger = TeardownLedger.load(state.ledgerPath, deps.client.cloud);
  const ours = ledger.entries.filter((e) => !e.adopted);
  if (state.keep) {
    const list = ours.map((e) => `${e.kind} ${e.name ?? e.id}`).join(', ') || 'nothing';
    const line = `keep: true, not tearing down; these stay (ledger ${state.ledgerPath}): ${list}`;
    deps.logger.notice(line);
    return line;
  }
  const results =
    state.resultsPath === undefined
      ? undefined
      : await ResultsWriter.open(state.resultsPath, { toolVersion: deps.toolVersion, stage: TRUNK_VM_STAGE });
  try {
    const teardown = (): Promise<void> => downTrunkVm(ledger, { client: deps.client, logger: deps.logger });
    await (results ? recorder(results).step('teardown', 'tear down', teardown) : teardown());
    return `torn down: ${ours.length} resource(s)`;
  } finally {
    await results?.finish();
  }
}
