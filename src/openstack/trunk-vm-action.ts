/**
 * actions/trunk-vm's orchestration, kept out of the adapter so it can be unit-tested: results file first (before any
 * network call), then {@link upTrunkVm}, then outputs; on failure a finding naming what failed, the resource and the
 * API's message. {@link runTrunkVmPost} is the post step: {@link downTrunkVm} from the ledger unless `keep`.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import type { Finding, TestCase } from '../results/model.js';
import { ResultsWriter } from '../results/writer.js';
import type { CommandRunner } from '../runtime/command.js';
import { CancelledError, SignalledCommandRunner, cancelReason } from '../runtime/cancel.js';
import { ConfigurationError, getErrorMessage } from '../runtime/errors.js';
import { readFragmentFile } from '../runtime/fragment-file.js';
import { cloudAuthHost, cloudPassword } from './clouds-yaml.js';
import { OVERCLOUD_DEFAULTS, stackOvercloud, type OvercloudResult } from './overcloud.js';
import { SshClient, SshNotReadyError, waitForSsh } from './ssh.js';
import type { Logger } from '../runtime/logger.js';
import type { OpenStackClient } from './client.js';
import { OpenStackError } from './errors.js';
import { TeardownLedger, type LedgerEntry } from './ledger.js';
import { downTrunkVm, upTrunkVm, type TrunkVmResult } from './trunk-vm.js';
import type { TrunkVmActionSettings } from './trunk-vm-settings.js';

/** The results stage this action writes. */
export const TRUNK_VM_STAGE = 'trunk-vm';
/** The file the action's findings point at. */
const ACTION_FILE = 'actions/trunk-vm/action.yml';
const SUITE = 'trunk-vm';

/** Ports and paths of one run. */
export interface TrunkVmActionDeps {
  client: OpenStackClient;
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

/** `server create` out of `openstack --os-cloud devstack server create --image … vm -f json`. */
export function describeOperation(command: string): string {
  const words = command.split(/\s+/);
  const start = words.indexOf('--os-cloud');
  const rest = start >= 0 ? words.slice(start + 2) : words.slice(1);
  const verbs = ['create', 'show', 'set', 'unset', 'delete', 'list', 'add', 'remove'];
  const at = rest.findIndex((w) => verbs.includes(w));
  return (at >= 0 ? rest.slice(0, at + 1) : rest.slice(0, 2)).join(' ');
}

/** The finding for a failed `up`: what failed, on which resource, and the API's message. */
export function failureFinding(err: unknown, settings: TrunkVmActionSettings): Finding {
  if (err instanceof CancelledError) {
    return {
      file: ACTION_FILE,
      line: 1,
      level: 'failure',
      title: 'trunk-vm: cancelled',
      message: `trunk VM ${settings.vm.serverName}: ${err.message}`,
      rule: 'trunk-vm/cancelled',
      caseId: 'up',
    };
  }
  if (err instanceof OpenStackError) {
    const operation = describeOperation(err.command);
    return {
      file: ACTION_FILE,
      line: 1,
      level: 'failure',
      title: `trunk-vm: openstack ${operation} failed`,
      message: `openstack ${operation} failed${err.httpStatus ? ` (HTTP ${err.httpStatus})` : ''}: ${err.apiMessage || err.message}`,
      details: `${err.command}\n${err.stderr}`.trimEnd(),
      rule: 'trunk-vm/openstack-error',
      caseId: 'up',
    };
  }
  if (err instanceof ConfigurationError) {
    return {
      file: ACTION_FILE,
      line: 1,
      level: 'failure',
      title: `trunk-vm: input '${err.input ?? 'unknown'}'`,
      message: err.message,
      rule: 'trunk-vm/configuration',
      caseId: 'up',
    };
  }
  const message = getErrorMessage(err);
  return {
    file: ACTION_FILE,
    line: 1,
    level: 'failure',
    title: `trunk-vm: server ${settings.vm.serverName} failed`,
    message: message.split('\n')[0] ?? message,
    details: message.includes('\n') ? message : undefined,
    rule: 'trunk-vm/failed',
    caseId: 'up',
  };
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
  const results = await ResultsWriter.open(deps.resultsPath, { toolVersion: deps.toolVersion, stage: TRUNK_VM_STAGE });
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
  const t0 = Date.now();
  // curl, tar, ssh and scp end with the run; the openstack calls are short and let run to the next step
  const runner = new SignalledCommandRunner(deps.runner, deps.signal);
  const sshRunner = new SignalledCommandRunner(deps.sshRunner ?? deps.runner, deps.signal);
  try {
    const result = await upTrunkVm(
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
    await results.addCases([
      ...result.ledger.entries.map(entryCase),
      {
        id: 'up',
        name: `trunk VM ${settings.vm.serverName} up`,
        suite: SUITE,
        status: 'passed',
        durationMs: Date.now() - t0,
      },
    ]);
    Object.assign(outputs, {
      'server-id': result.serverId,
      'floating-ip': result.floatingIp,
      'trunk-id': result.trunkId,
      'parent-port-id': result.parentPortId,
      'worker-subnet-id': result.workerSubnetId,
      'ssh-key-path': result.sshKeyPath,
    });
    const inside = await afterBoot(settings, { ...deps, runner, sshRunner }, result, results);
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
  } catch (err) {
    const finding = failureFinding(err, settings);
    const left = TeardownLedger.load(ledgerPath, deps.client.cloud).entries.filter((e) => !e.adopted);
    await results.addCases([
      {
        id: 'up',
        name: `trunk VM ${settings.vm.serverName} up`,
        suite: SUITE,
        status: err instanceof ConfigurationError ? 'error' : 'failed',
        durationMs: Date.now() - t0,
        message: finding.message,
        details: finding.details,
      },
      {
        id: 'teardown-after-failure',
        name: 'tear down what the failed run created',
        suite: SUITE,
        status: left.length === 0 ? 'passed' : 'failed',
        message:
          left.length === 0
            ? undefined
            : `left behind (see ${ledgerPath}): ${left.map((e) => `${e.kind} ${e.name ?? e.id}`).join(', ')}`,
      },
    ]);
    await results.addFinding(finding);
    await results.finish();
    const cancelled = err instanceof CancelledError;
    return { success: false, headline: finding.message, outputs, ledgerPath, findings: [finding], cancelled };
  }
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

/** The steps inside the booted VM: SSH readiness, then the overcloud when asked for. */
async function afterBoot(
  settings: TrunkVmActionSettings,
  deps: TrunkVmActionDeps,
  vm: TrunkVmResult,
  results: ResultsWriter,
): Promise<{
  success: boolean;
  headline: string;
  findings: Finding[];
  kubeconfig?: string;
  overcloud?: OvercloudResult;
}> {
  const { logger } = deps;
  const knownHostsPath = join(deps.workDir, 'known_hosts');
  rmSync(knownHostsPath, { force: true }); // a new VM has a new host key
  const ssh = new SshClient(deps.sshRunner ?? deps.runner, {
    host: vm.floatingIp,
    user: settings.sshUser,
    keyPath: vm.sshKeyPath,
    knownHostsPath,
  });
  const fail = async (
    caseId: string,
    name: string,
    t0: number,
    finding: Finding,
  ): Promise<{ success: false; headline: string; findings: Finding[] }> => {
    await results.addCase({
      id: caseId,
      name,
      suite: SUITE,
      status: 'failed',
      durationMs: Date.now() - t0,
      message: finding.message,
      details: finding.details,
    });
    await results.addFinding(finding);
    return { success: false, headline: finding.message, findings: [finding] };
  };

  // SSH readiness on the floating IP, with backoff, bounded by the boot timeout
  const t0 = Date.now();
  try {
    await logger.group(`Wait for SSH on ${ssh.address}`, () =>
      waitForSsh(ssh, {
        timeoutMs: settings.vm.bootTimeoutMs ?? 600_000,
        logger,
        signal: deps.signal,
        initialIntervalMs: deps.sshInitialIntervalMs,
      }),
    );
    await results.addCase({
      id: 'ssh',
      name: `SSH to ${ssh.address}`,
      suite: SUITE,
      status: 'passed',
      durationMs: Date.now() - t0,
    });
  } catch (err) {
    const message = getErrorMessage(err);
    return fail('ssh', `SSH to ${ssh.address}`, t0, {
      file: ACTION_FILE,
      line: 1,
      level: 'failure',
      title: `trunk-vm: SSH to server ${settings.vm.serverName} never became ready`,
      message,
      details:
        err instanceof SshNotReadyError
          ? `Check the image's login user (ssh-user: ${settings.sshUser}), the security group rules (tcp/22) and the console log of ${settings.vm.serverName}.`
          : undefined,
      rule: 'trunk-vm/ssh',
      caseId: 'ssh',
    });
  }
  const o = settings.overcloud;
  if (o === undefined || deps.signal?.aborted) return { success: true, headline: '', findings: [] };

  const t1 = Date.now();
  const caseName = `overcloud ${o.profile} stacked in ${settings.vm.serverName}`;
  try {
    const workspace = deps.workspace ?? process.cwd();
    const fragments = [
      ...(o.localConfFile ? [readFragmentFile(workspace, o.localConfFile, 'overcloud-local-conf-file')] : []),
      ...(o.localConf ? [{ text: o.localConf, file: 'input:overcloud-local-conf' }] : []),
    ];
    const adminPassword = o.adminPassword ?? cloudPassword(settings.cloud, settings.cloudsYaml, workspace);
    logger.addSecret(adminPassword);
    const outcome = await stackOvercloud(
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
    await results.addCase({
      id: 'overcloud',
      name: caseName,
      suite: SUITE,
      status: outcome.success ? 'passed' : 'failed',
      durationMs: Date.now() - t1,
      message: outcome.success ? undefined : outcome.headline,
      details: outcome.tail.length > 0 ? outcome.tail.join('\n') : undefined,
    });
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
  } catch (err) {
    const isConfig = err instanceof ConfigurationError;
    return fail('overcloud', caseName, t1, {
      file: ACTION_FILE,
      line: 1,
      level: 'failure',
      title: isConfig ? `trunk-vm: input '${err.input ?? 'unknown'}'` : 'trunk-vm: overcloud failed',
      message: getErrorMessage(err).split('\n')[0] ?? 'overcloud failed',
      details: getErrorMessage(err).includes('\n') ? getErrorMessage(err) : undefined,
      rule: isConfig ? 'trunk-vm/configuration' : 'trunk-vm/overcloud',
      caseId: 'overcloud',
    });
  }
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
  deps: { client: OpenStackClient; logger: Logger; toolVersion: string },
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
  const t0 = Date.now();
  try {
    await downTrunkVm(ledger, { client: deps.client, logger: deps.logger });
    await results?.addCase({
      id: 'teardown',
      name: 'tear down',
      suite: SUITE,
      status: 'passed',
      durationMs: Date.now() - t0,
    });
    return `torn down: ${ours.length} resource(s)`;
  } catch (err) {
    await results?.addCase({
      id: 'teardown',
      name: 'tear down',
      suite: SUITE,
      status: 'failed',
      durationMs: Date.now() - t0,
      message: getErrorMessage(err).split('\n')[0],
      details: getErrorMessage(err),
    });
    throw err;
  } finally {
    await results?.finish();
  }
}
