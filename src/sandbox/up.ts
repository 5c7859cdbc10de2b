/**
 * `kdf sandbox up`: brings the sandbox cloud up, or converges a running one (idempotent).
 *
 * The bring-up is a dependency graph run with as much parallelism as two cores allow: MariaDB and RabbitMQ start
 * together; once MariaDB answers, every service's schema migration runs at the same time; each API starts as soon
 * as its own migration (and RabbitMQ, where it needs it) is done; the Keystone catalogue and the DevStack objects
 * are created by one openstacksdk process each instead of dozens of CLI calls. Migrations are recorded per
 * package version under `data/done/`, so a second `up` skips them.
 *
 * This module is the graph; the programs it runs are in service-runner.ts (one-shots, daemons, SQL),
 * commandlines.ts (the `*-manage` command lines), up-files.ts (configuration) and compute.ts (the compute hosts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import {
  configFiles,
  databaseSql,
  entryPoint,
  keystoneBootstrapArgs,
  manageBatch,
  manageCommand,
  NICE,
  PYTHON,
} from './commandlines.js';
import { startBrokenCompute, waitComputeReady } from './compute.js';
import { PORTS, SANDBOX } from './config.js';
import { checkInstalled, packageVersion } from './packages.js';
import { resolveState, type UpRequest } from './request.js';
import { ServiceRunner, type UpDeps } from './service-runner.js';
import { DATAPLANE_DAEMONS, OPTIONAL_PROGRAM_DAEMONS, sandboxAssetsRoot, serviceDefs } from './services.js';
import { writeState, type SandboxState } from './state.js';
import type { TemplateVars } from './templates.js';
import { octaviaCertificates, prepareFiles, renderConfig, templateVars } from './up-files.js';

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
    started: run.run.started,
    state,
  };
}

/** A branch of the graph: settles when its last step is done. */
type Branch = Promise<void>;

/** One `up` run: the dependency graph and its bookkeeping. */
class BringUp {
  readonly t0 = performance.now();
  readonly steps: StepTiming[] = [];
  readonly run: ServiceRunner;
  private readonly vars: TemplateVars;

  constructor(
    private readonly deps: UpDeps,
    private readonly state: SandboxState,
  ) {
    this.run = new ServiceRunner(deps, state);
    this.vars = templateVars(deps.layout, state);
  }

  async execute(): Promise<void> {
    await this.step('prepare', () => this.prepare());

    // Every branch below waits on what it needs; settling all of them runs the whole graph.
    const mariadb = this.step('mariadb', () => this.startMariadb());
    const rabbit = this.step('rabbitmq', async () => {
      await this.run.startDaemon('epmd');
      await this.run.startDaemon('rabbitmq', 90);
    });
    const keystone = this.keystone(mariadb);
    const neutron = this.neutron(mariadb, rabbit);
    const trunkAgent = Promise.all([neutron, keystone]).then(() =>
      this.step('fake-trunk-agent', () => this.run.startDaemon('fake-trunk-agent')),
    );
    const placement = this.placement(mariadb);
    const glance = this.glance(mariadb);
    const novaServices = this.novaServices(mariadb, rabbit, keystone);
    const compute = Promise.all([novaServices, keystone, placement]).then(async () => {
      await this.step('nova-compute', () => this.run.startDaemon('nova-compute'));
      await this.step('compute-ready', () => waitComputeReady(this.run));
    });
    // the failure-injection host starts after the good one is ready, so that it never delays the bring-up
    const brokenCompute = compute.then(() => this.step('nova-compute-broken', () => startBrokenCompute(this.run)));
    const octavia = this.state.octavia ? this.octavia(mariadb, rabbit, neutron, keystone) : Promise.resolve();
    const devstack = Promise.all([keystone, neutron, glance, novaServices]).then(() =>
      this.step('devstack-objects', () => this.run.provision('devstack')),
    );
    const kuryr = this.state.kuryrDefaults
      ? Promise.all([devstack, octavia]).then(() => this.step('kuryr-defaults', () => this.run.provision('kuryr')))
      : Promise.resolve();
    // The data plane: the VLAN switch and the internet host need nothing; the compute emulator polls Nova and
    // Neutron (and wires router1), so it starts once the compute host is ready and the DevStack objects exist.
    const dataplane = Promise.all([compute, trunkAgent, devstack]).then(() =>
      this.step('dataplane', async () => {
        for (const name of DATAPLANE_DAEMONS) await this.run.startDaemon(name);
      }),
    );
    const extras = Promise.all([dataplane, kuryr]).then(() => this.extras());

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

  // -------------------------------------------------------------------------------------------------------------
  // the branches of the graph

  /**
   * Step `name`: once `mariadb` answers, runs a migration unless it is recorded for the installed `dist` version.
   * Keystone's and Nova's migrations are the critical path (the catalogue and nova-api gate everything after them);
   * the others yield the two cores to them.
   */
  private migrate(mariadb: Branch, name: string, dist: string, commands: string[][], critical = false): Branch {
    return mariadb.then(() =>
      this.step(name, () =>
        this.run.once(name, packageVersion(dist), critical ? commands : commands.map((c) => [NICE, '-n', '10', ...c])),
      ),
    );
  }

  /** Keystone's migration and bootstrap, the API, then the catalogue. */
  private async keystone(mariadb: Branch): Branch {
    const { layout } = this.deps;
    const k = (...args: string[]): string[] => [...configFiles(layout, 'keystone.conf'), ...args];
    const owner = ['--keystone-user', 'root', '--keystone-group', 'root'];
    await this.migrate(
      mariadb,
      'keystone-db',
      'keystone',
      [
        manageBatch(layout, 'keystone-manage', 'keystone.cmd.manage:main', [
          k('fernet_setup', ...owner),
          k('credential_setup', ...owner),
          k('db_sync'),
          k(...keystoneBootstrapArgs(this.state.adminPassword, this.vars.KEYSTONE)),
        ]),
      ],
      true,
    );
    await this.step('keystone', () => this.run.startDaemon('keystone'));
    await this.step('catalog', () => this.run.provision('catalog'));
  }

  /** Neutron's migration, then neutron-server once RabbitMQ runs. */
  private async neutron(mariadb: Branch, rabbit: Branch): Branch {
    const { layout } = this.deps;
    await this.migrate(mariadb, 'neutron-db', 'neutron', [
      [
        ...entryPoint(layout, 'neutron-db-manage', 'neutron.db.migration.cli:main'),
        ...configFiles(layout, 'neutron.conf', 'ml2_conf.ini'),
        'upgrade',
        'heads',
      ],
    ]);
    await rabbit;
    await this.step('neutron-server', () => this.run.startDaemon('neutron-server'));
  }

  private async placement(mariadb: Branch): Branch {
    await this.migrate(mariadb, 'placement-db', 'openstack_placement', [
      manageCommand(this.deps.layout, 'placement-manage', 'placement.cmd.manage:main', 'placement.conf', 'db', 'sync'),
    ]);
    await this.step('placement', () => this.run.startDaemon('placement'));
  }

  private async glance(mariadb: Branch): Branch {
    await this.migrate(mariadb, 'glance-db', 'glance', [
      manageCommand(this.deps.layout, 'glance-manage', 'glance.cmd.manage:main', 'glance-api.conf', 'db_sync'),
    ]);
    await this.step('glance-api', () => this.run.startDaemon('glance-api'));
  }

  /** Nova's databases and cells, then conductor, scheduler and API once RabbitMQ and the users exist. */
  private async novaServices(mariadb: Branch, rabbit: Branch, keystone: Branch): Branch {
    const { layout } = this.deps;
    const nova = (...args: string[]): string[] => [...configFiles(layout, 'nova.conf'), ...args];
    const cell0 = `mysql+pymysql://nova:${this.state.adminPassword}@${SANDBOX.listen}:${PORTS.mariadb}/nova_cell0`;
    await this.migrate(
      mariadb,
      'nova-db',
      'nova',
      [
        manageBatch(layout, 'nova-manage', 'nova.cmd.manage:main', [
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
      await Promise.all(['nova-conductor', 'nova-scheduler'].map((n) => this.run.startDaemon(n)));
      await this.run.startDaemon('nova-api');
    });
  }

  /** Octavia's migration, lb-mgmt-net (through Neutron), then the worker and the API. */
  private async octavia(mariadb: Branch, rabbit: Branch, neutron: Branch, keystone: Branch): Branch {
    const { layout } = this.deps;
    await this.migrate(mariadb, 'octavia-db', 'octavia', [
      [
        ...entryPoint(layout, 'octavia-db-manage', 'octavia.db.migration.cli:main'),
        ...configFiles(layout, 'octavia.conf'),
        'upgrade',
        'head',
      ],
    ]);
    // the worker validates the amphora boot network against Neutron: lb-mgmt-net must exist first
    await Promise.all([rabbit, neutron, keystone]);
    await this.step('octavia-mgmt-net', async () => {
      const { lb_mgmt_net } = (await this.run.provision('octavia')) as { lb_mgmt_net: string };
      renderConfig(layout, this.vars, 'octavia.conf', { AMP_BOOT_NETWORK: lb_mgmt_net });
    });
    await this.step('octavia', async () => {
      await this.run.startDaemon('octavia-worker');
      await this.run.startDaemon('octavia-api');
    });
  }

  /** Programs other parts of the sandbox provide (the Kubernetes and Kuryr emulators), when they exist. */
  private async extras(): Branch {
    const present = OPTIONAL_PROGRAM_DAEMONS.filter((n) => this.run.defs.has(n));
    if (present.length)
      await this.step('kube-kuryr', async () => {
        for (const name of present) await this.run.startDaemon(name);
      });
    // With Kuryr's defaults, the baremetal cluster `kdf` (two nodes) and its kubeconfig (idempotent).
    if (this.state.kuryrDefaults && present.includes('kube-manager'))
      await this.step('kube-cluster', () => this.initKubeCluster());
  }

  // -------------------------------------------------------------------------------------------------------------
  // single steps

  /** Files, the namespace, no daemon this run does not want, Octavia's CA. */
  private async prepare(): Promise<void> {
    prepareFiles(this.deps.layout, this.state, this.vars);
    await this.run.namespace.create(SANDBOX.bridge);
    await this.stopUnrequested();
    if (this.state.octavia) await octaviaCertificates(this.run);
  }

  /** Stops daemons of components this run does not want (e.g. Octavia after `--without octavia`). */
  private async stopUnrequested(): Promise<void> {
    const wanted = new Set(this.run.defs.keys());
    const all = serviceDefs(this.deps.layout, { octavia: true }).map((d) => d.name);
    await Promise.all(all.filter((n) => !wanted.has(n)).map((n) => this.run.daemons.stop(n, 5000)));
  }

  /** A fresh data directory, the server, then every service's database and user. */
  private async startMariadb(): Promise<void> {
    const { layout } = this.deps;
    if (!existsSync(join(layout.data, 'mysql', 'mysql'))) {
      await this.run.oneShot('mariadb-install-db', [
        '/usr/bin/mariadb-install-db',
        '--user=root',
        `--datadir=${join(layout.data, 'mysql')}`,
        '--auth-root-authentication-method=socket',
        '--skip-test-db',
      ]);
    }
    await this.run.startDaemon('mariadb', 60);
    await this.run.sql(databaseSql(this.state.adminPassword, this.state.octavia), 'mariadb-databases');
  }

  /**
   * `kdf-kube init` of the baremetal cluster `kdf` with Kuryr's policy security-group driver and cluster DNS,
   * kubeconfig `<dir>/kube/kubeconfig` (an existing cluster is kept; only its drivers are set and DNS added).
   */
  private async initKubeCluster(): Promise<void> {
    const kubeconfig = join(this.deps.layout.root, 'kube', 'kubeconfig');
    await this.deps.runner.run(
      PYTHON,
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
        // Kuryr's NetworkPolicy driver: a policy's security group on the pods it selects (others keep the defaults)
        '--sg-driver',
        'policy',
        // kube-system/kube-dns and CoreDNS, pods' resolv.conf pointing at it (added to a cluster made before)
        '--cluster-dns',
      ],
      { timeoutMs: 60_000, label: 'kdf-kube init' },
    );
  }

  /** Every requested daemon must still run at the end (a crash after its probe answered counts too). */
  private async verifyRunning(): Promise<void> {
    for (const name of this.run.defs.keys()) {
      if (this.run.daemons.runningPid(name) === undefined) throw this.run.daemonError(name, 'is not running');
    }
    return Promise.resolve();
  }

  // -------------------------------------------------------------------------------------------------------------
  // bookkeeping

  /** Waits for every branch; on the first failure aborts the rest, waits for them to stop, then rethrows it. */
  private async settle(branches: Promise<unknown>[]): Promise<void> {
    let first: unknown;
    await Promise.all(
      branches.map((b) =>
        b.catch((err: unknown) => {
          if (first === undefined) {
            first = err;
            this.run.abort.abort();
          }
        }),
      ),
    );
    if (first !== undefined) throw first;
  }

  /** Runs and times one named step (skipped when another branch has already failed). */
  private async step<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (this.run.abort.signal.aborted) throw new Error(`${name}: not started (another step failed)`);
    const startMs = Math.round(performance.now() - this.t0);
    const result = await fn();
    const endMs = Math.round(performance.now() - this.t0);
    this.steps.push({ name, startMs, endMs });
    this.deps.logger?.info(`[${(endMs / 1000).toFixed(1)}s] ${name} done (${((endMs - startMs) / 1000).toFixed(1)}s)`);
    return result;
  }
}
