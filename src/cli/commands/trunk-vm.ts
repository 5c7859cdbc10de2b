/**
 * `kdf trunk-vm up|down`: actions/trunk-vm outside Actions, with the same settings (flags named like the action's
 * inputs). `up` keeps the teardown ledger, the private key and the results in --state-dir; `down` tears down from
 * that ledger (honouring --keep true).
 */
import { resolve, join } from 'node:path';
import { OpenStackClient } from '../../openstack/client.js';
import { runTrunkVmAction, runTrunkVmPost, trunkVmLedgerPath } from '../../openstack/trunk-vm-action.js';
import { readTrunkVmSettings } from '../../openstack/trunk-vm-settings.js';
import { ProcessCommandRunner } from '../../runtime/command.js';
import { ConsoleLogger } from '../../runtime/console-logger.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { Inputs, recordInputSource } from '../../runtime/inputs.js';
import { defaultMasker } from '../../runtime/secrets.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type CliIo } from '../io.js';
import { VERSION } from '../version.js';

const INPUTS = [
  'os-cloud',
  'clouds-yaml',
  'image',
  'image-url',
  'flavor',
  'network',
  'external-network',
  'port-name',
  'trunk-name',
  'server-name',
  'key-name',
  'ssh-user',
  'subports',
  'security-rules',
  'boot-timeout-minutes',
  'overcloud',
  'overcloud-profile',
  'overcloud-local-conf',
  'keep',
  'reuse',
] as const;

export const TRUNK_VM_HELP = `Usage: kdf trunk-vm up|down [--INPUT VALUE]... [--state-dir DIR] [--prefix-netns NAME]

Creates (up) or deletes (down) the nested trunk VM of field guide §5 with the openstack CLI.
Every action input is a flag: ${INPUTS.map((i) => `--${i}`).join(' ')}.
Booleans take true/false (e.g. --reuse true). 'down' needs only --os-cloud/--clouds-yaml (and --keep).

  --state-dir DIR       where the teardown ledger, the private key and trunk-vm.json live (default .kdf/trunk-vm)
  --prefix-netns NAME   run openstack inside this network namespace (ip netns exec NAME; env KDF_OPENSTACK_NETNS)

Exit codes: 0 done, 1 the VM failed (finding in trunk-vm.json; created resources torn down), 2 configuration error.`;

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
      `kdf trunk-vm: expected 'up' or 'down' (got '${positionals.join(' ')}'). Run 'kdf trunk-vm --help' for usage.`,
      'trunk-vm',
    );
  }
  const all = values as Record<string, unknown>;
  const given: Record<string, string | undefined> = {};
  for (const i of INPUTS) given[i] = all[i] as string | undefined;
  const inputs = new Inputs(recordInputSource(given));
  const stateDir = resolve(io.cwd, (values['state-dir'] as string | undefined) ?? '.kdf/trunk-vm');
  const netns = (values['prefix-netns'] as string | undefined) ?? io.env.KDF_OPENSTACK_NETNS;
  if (netns !== undefined && !/^[A-Za-z0-9_.-]+$/.test(netns)) {
    throw new ConfigurationError(`--prefix-netns must be a namespace name (got '${netns}').`, 'prefix-netns');
  }
  const logger = new ConsoleLogger({ stream: io.stderr });
  const clientFor = (cloud: string, cloudsYaml: string | undefined): OpenStackClient =>
    new OpenStackClient({
      runner: new ProcessCommandRunner({ masker: defaultMasker }),
      cloud,
      cloudsYaml,
      prefix: netns ? ['ip', 'netns', 'exec', netns] : undefined,
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
  const settings = readTrunkVmSettings(inputs);
  const outcome = await runTrunkVmAction(settings, {
    client: clientFor(settings.cloud, settings.cloudsYaml),
    logger,
    resultsPath,
    workDir: stateDir,
    toolVersion: VERSION,
  });
  io.stdout.write(`${outcome.success ? 'ok' : 'FAILED'}: ${outcome.headline}\n`);
  for (const [k, v] of Object.entries(outcome.outputs)) io.stdout.write(`${k}=${v}\n`);
  return outcome.success ? EXIT.ok : EXIT.findings;
}
