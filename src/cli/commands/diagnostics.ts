/** `kdf diagnostics`: collect the DevStack/Dragonflow/Kuryr diagnostics bundle (what setup-devstack's post does). */
import { kdfEnv, kdfEnvName } from '../../runtime/env.js';
import { ProcessCommandRunner } from '../../runtime/process-runner.js';
import { ConsoleLogger } from '../../runtime/console-logger.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { SecretMasker } from '../../runtime/secrets.js';
import { checkAbsolutePath } from '../../devstack/options.js';
import { collectDiagnostics } from '../../devstack/setup/post.js';
import { parseCommandArgs } from '../args.js';
import { prepareOutDir } from '../out-dir.js';
import { EXIT, type CliIo } from '../io.js';

export const DIAGNOSTICS_HELP = `Usage: kdf diagnostics --out DIR [--dest /opt/stack] [--log-dir DIR] [--stack-user stack] [--secret VALUE]...

Collects DevStack logs, journal of devstack@* units, error.log, worlddump, redacted local.conf, kuryr.conf,
dragonflow.ini, ovs-vsctl show, br-int flows and df-db dump into DIR (INDEX.txt says what was missing).
DIR is created if missing (not a file, not under /proc or /sys); --dest and --log-dir are absolute paths.

Every file is redacted before it is written: the values of password/token/secret settings found in local.conf,
.stackenv, clouds.yaml and the configs, credentials in URLs, and every --secret VALUE. Secrets are better passed
in the environment variable ${kdfEnvName('secrets')} (one per line), which no other user can read from the process list.`;

const OPTIONS = {
  out: { type: 'string' },
  dest: { type: 'string' },
  'log-dir': { type: 'string' },
  'stack-user': { type: 'string' },
  secret: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `kdf diagnostics`; returns the exit code. */
export async function diagnosticsCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('diagnostics', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(DIAGNOSTICS_HELP + '\n');
    return EXIT.ok;
  }
  if (!values.out) throw new ConfigurationError('--out DIR is required.', '--out');
  const dest = checkAbsolutePath(values.dest ?? '/opt/stack', '--dest');
  // read as root on the DevStack host: relative to what the user's shell happened to be in is never meant
  const logDir = values['log-dir'] === undefined ? `${dest}/logs` : checkAbsolutePath(values['log-dir'], '--log-dir');
  const bundle = prepareOutDir(values.out, '--out', io.cwd);
  const masker = new SecretMasker();
  for (const s of values.secret ?? []) masker.add(s);
  for (const s of (kdfEnv('secrets', io.env) ?? '').split('\n')) masker.add(s.replace(/\r$/, ''));
  await collectDiagnostics({
    runner: new ProcessCommandRunner({ masker }),
    logger: new ConsoleLogger({ stream: io.stderr, masker }),
    etcDir: kdfEnv('etcDir', io.env) ?? '/etc',
    dest,
    logDir,
    stackUser: values['stack-user'] ?? 'stack',
    masker,
    bundle,
    localConf: `${dest}/devstack/local.conf`,
  });
  return EXIT.ok;
}
