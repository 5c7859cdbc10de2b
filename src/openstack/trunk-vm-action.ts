/**
 * actions/trunk-vm's orchestration, kept out of the adapter so it can be unit-tested: results file first (before any
 * network call), then {@link upTrunkVm}, then outputs; on failure a finding naming what failed, the resource and the
 * API's message. {@link runTrunkVmPost} is the post step: {@link downTrunkVm} from the ledger unless `keep`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Finding, TestCase } from '../results/model.js';
import { ResultsWriter } from '../results/writer.js';
import { ConfigurationError, getErrorMessage } from '../runtime/errors.js';
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
  /** The results JSON (stage `trunk-vm`); created before any network call. */
  resultsPath: string;
  /** Where the ledger (`ledger.json`) and the private key (`<key-name>.pem`) are written; created if missing. */
  workDir: string;
  toolVersion: string;
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
  if (settings.imageUrl !== undefined) {
    logger.warning(`image-url is not implemented yet: the image '${settings.vm.image}' must exist already`);
  }
  const t0 = Date.now();
  try {
    const result = await upTrunkVm({ ...settings.vm, sshKeyPath, ledgerPath }, { client: deps.client, logger });
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
    await results.finish();
    Object.assign(outputs, {
      'server-id': result.serverId,
      'floating-ip': result.floatingIp,
      'trunk-id': result.trunkId,
      'parent-port-id': result.parentPortId,
      'worker-subnet-id': result.workerSubnetId,
      'ssh-key-path': result.sshKeyPath,
    });
    return {
      success: true,
      headline: `trunk VM ${settings.vm.serverName} up: ${result.floatingIp} (server ${result.serverId})`,
      outputs,
      ledgerPath,
      findings: [],
      result,
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
    return { success: false, headline: finding.message, outputs, ledgerPath, findings: [finding] };
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
