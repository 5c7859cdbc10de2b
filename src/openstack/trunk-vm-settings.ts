/**
 * actions/trunk-vm's settings: every input parsed once into a typed object, shared by the action and `kdf trunk-vm`.
 * User mistakes throw a ConfigurationError naming the input.
 */
import { ConfigurationError } from '../runtime/errors.js';
import type { Inputs } from '../runtime/inputs.js';
import { TRUNK_VM_DEFAULTS, TRUNK_VM_RULES, type TrunkVmSettings } from './trunk-vm.js';

/** The VM part of the settings: everything {@link TrunkVmSettings} takes except the run's file paths. */
export type TrunkVmVmSettings = Omit<TrunkVmSettings, 'sshKeyPath' | 'ledgerPath'>;

/** Every input of actions/trunk-vm, typed. */
export interface TrunkVmActionSettings {
  /** `os-cloud` (default `devstack`). */
  cloud: string;
  /** `clouds-yaml`: a clouds.yaml path (OS_CLIENT_CONFIG_FILE); unset uses the openstack CLI's search path. */
  cloudsYaml?: string;
  /** `image-url`: accepted, not implemented yet (the image must exist). */
  imageUrl?: string;
  /** `ssh-user`: the image's login user (default `centos`); used by SSH readiness, not by `up` yet. */
  sshUser: string;
  /** `overcloud-profile` (overcloud not implemented yet). */
  overcloudProfile?: string;
  /** `overcloud-local-conf` (overcloud not implemented yet). */
  overcloudLocalConf?: string;
  /** `keep`: skip teardown in post; the resources and the ledger stay. */
  keep: boolean;
  /** What `upTrunkVm` gets (paths are added by the caller). */
  vm: TrunkVmVmSettings;
}

/** Default key pair name (`key-name`). */
export const DEFAULT_KEY_NAME = 'kdf-trunk-vm';
/** Default of `boot-timeout-minutes`. */
export const DEFAULT_BOOT_TIMEOUT_MINUTES = 10;
/** The only `security-rules` value supported so far (the field guide's ICMP + SSH). */
export const DEFAULT_SECURITY_RULES = TRUNK_VM_RULES.map((r) =>
  r.dstPort === undefined ? r.protocol : `${r.protocol}/${r.dstPort}`,
);

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
 * Parses `security-rules`: `PROTOCOL[/PORT]` items (`icmp`, `tcp/22`, `udp/53`). Only the default set (`icmp`,
 * `tcp/22`, in any order) is supported so far; anything else is a ConfigurationError saying so.
 */
export function parseSecurityRules(items: readonly string[], input = 'security-rules'): string[] {
  if (items.length === 0) return [...DEFAULT_SECURITY_RULES];
  const rules = items.map((item) => {
    const m = /^(icmp|tcp|udp)(?:\/(\d{1,5}))?$/.exec(item.toLowerCase());
    const port = m?.[2] === undefined ? undefined : Number(m[2]);
    if (!m || (port !== undefined && (m[1] === 'icmp' || port < 1 || port > 65535))) {
      throw new ConfigurationError(
        `Input '${input}' items must be icmp, tcp/PORT or udp/PORT with PORT 1-65535 (got '${item}').`,
        input,
      );
    }
    return port === undefined ? (m[1] ?? '') : `${m[1]}/${port}`;
  });
  const same =
    new Set(rules).size === DEFAULT_SECURITY_RULES.length && DEFAULT_SECURITY_RULES.every((r) => rules.includes(r));
  if (!same) {
    throw new ConfigurationError(
      `Input '${input}': custom rules are not implemented yet; only the default '${DEFAULT_SECURITY_RULES.join(', ')}' is supported (got '${rules.join(', ')}').`,
      input,
    );
  }
  return rules;
}

/** Reads and validates every actions/trunk-vm input. */
export function readTrunkVmSettings(inputs: Inputs): TrunkVmActionSettings {
  if (inputs.getBooleanInput('overcloud', false)) {
    throw new ConfigurationError(
      "Input 'overcloud': the overcloud (DevStack inside the VM) is not implemented yet; set it to false.",
      'overcloud',
    );
  }
  parseSecurityRules(inputs.getListInput('security-rules'));
  const bootMinutes = inputs.getIntegerInput(
    'boot-timeout-minutes',
    { min: 1, max: 24 * 60 },
    DEFAULT_BOOT_TIMEOUT_MINUTES,
  );
  return {
    cloud: inputs.getOptionalInput('os-cloud', 'devstack'),
    cloudsYaml: inputs.getOptionalInput('clouds-yaml'),
    imageUrl: inputs.getOptionalInput('image-url'),
    sshUser: inputs.getOptionalInput('ssh-user', 'centos'),
    overcloudProfile: inputs.getOptionalInput('overcloud-profile'),
    overcloudLocalConf: inputs.getOptionalInput('overcloud-local-conf'),
    keep: inputs.getBooleanInput('keep', false),
    vm: {
      image: inputs.getRequiredInput('image'),
      flavor: inputs.getOptionalInput('flavor', TRUNK_VM_DEFAULTS.flavor),
      network: inputs.getOptionalInput('network', TRUNK_VM_DEFAULTS.network),
      externalNetwork: inputs.getOptionalInput('external-network', TRUNK_VM_DEFAULTS.externalNetwork),
      securityGroup: TRUNK_VM_DEFAULTS.securityGroup,
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
