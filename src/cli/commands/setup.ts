/**
 * `kdf setup`: setup-devstack's steps outside Actions, with the same settings (flags named like the action's inputs).
 * `kdf setup --post` runs the post step (diagnostics, NAT rule removal, lock release, clean) from the saved state.
 */
import { kdfEnv, kdfEnvName } from '../../runtime/env.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessCommandRunner } from '../../runtime/process-runner.js';
import { ConsoleLogger } from '../../runtime/console-logger.js';
import { Inputs, recordInputSource } from '../../runtime/inputs.js';
import { defaultMasker } from '../../runtime/secrets.js';
import { pullRequestContext } from '../../devstack/setup/fork.js';
import { runSetupPost } from '../../devstack/setup/post.js';
import { runSetup } from '../../devstack/setup/run.js';
import { SETUP_DEVSTACK } from '../../stages/definitions.js';
import { parseCommandArgs } from '../args.js';
import { prepareOutDir } from '../out-dir.js';
import { EXIT, type CliIo } from '../io.js';

/** The action's inputs, each a flag of the same name (the stage contract, src/stages/definitions.ts). */
const INPUTS = SETUP_DEVSTACK.inputs;

export const SETUP_HELP = `Usage: kdf setup [--INPUT VALUE]... [--state-dir DIR] [--post]

Runs setup-devstack on this host (needs passwordless sudo; stack.sh runs as the stack user).
Every action input is a flag: ${INPUTS.map((i) => `--${i}`).join(' ')}.
Booleans take true/false (e.g. --dry-run true). ${kdfEnvName('adminPassword')} also sets the admin password.

  --state-dir DIR   where results, state and the post step's inputs live (default .kdf/setup; created if missing)
  --post            run the post step: diagnostics bundle, NAT rule removed, lock released, clean

Exit codes: 0 stacked, 1 stack.sh failed, 2 configuration error, 3 refused by preflight.`;

const OPTIONS = {
  ...Object.fromEntries(INPUTS.map((i) => [i, { type: 'string' as const }])),
  'state-dir': { type: 'string' as const },
  post: { type: 'boolean' as const },
  help: { type: 'boolean' as const, short: 'h' },
};

/** Runs `kdf setup`; returns the exit code. */
export async function setupCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('setup', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(SETUP_HELP + '\n');
    return EXIT.ok;
  }
  const stateDir = prepareOutDir((values['state-dir'] as string | undefined) ?? '.kdf/setup', '--state-dir', io.cwd);
  const statePath = join(stateDir, 'state.json');
  const logger = new ConsoleLogger({ stream: io.stderr });
  const runner = new ProcessCommandRunner({ masker: defaultMasker });
  const etcDir = kdfEnv('etcDir', io.env) ?? '/etc';
  const lockDir = kdfEnv('lockDir', io.env) ?? tmpdir();
  if (values.post) {
    const state = existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as Record<string, string>) : {};
    await runSetupPost({ runner, logger, getState: (n) => state[n] ?? '', etcDir, lockOwnerPid: process.ppid });
    return EXIT.ok;
  }
  const given: Record<string, string | undefined> = {};
  const all = values as Record<string, unknown>;
  for (const i of INPUTS) given[i] = all[i] as string | undefined;
  given['admin-password'] ??= kdfEnv('adminPassword', io.env);
  const settings = SETUP_DEVSTACK.readSettings(new Inputs(recordInputSource(given)), {
    workspace: io.cwd,
    env: io.env,
  });
  const state: Record<string, string> = {};
  const result = await runSetup(settings, {
    runner,
    logger,
    workspace: io.cwd,
    resultsPath: join(stateDir, 'setup-devstack.json'),
    lockDir,
    etcDir,
    osReleasePath: kdfEnv('osRelease', io.env),
    pr: pullRequestContext('', {}),
    lockOwnerPid: process.ppid,
    saveState: (name, value) => {
      state[name] = value;
      writeFileSync(statePath, JSON.stringify(state, null, 2), { mode: 0o600 });
    },
  });
  io.stdout.write(`${result.success ? 'ok' : 'FAILED'}: ${result.headline}\n`);
  for (const [k, v] of Object.entries(result.outputs)) io.stdout.write(`${k}=${v}\n`);
  return result.success ? EXIT.ok : EXIT.findings;
}
