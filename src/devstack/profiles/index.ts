/** The profile registry. */
import { ConfigurationError } from '../../runtime/errors.js';
import { dragonflow, dragonflowUndercloud } from './dragonflow.js';
import { overcloudNestedVlan } from './overcloud.js';
import { ovn, ovnUndercloud, ovs, ovsUndercloud } from './ovs-ovn.js';
import type { ProfileDefinition } from './types.js';

export type { ProfileDefinition, ProfileEntry, Placeholder, Role } from './types.js';

export const PROFILES: Record<string, ProfileDefinition> = Object.fromEntries(
  [dragonflow, dragonflowUndercloud, overcloudNestedVlan, ovs, ovsUndercloud, ovn, ovnUndercloud].map((p) => [
    p.name,
    p,
  ]),
);

/** Looks a profile up by name; a ConfigurationError lists the valid names. */
export function getProfile(name: string): ProfileDefinition {
  const p = PROFILES[name];
  if (!p) {
    throw new ConfigurationError(
      `Unknown profile '${name}'. Accepted values: ${Object.keys(PROFILES).join(', ')}.`,
      'profile',
    );
  }
  return p;
}
