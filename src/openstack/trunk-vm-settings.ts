/**
 * actions/trunk-vm's settings: every input parsed once into a typed object, shared by the action and `kdf trunk-vm`.
 * User mistakes throw a ConfigurationError naming the input.
 */
import { ConfigurationError } from '../runtime/errors.js';
import type { Inputs } from '../runtime/inputs.js';
import type { RuleSpec } from './client.js';
import { readOvercloudSettings } from './overcloud-settings.js';
import { TRUNK_VM_DEFAULTS, TRUNK_VM_RULES, type TrunkVmSettings } from './trunk-vm.js';

/** The VM part of the settings: everything {@link TrunkVmSettings} takes except the run's file paths. */
export type TrunkVmVmSettings = Omit<TrunkVmSettings, 'sshKeyPath' | 'ledgerPath'>;

/** The overcloud part of the settings (`overcloud: true`). */
export interface TrunkVmOvercloudSettings {
  /** `overcloud-profile` (default `overcloud-nested-vlan`). */
  profile: string;
  /** `overcloud-release`: the release train; empty = the profile's. */
  release?: string;
  /** `overcloud-local-conf-file`: a local.conf fragment file (workspace-relative), merged before `localConf`. */
  localConfFile?: string;
  /** `overcloud-local-conf`: inline local.conf meta-sections, merged last. */
  localConf?: string;
  /** `overcloud-service-host`: SERVICE_HOST; empty = the external subnet's gateway. */
  serviceHost?: string;
  /** `admin-password`: the undercloud's ADMIN_PASSWORD; empty = the password of `os-cloud` in clouds.yaml. */
  adminPassword?: string;
  /** `git-base`: where the VM's stack.sh clones the plugins from; empty = opendev.org. */
  gitBase?: string;
  /** `devstack-dir`: the DevStack checkout copied into the VM. */
  devstackDir: string;
  /** `overcloud-kuryr-conf`: kuryr.conf in the VM. */
  kuryrConfPath: string;
  /** `overcloud-timeout-minutes`: stack.sh in the VM. */
  timeoutMinutes: number;
}

/** Every input of actions/trunk-vm, typed. */
export interface TrunkVmActionSettings {
  /** `os-cloud` (default `devstack`). */
  cloud: string;
  /** `clouds-yaml`: a clouds.yaml path (OS_CLIENT_CONFIG_FILE); unset uses the openstack CLI's search path. */
  cloudsYaml?: string;
  /** `image-url`: downloaded once (cached by URL) and uploaded as `image` when Glance has no such image. */
  imageUrl?: string;
  /** `image-disk-format` for the upload (default `qcow2`). */
  imageDiskFormat: string;
  /** `ssh-user`: the image's login user (default `centos`). */
  sshUser: string;
  /** `overcloud`: stack DevStack with Kuryr nested-VLAN inside the VM; undefined when false. */
  overcloud?: TrunkVmOvercloudSettings;
  /** `keep`: skip teardown in post; the resources and the ledger stay. */
  keep: boolean;
  /** What `upTrunkVm` gets (paths are added by the caller). */
  vm: TrunkVmVmSettings;
}

/** Default key pair name (`key-name`). */
export const DEFAULT_KEY_NAME = 'kdf-trunk-vm';
/** Default of `boot-timeout-minutes`. */
export const DEFAULT_BOOT_TIMEOUT_MINUTES = 10;
/** Parses `subports`: VLAN ids 1-4094, separated by commas or newlines, unique. */
export function parseSubports(items: readonly string[], input = 'subports'): number[] {
  const ids = items.map((item) => {
    if (!/^\d+$/.test(item) || Number(item) < 1 || Number(item) > 4094) {
      throw new ConfigurationError(`Input '${input}' must list VLAN ids between 1 and 4094 (got '${item}').`, input);
    }
    return Number(item);
  });
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) throw new ConfigurationError(`Input '${input}' lists VLAN id ${dup} twice.`, input);
  return ids;
}

/**
 * Parses `security-rules`: `PROTOCOL[/PORT]` items (`icmp`, `tcp/22`, `udp/53`), each added (idempotently) as an
 * ingress rule from anywhere to the VM's security group. Empty = `icmp, tcp/22`
 * (docs/nested-topology.md#trunk-vm-procedure). Without `tcp/22` the VM cannot be reached over SSH, so it is refused.
 */
export function parseSecurityRules(items: readonly string[], input = 'security-rules'): RuleSpec[] {
  if (items.length === 0) return [...TRUNK_VM_RULES];
  const rules = items.map((item): RuleSpec => {
    const m = /^(icmp|tcp|udp)(?:\/(\d{1,5}))?$/.exec(item.toLowerCase());
    const port = m?.[2] === undefined ? undefined : Number(m[2]);
    if (
      !m ||
      (port !== undefined && (m[1] === 'icmp' || port < 1 || port > 65535)) ||
      (m[1] !== 'icmp' && port === undefined)
    ) {
      throw new ConfigurationError(
        `Input '${input}' items must be icmp, tcp/PORT or udp/PORT with PORT 1-65535 (got '${item}').`,
        input,
      );
    }
    const protocol = m[1] as RuleSpec['protocol'];
    return port === undefined ? { protocol } : { protocol, dstPort: port };
  });
  const unique = rules.filter(
    (r, i) => rules.findIndex((o) => o.protocol === r.protocol && o.dstPort === r.dstPort) === i,
  );
  if (!unique.some((r) => r.protocol === 'tcp' && r.dstPort === 22)) {
    throw new ConfigurationError(
      `Input '${input}' must include tcp/22: the toolkit reaches the VM over SSH (got '${items.join(', ')}').`,
      input,
    );
  }
  return unique;
}

/** Options of {@link readTrunkVmSettings}. */
export interface TrunkVmSettingsOptions {
  /**
   * DevStack is not stacked yet (the root action checks every input before setup-devstack runs): the `devstack-dir`
   * checkout and the undercloud's clouds.yaml do not exist yet, so only their form is checked, not what they hold.
   */
  beforeStack?: boolean;
}

/**
 * Reads and validates every actions/trunk-vm input, the overcloud's files and password included, without a cloud
 * call. `workspace` (default the current directory) is where relative paths and `./clouds.yaml` are looked up.
 */
export function readTrunkVmSettings(
  inputs: Inputs,
  workspace = process.cwd(),
  options: TrunkVmSettingsOptions = {},
): TrunkVmActionSettings {
  const cloud = inputs.getOptionalInput('os-cloud', 'devstack');
  const cloudsYaml = inputs.getOptionalInput('clouds-yaml');
  const rules = parseSecurityRules(inputs.getListInput('security-rules'));
  const bootMinutes = inputs.getIntegerInput(
    'boot-timeout-minutes',
    { min: 1, max: 24 * 60 },
    DEFAULT_BOOT_TIMEOUT_MINUTES,
  );
  const imageUrl = inputs.getOptionalInput('image-url');
  if (imageUrl !== undefined && !/^(https?|file):\/\/\S+$/.test(imageUrl)) {
    throw new ConfigurationError(
      `Input 'image-url' must be an http(s):// or file:// URL (got '${imageUrl}').`,
      'image-url',
    );
  }
  const diskFormat = inputs.getOptionalInput('image-disk-format', 'qcow2');
  if (!['qcow2', 'raw', 'vmdk', 'vdi', 'iso', 'vhd', 'vhdx', 'ami', 'ploop'].includes(diskFormat)) {
    throw new ConfigurationError(
      `Input 'image-disk-format' is not a Glance disk format (got '${diskFormat}').`,
      'image-disk-format',
    );
  }
  const overcloudOn = inputs.getBooleanInput('overcloud', false);
  const sshUser = inputs.getOptionalInput('ssh-user', 'centos');
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(sshUser)) {
    throw new ConfigurationError(`Input 'ssh-user' must be a Linux user name (got '${sshUser}').`, 'ssh-user');
  }
  return {
    cloud,
    cloudsYaml,
    imageUrl,
    imageDiskFormat: diskFormat,
    sshUser,
    overcloud: overcloudOn
      ? readOvercloudSettings(inputs, { cloud, cloudsYaml, workspace }, options.beforeStack === true)
      : undefined,
    keep: inputs.getBooleanInput('keep', false),
    vm: {
      image: inputs.getRequiredInput('image'),
      flavor: inputs.getOptionalInput('flavor', TRUNK_VM_DEFAULTS.flavor),
      network: inputs.getOptionalInput('network', TRUNK_VM_DEFAULTS.network),
      externalNetwork: inputs.getOptionalInput('external-network', TRUNK_VM_DEFAULTS.externalNetwork),
      securityGroup: TRUNK_VM_DEFAULTS.securityGroup,
      securityRules: rules,
      serverName: inputs.getOptionalInput('server-name', TRUNK_VM_DEFAULTS.serverName),
      portName: inputs.getOptionalInput('port-name', TRUNK_VM_DEFAULTS.portName),
      trunkName: inputs.getOptionalInput('trunk-name', TRUNK_VM_DEFAULTS.trunkName),
      keypairName: inputs.getOptionalInput('key-name', DEFAULT_KEY_NAME),
      subportVlanIds: parseSubports(inputs.getListInput('subports')),
      reuse: inputs.getBooleanInput('reuse', false),
      bootTimeoutMs: bootMinutes * 60_000,
    },
  };
}
