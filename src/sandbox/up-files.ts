/**
 * The files `kdf sandbox up` prepares before anything starts: the state directory's tree, the rendered service
 * configuration, clouds.yaml, the provisioning input, and Octavia's throw-away CA. Every file that holds the
 * admin password is written with mode 0600.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { cloudsYaml } from './clouds.js';
import { endpointUrls, PORTS, SANDBOX } from './config.js';
import type { SandboxLayout } from './layout.js';
import type { ServiceRunner } from './service-runner.js';
import { BROKEN_COMPUTE_CONF, BROKEN_COMPUTE_HOST } from './services.js';
import type { SandboxState } from './state.js';
import { renderTemplate, type TemplateVars } from './templates.js';

/** The templates rendered before any service starts (octavia.conf is rendered again once lb-mgmt-net exists). */
const CONFIG_FILES = [
  'my.cnf',
  'keystone.conf',
  'neutron.conf',
  'ml2_conf.ini',
  'placement.conf',
  'glance-api.conf',
  'nova.conf',
];

/** The values the configuration templates of this sandbox are rendered with. */
export function templateVars(layout: SandboxLayout, state: SandboxState): TemplateVars {
  return {
    PASSWORD: state.adminPassword,
    KEYSTONE: `http://${SANDBOX.listen}:${PORTS.keystone}`,
    REGION: SANDBOX.region,
    DATA: layout.data,
    RUN: layout.run,
    PASTE: layout.paste,
    COMPUTE_HOST: SANDBOX.host,
    RABBIT: `rabbit://guest:guest@${SANDBOX.listen}:${PORTS.rabbitmq}/`,
  };
}

/** Creates the state directory's tree and writes every file the services and the provisioning read. */
export function prepareFiles(layout: SandboxLayout, state: SandboxState, vars: TemplateVars): void {
  makeDirectories(layout);
  for (const file of CONFIG_FILES) renderConfig(layout, vars, file);
  // octavia-db-manage only needs the database; the daemons get lb-mgmt-net's id once Neutron has made it
  const saved = state.provision.octavia as { lb_mgmt_net?: string } | undefined;
  renderConfig(layout, vars, 'octavia.conf', { AMP_BOOT_NETWORK: saved?.lb_mgmt_net ?? 'not-created-yet' });
  writeSecret(layout.cloudsYaml, cloudsYaml(vars.KEYSTONE, state.adminPassword));
  const image = join(layout.data, 'image.raw');
  if (!existsSync(image)) writeFileSync(image, Buffer.alloc(1024 * 1024));
  writeSecret(
    join(layout.etc, 'provision.json'),
    JSON.stringify({
      password: state.adminPassword,
      region: SANDBOX.region,
      host: SANDBOX.host,
      host_ip: SANDBOX.hostIp,
      endpoints: endpointUrls(state.octavia),
      octavia: state.octavia,
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

function makeDirectories(layout: SandboxLayout): void {
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
}

/** Renders `sandbox/openstack/etc/FILE` into the state's etc/ (mode 0600: the files hold the password). */
export function renderConfig(
  layout: SandboxLayout,
  vars: TemplateVars,
  file: string,
  extra: Record<string, string> = {},
): void {
  const template = readFileSync(join(layout.assets, 'etc', file), 'utf8');
  writeSecret(join(layout.etc, file), renderTemplate(template, { ...vars, ...extra }, file));
}

/** The throw-away CA Octavia's local certificate generator signs amphora certificates with. */
export async function octaviaCertificates(run: ServiceRunner): Promise<void> {
  const certs = join(run.deps.layout.data, 'octavia', 'certs');
  if (existsSync(join(certs, 'client.pem'))) return;
  await run.oneShot('octavia-ca', [
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

/** Writes a file that holds a password: mode 0600, also when it already existed. */
function writeSecret(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}
