/**
 * `npm run demo`: the whole toolkit on this machine, end to end, the way a runner would run it.
 *
 * As root on Debian/Ubuntu it installs what the sandbox needs, brings the sandbox cloud up (Keystone, Neutron,
 * Nova, Glance, Octavia, the kube and Kuryr emulation), starts the GitHub API stub, and runs the ROOT action (the
 * committed bundle, through the runner harness: inputs, file commands, main then post) once per matrix leg:
 *
 * - `ubuntu-18.04/baremetal`: setup-devstack (the DevStack double) → connectivity (default-config, basic, udp)
 * - `ubuntu-18.04/nested`: setup-devstack (undercloud) → trunk-vm (boot, SSH, overcloud stacked inside the VM) →
 *   connectivity (nested)
 * - `ubuntu-18.04/baremetal · injected fault`: the Dragonflow plugin dies in stack.sh, so a newcomer sees a red leg
 *   and its annotation (`--all-green` leaves this leg out)
 *
 * Each leg publishes its own check run to the stub; then publish-results runs once over every leg's results, as the
 * reusable workflow's last job does, and its job summary, check run and an HTML preview land in `demo-out/`.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

import { ANY_EXIT_CODE } from '../../src/runtime/command.js';
import { ProcessCommandRunner } from '../../src/runtime/process-runner.js';
import { getErrorMessage } from '../../src/runtime/errors.js';
import { SANDBOX } from '../../src/sandbox/config.js';
import { sandboxCommandRunner } from '../../src/sandbox/exec.js';
import { sandboxLayout } from '../../src/sandbox/layout.js';
import { readState } from '../../src/sandbox/state.js';
import { GitHubStub } from '../github/server.js';
import { ActionJob } from '../runner/action-runner.js';
import { REPO_ROOT } from '../world/paths.js';
import { NestedClusterProvider } from './nested-cluster.js';
import { renderPreview, type CheckRunFile } from './preview.js';
import { legEnvironment, selectLegs, type Leg } from './legs.js';
import { failedCases, formatStageEvent, StageProgress } from './progress.js';
import { createDemoWorld, destroyDemoWorld, osReleasePath, writeLegControl, type DemoWorld } from './world.js';

const USAGE = `Usage: npm run demo -- [--keep] [--all-green] [--out DIR] [--namespace NAME] [--skip-install]

Runs the root action end to end on the embedded sandbox (needs root on Debian/Ubuntu):
setup-devstack (DevStack double) -> trunk-vm -> connectivity -> publish-results (GitHub API stub),
once per matrix leg, then one combined check run. Writes DIR (default demo-out/):
  summary.md       the job summary of the combined publish-results step
  check-run.json   the combined check run and all its annotations, as GitHub stores them
  results/         every leg's results JSON and JUnit
  index.html       a static preview of the summary and annotations (open it in a browser)
  logs/            the full log of every step

  --keep           leave the sandbox up afterwards (explore with: kdf sandbox exec -- openstack server list)
  --all-green      skip the leg with the injected fault
  --namespace NAME the sandbox's network namespace (default kdf-sbx, or the one its state directory has)
  --skip-install   do not run scripts/install-sandbox-packages.sh
  --secrets-file F write every secret the run knew (JSON, mode 0600) to F, for a check that none of them is in
                   DIR (keep F outside DIR)

Logs are written 0600 and hold what the runner would show: every value a step registered with ::add-mask:: is ***.`;

/** The GitHub token the stub accepts (a fake one: the stub runs on 127.0.0.1 only). */
const TOKEN = 'ghs_demo0000000000000000000000000000000';
const REPOSITORY = 'kuryr/example';
const COMBINED_CHECK = 'kuryr-dragonflow';

/** What the demo did, for the closing lines and the tests. */
export interface DemoReport {
  out: string;
  legs: Array<{ name: string; exitCode: number | null; postExitCode: number | null }>;
  conclusion: string | null;
  annotations: number;
  /** Every check run the stub holds: one per leg (the root action's publish stage) and the combined one. */
  checkRuns: Array<{ name: string; conclusion: string | null; annotations: number }>;
  seconds: number;
}

const started = Date.now();

/**
 * Ctrl-C: the running step is cancelled as the runner cancels a workflow (SIGINT to the action), its post step and
 * the demo's clean-up still run, and no further leg starts. A second Ctrl-C exits at once.
 */
const cancellation = { cancelled: false, job: undefined as ActionJob | undefined };
function onInterrupt(): void {
  if (cancellation.cancelled) {
    process.stderr.write('second interrupt: exiting without cleaning up (users kdfe2e*/kdfvm*, netns kdf-e2e-*)\n');
    process.exit(130);
  }
  cancellation.cancelled = true;
  say(
    `[${elapsed()}] interrupted: cancelling the running step; post steps and the clean-up still run (Ctrl-C again to exit at once)`,
  );
  cancellation.job?.cancel();
}
const elapsed = (): string => `${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s`;
const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** Runs one demo step with a progress line. */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  say(`[${elapsed()}] ${name} …`);
  const t0 = Date.now();
  try {
    const value = await fn();
    say(`[${elapsed()}] ${name} ✓ (${Math.round((Date.now() - t0) / 1000)} s)`);
    return value;
  } catch (err) {
    say(`[${elapsed()}] ${name} ✗ ${err instanceof Error ? err.message : String(err)}`);
    throw err;
  }
}

/** The command-runner port every program of the demo goes through (process groups, timeouts). */
const host = new ProcessCommandRunner({ killGraceMs: 2000 });

/** Runs a program, its output to a log file; fails with the log's tail when the program fails. */
async function runLogged(cmd: string, args: string[], log: string): Promise<void> {
  const out = createWriteStream(log, { flags: 'a', mode: 0o600 });
  const write = (line: string): void => void out.write(`${line}\n`);
  let failure: unknown;
  try {
    await host.run(cmd, args, { cwd: REPO_ROOT, timeoutMs: 30 * 60_000, onStdoutLine: write, onStderrLine: write });
  } catch (err) {
    failure = err;
  } finally {
    await new Promise<void>((res) => out.end(() => res()));
  }
  if (failure !== undefined) {
    const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-15).join('\n');
    throw new Error(`${getErrorMessage(failure).split('\n')[0]} (log ${log}):\n${tail}`);
  }
}

const KDF = join(REPO_ROOT, 'bin', 'kdf.js');
const kdf = (args: string[], log: string): Promise<void> => runLogged(process.execPath, [KDF, ...args], log);

/** Is the sandbox of this state directory up and healthy (`kdf sandbox status` exits 0)? */
async function sandboxHealthy(nsArgs: string[]): Promise<boolean> {
  const r = await host.run(process.execPath, [KDF, 'sandbox', 'status', ...nsArgs], {
    cwd: REPO_ROOT,
    allowedExitCodes: ANY_EXIT_CODE,
    timeoutMs: 120_000,
  });
  return r.exitCode === 0;
}

/** The demo's command line (throws on an unknown option or a missing value). */
function parseDemoArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      keep: { type: 'boolean', default: false },
      'all-green': { type: 'boolean', default: false },
      out: { type: 'string', default: 'demo-out' },
      namespace: { type: 'string' },
      'skip-install': { type: 'boolean', default: false },
      'secrets-file': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
}

/** The demo. Returns the process exit code: 0 when every leg did what it was meant to do. */
export async function runDemo(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parseDemoArgs>['values'];
  try {
    ({ values } = parseDemoArgs(argv));
  } catch (err) {
    // parseArgs' TypeError (its `message` read directly: under jest's VM modules it is not `instanceof Error`)
    process.stderr.write(`${String((err as { message?: unknown }).message ?? err)}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    say(USAGE);
    return 0;
  }
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  if (process.getuid?.() !== 0) {
    process.stderr.write('npm run demo needs root (it creates users, network namespaces and a sandbox cloud).\n');
    return 2;
  }
  if (!existsSync('/etc/debian_version')) {
    process.stderr.write('npm run demo runs on Debian or Ubuntu (the sandbox installs distribution packages).\n');
    return 2;
  }
  if (!existsSync(join(REPO_ROOT, 'dist', 'actions', 'pipeline', 'main.js'))) {
    process.stderr.write('dist/ has no bundle: run `npm run build` first.\n');
    return 2;
  }
  const out = resolve(values.out);
  rmSync(out, { recursive: true, force: true });
  const logs = join(out, 'logs');
  mkdirSync(logs, { recursive: true, mode: 0o700 });
  const nsArgs = values.namespace ? ['--namespace', values.namespace] : [];
  const legs = selectLegs(values['all-green']);
  say(`kuryr-dragonflow-actions demo: ${legs.length} leg(s), output in ${relative(process.cwd(), out) || out}/`);

  if (!values['skip-install']) {
    await step('install the sandbox packages (scripts/install-sandbox-packages.sh)', () =>
      runLogged('bash', [join(REPO_ROOT, 'scripts', 'install-sandbox-packages.sh')], join(logs, 'install.log')),
    );
  }
  const wasUp = await sandboxHealthy(nsArgs);
  await step(`sandbox up${wasUp ? ' (already running: converge)' : ''}`, () =>
    kdf(['sandbox', 'up', '--kuryr-defaults', ...nsArgs], join(logs, 'sandbox-up.log')),
  );
  const layout = sandboxLayout(process.cwd(), process.env);
  const state = readState(layout);
  if (!state) throw new Error(`no sandbox state in ${layout.root} after 'sandbox up'`);
  const clouds = parseYaml(readFileSync(layout.cloudsYaml, 'utf8')) as {
    clouds: Record<string, { auth: { auth_url: string } }>;
  };
  const keystoneUri = String(clouds.clouds['devstack-admin']?.auth.auth_url).replace(/\/$/, '');

  // Every secret of the run: the harness reports what each step registered with ::add-mask:: (the trunk VM's key).
  const secrets = new Set<string>([TOKEN, state.adminPassword]);
  const stub = await GitHubStub.start({ tokens: { [TOKEN]: 'write' } });
  let world: DemoWorld | undefined;
  const report: DemoReport = { out, legs: [], conclusion: null, annotations: 0, checkRuns: [], seconds: 0 };
  try {
    world = await step('demo world (stack user, git base, VM login user)', () =>
      Promise.resolve(createDemoWorld(state.adminPassword, join(layout.root, 'kube', 'kubeconfig'))),
    );
    say(
      `[${elapsed()}] local users: stack user ${world.host.user}, VM login user ${world.vm.name}; host namespace ${world.host.netns}`,
    );
    const cloud = sandboxCommandRunner(host, layout);
    for (const leg of legs) {
      if (cancellation.cancelled) break;
      writeLegControl(world, { osRelease: leg.osRelease, keystoneUri, fail: leg.fail });
      say(`[${elapsed()}] leg ${leg.name}${leg.fail ? ` (fault: KDF_DOUBLE_FAIL=${leg.fail})` : ''}`);
      const nested =
        leg.topology === 'nested'
          ? new NestedClusterProvider({
              host,
              cloud,
              stateDir: layout.root,
              namespace: state.namespace,
              serverName: 'overcloud_vm',
              kubeconfig: world.nestedKubeconfig,
              log: join(logs, `${leg.slug}-nested-cluster.log`),
            })
          : undefined;
      nested?.start();
      try {
        report.legs.push(
          await runLeg(leg, world, {
            stub,
            logs,
            out,
            namespace: state.namespace,
            password: state.adminPassword,
            secrets,
          }),
        );
      } finally {
        await nested?.stop();
      }
    }
    await step('publish-results over every leg (one combined check run)', () =>
      publishCombined(stub, out, logs, secrets),
    );
    const file = await fetchCheckRun(stub, COMBINED_CHECK);
    writeFileSync(join(out, 'check-run.json'), `${JSON.stringify(file, null, 2)}\n`);
    writeFileSync(
      join(out, 'index.html'),
      renderPreview({
        summaryMarkdown: readFileSync(join(out, 'summary.md'), 'utf8'),
        checkRun: file,
        title: 'kuryr-dragonflow-actions demo',
      }),
    );
    report.conclusion = file.check_run.conclusion ?? null;
    report.annotations = file.annotations.length;
    report.checkRuns = [...stub.checkRuns.values()].map((r) => ({
      name: r.name,
      conclusion: r.conclusion,
      annotations: r.annotations.length,
    }));
  } finally {
    destroyDemoWorld(world);
    await stub.close();
    if (!values.keep && !wasUp) {
      await step('sandbox down', () => kdf(['sandbox', 'down', ...nsArgs], join(logs, 'sandbox-down.log'))).catch(
        () => undefined,
      );
    }
  }
  report.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(out, 'demo.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (values['secrets-file']) {
    writeFileSync(values['secrets-file'], JSON.stringify([...secrets]), { mode: 0o600 });
  }
  const rel = (p: string): string => relative(process.cwd(), p) || p;
  say('');
  say(`combined check run '${COMBINED_CHECK}': ${String(report.conclusion)}, ${report.annotations} annotation(s)`);
  for (const l of report.legs)
    say(`  ${l.name.padEnd(42)} main exit ${String(l.exitCode)}, post exit ${String(l.postExitCode)}`);
  say(`  job summary     ${rel(join(out, 'summary.md'))}`);
  say(`  check run       ${rel(join(out, 'check-run.json'))}`);
  say(`  results         ${rel(join(out, 'results'))}/`);
  say(`  HTML preview    ${rel(join(out, 'index.html'))}`);
  say(`  logs            ${rel(logs)}/`);
  if (values.keep) say(`sandbox left up: node bin/kdf.js sandbox exec -- openstack server list`);
  say(`demo finished in ${report.seconds} s`);
  // Green legs must pass and the fault leg must fail; anything else means the demo itself is broken.
  const asMeant = report.legs.every(
    (l, i) => (legs[i]?.fail ? l.exitCode !== 0 : l.exitCode === 0) && l.postExitCode === 0,
  );
  if (cancellation.cancelled) return 130;
  return asMeant ? 0 : 1;
}

/** The package names of the dnf double's record (`NAME VERSION.ARCH@REPO` lines). */
const installedNames = (file: string): string =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' ')[0])
    .join(' ');

/** Runs the root action (main + post) for one leg; copies its results to `<out>/results/<slug>/`. */
async function runLeg(
  leg: Leg,
  world: DemoWorld,
  ctx: { stub: GitHubStub; logs: string; out: string; namespace: string; password: string; secrets: Set<string> },
): Promise<DemoReport['legs'][number]> {
  const log = createWriteStream(join(ctx.logs, `${leg.slug}.log`), { mode: 0o600 });
  const dir = join(ctx.out, 'results', leg.slug);
  mkdirSync(dir, { recursive: true });
  // a Fedora leg's dnf double records here what setup-devstack would have installed
  const packages = join(dir, 'packages.installed');
  const progress = new StageProgress((e) => {
    const line = formatStageEvent(leg.name, e);
    if (line) say(`[${elapsed()}] ${line}`);
  });
  const job = new ActionJob({
    actionDir: REPO_ROOT,
    with: {
      topology: leg.topology,
      leg: leg.name,
      profile: leg.profile,
      'git-base': `file://${world.host.gitBase}`,
      'dragonflow-ref': 'ussuri-eol',
      dest: world.host.dest,
      'stack-user': world.host.user,
      'admin-password': ctx.password,
      'stack-timeout-minutes': '10',
      clean: 'after',
      'vm-image': SANDBOX.imageName,
      'vm-flavor': 'm1.tiny',
      'vm-ssh-user': world.vm.name,
      'vm-boot-timeout-minutes': '5',
      // demo cannot read the public subnet's gateway and the sandbox's auth_url is loopback: br-ex's address
      'overcloud-service-host': '172.24.4.1',
      'overcloud-timeout-minutes': '10',
      'overcloud-kuryr-conf': join(world.vmEtc, 'kuryr', 'kuryr.conf'),
      suites: leg.suites,
      'check-name': `${COMBINED_CHECK} (${leg.name})`,
      'fail-on': 'failure',
    },
    env: {
      KDF_OS_RELEASE: osReleasePath(leg.osRelease),
      KDF_ETC_DIR: world.host.etc,
      KDF_LOCK_DIR: world.host.dir,
      KDF_NETNS: world.host.netns,
      KDF_LOCK_WAIT_SECONDS: '0',
      KDF_OPENSTACK_NETNS: ctx.namespace,
      KDF_KUBECTL: join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kubectl'),
      GITHUB_API_URL: ctx.stub.url,
      GITHUB_REPOSITORY: REPOSITORY,
      ...legEnvironment(leg, packages),
    },
    token: TOKEN,
    timeoutMs: 45 * 60_000,
    onStdout: (chunk, phase) => {
      log.write(chunk);
      if (phase === 'main') progress.push(chunk);
    },
  });
  cancellation.job = job;
  const main = await job.run('main');
  progress.end();
  log.write(main.stderr);
  say(`[${elapsed()}]   ${leg.name}: post (cleanup in reverse order) …`);
  const post = await job.run('post');
  cancellation.job = undefined;
  for (const m of [...main.masks, ...post.masks]) ctx.secrets.add(m);
  log.write(post.stderr);
  await new Promise<void>((res) => log.end(() => res()));
  if (existsSync(packages)) say(`[${elapsed()}]   ${leg.name}: dnf (double) installed ${installedNames(packages)}`);
  const produced = join(job.dir, 'temp', 'kdf-results');
  for (const f of existsSync(produced) ? readdirSync(produced) : []) {
    if (/\.(json|xml)$/.test(f)) await copyFile(join(produced, f), join(dir, f));
  }
  writeFileSync(join(dir, 'summary.md'), main.summary);
  if ((main.exitCode === 0) === Boolean(leg.fail))
    for (const line of failedCases(dir)) say(`[${elapsed()}]     ${line}`);
  say(
    `[${elapsed()}]   ${leg.name}: ${main.exitCode === 0 ? 'green' : 'red'} (main exit ${String(main.exitCode)}, post exit ${String(post.exitCode)})`,
  );
  rmSync(job.dir, { recursive: true, force: true });
  return { name: leg.name, exitCode: main.exitCode, postExitCode: post.exitCode };
}

/** publish-results (bundled) over every leg's results JSON: the reusable workflow's final job. */
async function publishCombined(stub: GitHubStub, out: string, logs: string, secrets: Set<string>): Promise<void> {
  const job = new ActionJob({
    actionDir: join(REPO_ROOT, 'actions', 'publish-results'),
    workspace: out,
    with: { results: 'results/*/*.json', name: COMBINED_CHECK },
    env: { GITHUB_API_URL: stub.url, GITHUB_REPOSITORY: REPOSITORY },
    token: TOKEN,
    timeoutMs: 5 * 60_000,
  });
  const main = await job.run('main');
  main.masks.forEach((m) => secrets.add(m));
  writeFileSync(join(logs, 'publish-combined.log'), main.stdout + main.stderr, { mode: 0o600 });
  writeFileSync(join(out, 'summary.md'), main.summary);
  rmSync(job.dir, { recursive: true, force: true });
  if (!stub.checkRuns.size)
    throw new Error(`publish-results wrote no check run (log ${join(logs, 'publish-combined.log')})`);
}

/** The check run and its annotations, read back through the stub's API as a client would read them from GitHub. */
async function fetchCheckRun(stub: GitHubStub, name: string): Promise<CheckRunFile> {
  const run = [...stub.checkRuns.values()].find((r) => r.name === name);
  if (!run) throw new Error(`no check run named ${name} in the stub`);
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(`${stub.url}/repos/${REPOSITORY}${path}`, {
      headers: { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json' },
    });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
    return res.json();
  };
  const checkRun = (await get(`/check-runs/${run.id}`)) as CheckRunFile['check_run'];
  const annotations: CheckRunFile['annotations'] = [];
  for (let page = 1; ; page++) {
    const batch = (await get(
      `/check-runs/${run.id}/annotations?per_page=100&page=${page}`,
    )) as CheckRunFile['annotations'];
    annotations.push(...batch);
    if (batch.length < 100) break;
  }
  return { check_run: checkRun, annotations };
}

// Run when executed directly (node --import tsx sandbox/demo/main.ts).
if (process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'sandbox', 'demo', 'main.ts')) {
  runDemo(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`demo failed: ${getErrorMessage(err)}\n`);
      process.exit(1);
    },
  );
}
