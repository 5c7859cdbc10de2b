/**
 * Distro identification as DevStack's `GetDistro` does it (docs/devstack-operations.md#supported-distros): the codename
 * on Ubuntu/Debian, `f<release>` on Fedora, `rhel<major>` on RHEL-likes. Input is /etc/os-release content or a short
 * id.
 */
import { readFileSync } from 'node:fs';

import { ConfigurationError } from '../runtime/errors.js';

export type DistroFamily = 'ubuntu' | 'debian' | 'fedora' | 'rhel' | 'opensuse';

export interface Distro {
  /** The toolkit's id: `ubuntu-18.04`, `fedora-31`, `debian-10`, `rhel-8`, `opensuse-15.2`. */
  id: string;
  family: DistroFamily;
  version: string;
  /** What DevStack's `$DISTRO` would be: `bionic`, `f31`, `rhel8`, `opensuse-15.2`. */
  devstackName: string;
  /** Package manager used to install prerequisites. */
  packageManager: 'apt' | 'dnf' | 'zypper';
}

const UBUNTU: Record<string, string> = {
  '14.04': 'trusty',
  '16.04': 'xenial',
  '17.10': 'artful',
  '18.04': 'bionic',
  '20.04': 'focal',
  '22.04': 'jammy',
  '24.04': 'noble',
  '26.04': 'resolute',
};
const DEBIAN: Record<string, string> = {
  '7': 'wheezy',
  '8': 'jessie',
  '9': 'stretch',
  '10': 'buster',
  '11': 'bullseye',
  '12': 'bookworm',
  '13': 'trixie',
};
const RHEL_LIKE = new Set(['rhel', 'centos', 'rocky', 'almalinux', 'ol']);

const invert = (m: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));

function make(family: DistroFamily, version: string): Distro {
  switch (family) {
    case 'ubuntu':
      return {
        id: `ubuntu-${version}`,
        family,
        version,
        devstackName: UBUNTU[version] ?? version,
        packageManager: 'apt',
      };
    case 'debian':
      return {
        id: `debian-${version}`,
        family,
        version,
        devstackName: DEBIAN[version] ?? version,
        packageManager: 'apt',
      };
    case 'fedora':
      return { id: `fedora-${version}`, family, version, devstackName: `f${version}`, packageManager: 'dnf' };
    case 'rhel': {
      const major = version.split('.')[0] ?? version;
      return { id: `rhel-${major}`, family, version: major, devstackName: `rhel${major}`, packageManager: 'dnf' };
    }
    case 'opensuse':
      return {
        id: `opensuse-${version}`,
        family,
        version,
        devstackName: `opensuse-${version}`,
        packageManager: 'zypper',
      };
  }
}

/** Parses KEY=value lines of /etc/os-release (values may be quoted). */
export function parseOsReleaseFields(content: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of content.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    out[m[1] as string] = (m[2] as string).replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

/** Identifies the distro from /etc/os-release content. Throws ConfigurationError for an unknown one. */
export function distroFromOsRelease(content: string): Distro {
  const f = parseOsReleaseFields(content);
  const id = (f.ID ?? '').toLowerCase();
  const version = f.VERSION_ID ?? '';
  if (id === 'ubuntu') return make('ubuntu', version);
  if (id === 'debian') return make('debian', version.split('.')[0] ?? version);
  if (id === 'fedora') return make('fedora', version);
  if (RHEL_LIKE.has(id)) return make('rhel', version);
  if (id.startsWith('opensuse')) return make('opensuse', id === 'opensuse-tumbleweed' ? 'tumbleweed' : version);
  throw new ConfigurationError(
    `Unsupported distro in /etc/os-release: ID=${id || '(none)'} VERSION_ID=${version || '(none)'}. ` +
      'DevStack runs on Ubuntu, Debian, Fedora, RHEL-likes and openSUSE.',
    'distro',
  );
}

/**
 * Parses a distro given by the user: `ubuntu-18.04`, `fedora-31`, `debian-10`, `rhel-8`/`centos-8`, or DevStack's
 * own names (`bionic`, `f31`, `rhel8`).
 */
export function parseDistroId(value: string): Distro {
  const v = value.trim().toLowerCase();
  let m = /^(ubuntu|debian|fedora|rhel|centos|rocky|almalinux|opensuse)[-_ ]?([\w.]+)$/.exec(v);
  if (m) {
    const fam = m[1] as string;
    const ver = m[2] as string;
    if (fam === 'ubuntu' && UBUNTU[ver]) return make('ubuntu', ver);
    if (fam === 'debian' && DEBIAN[ver]) return make('debian', ver);
    if (fam === 'fedora' && /^\d+$/.test(ver)) return make('fedora', ver);
    if ((RHEL_LIKE.has(fam) || fam === 'rhel') && /^\d+(\.\d+)?$/.test(ver)) return make('rhel', ver);
    if (fam === 'opensuse') return make('opensuse', ver);
  }
  const ubuntuByName = invert(UBUNTU)[v];
  if (ubuntuByName) return make('ubuntu', ubuntuByName);
  const debianByName = invert(DEBIAN)[v];
  if (debianByName) return make('debian', debianByName);
  m = /^f(\d+)$/.exec(v);
  if (m) return make('fedora', m[1] as string);
  m = /^rhel(\d+)$/.exec(v);
  if (m) return make('rhel', m[1] as string);
  throw new ConfigurationError(
    `Unknown distro '${value}'. Use ubuntu-<version> (e.g. ubuntu-18.04), fedora-<release> (e.g. fedora-31), ` +
      'debian-<major>, rhel-<major>, or DevStack names such as bionic, f31, rhel8.',
    'distro',
  );
}

/**
 * Whether stack.sh's unanchored `[[ ! ${DISTRO} =~ $SUPPORTED_DISTROS ]]` check passes
 * (docs/devstack-operations.md#supported-distros).
 */
export function devstackAcceptsDistro(supportedDistros: string, distro: Distro): boolean {
  return new RegExp(supportedDistros).test(distro.devstackName);
}

/** The toolkit's id of the distro in os-release content (`ubuntu-18.04`), or `ID-VERSION_ID`, or `unknown`. */
export function hostDistro(osRelease: string | undefined): string {
  if (osRelease === undefined) return 'unknown';
  try {
    return distroFromOsRelease(osRelease).id;
  } catch {
    const f = parseOsReleaseFields(osRelease);
    return [f.ID, f.VERSION_ID].filter(Boolean).join('-') || 'unknown';
  }
}

/** The host's os-release text (`path`, default /etc/os-release), or undefined when it cannot be read. */
export const readOsRelease = (path = '/etc/os-release'): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};
