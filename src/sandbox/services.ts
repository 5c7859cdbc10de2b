/**
 * The sandbox's daemons: how each starts (inside the namespace, from the distribution's Python packages) and how
 * its health is probed. DevStack runs the same services under systemd and uwsgi; here the `spawn` helper starts
 * them and `wsgiserve` stands in for uwsgi.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { PORTS, SANDBOX } from './config.js';
import type { DaemonSpec } from './daemons.js';
import type { SandboxLayout } from './layout.js';

/** One daemon of the sandbox. */
export interface ServiceDef extends DaemonSpec {
  /** The component it belongs to (the name `--without` takes for optional ones). */
  component:
    | 'mariadb'
    | 'rabbitmq'
    | 'keystone'
    | 'neutron'
    | 'placement'
    | 'glance'
    | 'nova'
    | 'octavia'
    | 'dataplane'
    | 'kube'
    | 'kuryr';
  /** What `status` probes inside the namespace: an HTTP URL or `HOST:PORT`; none means "the process runs". */
  probe?: { http?: string; tcp?: string };
  /** The URL shown by `status` (the API endpoint, or the server address). */
  url?: string;
}

const PYTHON = '/usr/bin/python3';
const MARIADBD = '/usr/sbin/mariadbd';

/** libeatmydata (installed by the packages script) for the multiarch directory of this machine, if present. */
function eatmydata(): Record<string, string> {
  const lib = ['x86_64-linux-gnu', 'aarch64-linux-gnu']
    .map((arch) => `/usr/lib/${arch}/libeatmydata.so`)
    .find((path) => existsSync(path));
  return lib ? { LD_PRELOAD: lib } : {};
}

/** The data-plane daemons (`sandbox/dataplane/bin`, started after Nova and Neutron answer). */
export const DATAPLANE_DAEMONS = ['vlan-switch', 'inet-host', 'compute-emulator'] as const;

/**
 * Daemons whose programs other parts of the sandbox provide: started (and listed) only when the program exists.
 * `down` stops them by pid file whether or not the program is still there.
 */
export const OPTIONAL_PROGRAM_DAEMONS = ['kube-manager', 'kuryr-emulator'] as const;

/** `sandbox/` of the repository (the parent of the OpenStack assets). */
export function sandboxAssetsRoot(layout: SandboxLayout): string {
  return dirname(layout.assets);
}

/** Where the `kdfdp` Python package lives (`sandbox/dataplane`); on the data-plane daemons' PYTHONPATH. */
export function dataplaneDir(layout: SandboxLayout): string {
  return join(sandboxAssetsRoot(layout), 'dataplane');
}

/** The failure-injection compute host (`compute_driver = fake.FakeBuildAbortDriver`), disabled by `up`. */
export const BROKEN_COMPUTE_HOST = 'kdf-sandbox-broken';

/** Its configuration file in etc/, read after nova.conf (it overrides `host` and `compute_driver` only). */
export const BROKEN_COMPUTE_CONF = 'nova-compute-broken.conf';

/** The address of the sandbox's "internet" host (inside `<namespace>-inet`, see sandbox/dataplane/kdfdp/inet.py). */
export const INET_ADDRESS = '198.51.100.10';

/** Argument-vector and address builders shared by the per-component tables below. */
interface Builders {
  /** A console-script entry point run through `bin/ep` (the program name, then `module:function`, then args). */
  ep(name: string, target: string, ...args: string[]): string[];
  /** A WSGI application served by `bin/wsgiserve` on the sandbox address. */
  wsgi(port: number, target: string): string[];
  /** `--config-file` pairs for files in the rendered etc/. */
  conf(...files: string[]): string[];
  /** An HTTP URL on the sandbox address. */
  http(port: number, path?: string): string;
  /** `HOST:PORT` on the sandbox address. */
  tcp(port: number): string;
}

function builders(layout: SandboxLayout): Builders {
  return {
    ep: (name, target, ...args) => [PYTHON, join(layout.bin, 'ep'), name, target, ...args],
    wsgi: (port, target) => [PYTHON, join(layout.bin, 'wsgiserve'), SANDBOX.listen, String(port), target],
    conf: (...files) => files.flatMap((f) => ['--config-file', join(layout.etc, f)]),
    http: (port, path = '/') => `http://${SANDBOX.listen}:${port}${path}`,
    tcp: (port) => `${SANDBOX.listen}:${port}`,
  };
}

/** The database and the message queue (epmd, then RabbitMQ). */
function backingDaemons(layout: SandboxLayout, { tcp }: Builders): ServiceDef[] {
  const rabbitData = join(layout.data, 'rabbitmq');
  return [
    {
      name: 'mariadb',
      component: 'mariadb',
      argv: [MARIADBD, `--defaults-file=${join(layout.etc, 'my.cnf')}`],
      // throw-away data: no fsync at all
      env: eatmydata(),
      probe: { tcp: tcp(PORTS.mariadb) },
      url: `mysql://${tcp(PORTS.mariadb)}`,
    },
    {
      // started on its own (not daemonised by erl) so that `down` finds it by its pid file
      name: 'epmd',
      component: 'rabbitmq',
      argv: ['/usr/bin/epmd', '-address', SANDBOX.listen, '-port', String(PORTS.epmd)],
      probe: { tcp: tcp(PORTS.epmd) },
    },
    {
      name: 'rabbitmq',
      component: 'rabbitmq',
      argv: ['/usr/lib/rabbitmq/bin/rabbitmq-server'],
      env: {
        HOME: rabbitData,
        RABBITMQ_CONF_ENV_FILE: '/dev/null',
        RABBITMQ_NODENAME: 'rabbit@localhost',
        RABBITMQ_NODE_IP_ADDRESS: SANDBOX.listen,
        RABBITMQ_NODE_PORT: String(PORTS.rabbitmq),
        RABBITMQ_MNESIA_BASE: join(rabbitData, 'mnesia'),
        RABBITMQ_LOG_BASE: join(layout.log, 'rabbitmq'),
        RABBITMQ_PID_FILE: join(layout.run, 'rabbitmq.real.pid'),
        RABBITMQ_ENABLED_PLUGINS_FILE: join(rabbitData, 'enabled_plugins'),
        ERL_EPMD_ADDRESS: SANDBOX.listen,
        RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
      },
      probe: { tcp: tcp(PORTS.rabbitmq) },
      url: `amqp://${tcp(PORTS.rabbitmq)}`,
    },
  ];
}

/** Keystone, Neutron (server and the fake trunk agent), Placement and Glance. */
function controlPlaneDaemons(layout: SandboxLayout, { ep, wsgi, conf, http }: Builders): ServiceDef[] {
  return [
    {
      name: 'keystone',
      component: 'keystone',
      argv: wsgi(PORTS.keystone, 'keystone.server.wsgi:initialize_public_application'),
      env: { OS_KEYSTONE_CONFIG_FILES: join(layout.etc, 'keystone.conf') },
      probe: { http: http(PORTS.keystone, '/v3') },
      url: http(PORTS.keystone),
    },
    {
      name: 'neutron-server',
      component: 'neutron',
      argv: ep('neutron-server', 'neutron.cmd.eventlet.server:main', ...conf('neutron.conf', 'ml2_conf.ini')),
      probe: { http: http(PORTS.neutron) },
      url: http(PORTS.neutron),
    },
    {
      name: 'fake-trunk-agent',
      component: 'neutron',
      argv: [PYTHON, join(layout.bin, 'fake-trunk-agent'), ...conf('neutron.conf')],
      env: { OS_CLOUD: 'devstack-admin' },
    },
    {
      name: 'placement',
      component: 'placement',
      argv: wsgi(PORTS.placement, 'placement.wsgi:init_application'),
      env: { OS_PLACEMENT_CONFIG_DIR: layout.etc },
      probe: { http: http(PORTS.placement) },
      url: http(PORTS.placement),
    },
    {
      name: 'glance-api',
      component: 'glance',
      argv: ep('glance-api', 'glance.cmd.api:main', ...conf('glance-api.conf')),
      probe: { http: http(PORTS.glance) },
      url: http(PORTS.glance),
    },
  ];
}

/** Nova's conductor, scheduler, API and the two compute hosts (the second one for failure injection). */
function novaDaemons(layout: SandboxLayout, { ep, wsgi, conf, http }: Builders): ServiceDef[] {
  return [
    {
      name: 'nova-conductor',
      component: 'nova',
      argv: ep('nova-conductor', 'nova.cmd.conductor:main', ...conf('nova.conf')),
    },
    {
      name: 'nova-scheduler',
      component: 'nova',
      argv: ep('nova-scheduler', 'nova.cmd.scheduler:main', ...conf('nova.conf')),
    },
    {
      name: 'nova-api',
      component: 'nova',
      argv: wsgi(PORTS.nova, 'nova.api.openstack.compute.wsgi:init_application'),
      env: {
        WSGI_EVENTLET: '1',
        OS_NOVA_CONFIG_DIR: layout.etc,
        // nova's WSGI app loads its paste pipeline from the first file; absolute paths win over the directory
        OS_NOVA_CONFIG_FILES: `${join(layout.paste, 'usr', 'share', 'nova-common', 'api-paste.ini')};nova.conf`,
      },
      probe: { http: http(PORTS.nova) },
      url: http(PORTS.nova, '/v2.1'),
    },
    {
      name: 'nova-compute',
      component: 'nova',
      argv: ep('nova-compute', 'nova.cmd.compute:main', ...conf('nova.conf')),
    },
    {
      // failure injection: a second compute host whose builds abort (server ERROR with a fault); `up` disables
      // it, a test enables it (and disables kdf-sandbox) to get a real failed boot
      name: 'nova-compute-broken',
      component: 'nova',
      argv: ep('nova-compute', 'nova.cmd.compute:main', ...conf('nova.conf', BROKEN_COMPUTE_CONF)),
    },
  ];
}

/** What the data-plane and the optional kube/kuryr daemons share: their environment and state arguments. */
interface DataplaneContext {
  dataplane: string;
  env: Record<string, string>;
  namespace: string;
  stateArgs: string[];
}

function dataplaneContext(layout: SandboxLayout, namespace: string): DataplaneContext {
  const dataplane = dataplaneDir(layout);
  return {
    dataplane,
    env: { PYTHONPATH: `${layout.pylib}:${dataplane}`, OS_CLOUD: 'devstack-admin' },
    namespace,
    stateArgs: ['--state-dir', layout.root, '--namespace', namespace],
  };
}

/** The data-plane daemons of {@link DATAPLANE_DAEMONS}, entered with the host's mounts. */
function dataplaneDaemons({ dataplane, env, namespace, stateArgs }: DataplaneContext): ServiceDef[] {
  const program = (name: string): string => join(dataplane, 'bin', name);
  return [
    {
      name: 'vlan-switch',
      component: 'dataplane',
      argv: [PYTHON, program('vlan-switch'), '--namespace', namespace],
      env,
      hostMounts: true,
    },
    {
      name: 'inet-host',
      component: 'dataplane',
      argv: [PYTHON, program('inet-host'), '--namespace', namespace],
      env,
      hostMounts: true,
      probe: { http: `http://${INET_ADDRESS}/` },
      url: `http://${INET_ADDRESS}/`,
    },
    {
      name: 'compute-emulator',
      component: 'dataplane',
      argv: [PYTHON, program('compute-emulator'), ...stateArgs],
      env,
      hostMounts: true,
    },
  ];
}

/** The daemons of {@link OPTIONAL_PROGRAM_DAEMONS} whose program exists in this checkout. */
function optionalProgramDaemons(layout: SandboxLayout, { env, stateArgs }: DataplaneContext): ServiceDef[] {
  const root = sandboxAssetsRoot(layout);
  const optional: [name: (typeof OPTIONAL_PROGRAM_DAEMONS)[number], component: 'kube' | 'kuryr', program: string][] = [
    ['kube-manager', 'kube', join(root, 'kube', 'bin', 'kube-manager')],
    ['kuryr-emulator', 'kuryr', join(root, 'kuryr', 'bin', 'kuryr-emulator')],
  ];
  return optional
    .filter(([, , program]) => existsSync(program))
    .map(([name, component, program]) => ({
      name,
      component,
      argv: [PYTHON, program, ...stateArgs],
      env,
      hostMounts: true,
    }));
}

/** Octavia's worker and API (only when the sandbox runs with Octavia). */
function octaviaDaemons({ ep, conf, http }: Builders, layout: SandboxLayout): ServiceDef[] {
  return [
    {
      name: 'octavia-worker',
      component: 'octavia',
      argv: ep('octavia-worker', 'octavia.cmd.octavia_worker:main', ...conf('octavia.conf')),
      // where the Kuryr emulation's amphorae keep their configuration (pylib/kdf_octavia_amphora.py waits for them)
      env: { SANDBOX_AMPHORA_DIR: join(layout.root, 'kube', 'amphora') },
    },
    {
      name: 'octavia-api',
      component: 'octavia',
      argv: ep('octavia-api', 'octavia.cmd.api:main', ...conf('octavia.conf')),
      probe: { http: http(PORTS.octavia) },
      url: http(PORTS.octavia),
    },
  ];
}

/** Every daemon, in start order (the stop order is the reverse). */
export function serviceDefs(layout: SandboxLayout, options: { octavia: boolean; namespace?: string }): ServiceDef[] {
  const build = builders(layout);
  const dp = dataplaneContext(layout, options.namespace ?? SANDBOX.namespace);
  return [
    ...backingDaemons(layout, build),
    ...controlPlaneDaemons(layout, build),
    ...novaDaemons(layout, build),
    ...dataplaneDaemons(dp),
    ...optionalProgramDaemons(layout, dp),
    ...(options.octavia ? octaviaDaemons(build, layout) : []),
  ];
}

/** Every daemon name that can exist, whatever the options (for `down` and `status`). */
export function allServiceNames(layout: SandboxLayout): string[] {
  return serviceDefs(layout, { octavia: true }).map((s) => s.name);
}
