/**
 * setup-devstack's post step: the diagnostics bundle (field guide §4.4, §8), the NAT rule removed, the host lock
 * released, and unstack/clean per the `clean` input. Every collector is best effort: a missing tool is noted in the
 * bundle's index, never fatal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandRunner } from '../../runtime/command.js';
import type { Logger } from '../../runtime/logger.js';
import { SecretMasker } from '../../runtime/secrets.js';
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

/** Redacts `*PASSWORD*`/`SERVICE_TOKEN`/secret values in a local.conf, and any registered secret. */
export function redactLocalConf(text: string, masker: SecretMasker): string {
  return masker.mask(text).replace(/^(\s*[A-Z_]*(?:PASSWORD|TOKEN|SECRET)[A-Z_]*\s*\+?=).*$/gm, '$1***');
}

export interface DiagnosticsOptions {
  runner: CommandRunner;
  logger: Logger;
  etcDir: string;
  dest: string;
  logDir: string;
  stackUser: string;
  masker: SecretMasker;
  bundle: string;
  /** The local.conf to include, redacted. */
  localConf?: string;
}

/** Collects the diagnostics bundle into `o.bundle` (an INDEX.txt says what was and was not collected). */
export async function collectDiagnostics(o: DiagnosticsOptions): Promise<void> {
  const { runner, logger, masker, bundle } = o;
  await logger.group('Diagnostics', async () => {
    mkdirSync(bundle, { recursive: true });
    const index: string[] = [];
    for (const c of collectors(o.dest, o.logDir, o.etcDir)) {
      const [command, args] = c.asStackUser
        ? ['sudo', ['-n', '-u', o.stackUser, '--', c.command, ...c.args]]
        : [c.command, c.args];
      try {
        const r = await runner.run(command, args, {
          timeoutMs: 60_000,
          allowedExitCodes: [0],
          maxBufferBytes: 64 * 1024 * 1024,
        });
        writeFileSync(join(bundle, c.file), masker.mask(r.stdout));
        index.push(`${c.file}: ok`);
      } catch (err) {
        index.push(`${c.file}: not collected (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
      }
    }
    if (o.localConf) {
      try {
        const r = await runner.run('sudo', ['-n', 'cat', o.localConf], { timeoutMs: 30_000 });
        writeFileSync(join(bundle, 'local.conf.redacted'), redactLocalConf(r.stdout, masker));
        index.push('local.conf.redacted: ok');
      } catch (err) {
        index.push(`local.conf.redacted: not collected (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    writeFileSync(join(bundle, 'INDEX.txt'), index.join('\n') + '\n');
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
