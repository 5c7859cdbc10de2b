/** `kdf`: the toolkit's library behind a command line. Dispatches subcommands and maps errors to exit codes. */
import { ConfigurationError, RefusedCombinationError } from '../runtime/errors.js';
import { connectivityCommand, CONNECTIVITY_HELP } from './commands/connectivity.js';
import { diagnosticsCommand, DIAGNOSTICS_HELP } from './commands/diagnostics.js';
import { lintCommand, LINT_HELP } from './commands/lint.js';
import { planCommand, PLAN_HELP } from './commands/plan.js';
import { publishCommand, PUBLISH_HELP } from './commands/publish.js';
import { sandboxCommand, SANDBOX_HELP } from './commands/sandbox.js';
import { setupCommand, SETUP_HELP } from './commands/setup.js';
import { trunkVmCommand, TRUNK_VM_HELP } from './commands/trunk-vm.js';
import { EXIT, type CliIo } from './io.js';
import { VERSION } from '../runtime/version.js';

const HELP = `kdf ${VERSION}: DevStack + Dragonflow + Kuryr-Kubernetes, planned, linted and tested

Usage: kdf <command> [options]

Commands:
  plan     write the exact local.conf and plan.json for a profile and release train
  lint     check local.conf files for everything DevStack would misread
  publish  publish results (JSON, JUnit, subunit) as a check run; --dry-run writes the requests
  sandbox  the embedded sandbox cloud: up, status, exec, down, fault (root; see sandbox/README.md)
  setup    stand up DevStack on this host (setup-devstack outside Actions); --post cleans up
  diagnostics  collect the DevStack/Dragonflow/Kuryr diagnostics bundle
  trunk-vm  create (up) or delete (down) the nested trunk VM on a DevStack cloud
  connectivity  run connectivity suites (pods, services, nested VLANs) against a Kuryr cluster
  version  print the version

Run 'kdf <command> --help' for a command's options.`;

const COMMANDS: Record<string, { run: (argv: string[], io: CliIo) => Promise<number>; help: string }> = {
  plan: { run: planCommand, help: PLAN_HELP },
  lint: { run: lintCommand, help: LINT_HELP },
  publish: { run: publishCommand, help: PUBLISH_HELP },
  sandbox: { run: sandboxCommand, help: SANDBOX_HELP },
  setup: { run: setupCommand, help: SETUP_HELP },
  diagnostics: { run: diagnosticsCommand, help: DIAGNOSTICS_HELP },
  'trunk-vm': { run: trunkVmCommand, help: TRUNK_VM_HELP },
  connectivity: { run: connectivityCommand, help: CONNECTIVITY_HELP },
};

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.stdout.write(HELP + '\n');
    return command ? EXIT.ok : EXIT.configuration;
  }
  if (command === 'version' || command === '--version') {
    io.stdout.write(VERSION + '\n');
    return EXIT.ok;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.stderr.write(`kdf: unknown command '${command}'. Commands: ${Object.keys(COMMANDS).join(', ')}, version.\n`);
    return EXIT.configuration;
  }
  try {
    return await entry.run(rest, io);
  } catch (err) {
    if (err instanceof ConfigurationError) {
      io.stderr.write(`kdf ${command}: error: ${err.message}\n`);
      return EXIT.configuration;
    }
    if (err instanceof RefusedCombinationError) {
      io.stderr.write(`kdf ${command}: refused:\n${err.reasons.map((r) => `  ${r}`).join('\n')}\n`);
      return EXIT.refused;
    }
    io.stderr.write(
      `kdf ${command}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return EXIT.internal;
  }
}
