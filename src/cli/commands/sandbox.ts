/** `kdf sandbox up|down|status|exec|fault`: the embedded sandbox cloud (a real OpenStack control plane in a namespace). */
import { kdfEnv, kdfEnvName } from '../../runtime/env.js';
import { dirname, join } from 'node:path';

import { ANY_EXIT_CODE, type CommandRunner } from '../../runtime/command.js';
import { ProcessCommandRunner } from '../../runtime/process-runner.js';
import { ConsoleLogger } from '../../runtime/console-logger.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { SecretMasker } from '../../runtime/secrets.js';
import { OPTIONAL_SERVICES, type OptionalService } from '../../sandbox/config.js';
import { sandboxDown } from '../../sandbox/down.js';
import { SandboxServiceError } from '../../sandbox/errors.js';
import { sandboxCommandRunner } from '../../sandbox/exec.js';
import { sandboxLayout, type SandboxLayout } from '../../sandbox/layout.js';
import { isValidNamespaceName } from '../../sandbox/netns.js';
import { readState } from '../../sandbox/state.js';
import { formatStatus, sandboxStatus } from '../../sandbox/status.js';
import { sandboxUp } from '../../sandbox/up.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type CliIo } from '../io.js';

export const SANDBOX_HELP = `Usage: kdf sandbox <up|down|status|exec|fault> [options]

The embedded sandbox: Keystone, Neutron (ML2, router, trunk), Nova (fake driver), Placement, Glance, Octavia
(no-op amphora), MariaDB and RabbitMQ from the distribution's packages, in network namespace kdf-sbx, with
DevStack's users, clouds.yaml, networks, router, subnet pool, flavors and image. Needs root and
scripts/install-sandbox-packages.sh. See sandbox/README.md for what is real and what is emulated.

  kdf sandbox up [--kuryr-defaults] [--without octavia] [--admin-password PW]
      bring the cloud up, or converge a running one (idempotent); prints the timings
  kdf sandbox status [--json]
      each service: healthy / unhealthy / stopped, with its URL (exit 1 unless all are healthy)
  kdf sandbox down [--wipe]
      stop every process, delete the namespace; --wipe also deletes configs, databases and logs
  kdf sandbox exec -- CMD [ARGS...]
      run CMD inside the namespace with OS_CLIENT_CONFIG_FILE set (OS_CLOUD defaults to devstack-admin)
  kdf sandbox fault <kind> [ARGS...] [--cluster NAME]
      inject a fault into the kube sandbox (sandbox/kuryr/README.md), recorded so that 'clear' undoes it:
        drop-pod NS/POD                  DROP every packet to the pod (probes time out: curl exit 28)
        blackhole-member NS/SVC NS/POD   the service's load balancer loses the packets to that member
        port-down NS/POD                 'openstack port set --disable' on the pod's port (its eth0 goes down)
        delay-pod NS/POD MS              delay every reply of the pod by MS milliseconds
        kill-pod NS/POD                  kill the pod's demo process (connection refused: curl exit 7)
        drop-sg-rule SG [RULE_ID]        delete a rule of security group SG in Neutron (default: the one letting
                                         tcp/8080 in, else the broadest ingress rule); pods enforce it (curl exit 28)
        stop-kuryr-controller            the Kuryr emulation creates and deletes no ports, LBs or SGs until clear
        stop-dns                         scale kube-system/coredns to 0 (lookups through kube-dns time out)
        clear [TARGET]                   undo every fault, or those of one target (NS/POD, NS/SVC, SG name or
                                         id, kuryr-controller)
        list                             print the recorded faults (JSON)

Common options:
  --dir DIR            state directory (default $${kdfEnvName('sandboxDir')}, else .kdf/sandbox)
  --namespace NAME     network namespace (default kdf-sbx, or the one the state directory was created with)
  --json               machine-readable output (up, status, down)

Exit codes: 0 ok, 1 status: not all healthy, 2 configuration error, 4 a service failed (named, with its log tail).`;

const OPTIONS = {
  'kuryr-defaults': { type: 'boolean' },
  without: { type: 'string', multiple: true },
  'admin-password': { type: 'string' },
  wipe: { type: 'boolean' },
  dir: { type: 'string' },
  namespace: { type: 'string' },
  json: { type: 'boolean' },
  cluster: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Options that only some sub-commands accept. */
const ONLY: Record<string, readonly string[]> = {
  'kuryr-defaults': ['up'],
  without: ['up'],
  'admin-password': ['up'],
  wipe: ['down'],
  cluster: ['fault'],
};

/** The kinds `kdf sandbox fault` knows (sandbox/kuryr/kdfkuryr/faults.py implements them). */
export const FAULT_KINDS = [
  'drop-pod',
  'blackhole-member',
  'port-down',
  'delay-pod',
  'kill-pod',
  'drop-sg-rule',
  'stop-kuryr-controller',
  'stop-dns',
  'clear',
  'list',
] as const;

/**
 * The program and arguments of `kdf sandbox fault`: the kuryr emulation's `kdf-fault` (next to `sandbox/openstack/`
 * in the repository), run with Debian's python3 inside the sandbox namespace.
 */
export function faultCommand(
  layout: SandboxLayout,
  namespace: string,
  kind: string,
  args: readonly string[],
  cluster?: string,
): [string, string[]] {
  const program = join(dirname(layout.assets), 'kuryr', 'bin', 'kdf-fault');
  return [
    '/usr/bin/python3',
    [
      program,
      '--state-dir',
      layout.root,
      '--namespace',
      namespace,
      ...(cluster === undefined ? [] : ['--cluster', cluster]),
      kind,
      ...args,
    ],
  ];
}

/** Dependencies the tests replace. */
export interface SandboxCommandDeps {
  /** Builds the runner for external programs (default: a ProcessCommandRunner on `masker`). */
  runner?: (masker: SecretMasker) => CommandRunner;
  /** The effective user id (default `process.getuid()`). */
  uid?: () => number;
}

type SandboxValues = ReturnType<typeof parseSandboxArgs>['values'];

/** The parsed command line: own options and positionals before `--`, the command to exec after it. */
function parseSandboxArgs(argv: string[]) {
  const dashdash = argv.indexOf('--');
  const own = dashdash === -1 ? argv : argv.slice(0, dashdash);
  const tail = dashdash === -1 ? [] : argv.slice(dashdash + 1);
  const { values, positionals } = parseCommandArgs('sandbox', own, OPTIONS, true);
  const [sub, ...extra] = positionals;
  return { values, sub, extra, tail };
}

/** Refuses an unknown sub-command or fault kind, and positionals where the sub-command takes none. */
function checkSubCommand(sub: string | undefined, extra: string[]): asserts sub is string {
  if (!sub || !['up', 'down', 'status', 'exec', 'fault'].includes(sub)) {
    throw new ConfigurationError(
      `${sub ? `unknown sub-command '${sub}'` : 'a sub-command is required'}. Use up, down, status, exec or fault.`,
      'sandbox',
    );
  }
  if (sub === 'fault' && !(FAULT_KINDS as readonly string[]).includes(extra[0] ?? '')) {
    throw new ConfigurationError(
      `kdf sandbox fault: ${extra[0] ? `unknown fault '${extra[0]}'` : 'a fault kind is required'}. Use ${FAULT_KINDS.join(', ')}.`,
      'fault',
    );
  }
  if (extra.length && sub !== 'fault')
    throw new ConfigurationError(`kdf sandbox ${sub}: unexpected argument '${extra[0]}'.`, sub);
}

/** Refuses options the sub-command does not take, a missing or stray `-- CMD`, and a bad namespace name. */
function checkOptions(sub: string, values: SandboxValues, tail: string[]): void {
  for (const [option, subs] of Object.entries(ONLY)) {
    if (values[option as keyof typeof values] !== undefined && !subs.includes(sub)) {
      throw new ConfigurationError(
        `kdf sandbox ${sub}: --${option} only applies to 'kdf sandbox ${subs.join('|')}'.`,
        `--${option}`,
      );
    }
  }
  if (sub === 'exec' && tail.length === 0) {
    throw new ConfigurationError(
      "kdf sandbox exec: give the command after '--', e.g. kdf sandbox exec -- openstack network list.",
      'exec',
    );
  }
  if (sub !== 'exec' && tail.length)
    throw new ConfigurationError(`kdf sandbox ${sub}: unexpected '-- ${tail.join(' ')}'.`, sub);
  if (values.namespace !== undefined && !isValidNamespaceName(values.namespace)) {
    throw new ConfigurationError(
      `--namespace '${values.namespace}' is not a valid namespace name (letters, digits, '_', '.', '-').`,
      '--namespace',
    );
  }
}

/** The `--without` services (repeatable, comma-separated), each one an optional service. */
function parseWithout(values: SandboxValues): string[] {
  const without = (values.without ?? [])
    .flatMap((w) => w.split(','))
    .map((w) => w.trim())
    .filter(Boolean);
  for (const w of without) {
    if (!(OPTIONAL_SERVICES as readonly string[]).includes(w)) {
      throw new ConfigurationError(
        `--without '${w}': only ${OPTIONAL_SERVICES.join(', ')} can be left out.`,
        '--without',
      );
    }
  }
  return without;
}

/** What every sub-command works with once the arguments are accepted. */
interface SandboxContext {
  io: CliIo;
  values: SandboxValues;
  runner: CommandRunner;
  layout: SandboxLayout;
  masker: SecretMasker;
  logger: ConsoleLogger;
}

/** The runner, layout and logger, with the saved admin password masked from every output. */
function sandboxContext(io: CliIo, values: SandboxValues, deps: SandboxCommandDeps): SandboxContext {
  const masker = new SecretMasker();
  const runner = (deps.runner ?? ((m: SecretMasker) => new ProcessCommandRunner({ masker: m })))(masker);
  const layout = sandboxLayout(io.cwd, io.env, values.dir);
  const saved = readState(layout);
  if (saved) masker.add(saved.adminPassword);
  const logger = new ConsoleLogger({ stream: io.stderr, masker });
  return { io, values, runner, layout, masker, logger };
}

/** `kdf sandbox up`: brings the cloud up (or converges it) and prints the timings; a failed service exits 4. */
async function runUp(
  { io, values, runner, layout, masker, logger }: SandboxContext,
  without: string[],
): Promise<number> {
  const adminPassword = values['admin-password'] ?? kdfEnv('adminPassword', io.env);
  try {
    const report = await sandboxUp(
      { runner, layout, logger, masker },
      {
        namespace: values.namespace,
        octavia: !without.includes('octavia' satisfies OptionalService),
        kuryrDefaults: values['kuryr-defaults'] ?? false,
        adminPassword,
      },
    );
    const summary = {
      namespace: report.namespace,
      seconds: report.durationMs / 1000,
      started: report.started,
      steps: report.steps,
      cloudsYaml: layout.cloudsYaml,
      octavia: report.state.octavia,
      kuryrDefaults: report.state.kuryrDefaults,
    };
    if (values.json) io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    else {
      io.stdout.write(
        `sandbox up in ${summary.seconds.toFixed(1)}s: namespace ${report.namespace}, ` +
          `${report.started.length} daemon(s) started; clouds.yaml ${layout.cloudsYaml}\n` +
          `try: kdf sandbox exec -- openstack --os-cloud devstack network list\n`,
      );
    }
    return EXIT.ok;
  } catch (err) {
    if (err instanceof SandboxServiceError) {
      io.stderr.write(`kdf sandbox up: ${masker.mask(err.describe())}\n`);
      return EXIT.internal;
    }
    throw err;
  }
}

/** `kdf sandbox status`: the health table (or JSON); exit 1 unless every service is healthy. */
async function runStatus({ io, values, runner, layout }: SandboxContext): Promise<number> {
  const status = await sandboxStatus({ runner, layout }, { namespace: values.namespace });
  io.stdout.write(values.json ? JSON.stringify(status, null, 2) + '\n' : formatStatus(status));
  return status.healthy ? EXIT.ok : EXIT.findings;
}

/** `kdf sandbox down`: stops everything and deletes the namespace (with --wipe, the state directory too). */
async function runDown({ io, values, runner, layout, logger }: SandboxContext): Promise<number> {
  const report = await sandboxDown({ runner, layout, logger }, { wipe: values.wipe, namespace: values.namespace });
  if (values.json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    const killed = Object.entries(report.daemons)
      .filter(([, o]) => o === 'killed')
      .map(([n]) => n);
    io.stdout.write(
      `sandbox down: ${Object.keys(report.daemons).length} daemon(s) stopped` +
        (killed.length ? ` (${killed.join(', ')} needed SIGKILL)` : '') +
        (report.strays.length ? `, ${report.strays.length} stray process(es) ended` : '') +
        `, namespace ${report.namespace} ${report.namespaceDeleted ? 'deleted' : 'was absent'}` +
        (report.wiped ? `, ${layout.root} wiped` : '') +
        '\n',
    );
  }
  return EXIT.ok;
}

/** `kdf sandbox fault KIND ARGS`: runs kdf-fault inside the namespace; its exit code is ours. */
async function runFault({ io, values, runner, layout }: SandboxContext, extra: string[]): Promise<number> {
  const inner = sandboxCommandRunner(runner, layout);
  const [kind, ...args] = extra as [string, ...string[]];
  const [command, commandArgs] = faultCommand(layout, inner.namespace, kind, args, values.cluster);
  const result = await inner.run(command, commandArgs, {
    allowedExitCodes: ANY_EXIT_CODE,
    timeoutMs: 180_000,
    onStdoutLine: (line) => io.stdout.write(line + '\n'),
    onStderrLine: (line) => io.stderr.write(line + '\n'),
  });
  return result.exitCode ?? EXIT.internal;
}

/** `kdf sandbox exec -- CMD ARGS`: runs CMD inside the namespace (OS_CLOUD defaults to devstack-admin). */
async function runExec({ io, runner, layout }: SandboxContext, tail: string[]): Promise<number> {
  const inner = sandboxCommandRunner(runner, layout);
  const [command, ...args] = tail as [string, ...string[]];
  const result = await inner.run(command, args, {
    env: { OS_CLOUD: io.env.OS_CLOUD ?? 'devstack-admin' },
    allowedExitCodes: ANY_EXIT_CODE,
    onStdoutLine: (line) => io.stdout.write(line + '\n'),
    onStderrLine: (line) => io.stderr.write(line + '\n'),
  });
  return result.exitCode ?? EXIT.internal;
}

/** Runs `kdf sandbox`; returns the exit code. */
export async function sandboxCommand(argv: string[], io: CliIo, deps: SandboxCommandDeps = {}): Promise<number> {
  const { values, sub, extra, tail } = parseSandboxArgs(argv);
  if (values.help || sub === 'help') {
    io.stdout.write(SANDBOX_HELP + '\n');
    return EXIT.ok;
  }
  checkSubCommand(sub, extra);
  checkOptions(sub, values, tail);
  const without = parseWithout(values);
  if ((deps.uid ?? (() => process.getuid?.() ?? 0))() !== 0) {
    throw new ConfigurationError(
      'kdf sandbox needs root (it creates a network namespace), like DevStack itself.',
      'sandbox',
    );
  }
  const ctx = sandboxContext(io, values, deps);
  switch (sub) {
    case 'up':
      return runUp(ctx, without);
    case 'status':
      return runStatus(ctx);
    case 'down':
      return runDown(ctx);
    case 'fault':
      return runFault(ctx, extra);
    default:
      return runExec(ctx, tail);
  }
}
