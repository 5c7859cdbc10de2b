/**
 * Profiles are data: an ordered list of localrc entries plus INI blocks, built from the kuryr-kubernetes samples
 * (upstream `devstack/` at the ussuri train, see docs/local-conf.md#the-dragonflow-samples), with the fixes every
 * sample needs (pinned plugins, absolute LOGFILE, generated passwords). `build.ts` turns a profile + train + options
 * into a LocalConf.
 */
import type { Backend } from '../trains.js';

export type Role = 'all-in-one' | 'undercloud' | 'overcloud';

/** A condition on an entry: it is emitted only when every given field matches. */
export interface When {
  trains?: string[];
  octavia?: boolean;
  portsPool?: boolean;
}

export type ProfileEntry = (
  | { comment: string }
  | { blank: true }
  /** `NAME=value`; `shell` is trusted profile text written as is (may reference `$DEST`), `literal` is quoted. */
  | { set: string; shell: string }
  | { set: string; literal: string }
  | { append: string; shell: string }
  /** `enable_plugin <name> <git-base>/openstack/<name> <train ref>`. */
  | { plugin: string }
  | { enable: string[] }
  | { disable: string[] }
  /** Where the generated options (passwords, LOGFILE, ports pool, git base) are written. */
  | { generated: 'credentials' | 'logging' | 'ports-pool' | 'git-base' }
) & { when?: When };

export interface ProfileIniBlock {
  phase: string;
  file: string;
  sections: Record<string, Record<string, string>>;
  when?: When;
}

/** A value the profile cannot know; it must be given with `--set NAME=value` (or resolved by trunk-vm). */
export interface Placeholder {
  variable: string;
  description: string;
  resolveHint: string;
}

export interface ProfileDefinition {
  name: string;
  description: string;
  /** The Neutron backend; `none` for the overcloud, which uses the undercloud's Neutron. */
  backend: Backend | 'none';
  role: Role;
  /** The train used when none is given. */
  defaultTrain: string;
  /**
   * Reference samples this profile was built from (`<repo>/<era>/<file>`; eras `df-era` and `latest` in
   * docs/release-trains.md).
   */
  basedOn: string[];
  localrc: ProfileEntry[];
  ini: ProfileIniBlock[];
  placeholders: Placeholder[];
  /**
   * The ports-pool VIF driver for this topology (docs/connectivity.md#ports-pool): `neutron` baremetal, `nested` in the
   * VM.
   */
  poolDriver?: 'neutron' | 'nested';
}
