/**
 * `kdf sandbox up`: brings the sandbox cloud up, or converges a running one (idempotent).
 *
 * The bring-up is a dependency graph run with as much parallelism as two cores allow: MariaDB and RabbitMQ start
 * together; once MariaDB answers, every service's schema migration runs at the same time; each API starts as soon
 * as its own migration (and RabbitMQ, where it needs it) is done; the Keystone catalogue and the DevStack objects
 * are created by one openstacksdk process each instead of dozens of CLI calls. Migrations are recorded per
 * package version under `data/done/`, so a second `up` skips them.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CommandError, type CommandRunner } from '../runtime/command.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { NetnsCommandRunner } from '../runtime/netns-runner.js';
import type { SecretMasker } from '../runtime/secrets.js';
import { cloudsYaml } from './clouds.js';
import { endpointUrls, isValidPassword, PORTS, SANDBOX } from './config.js';
import { baseEnv, Daemons } from './daemons.js';
import { SandboxServiceError } from './errors.js';
import type { SandboxLayout } from './layout.js';
import { Namespace } from './netns.js';
import {
  BROKEN_COMPUTE_CONF,
  BROKEN_COMPUTE_HOST,
  DATAPLANE_DAEMONS,
  OPTIONAL_PROGRAM_DAEMONS,
  sandboxAssetsRoot,
  serviceDefs,
  type ServiceDef,
} from './services.js';
import { readState, writeState, type SandboxState } from './state.js';
import { renderTemplate, type TemplateVars } from './templates.js';

/** What the caller asks for. */
export interface UpRequest {
  /** Namespace name (default: the state's, else `kdf-sbx`). */
  namespace?: string;
  /** Run Octavia (default: as the saved state has it, else true). */
  octavia?: boolean;
  /** Create kuryr's defaults (default false; a running sandbox keeps them once created). */
  kuryrDefaults?: boolean;
  /** ADMIN_PASSWORD (default: the state's, else generated). */
  adminPassword?: string;
}

/** One timed step of the bring-up. */
export interface StepTiming {
  name: string;
  /** Milliseconds since the start of `up`. */
  startMs: number;
  endMs: number;
}

/** What `up` did. */
export interface UpReport {
  namespace: string;
  durationMs: number;
  steps: StepTiming[];
  /** Daemons started by this run (the others were already running). */
  started: string[];
  state: SandboxState;
}

/** Dependencies of {@link sandboxUp}. */
export interface UpDeps {
  runner: CommandRunner;
  layout: SandboxLayout;
  logger?: Logger;
  /** Gets the admin password as soon as it is known, so that no log line or error shows it. */
  masker?: SecretMasker;
}

const PYTHON = '/usr/bin/python3';
const NICE = '/usr/bin/nice';
const DIST_PACKAGES = '/usr/lib/python3/dist-packages';
const STARTUP_TIMEOUT_S = 150;

/** A fresh alphanumeric password. */
export function generatePassword(): string {
  return randomBytes(24)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 20);
}

/** The version of an installed Python distribution (`neutron` → `21.0.0`), read from its egg-info/dist-info. */
export function packageVersion(dist: string): string {
  const prefix = `${dist}-`;
  const entry = existsSync(DIST_PACKAGES)
    ? readdirSync(DIST_PACKAGES).find((e) => e.startsWith(prefix) && /\.(egg|dist)-info$/.test(e))
    : undefined;
  return entry ? entry.slice(prefix.length).replace(/(\.py\d+(\.\d+)?)?\.(egg|dist)-info$/, '') : 'unknown';
}

/** Resolves the options of this run against the saved state; rejects contradictions with a ConfigurationError. */
export function resolveState(layout: SandboxLayout, request: UpRequest): SandboxState {
  const saved = readState(layout);
  const namespace = request.namespace ?? saved?.namespace ?? SANDBOX.namespace;
  if (saved && saved.namespace !== namespace) {
    throw new ConfigurationError(
      `the sandbox in ${layout.root} uses namespace '${saved.namespace}', not '${namespace}': run 'kdf sandbox down --wipe' first or use another --dir.`,
      '--namespace',
    );
  }
  if (request.adminPassword !== undefined && !isValidPassword(request.adminPassword)) {
    throw new ConfigurationError(
      'the admin password must be 8-64 letters and digits (DevStack accepts no other).',
      '--admin-password',
    );
  }
  if (saved && request.adminPassword !== undefined && request.adminPassword !== saved.adminPassword) {
    throw new ConfigurationError(
      `the sandbox in ${layout.root} was created with another admin password: run 'kdf sandbox down --wipe' first.`,
      '--admin-password',
    );
  }
  return {
    version: 1,
    namespace,
    octavia: request.octavia ?? saved?.octavia ?? true,
    kuryrDefaults: (request.kuryrDefaults ?? false) || (saved?.kuryrDefaults ?? false),
    adminPassword: request.adminPassword ?? saved?.adminPassword ?? generatePassword(),
    upAt: saved?.upAt,
    provision: saved?.provision ?? {},
  };
}

/** Brings the sandbox up (or converges it) and returns what it did. */
export async function sandboxUp(deps: UpDeps, request: UpRequest): Promise<UpReport> {
  const state = resolveState(deps.layout, request);
  deps.masker?.add(state.adminPassword);
  checkInstalled(deps.layout);
  // saved before anything starts: a failed run must not lose the password its databases were created with
  writeState(deps.layout, state);
  const run = new BringUp(deps, state);
  await run.execute();
  state.upAt = new Date().toISOString();
  writeState(deps.layout, state);
  return {
    namespace: state.namespace,
    durationMs: Math.round(performance.now() - run.t0),
    steps: run.steps,
    started: run.started,
    state,
  };
}

/** One `up` run: the dependency graph and its bookkeeping. */
class BringUp {
  readonly t0 = performance.now();
  readonly steps: StepTiming[] = [];
  readonly started: string[] = [];
  private readonly abort = new AbortController();
  private readonly namespace: Namespace;
  private readonly daemons: Daemons;
  private readonly defs: Map<string, ServiceDef>;
  private readonly vars: TemplateVars;

  constructor(
    private readonly deps: UpDeps,
    private readonly state: SandboxState,
  ) {
    this.namespace = new Namespace(deps.runner, state.namespace);
    this.daemons = new Daemons(deps.runner, this.namespace, deps.layout);
    this.defs = new Map(
      serviceDefs(deps.layout, { octavia: state.octavia, namespace: state.namespace }).map((d) => [d.name, d]),
    );
    this.vars = {
      PASSWORD: state.adminPassword,
      KEYSTONE: `http://${SANDBOX.listen}:${PORTS.keystone}`,
      REGION: SANDBOX.region,
      DATA: deps.layout.data,
      RUN: deps.layout.run,
      PASTE: deps.layout.paste,
      COMPUTE_HOST: SANDBOX.host,
      RABBIT: `rabbit://guest:guest@${SANDBOX.listen}:${PORTS.rabbitmq}/`,
    };
  }

  async execute(): Promise<void> {
    await this.step('prepare', async () => {
      this.prepareFiles();
      await this.namespace.create(SANDBOX.bridge);
      await this.stopUnrequested();
      if (this.state.octavia) await this.octaviaCertificates();
    });

    // Every branch below waits on what it needs; Promise.all over the leaves runs the whole graph.
    const mariadb = this.step('mariadb', () => this.startMariadb());
    const rabbit = this.step('rabbitmq', async () => {
      await this.startDaemon('epmd');
      await this.startDaemon('rabbitmq', 90);
    });
    // Keystone's and Nova's migrations are the critical path (the catalogue and nova-api gate everything after
    // them); the others yield the two cores to them.
    const migrate = (name: string, dist: string, commands: string[][], critical = false): Promise<void> =>
      mariadb.then(() =>
        this.step(name, () =>
          this.once(name, packageVersion(dist), critical ? commands : commands.map((c) => [NICE, '-n', '10', ...c])),
        ),
      );

    const keystone = (async () => {
      const k = (...args: string[]): string[] => [...this.conf('keystone.conf'), ...args];
      const owner = ['--keystone-user', 'root', '--keystone-group', 'root'];
      await migrate(
        'keystone-db',
        'keystone',
        [
          this.batch('keystone-manage', 'keystone.cmd.manage:main', [
            k('fernet_setup', ...owner),
            k('credential_setup', ...owner),
            k('db_sync'),
            k(...this.keystoneBootstrapArgs()),
          ]),
        ],
        true,
      );
      await this.step('keystone', () => this.startDaemon('keystone'));
      await this.step('catalog', () => this.provision('catalog'));
    })();
    const neutron = (async () => {
      await migrate('neutron-db', 'neutron', [
        [
          ...this.ep('neutron-db-manage', 'neutron.db.migration.cli:main'),
          ...this.conf('neutron.conf', 'ml2_conf.ini'),
          'upgrade',
          'heads',
        ],
      ]);
      await rabbit;
      await this.step('neutron-server', () => this.startDaemon('neutron-server'));
    })();
    const trunkAgent = Promise.all([neutron, keystone]).then(() =>
      this.step('fake-trunk-agent', () => this.startDaemon('fake-trunk-agent')),
    );
    const placement = (async () => {
      await migrate('placement-db', 'openstack_placement', [
        this.manage('placement-manage', 'placement.cmd.manage:main', 'placement.conf', 'db', 'sync'),
      ]);
      await this.step('placement', () => this.startDaemon('placement'));
    })();
    const glance = (async () => {
      await migrate('glance-db', 'glance', [
        this.manage('glance-manage', 'glance.cmd.manage:main', 'glance-api.conf', 'db_sync'),
      ]);
      await this.step('glance-api', () => this.startDaemon('glance-api'));
    })();
    const novaServices = (async () => {
      const nova = (...args: string[]): string[] => [...this.conf('nova.conf'), ...args];
      const cell0 = `mysql+pymysql://nova:${this.state.adminPassword}@${SANDBOX.listen}:${PORTS.mariadb}/nova_cell0`;
      await migrate(
        'nova-db',
        'nova',
        [
          this.batch('nova-manage', 'nova.cmd.manage:main', [
            nova('api_db', 'sync'),
            nova('cell_v2', 'map_cell0', '--database_connection', cell0),
            nova('cell_v2', 'create_cell', '--name', 'cell1'),
            nova('db', 'sync'),
          ]),
        ],
        true,
      );
      // nova-scheduler asks Placement for its resource providers at start-up and dies on a 401: users first
      await Promise.all([rabbit, keystone]);
      await this.step('nova-api', async () => {
        await Promise.all(['nova-conductor', 'nova-scheduler'].map((n) => this.startDaemon(n)));
        await this.startDaemon('nova-api');
      });
    })();
    const compute = Promise.all([novaServices, keystone, placement]).then(async () => {
      await this.step('nova-compute', () => this.startDaemon('nova-compute'));
      await this.step('compute-ready', () => this.waitComputeReady());
    });
    // the failure-injection host starts after the good one is ready, so that it never delays the bring-up
    const brokenCompute = compute.then(() => this.step('nova-compute-broken', () => this.startBrokenCompute()));
    const octavia = this.state.octavia
      ? (async () => {
          await migrate('octavia-db', 'octavia', [
            [
              ...this.ep('octavia-db-manage', 'octavia.db.migration.cli:main'),
              ...this.conf('octavia.conf'),
              'upgrade',
              'head',
            ],
          ]);
          // the worker validates the amphora boot network against Neutron: lb-mgmt-net must exist first
          await Promise.all([rabbit, neutron, keystone]);
          await this.step('octavia-mgmt-net', async () => {
            const { lb_mgmt_net } = (await this.provision('octavia')) as { lb_mgmt_net: string };
            this.render('octavia.conf', { AMP_BOOT_NETWORK: lb_mgmt_net });
          });
          await this.step('octavia', async () => {
            await this.startDaemon('octavia-worker');
            await this.startDaemon('octavia-api');
          });
        })()
      : Promise.resolve();
    const devstack = Promise.all([keystone, neutron, glance, novaServices]).then(() =>
      this.step('devstack-objects', () => this.provision('devstack')),
    );
    const kuryr = this.state.kuryrDefaults
      ? Promise.all([devstack, octavia]).then(() => this.step('kuryr-defaults', () => this.provision('kuryr')))
      : Promise.resolve();
    // The data plane: the VLAN switch and the internet host need nothing; the compute emulator polls Nova and
    // Neutron (and wires router1), so it starts once the compute host is ready and the DevStack objects exist.
    const dataplane = Promise.all([compute, trunkAgent, devstack]).then(() =>
      this.step('dataplane', async () => {
        for (const name of DATAPLANE_DAEMONS) await this.startDaemon(name);
      }),
    );
    // Programs other parts of the sandbox provide (the Kubernetes and Kuryr emulators), when they exist.
    const extras = Promise.all([dataplane, kuryr]).then(async () => {
      const present = OPTIONAL_PROGRAM_DAEMONS.filter((n) => this.defs.has(n));
      if (present.length)
        await this.step('kube-kuryr', async () => {
          for (const name of present) await this.startDaemon(name);
        });
      // With Kuryr's defaults, the baremetal cluster `kdf` (two nodes) and its kubeconfig (idempotent).
      if (this.state.kuryrDefaults && present.includes('kube-manager'))
        await this.step('kube-cluster', () => this.initKubeCluster());
    });

    await this.settle([
      mariadb,
      rabbit,
      keystone,
      neutron,
      trunkAgent,
      placement,
      glance,
      novaServices,
      compute,
      octavia,
      devstack,
      kuryr,
      dataplane,
      extras,
      brokenCompute,
    ]);
    await this.step('verify', () => this.verifyRunning());
  }

  /** `kdf-kube init` of the baremetal cluster `kdf`, kubeconfig `<dir>/kube/kubeconfig` (kept when it exists). */
  private async initKubeCluster(): Promise<void> {
    const kubeconfig = join(this.deps.layout.root, 'kube', 'kubeconfig');
    await this.deps.runner.run(
      '/usr/bin/python3',
      [
        join(sandboxAssetsRoot(this.deps.layout), 'kube', 'bin', 'kdf-kube'),
        'init',
        '--state-dir',
        this.deps.layout.root,
        '--cluster',
        'kdf',
        '--mode',
        'baremetal',
        '--kubeconfig',
        kubeconfig,
        // the cluster's pods live in namespaces under this sandbox's (kdf-kube's default is kdf-sbx)
        '--namespace',
        this.state.namespace,
      ],
      { timeoutMs: 60_000, label: 'kdf-kube init' },
    );
  }

  /** Waits for every branch; on the first failure aborts the rest, waits for them to stop, then rethrows it. */
  private async settle(branches: Promise<unknown>[]): Promise<void> {
    let first: unknown;
    await Promise.all(
      branches.map((b) =>
        b.catch((err: unknown) => {
          if (first === undefined) {
            first = err;
            this.abort.abort();
          }
        }),
      ),
    );
    if (first !== undefined) throw first;
  }

  /** Runs and times one named step (skipped when another branch has already failed). */
  private async step<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (this.abort.signal.aborted) throw new Error(`${name}: not started (another step failed)`);
    const startMs = Math.round(performance.now() - this.t0);
    const result = await fn();
    const endMs = Math.round(performance.now() - this.t0);
    this.steps.push({ name, startMs, endMs });
    this.deps.logger?.info(`[${(endMs / 1000).toFixed(1)}s] ${name} done (${((endMs - startMs) / 1000).toFixed(1)}s)`);
    return result;
  }

  // -------------------------------------------------------------------------------------------------------------
  // files

  private prepareFiles(): void {
    const { layout } = this.deps;
    const dirs = [
      layout.etc,
      layout.log,
      layout.run,
      join(layout.log, 'rabbitmq'),
      join(layout.data, 'done'),
      join(layout.data, 'rabbitmq'),
      join(layout.data, 'keystone-fernet'),
      join(layout.data, 'keystone-credential'),
      join(layout.data, 'neutron', 'lock'),
      join(layout.data, 'glance', 'images'),
      join(layout.data, 'glance', 'staging'),
      join(layout.data, 'glance', 'tasks'),
      join(layout.data, 'nova', 'instances'),
      join(layout.data, 'octavia', 'certs'),
      join(layout.root, 'dataplane', 'vms'),
    ];
    for (const dir of dirs) mkdirSync(dir, { recursive: true });
    // keystone warns on every request about key repositories others can read
    for (const keys of ['keystone-fernet', 'keystone-credential']) chmodSync(join(layout.data, keys), 0o700);
    for (const file of [
      'my.cnf',
      'keystone.conf',
      'neutron.conf',
      'ml2_conf.ini',
      'placement.conf',
      'glance-api.conf',
      'nova.conf',
    ]) {
      this.render(file);
    }
    // octavia-db-manage only needs the database; the daemons get lb-mgmt-net's id once Neutron has made it
    const saved = this.state.provision.octavia as { lb_mgmt_net?: string } | undefined;
    this.render('octavia.conf', { AMP_BOOT_NETWORK: saved?.lb_mgmt_net ?? 'not-created-yet' });
    writeSecret(layout.cloudsYaml, cloudsYaml(this.vars.KEYSTONE, this.state.adminPassword));
    const image = join(layout.data, 'image.raw');
    if (!existsSync(image)) writeFileSync(image, Buffer.alloc(1024 * 1024));
    writeSecret(
      join(layout.etc, 'provision.json'),
      JSON.stringify({
        password: this.state.adminPassword,
        region: SANDBOX.region,
        host: SANDBOX.host,
        host_ip: SANDBOX.hostIp,
        endpoints: endpointUrls(this.state.octavia),
        octavia: this.state.octavia,
        image_file: image,
        image_name: SANDBOX.imageName,
        ipv6_safe_range: SANDBOX.ipv6SafeRange,
      }),
    );
    writeFileSync(join(layout.data, 'rabbitmq', 'enabled_plugins'), '[].\n');
    writeFileSync(
      join(layout.etc, BROKEN_COMPUTE_CONF),
      `[DEFAULT]\nhost = ${BROKEN_COMPUTE_HOST}\ncompute_driver = fake.FakeBuildAbortDriver\n`,
    );
  }

  /** The throw-away CA Octavia's local certificate generator signs amphora certificates with. */
  private async octaviaCertificates(): Promise<void> {
    const certs = join(this.deps.layout.data, 'octavia', 'certs');
    if (existsSync(join(certs, 'client.pem'))) return;
    await this.oneShot('octavia-ca', [
      '/usr/bin/openssl',
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '3650',
      '-subj',
      '/CN=kdf-sandbox-ca',
      '-keyout',
      join(certs, 'ca.key'),
      '-out',
      join(certs, 'ca.pem'),
    ]);
    const pem = readFileSync(join(certs, 'ca.pem'), 'utf8') + readFileSync(join(certs, 'ca.key'), 'utf8');
    writeSecret(join(certs, 'client.pem'), pem);
  }

  /** Renders `sandbox/openstack/etc/FILE` into the state's etc/ (mode 0600: the files hold the password). */
  private render(file: string, extra: Record<string, string> = {}): void {
    const { layout } = this.deps;
    const template = readFileSync(join(layout.assets, 'etc', file), 'utf8');
    writeSecret(join(layout.etc, file), renderTemplate(template, { ...this.vars, ...extra }, file));
  }

  /** Stops daemons of components this run does not want (e.g. Octavia after `--without octavia`). */
  private async stopUnrequested(): Promise<void> {
    const wanted = new Set(this.defs.keys());
    const all = serviceDefs(this.deps.layout, { octavia: true }).map((d) => d.name);
    await Promise.all(all.filter((n) => !wanted.has(n)).map((n) => this.daemons.stop(n, 5000)));
  }

  // -------------------------------------------------------------------------------------------------------------
  // commands

  private ep(name: string, target: string): string[] {
    return [PYTHON, join(this.deps.layout.bin, 'ep'), name, target];
  }

  private conf(...files: string[]): string[] {
    return files.flatMap((f) => ['--config-file', join(this.deps.layout.etc, f)]);
  }

  /** An oslo `*-manage` command line: config file first, then the sub-command. */
  private manage(name: string, target: string, conf: string, ...args: string[]): string[] {
    return [...this.ep(name, target), ...this.conf(conf), ...args];
  }

  /** Several invocations of one `*-manage` entry point in one process (see bin/manage-batch). */
  private batch(name: string, target: string, invocations: string[][]): string[] {
    return [
      PYTHON,
      join(this.deps.layout.bin, 'manage-batch'),
      name,
      target,
      ...invocations.flatMap((args) => ['--', ...args]),
    ];
  }

  private keystoneBootstrapArgs(): string[] {
    const url = this.vars.KEYSTONE;
    return [
      'bootstrap',
      '--bootstrap-password',
      this.state.adminPassword,
      '--bootstrap-username',
      'admin',
      '--bootstrap-project-name',
      'admin',
      '--bootstrap-role-name',
      'admin',
      '--bootstrap-service-name',
      'keystone',
      '--bootstrap-region-id',
      SANDBOX.region,
      '--bootstrap-admin-url',
      url,
      '--bootstrap-public-url',
      url,
      '--bootstrap-internal-url',
      url,
    ];
  }

  /** The runner for programs inside the sandbox's namespace. */
  private inNamespace(): NetnsCommandRunner {
    return new NetnsCommandRunner(this.deps.runner, this.state.namespace);
  }

  /**
   * Runs a one-shot program inside the namespace; its combined output goes to `log/NAME.log`. A failure becomes a
   * SandboxServiceError carrying the last 20 lines.
   */
  private async oneShot(name: string, argv: string[], env: Record<string, string> = {}): Promise<string> {
    const lines: string[] = [];
    const logFile = join(this.deps.layout.log, `${name}.log`);
    const [command, ...args] = argv;
    if (command === undefined) throw new Error(`${name}: empty command`);
    try {
      const result = await this.inNamespace().run(command, args, {
        env: { ...baseEnv(this.deps.layout), ...env },
        replaceEnv: true,
        signal: this.abort.signal,
        label: name,
        onStderrLine: (l) => lines.push(l),
        timeoutMs: 600_000,
      });
      writeFileSync(logFile, `${lines.join('\n')}\n`);
      return result.stdout;
    } catch (err) {
      if (err instanceof CommandError) {
        const all = [...lines, ...err.result.stdout.split('\n')].filter((l) => l !== '');
        writeFileSync(logFile, `${all.join('\n')}\n`);
        const why = err.cancelled
          ? 'cancelled'
          : err.timedOut
            ? 'timed out'
            : `failed (exit ${String(err.exitCode ?? err.signal)})`;
        throw new SandboxServiceError(name, why, all.slice(-20), logFile);
      }
      throw err;
    }
  }

  /** Runs `commands` in order unless `data/done/NAME` records the same `version`; records it afterwards. */
  private async once(name: string, version: string, commands: string[][]): Promise<void> {
    const marker = join(this.deps.layout.data, 'done', name);
    if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === version) return;
    for (const [i, argv] of commands.entries())
      await this.oneShot(commands.length > 1 ? `${name}-${i + 1}` : name, argv);
    writeFileSync(marker, `${version}\n`);
  }

  /** Runs `provision STEP` (openstacksdk) and keeps its report in the state. */
  private async provision(step: 'catalog' | 'devstack' | 'octavia' | 'kuryr'): Promise<unknown> {
    const { layout } = this.deps;
    const out = await this.oneShot(`provision-${step}`, [
      PYTHON,
      join(layout.bin, 'provision'),
      step,
      join(layout.etc, 'provision.json'),
    ]);
    const report = JSON.parse(out) as unknown;
    this.state.provision[step] = report;
    return report;
  }

  // -------------------------------------------------------------------------------------------------------------
  // daemons

  /** Starts daemon `name` (unless it runs) and waits until its probe answers. */
  private async startDaemon(name: string, timeoutS = STARTUP_TIMEOUT_S): Promise<void> {
    const def = this.defs.get(name);
    if (!def) throw new Error(`unknown service ${name}`);
    const { pid, started } = await this.daemons.start(def);
    if (started) this.started.push(name);
    const target = def.probe?.http ?? def.probe?.tcp;
    if (target === undefined) return;
    try {
      await this.inNamespace().run(
        PYTHON,
        [join(this.deps.layout.bin, 'probe'), 'wait', String(timeoutS), String(pid), target],
        { env: baseEnv(this.deps.layout), replaceEnv: true, signal: this.abort.signal, label: `${name} probe` },
      );
    } catch (err) {
      if (!(err instanceof CommandError)) throw err;
      const why = err.cancelled
        ? 'start-up cancelled'
        : err.exitCode === 3
          ? 'exited during start-up'
          : `did not answer on ${target} within ${timeoutS}s`;
      throw new SandboxServiceError(name, why, this.daemons.tail(name), this.daemons.logFile(name));
    }
  }

  private async startMariadb(): Promise<void> {
    const { layout } = this.deps;
    if (!existsSync(join(layout.data, 'mysql', 'mysql'))) {
      await this.oneShot('mariadb-install-db', [
        '/usr/bin/mariadb-install-db',
        '--user=root',
        `--datadir=${join(layout.data, 'mysql')}`,
        '--auth-root-authentication-method=socket',
        '--skip-test-db',
      ]);
    }
    await this.startDaemon('mariadb', 60);
    await this.sql(databaseSql(this.state.adminPassword, this.state.octavia), 'mariadb-databases');
  }

  /** Runs SQL through the server's socket as root (socket authentication). */
  private async sql(statements: string, name: string): Promise<string> {
    const socket = join(this.deps.layout.run, 'mysqld.sock');
    const lines: string[] = [];
    try {
      const { stdout } = await this.deps.runner.run(
        '/usr/bin/mysql',
        ['--protocol=socket', '-S', socket, '-uroot', '--batch', '--skip-column-names'],
        { input: statements, label: name, signal: this.abort.signal, onStderrLine: (l) => lines.push(l) },
      );
      return stdout;
    } catch (err) {
      if (err instanceof CommandError) throw new SandboxServiceError(name, err.message, lines.slice(-20));
      throw err;
    }
  }

  /**
   * Waits until nova-compute has reported its resources to Placement and nova-scheduler's periodic discovery has
   * mapped the host into cell1: only then can a server be scheduled. Read straight from the databases, which is
   * cheaper than the API and exact.
   */
  private async waitComputeReady(): Promise<void> {
    const deadline = Date.now() + 120_000;
    const query =
      `SELECT (SELECT COUNT(*) FROM nova_api.host_mappings WHERE host='${SANDBOX.host}'),` +
      ` (SELECT COUNT(*) FROM placement.inventories);`;
    for (;;) {
      const [mapped, inventories] = (await this.sql(query, 'compute-ready')).trim().split(/\s+/).map(Number);
      if ((mapped ?? 0) > 0 && (inventories ?? 0) > 0) return;
      for (const name of ['nova-compute', 'nova-scheduler', 'nova-conductor']) {
        if (this.daemons.runningPid(name) === undefined) {
          throw new SandboxServiceError(
            name,
            'exited during start-up',
            this.daemons.tail(name),
            this.daemons.logFile(name),
          );
        }
      }
      if (Date.now() > deadline) {
        const who = (mapped ?? 0) > 0 ? 'nova-compute' : 'nova-scheduler';
        const why =
          (mapped ?? 0) > 0
            ? 'reported no inventory to Placement within 120s'
            : 'did not map the compute host into cell1 within 120s';
        throw new SandboxServiceError(who, why, this.daemons.tail(who), this.daemons.logFile(who));
      }
      if (this.abort.signal.aborted) throw new Error('compute-ready: cancelled');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /**
   * Starts the failure-injection compute host and, when this run started it, disables its service as soon as Nova
   * has registered it (servers land only on kdf-sandbox until a test enables it).
   */
  private async startBrokenCompute(): Promise<void> {
    const def = this.defs.get('nova-compute-broken');
    if (!def) return;
    const { started } = await this.daemons.start(def);
    if (!started) return;
    this.started.push(def.name);
    const query = `SELECT COUNT(*) FROM nova.services WHERE host='${BROKEN_COMPUTE_HOST}' AND \`binary\`='nova-compute' AND deleted=0;`;
    const deadline = Date.now() + 120_000;
    while (Number((await this.sql(query, 'nova-compute-broken')).trim()) === 0) {
      if (this.daemons.runningPid(def.name) === undefined || Date.now() > deadline) {
        throw new SandboxServiceError(
          def.name,
          'did not register its compute service within 120s',
          this.daemons.tail(def.name),
          this.daemons.logFile(def.name),
        );
      }
      if (this.abort.signal.aborted) throw new Error('nova-compute-broken: cancelled');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await this.oneShot('nova-compute-broken-disable', [
      '/usr/bin/openstack',
      '--os-cloud',
      'devstack-admin',
      'compute',
      'service',
      'set',
      '--disable',
      '--disable-reason',
      'kdf sandbox: failure injection host, enable it to make builds fail',
      BROKEN_COMPUTE_HOST,
      'nova-compute',
    ]);
  }

  /** Every requested daemon must still run at the end (a crash after its probe answered counts too). */
  private async verifyRunning(): Promise<void> {
    for (const name of this.defs.keys()) {
      if (this.daemons.runningPid(name) === undefined) {
        throw new SandboxServiceError(name, 'is not running', this.daemons.tail(name), this.daemons.logFile(name));
      }
    }
    return Promise.resolve();
  }
}

/** CREATE DATABASE / USER / GRANT for every service (idempotent). */
export function databaseSql(password: string, octavia: boolean): string {
  const dbs = ['keystone', 'neutron', 'placement', 'glance', ...(octavia ? ['octavia'] : [])];
  const lines: string[] = [];
  const user = (name: string): string =>
    `CREATE USER IF NOT EXISTS '${name}'@'${SANDBOX.listen}' IDENTIFIED BY '${password}';`;
  for (const db of dbs) {
    lines.push(
      `CREATE DATABASE IF NOT EXISTS \`${db}\` CHARACTER SET utf8mb4;`,
      user(db),
      `GRANT ALL ON \`${db}\`.* TO '${db}'@'${SANDBOX.listen}';`,
    );
  }
  // nova's three databases share the user 'nova'
  lines.push(user('nova'));
  for (const db of ['nova_api', 'nova', 'nova_cell0']) {
    lines.push(
      `CREATE DATABASE IF NOT EXISTS \`${db}\` CHARACTER SET utf8mb4;`,
      `GRANT ALL ON \`${db}\`.* TO 'nova'@'${SANDBOX.listen}';`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Programs and files the packages script installs; a missing one is a ConfigurationError naming the script. */
export function checkInstalled(layout: SandboxLayout): void {
  const needed = [
    '/usr/sbin/mariadbd',
    '/usr/lib/rabbitmq/bin/rabbitmq-server',
    '/usr/bin/openstack',
    join(DIST_PACKAGES, 'neutron'),
    join(DIST_PACKAGES, 'nova'),
    join(DIST_PACKAGES, 'octavia'),
    join(layout.paste, 'usr', 'share', 'nova-common', 'api-paste.ini'),
  ];
  const missing = needed.filter((p) => !existsSync(p));
  if (missing.length) {
    throw new ConfigurationError(
      `the sandbox packages are not installed (missing ${missing.join(', ')}): run scripts/install-sandbox-packages.sh as root first.`,
      'packages',
    );
  }
}

/** Writes a file that holds a password: mode 0600, also when it already existed. */
function writeSecret(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}
