/**
 * The demo's matrix, as the reusable workflow runs it: Ubuntu 18.04 and Fedora 31, each baremetal and nested, plus
 * one Ubuntu leg whose Dragonflow plugin dies in stack.sh. A Fedora leg runs on this Debian host with the
 * package-manager doubles (sandbox/devstack/host/bin: `sudo` hands `dnf`/`rpm` to them), which record what
 * setup-devstack would have installed.
 */
import { join } from 'node:path';

import { REPO_ROOT } from '../world/paths.js';

/** A matrix leg. */
export interface Leg {
  name: string;
  /** The leg's folder under results/ and its log's name. */
  slug: string;
  topology: 'baremetal' | 'nested';
  profile: string;
  suites: string;
  /** os-release file name under sandbox/devstack/os-release (`ubuntu-18.04`, `fedora-31`). */
  osRelease: string;
  /** `KDF_DOUBLE_FAIL` of the DevStack double. */
  fail?: string;
}

const leg = (
  osRelease: 'ubuntu-18.04' | 'fedora-31',
  topology: Leg['topology'],
  slug: string,
  extra: Partial<Leg> = {},
): Leg => ({
  name: `${osRelease}/${topology}`,
  slug,
  topology,
  profile: topology === 'nested' ? 'dragonflow-undercloud' : 'dragonflow',
  suites: topology === 'nested' ? 'nested' : 'default-config,basic,udp',
  osRelease,
  ...extra,
});

const LEGS: Leg[] = [
  leg('ubuntu-18.04', 'baremetal', '1-ubuntu-baremetal'),
  leg('ubuntu-18.04', 'nested', '2-ubuntu-nested'),
  leg('fedora-31', 'baremetal', '3-fedora-baremetal'),
  leg('fedora-31', 'nested', '4-fedora-nested'),
  leg('ubuntu-18.04', 'baremetal', '5-injected-fault', {
    name: 'ubuntu-18.04/baremetal · injected fault',
    suites: 'basic',
    // the Dragonflow plugin's `die` in stack.sh's install phase: "ovsdb-server is not running"
    fail: 'die:dragonflow:install',
  }),
];

/** The legs a run takes: all of them, or (`--all-green`) those without an injected fault. */
export function selectLegs(allGreen: boolean): Leg[] {
  return allGreen ? LEGS.filter((l) => !l.fail) : LEGS;
}

/** The package-manager doubles a Fedora leg's PATH starts with. */
export const FEDORA_HOST_BIN = join(REPO_ROOT, 'sandbox', 'devstack', 'host', 'bin');

/** A leg's PATH and, on Fedora, the dnf double's record file (`packages`: what it would have installed). */
export function legEnvironment(l: Leg, packages: string): Record<string, string> {
  const path = `/usr/bin:/bin:/usr/sbin:/sbin:${process.env.PATH ?? ''}`;
  if (!l.osRelease.startsWith('fedora-')) return { PATH: path };
  return { PATH: `${FEDORA_HOST_BIN}:${path}`, KDF_DOUBLE_PKG_DB: packages };
}
