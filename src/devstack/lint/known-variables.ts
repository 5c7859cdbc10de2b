/**
 * Variables a file spec (`[[post-config|$X]]`) or an INI value can use: what DevStack or a plugin defines by the
 * time the post-config merge runs, per era. Conservative on purpose: a name missing here is reported as "not known
 * to be defined" (a warning), never as an error. Plugin variables are only defined when that plugin is enabled,
 * because they come from the plugin's `devstack/settings` (or its lib).
 */
import type { DevstackEra } from './types.js';

/** A DevStack service group whose install creates the config directory (`/etc/nova`, …). */
export type ServiceGroup = 'nova' | 'neutron' | 'keystone' | 'glance' | 'cinder' | 'placement' | 'swift' | 'tempest';

export interface KnownVariable {
  name: string;
  /** Eras in which the variable exists at merge time. */
  eras: readonly DevstackEra[];
  /** `devstack` (core lib, always sourced) or the plugin name whose settings define it. */
  source: string;
  /** False when the value is a relative path (`Q_PLUGIN_CONF_FILE=etc/neutron/plugins/ml2/ml2_conf.ini`). */
  absolute: boolean;
  /** The service group whose configure step creates the directory of this file. */
  service?: ServiceGroup;
  /** Typical value, for messages. */
  example?: string;
}

const BOTH: readonly DevstackEra[] = ['df', 'newest'];
const DF: readonly DevstackEra[] = ['df'];

const core = (
  name: string,
  example: string,
  service?: ServiceGroup,
  eras: readonly DevstackEra[] = BOTH,
  absolute = true,
): KnownVariable => ({ name, eras, source: 'devstack', absolute, service, example });

const plugin = (name: string, source: string, example: string): KnownVariable => ({
  name,
  eras: BOTH,
  source,
  absolute: true,
  example,
});

/** Config-file variables (the ones that make sense in a header). */
export const CONFIG_FILE_VARIABLES: readonly KnownVariable[] = [
  core('NOVA_CONF', '/etc/nova/nova.conf', 'nova'),
  core('NOVA_CPU_CONF', '/etc/nova/nova-cpu.conf', 'nova'),
  core('NOVA_API_PASTE_INI', '/etc/nova/api-paste.ini', 'nova'),
  core('NOVA_CONF_DIR', '/etc/nova', 'nova'),
  core('NEUTRON_CONF', '/etc/neutron/neutron.conf', 'neutron'),
  core('NEUTRON_CONF_DIR', '/etc/neutron', 'neutron'),
  core('Q_PLUGIN_CONF_FILE', 'etc/neutron/plugins/ml2/ml2_conf.ini', 'neutron', BOTH, false),
  core('Q_L3_CONF_FILE', '/etc/neutron/l3_agent.ini', 'neutron'),
  core('Q_DHCP_CONF_FILE', '/etc/neutron/dhcp_agent.ini', 'neutron'),
  core('Q_META_CONF_FILE', '/etc/neutron/metadata_agent.ini', 'neutron'),
  // Only the df-era split `lib/neutron` (services named `neutron-*`) defines it; removed by a52041cd.
  core('NEUTRON_CORE_PLUGIN_CONF', '/etc/neutron/plugins/ml2/ml2_conf.ini', 'neutron', DF),
  core('KEYSTONE_CONF', '/etc/keystone/keystone.conf', 'keystone'),
  core('GLANCE_API_CONF', '/etc/glance/glance-api.conf', 'glance'),
  core('GLANCE_REGISTRY_CONF', '/etc/glance/glance-registry.conf', 'glance', DF),
  core('GLANCE_CONF_DIR', '/etc/glance', 'glance'),
  core('CINDER_CONF', '/etc/cinder/cinder.conf', 'cinder'),
  core('PLACEMENT_CONF', '/etc/placement/placement.conf', 'placement'),
  core('SWIFT_CONF_DIR', '/etc/swift', 'swift'),
  core('TEMPEST_CONFIG', '/opt/stack/tempest/etc/tempest.conf', 'tempest'),
  plugin('OCTAVIA_CONF', 'octavia', '/etc/octavia/octavia.conf'),
  plugin('OCTAVIA_CONF_DIR', 'octavia', '/etc/octavia'),
  plugin('DRAGONFLOW_CONF', 'dragonflow', '/etc/neutron/dragonflow.ini'),
  plugin('KURYR_CONFIG', 'kuryr-kubernetes', '/etc/kuryr/kuryr.conf'),
  plugin('KURYR_CONFIG_DIR', 'kuryr-kubernetes', '/etc/kuryr'),
  plugin('BARBICAN_CONF', 'barbican', '/etc/barbican/barbican.conf'),
  plugin('HEAT_CONF', 'heat', '/etc/heat/heat.conf'),
];

/** General variables `stackrc`/`stack.sh` define before any merge (usable in values and specs). */
export const GENERAL_VARIABLES: readonly string[] = [
  'DEST',
  'DATA_DIR',
  'TOP_DIR',
  'FILES',
  'HOME',
  'USER',
  'STACK_USER',
  'HOST_IP',
  'HOST_IPV6',
  'SERVICE_HOST',
  'SERVICE_IP_VERSION',
  'SERVICE_PROTOCOL',
  'SERVICE_LOCAL_HOST',
  'KEYSTONE_SERVICE_URI',
  'KEYSTONE_AUTH_URI',
  'DATABASE_HOST',
  'DATABASE_USER',
  'DATABASE_PASSWORD',
  'DATABASE_TYPE',
  'MYSQL_HOST',
  'RABBIT_HOST',
  'RABBIT_USERID',
  'RABBIT_PASSWORD',
  'ADMIN_PASSWORD',
  'SERVICE_PASSWORD',
  'SERVICE_PROJECT_NAME',
  'SERVICE_TOKEN',
  'REGION_NAME',
  'PUBLIC_NETWORK_NAME',
  'PUBLIC_NETWORK_GATEWAY',
  'FLOATING_RANGE',
  'FIXED_RANGE',
  'IPV4_ADDRS_SAFE_TO_USE',
  'LOGDIR',
  'LOGFILE',
  'DISTRO',
  'OS_CLOUD',
  'TUNNEL_ENDPOINT_IP',
  'METADATA_PROXY_SHARED_SECRET',
];

/** Common misspellings of config-file variables → the right spelling (as a file spec). */
export const FILE_SPEC_ALIASES: Readonly<Record<string, string>> = {
  KURYR_CONF: '$KURYR_CONFIG',
  KURYR_CONF_FILE: '$KURYR_CONFIG',
  DF_CONF: '$DRAGONFLOW_CONF',
  DRAGONFLOW_CONFIG: '$DRAGONFLOW_CONF',
  Q_PLUGIN_CONF: '/$Q_PLUGIN_CONF_FILE',
  ML2_CONF: '/$Q_PLUGIN_CONF_FILE',
  ML2_CONF_FILE: '/$Q_PLUGIN_CONF_FILE',
  NEUTRON_PLUGIN_CONF: '/$Q_PLUGIN_CONF_FILE',
  GLANCE_CONF: '$GLANCE_API_CONF',
  OCTAVIA_CONFIG: '$OCTAVIA_CONF',
  NOVA_CONFIG: '$NOVA_CONF',
  NEUTRON_CONFIG: '$NEUTRON_CONF',
};

/** The config-file variable entry for `name` in `era`, if any. */
export function configVariable(name: string, era: DevstackEra): KnownVariable | undefined {
  return CONFIG_FILE_VARIABLES.find((v) => v.name === name && v.eras.includes(era));
}

/** Levenshtein distance, for "did you mean" hints on short identifiers. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** The closest candidate within `max` edits, if any. */
export function closest(name: string, candidates: readonly string[], max = 2): string | undefined {
  let best: string | undefined;
  let bestDist = max + 1;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return best;
}
