/**
 * setup-devstack's post step: the diagnostics bundle (docs/devstack-operations.md#logs, docs/dragonflow.md), the NAT
 * rule removed, the host lock released, and unstack/clean per the `clean` input. Every collector is best effort: a
 * missing tool is noted in the bundle's index, never fatal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandRunner } from '../../runtime/command.js';
import type { Logger } from '../../runtime/logger.js';
import { SecretMasker } from '../../runtime/secrets.js';
import { cloudsYamlSecrets, redactText, secretValuesIn } from './redact.js';
import { releaseHostLock } from './lock.js';
import { STATE } from './run.js';

export interface PostEnvironment {
  runner: CommandRunner;
  logger: Logger;
  getState: (name: string) => string;
  /** Where the bundle goes (default: `<log-dir>/kdf-diagnostics`; keep it outside DEST when cleaning). */
  bundleDir?: string;
  etcDir: string;
  /** The pid that owns the host lock (as given to runSetup). */
  lockOwnerPid?: number;
}

interface Collector {
  file: string;
  command: string;
  args: string[];
  asStackUser?: boolean;
}

/** The diagnostics collected from a DevStack + Dragonflow + Kuryr host. */
export function collectors(dest: string, logDir: string, etcDir: string): Collector[] {
  return [
    { file: 'devstack-logs.txt', command: 'ls', args: ['-la', logDir] },
    { file: 'stack.sh.log', command: 'cat', args: [join(logDir, 'stack.sh.log')] },
    { file: 'error.log', command: 'cat', args: [join(logDir, 'error.log')] },
    { file: 'worlddump-latest.txt', command: 'cat', args: [join(logDir, 'worlddump-latest.txt')] },
    {
      file: 'journal-devstack.txt',
      command: 'sudo',
      args: ['-n', 'journalctl', '-a', '--no-pager', '-o', 'short-precise', '--unit', 'devstack@*'],
    },
    { file: 'kuryr.conf', command: 'sudo', args: ['-n', 'cat', join(etcDir, 'kuryr', 'kuryr.conf')] },
    { file: 'dragonflow.ini', command: 'sudo', args: ['-n', 'cat', join(etcDir, 'neutron', 'dragonflow.ini')] },
    { file: 'ovs-vsctl-show.txt', command: 'sudo', args: ['-n', 'ovs-vsctl', 'show'] },
    {
      file: 'ovs-ofctl-br-int.txt',
      command: 'sudo',
      args: ['-n', 'ovs-ofctl', 'dump-flows', 'br-int', '-O', 'OpenFlow13'],
    },
    { file: 'df-db-dump.txt', command: 'df-db', args: ['dump'] },
    { file: 'devstack-version.txt', command: 'cat', args: [join(etcDir, 'devstack-version')] },
    { file: 'stackenv.txt', command: 'cat', args: [join(dest, 'devstack', '.stackenv')] },
  ];
}

/**
 * Redacts a local.conf: registered secrets, `*PASSWORD*`/`*_TOKEN`/`SERVICE_TOKEN`/`*SECRET*` assignments and URL
 * credentials (`mysql://root:PW@`).
 */
export function redactLocalConf(text: string, masker: SecretMasker): string {
  return redactText(text, masker);
}

export interface DiagnosticsOptions {
  runner: CommandRunner;
  logger: Logger;
  etcDir: string;
  dest: string;
  logDir: string;
  stackUser: string;
  /** The secrets the run knows; the values found in the host's files are added to it. */
  masker: SecretMasker;
  bundle: string;
  /** The local.conf to include, redacted. */
  localConf?: string;
}

/** One collected file, or why it was not collected. */
type Collected = { file: string; text: string } | { file: string; error: string };

const firstLine = (err: unknown): string => (err instanceof Error ? err.message.split('\n')[0] : String(err)) ?? '';

/** Runs every collector, keeping the output in memory: nothing is written before every secret is known. */
async function gather(o: DiagnosticsOptions): Promise<Collected[]> {
  const out: Collected[] = [];
  const opts = { timeoutMs: 60_000, allowedExitCodes: [0], maxBufferBytes: 64 * 1024 * 1024 };
  for (const c of collectors(o.dest, o.logDir, o.etcDir)) {
    const [command, args] = c.asStackUser
      ? ['sudo', ['-n', '-u', o.stackUser, '--', c.command, ...c.args]]
      : [c.command, c.args];
    try {
      out.push({ file: c.file, text: (await o.runner.run(command, args, opts)).stdout });
    } catch (err) {
      out.push({ file: c.file, error: firstLine(err) });
    }
  }
  if (o.localConf) {
    try {
      const r = await o.runner.run('sudo', ['-n', 'cat', o.localConf], { ...opts, timeoutMs: 30_000 });
      out.push({ file: 'local.conf.redacted', text: r.stdout });
    } catch (err) {
      out.push({ file: 'local.conf.redacted', error: firstLine(err) });
    }
  }
  return out;
}

/**
 * Registers with `masker` every secret value the host's files name: the collected files themselves (local.conf,
 * .stackenv, kuryr.conf, dragonflow.ini, log lines that assign one) and clouds.yaml, which is read for this only.
 */
async function learnSecrets(o: DiagnosticsOptions, collected: Collected[]): Promise<void> {
  for (const c of collected) if ('text' in c) secretValuesIn(c.text).forEach((v) => o.masker.add(v));
  try {
    const clouds = await o.runner.run('sudo', ['-n', 'cat', join(o.etcDir, 'openstack', 'clouds.yaml')], {
      timeoutMs: 30_000,
    });
    cloudsYamlSecrets(clouds.stdout).forEach((v) => o.masker.add(v));
  } catch {
    // no clouds.yaml (stack.sh never got that far): nothing to learn from it
  }
}

/**
 * Collects the diagnostics bundle into `o.bundle` (an INDEX.txt says what was and was not collected). Every file is
 * redacted (see redact.ts) before it is written: the bundle is uploaded as an artifact, which GitHub does not mask.
 */
export async function collectDiagnostics(o: DiagnosticsOptions): Promise<void> {
  const { logger, masker, bundle } = o;
  await logger.group('Diagnostics', async () => {
    mkdirSync(bundle, { recursive: true, mode: 0o700 });
    const collected = await gather(o);
    await learnSecrets(o, collected);
    const index: string[] = [];
    for (const c of collected) {
      if ('error' in c) {
        index.push(`${c.file}: not collected (${redactText(c.error, masker)})`);
        continue;
      }
      writeFileSync(join(bundle, c.file), redactText(c.text, masker), { mode: 0o600 });
      index.push(`${c.file}: ok`);
    }
    writeFileSync(join(bundle, 'INDEX.txt'), index.join('\n') + '\n', { mode: 0o600 });
    logger.info(
      `diagnostics in ${bundle}: ${index.filter((l) => l.endsWith(': ok')).length}/${index.length} collected`,
    );
  });
}

/** Runs the post step. Returns the bundle directory. Never throws. */
export async function runSetupPost(env: PostEnvironment): Promise<string | undefined> {
  const { runner, logger } = env;
  const dest = env.getState(STATE.dest);
  if (!dest) {
    logger.info('setup-devstack did not get far enough to change the host: nothing to collect or clean.');
    const lock = env.getState(STATE.lock);
    if (lock) releaseHostLock(lock, env.lockOwnerPid);
    return undefined;
  }
  const logDir = env.getState(STATE.logDir) || join(dest, 'logs');
  const user = env.getState(STATE.stackUser) || 'stack';
  const masker = new SecretMasker();
  for (const s of JSON.parse(env.getState(STATE.secrets) || '[]') as string[]) masker.add(s);
  const bundle = env.bundleDir ?? join(logDir, 'kdf-diagnostics');
  await collectDiagnostics({
    runner,
    logger,
    etcDir: env.etcDir,
    dest,
    logDir,
    stackUser: user,
    masker,
    bundle,
    localConf: env.getState(STATE.localConf),
  });
  const nat = env.getState(STATE.nat);
  if (nat) {
    try {
      const args = JSON.parse(nat) as string[];
      await runner.run('sudo', args, { timeoutMs: 30_000 });
      logger.info('NAT rule removed');
    } catch (err) {
      logger.warning(`could not remove the NAT rule: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const clean = env.getState(STATE.clean);
  if (clean === 'after' || clean === 'both') {
    await logger.group('Clean up (unstack.sh + clean.sh)', async () => {
      for (const script of ['unstack.sh', 'clean.sh']) {
        try {
          await runner.run('sudo', ['-n', '-u', user, '-H', '--', join(dest, 'devstack', script)], {
            cwd: join(dest, 'devstack'),
            timeoutMs: 20 * 60_000,
          });
        } catch (err) {
          logger.warning(`${script} failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        }
      }
    });
  }
  const lock = env.getState(STATE.lock);
  if (lock && releaseHostLock(lock, env.lockOwnerPid)) logger.info('host lock released');
  return bundle;
}
