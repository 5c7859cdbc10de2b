/**
 * `kdf connectivity`: actions/connectivity outside Actions, with the same settings (flags named like the action's
 * inputs). Results and JUnit go to --results-dir (default .kdf/connectivity).
 */
import { kdfEnv, kdfEnvName } from '../../runtime/env.js';
import { runConnectivityAction } from '../../kube/action.js';
import { connectOpenStack } from '../../openstack/connect.js';
import { abortOnSignals } from '../../runtime/cancel.js';
import { ProcessCommandRunner } from '../../runtime/process-runner.js';
import { inNetns } from '../../runtime/netns-runner.js';
import { ConsoleLogger } from '../../runtime/console-logger.js';
import { resolve } from 'node:path';
import { ConfigurationError } from '../../runtime/errors.js';
import { Inputs, recordInputSource } from '../../runtime/inputs.js';
import { defaultMasker } from '../../runtime/secrets.js';
import { CONNECTIVITY } from '../../stages/definitions.js';
import { parseCommandArgs } from '../args.js';
import { prepareOutDir } from '../out-dir.js';
import { EXIT, type CliIo } from '../io.js';
import { VERSION } from '../../runtime/version.js';

/** The action's inputs, each a flag of the same name (the stage contract, src/stages/definitions.ts). */
const INPUTS = CONNECTIVITY.inputs;

export const CONNECTIVITY_HELP = `Usage: kdf connectivity [--INPUT VALUE]... [--kubectl PATH] [--prefix-netns NAME] [--exec-mode batched|per-probe]

Runs connectivity suites (built-in: default-config, basic, udp, nested, external, network-policy, namespaces,
lifecycle, services, ports-pool, nested-vm; or suite files) against a Kuryr cluster: kubectl for the workload and the probes, the
OpenStack APIs for Neutron/Octavia state and evidence (KDF_OPENSTACK_CLIENT=cli uses the openstack CLI instead).
Every action input is a flag: ${INPUTS.map((i) => `--${i}`).join(' ')}.

  --kubectl PATH        the kubectl executable (env ${kdfEnvName('kubectl')}; default kubectl)
  --prefix-netns NAME   reach the OpenStack APIs from inside this network namespace (ip netns exec NAME; env
                        ${kdfEnvName('openstackNetns')})
  --exec-mode MODE      batched (one kubectl exec per source pod, default) or per-probe (for comparison)

--results-dir defaults to .kdf/connectivity (created if missing). Before the namespace is made, a preflight checks that clouds.yaml
or OS_* describe --os-cloud, that --kubeconfig reads and its API server answers, and that kubectl runs. Exit codes: 0 all checks
passed (flaky allowed), 1 a check failed (findings in connectivity.json), 2 configuration error (an invalid suite is
reported as file:line; a failed preflight names the flag), 130 cancelled by SIGINT/SIGTERM (the namespace and the
load balancers of the run are removed and connectivity.json ends with a cancelled case).`;

const OPTIONS = {
  ...Object.fromEntries(INPUTS.map((i) => [i, { type: 'string' as const }])),
  kubectl: { type: 'string' as const },
  'prefix-netns': { type: 'string' as const },
  'exec-mode': { type: 'string' as const },
  help: { type: 'boolean' as const, short: 'h' },
};

/** Runs `kdf connectivity`; returns the exit code. */
export async function connectivityCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('connectivity', argv, OPTIONS, true);
  if (values.help) {
    io.stdout.write(CONNECTIVITY_HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new ConfigurationError(`unexpected argument '${positionals.join(' ')}'.`, 'connectivity');
  }
  const all = values as Record<string, unknown>;
  const given: Record<string, string | undefined> = {};
  for (const i of INPUTS) given[i] = all[i] as string | undefined;
  const resultsFlag = given['results-dir'] ?? '.kdf/connectivity';
  given['results-dir'] = resolve(io.cwd, resultsFlag);
  const execMode = (all['exec-mode'] as string | undefined) ?? kdfEnv('connectivityExecMode', io.env);
  const settings = CONNECTIVITY.readSettings(new Inputs(recordInputSource(given)), {
    workspace: io.cwd,
    env: { ...io.env, [kdfEnvName('connectivityExecMode')]: execMode },
  });
  const netns = (all['prefix-netns'] as string | undefined) ?? kdfEnv('openstackNetns', io.env);
  if (netns !== undefined && !/^[A-Za-z0-9_.-]+$/.test(netns)) {
    throw new ConfigurationError(`--prefix-netns must be a namespace name (got '${netns}').`, 'prefix-netns');
  }
  prepareOutDir(resultsFlag, '--results-dir', io.cwd);
  const runner = new ProcessCommandRunner({ masker: defaultMasker });
  // SIGINT/SIGTERM: the run stops at its next step, removes its namespace and load balancers, exits 130
  const cancel = abortOnSignals();
  const outcome = await runConnectivityAction(settings, {
    runner,
    client: connectOpenStack({
      runner,
      netns,
      cloud: settings.cloud,
      // The CLI's environment (io.env) decides which clouds.yaml is read.
      cloudsYaml: io.env.OS_CLIENT_CONFIG_FILE,
      env: io.env,
      cwd: io.cwd,
      masker: defaultMasker,
    }),
    logger: new ConsoleLogger({ stream: io.stderr }),
    toolVersion: VERSION,
    cwd: io.cwd,
    kubectl: (all.kubectl as string | undefined) ?? kdfEnv('kubectl', io.env),
    env: io.env,
    signal: cancel.signal,
    // probes from `host` run where the cloud's addresses are reachable, as the OpenStack client does
    hostRunner: inNetns(runner, netns),
  }).finally(() => cancel.dispose());
  for (const f of outcome.findings) io.stderr.write(`${f.file}:${f.line}: ${f.level}: ${f.message}\n`);
  io.stdout.write(`${outcome.success ? 'ok' : outcome.cancelled ? 'CANCELLED' : 'FAILED'}: ${outcome.headline}\n`);
  for (const [k, v] of Object.entries(outcome.outputs)) io.stdout.write(`${k}=${v}\n`);
  if (outcome.cancelled) return EXIT.cancelled;
  if (!outcome.success && outcome.cases.some((c) => c.id === 'suites')) return EXIT.configuration;
  return outcome.success ? EXIT.ok : EXIT.findings;
}
