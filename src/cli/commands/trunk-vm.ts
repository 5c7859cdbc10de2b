/**
 * `kdf trunk-vm up|down`: actions/trunk-vm outside Actions, with the same settings (flags named like the action's
 * inputs). `up` keeps the teardown ledger, the private key and the results in --state-dir; `down` tears down from
 * that ledger (honouring --keep true).
 */
import { kdfEnv, kdfEnvName } from '../../runtime/env.js';
import { resolve, join } from 'node:path';
import type { OpenStackApi } from '../../openstack/api.js';
import { connectOpenStack } from '../../openstack/connect.js';
import { runTrunkVmAction, runTrunkVmPost, trunkVmLedgerPath } from '../../openstack/trunk-vm-action.js';
import { abortOnSignals } from '../../runtime/cancel.js';
import { ProcessCommandRunner } from '../../runtime/process-runner.js';
import { inNetns } from '../../runtime/netns-runner.js';
import { ConsoleLogger } from '../../runtime/console-logger.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { Inputs, recordInputSource } from '../../runtime/inputs.js';
import { defaultMasker } from '../../runtime/secrets.js';
import { TRUNK_VM } from '../../stages/definitions.js';
import { parseCommandArgs } from '../args.js';
import { prepareOutDir } from '../out-dir.js';
import { EXIT, type CliIo } from '../io.js';
import { VERSION } from '../../runtime/version.js';

/** The action's inputs, each a flag of the same name (the stage contract, src/stages/definitions.ts). */
const INPUTS = TRUNK_VM.inputs;

export const TRUNK_VM_HELP = `Usage: kdf trunk-vm up|down [--INPUT VALUE]... [--state-dir DIR] [--prefix-netns NAME]

Creates (up) or deletes (down) the nested trunk VM (docs/nested-topology.md#trunk-vm-procedure) with the openstack CLI.
Every action input is a flag: ${INPUTS.map((i) => `--${i}`).join(' ')}.
Booleans take true/false (e.g. --reuse true). 'down' needs only --os-cloud/--clouds-yaml (and --keep).

  --state-dir DIR       where the teardown ledger, the private key and trunk-vm.json live (default .kdf/trunk-vm;
                        created by up if missing)
  --prefix-netns NAME   run openstack, ssh and scp inside this network namespace (ip netns exec NAME; env
                        ${kdfEnvName('openstackNetns')}), e.g. the sandbox's, where the floating IPs are reachable

Exit codes: 0 done, 1 the VM, SSH or the overcloud failed (finding in trunk-vm.json; a failed boot tears down
what it created, otherwise run 'down'), 2 configuration error, 130 cancelled by SIGINT/SIGTERM ('up' stops at its
next step and deletes what it created, as 'down' does; trunk-vm.json records the cancellation).`;

const OPTIONS = {
  ...Object.fromEntries(INPUTS.map((i) => [i, { type: 'string' as const }])),
  'state-dir': { type: 'string' as const },
  'prefix-netns': { type: 'string' as const },
  help: { type: 'boolean' as const, short: 'h' },
};

/** Runs `kdf trunk-vm`; returns the exit code. */
export async function trunkVmCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('trunk-vm', argv, OPTIONS, true);
  if (values.help) {
    io.stdout.write(TRUNK_VM_HELP + '\n');
    return EXIT.ok;
  }
  const [verb, ...extra] = positionals;
  if ((verb !== 'up' && verb !== 'down') || extra.length > 0) {
    throw new ConfigurationError(
      `expected 'up' or 'down' (got '${positionals.join(' ')}'). Run 'kdf trunk-vm --help' for usage.`,
      'trunk-vm',
    );
  }
  const all = values as Record<string, unknown>;
  const given: Record<string, string | undefined> = {};
  for (const i of INPUTS) given[i] = all[i] as string | undefined;
  const inputs = new Inputs(recordInputSource(given));
  const stateFlag = (values['state-dir'] as string | undefined) ?? '.kdf/trunk-vm';
  const stateDir = resolve(io.cwd, stateFlag);
  const netns = (values['prefix-netns'] as string | undefined) ?? kdfEnv('openstackNetns', io.env);
  if (netns !== undefined && !/^[A-Za-z0-9_.-]+$/.test(netns)) {
    throw new ConfigurationError(`--prefix-netns must be a namespace name (got '${netns}').`, 'prefix-netns');
  }
  const logger = new ConsoleLogger({ stream: io.stderr });
  const local = new ProcessCommandRunner({ masker: defaultMasker });
  const clientFor = (cloud: string, cloudsYaml: string | undefined): OpenStackApi =>
    connectOpenStack({
      runner: new ProcessCommandRunner({ masker: defaultMasker }),
      netns,
      cloud,
      cloudsYaml,
      env: io.env,
      cwd: io.cwd,
      logger,
      masker: defaultMasker,
    });
  const resultsPath = join(stateDir, 'trunk-vm.json');
  if (verb === 'down') {
    const line = await runTrunkVmPost(
      { ledgerPath: trunkVmLedgerPath(stateDir), keep: inputs.getBooleanInput('keep', false), resultsPath },
      {
        client: clientFor(inputs.getOptionalInput('os-cloud', 'devstack'), inputs.getOptionalInput('clouds-yaml')),
        logger,
        toolVersion: VERSION,
      },
    );
    io.stdout.write(`ok: ${line}\n`);
    return EXIT.ok;
  }
  const settings = TRUNK_VM.readSettings(inputs, { workspace: io.cwd, env: io.env });
  // up writes the ledger, the key and the results there (down only reads what up left): checked once the
  // settings are, so a bad input leaves nothing behind
  prepareOutDir(stateFlag, '--state-dir', io.cwd);
  // SIGINT/SIGTERM: up stops at its next step and deletes what the ledger holds, as 'down' would
  const cancel = abortOnSignals();
  try {
    const outcome = await runTrunkVmAction(settings, {
      client: clientFor(settings.cloud, settings.cloudsYaml),
      logger,
      runner: local,
      sshRunner: inNetns(local, netns),
      workspace: io.cwd,
      resultsPath,
      workDir: stateDir,
      toolVersion: VERSION,
      signal: cancel.signal,
    });
    io.stdout.write(`${outcome.success ? 'ok' : outcome.cancelled ? 'CANCELLED' : 'FAILED'}: ${outcome.headline}\n`);
    for (const [k, v] of Object.entries(outcome.outputs)) io.stdout.write(`${k}=${v}\n`);
    if (outcome.cancelled) return EXIT.cancelled;
    return outcome.success ? EXIT.ok : EXIT.findings;
  } finally {
    cancel.dispose();
  }
}
