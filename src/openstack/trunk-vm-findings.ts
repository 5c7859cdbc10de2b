/**
 * The findings of actions/trunk-vm's failed steps: what failed, on which resource, and what to check. They point at
 * the action's file (line 1); a configuration error is titled by the input it names.
 */
import { CancelledError } from '../runtime/cancel.js';
import { ConfigurationError, getErrorMessage } from '../runtime/errors.js';
import type { Finding } from '../results/model.js';
import { configurationFinding } from '../results/step.js';
import { OpenStackError } from './errors.js';
import { SshNotReadyError } from './ssh.js';
import type { TrunkVmActionSettings } from './trunk-vm-settings.js';

/** The file the action's findings point at. */
const ACTION_FILE = 'actions/trunk-vm/action.yml';

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
    return { ...configurationFinding(err, ACTION_FILE, 'trunk-vm', 'trunk-vm/configuration'), caseId: 'up' };
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

/** SSH never became ready on the VM. */
export function sshFinding(err: unknown, settings: TrunkVmActionSettings): Finding {
  return {
    file: ACTION_FILE,
    line: 1,
    level: 'failure',
    title: `trunk-vm: SSH to server ${settings.vm.serverName} never became ready`,
    message: getErrorMessage(err),
    details:
      err instanceof SshNotReadyError
        ? `Check the image's login user (ssh-user: ${settings.sshUser}), the security group rules (tcp/22) and the console log of ${settings.vm.serverName}.`
        : undefined,
    rule: 'trunk-vm/ssh',
    caseId: 'ssh',
  };
}

/** The overcloud could not be stacked (a bad input, or an error before stack.sh's own verdict). */
export function overcloudFinding(err: unknown): Finding {
  const message = getErrorMessage(err);
  const isConfig = err instanceof ConfigurationError;
  return {
    file: ACTION_FILE,
    line: 1,
    level: 'failure',
    title: isConfig ? `trunk-vm: input '${err.input ?? 'unknown'}'` : 'trunk-vm: overcloud failed',
    message: message.split('\n')[0] ?? 'overcloud failed',
    details: message.includes('\n') ? message : undefined,
    rule: isConfig ? 'trunk-vm/configuration' : 'trunk-vm/overcloud',
    caseId: 'overcloud',
  };
}
