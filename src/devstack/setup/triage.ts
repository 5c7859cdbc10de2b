/**
 * Failure triage: turns what stack.sh printed (and whether the plugins really got cloned) into findings that
 * point at the line that caused the failure — the user's local.conf fragment when the failing line came from it,
 * otherwise the DevStack or plugin file DevStack named — plus a short explanation for the job summary.
 */
import type { Finding } from '../../results/model.js';
import type { Origin } from '../localconf/model.js';
import { passwordVariableOfBanner, type StackOutcome } from '../stack/output.js';

export interface TriageInput {
  outcome: StackOutcome;
  exitCode: number | null;
  timedOut: boolean;
  cancelled: boolean;
  timeoutMinutes: number;
  /** The local.conf path on the host and, per line, where the line came from (for user fragments). */
  localConfPath: string;
  origins: (Origin | undefined)[];
  /** Plugins whose `devstack/plugin.sh` is missing after the run (silently skipped by DevStack). */
  skippedPlugins: string[];
  /** The DevStack checkout, to shorten paths in messages. */
  devstackDir: string;
}

export interface Triage {
  success: boolean;
  /** One sentence: what happened. */
  headline: string;
  findings: Finding[];
  /** The last meaningful lines, for the summary. */
  tail: string[];
}

type Location = { file: string; line: number };

const at = (file: string, line: number | undefined): Location => ({ file, line: line ?? 1 });

/** One finding per `[ERROR]` DevStack printed, at the file and line it named, with the call trace. */
function errorFindings(o: StackOutcome): Finding[] {
  return o.errors.map((e) => {
    const trace = e.callTrace.map((f) => `${f.file}:${f.line}:${f.func}`).join('\n');
    return {
      ...at(e.file, e.line),
      level: 'failure',
      title: 'stack.sh: [ERROR]',
      message: e.message || '(DevStack gave no message)',
      details: trace ? `[Call Trace]\n${trace}` : undefined,
      rule: 'stack-error',
    };
  });
}

/** Findings on local.conf for what stopped the run before it began: skipped plugins, a password prompt, refusals. */
function refusalFindings(o: StackOutcome, skippedPlugins: string[], localConf: Location): Finding[] {
  const findings: Finding[] = skippedPlugins.map((plugin) => ({
    ...localConf,
    level: 'failure',
    title: `plugin ${plugin} was silently skipped`,
    message: `DevStack found no devstack/plugin.sh in ${plugin} after cloning, so it ran nothing from it (an empty or wrong ref: the kuryr-kubernetes master branch is empty). Pin the plugin to the release train's ref.`,
    rule: 'plugin-skipped',
  }));
  if (o.passwordPrompt) {
    const variable = passwordVariableOfBanner(o.passwordPrompt) ?? 'a password';
    findings.push({
      ...localConf,
      level: 'failure',
      title: `stack.sh asked for ${variable}`,
      message: `stack.sh prompted "${o.passwordPrompt}" because ${variable} is not set; in CI it would wait forever. Set ${variable} (alphanumeric) in local.conf or the admin-password input.`,
      rule: 'password-prompt',
    });
  }
  if (o.distroRefused) {
    findings.push({
      ...localConf,
      level: 'failure',
      title: 'stack.sh refused the distro',
      message: `DevStack has not been tested on ${o.distroRefused} and refused to run. Use a distro of the release train or force-distro (FORCE=yes).`,
      rule: 'distro-refused',
    });
  }
  if (o.rootRefused) {
    findings.push({
      ...localConf,
      level: 'failure',
      title: 'stack.sh refused to run as root',
      message: 'stack.sh must run as a non-root user with passwordless sudo (the stack-user input).',
      rule: 'root-refused',
    });
  }
  return findings;
}

/**
 * The finding for a run that stopped without saying why: a failure inside a function prints no `stack.sh failed`
 * and no [ERROR] (docs/devstack-operations.md#console-output). bash's own error line (`file: line N: …: command not
 * found`) is the most precise place; else the last xtrace line is where the run stopped.
 */
function silentFailureFinding(t: TriageInput, localConf: Location): Finding {
  const o = t.outcome;
  const bashError = o.bashErrors.at(-1);
  const where = bashError
    ? { file: bashError.file, line: bashError.line, func: '', command: bashError.message }
    : o.lastTrace;
  const reason = t.timedOut
    ? `stack.sh did not finish within ${t.timeoutMinutes} minutes and was stopped`
    : t.cancelled
      ? 'the job was cancelled while stack.sh ran'
      : `stack.sh exited with ${t.exitCode ?? 'a signal'}${o.stackFailed ? ` (${o.stackFailed})` : ''}`;
  return {
    ...(where ? at(where.file, where.line) : localConf),
    level: 'failure',
    title: t.timedOut ? 'stack.sh timed out' : t.cancelled ? 'stack.sh cancelled' : 'stack.sh failed',
    message: bashError
      ? `${reason}; bash: ${bashError.message}`
      : where
        ? `${reason}; last command: ${where.command} (in ${where.func || 'main'})`
        : reason,
    details: o.tail.slice(-20).join('\n'),
    rule: t.timedOut ? 'stack-timeout' : t.cancelled ? 'stack-cancelled' : 'stack-failed',
  };
}

/**
 * Classifies a finished (or stopped) stack.sh run. Success requires exit code 0, the `stack.sh completed` line
 * and every plugin present (docs/release-trains.md#pinning-plugins, docs/devstack-operations.md#console-output).
 */
export function triageStackRun(t: TriageInput): Triage {
  const o = t.outcome;
  const localConf = at(t.localConfPath, 1);
  const findings = [...errorFindings(o), ...refusalFindings(o, t.skippedPlugins, localConf)];
  const completed = o.completed && t.exitCode === 0;
  if (!completed && o.errors.length === 0 && !o.passwordPrompt && !o.distroRefused && !o.rootRefused) {
    findings.push(silentFailureFinding(t, localConf));
  }
  for (const f of findings) mapToOrigin(f, t);
  const success = completed && t.skippedPlugins.length === 0;
  const first = findings[0];
  const headline = success
    ? `stack.sh completed in ${o.completedSeconds ?? '?'} seconds`
    : first
      ? `${first.title}: ${first.message}`
      : 'stack.sh did not complete';
  return { success, headline, findings, tail: o.tail };
}

/** A finding on the generated local.conf whose line came from the user's fragment moves to that fragment line. */
function mapToOrigin(f: Finding, t: TriageInput): void {
  if (f.file !== t.localConfPath) return;
  const origin = t.origins[f.line - 1];
  if (!origin) return;
  f.file = origin.file;
  f.line = origin.line;
}
