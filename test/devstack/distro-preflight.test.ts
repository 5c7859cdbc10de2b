import { describe, expect, it } from '@jest/globals';
import { devstackAcceptsDistro, distroFromOsRelease, parseDistroId } from '../../src/devstack/distro.js';
import { preflight } from '../../src/devstack/preflight.js';
import { PROFILES } from '../../src/devstack/profiles/index.js';
import { TRAINS, seriesOfRef } from '../../src/devstack/trains.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const OS_RELEASE = {
  bionic:
    'NAME="Ubuntu"\nVERSION="18.04.6 LTS (Bionic Beaver)"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="18.04"\nVERSION_CODENAME=bionic\n',
  jammy: 'NAME="Ubuntu"\nID=ubuntu\nVERSION_ID="22.04"\nVERSION_CODENAME=jammy\n',
  f31: 'NAME=Fedora\nVERSION="31 (Cloud Edition)"\nID=fedora\nVERSION_ID=31\n',
  f39: 'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=39\n',
  centos8: 'NAME="CentOS Linux"\nID="centos"\nID_LIKE="rhel fedora"\nVERSION_ID="8"\n',
  debian12: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n',
};

describe('distro identification like GetDistro', () => {
  it.each([
    ['bionic', 'ubuntu-18.04', 'bionic', 'apt'],
    ['jammy', 'ubuntu-22.04', 'jammy', 'apt'],
    ['f31', 'fedora-31', 'f31', 'dnf'],
    ['centos8', 'rhel-8', 'rhel8', 'dnf'],
    ['debian12', 'debian-12', 'bookworm', 'apt'],
  ] as const)('%s', (key, id, devstackName, pm) => {
    expect(distroFromOsRelease(OS_RELEASE[key])).toMatchObject({ id, devstackName, packageManager: pm });
  });

  it('accepts toolkit ids and DevStack names, refuses unknown ones with the accepted forms', () => {
    expect(parseDistroId('ubuntu-18.04').devstackName).toBe('bionic');
    expect(parseDistroId('f31').id).toBe('fedora-31');
    expect(parseDistroId('centos-8').id).toBe('rhel-8');
    expect(() => parseDistroId('windows-11')).toThrow(ConfigurationError);
    expect(() => parseDistroId('windows-11')).toThrow(/ubuntu-<version>.*fedora-<release>/);
    expect(() => distroFromOsRelease('ID=arch\n')).toThrow(/Unsupported distro/);
  });

  it("matches stack.sh's unanchored regex", () => {
    expect(devstackAcceptsDistro('bionic|f31', parseDistroId('f31'))).toBe(true);
    // Unanchored: an entry that is a substring of DISTRO matches (f3 accepts f31).
    expect(devstackAcceptsDistro('bionic|f3', parseDistroId('f31'))).toBe(true);
    expect(devstackAcceptsDistro('bionic|f31', parseDistroId('jammy'))).toBe(false);
  });
});

describe('preflight table: train × distro × profile', () => {
  const DISTROS = [
    'ubuntu-18.04',
    'ubuntu-20.04',
    'ubuntu-22.04',
    'ubuntu-24.04',
    'fedora-30',
    'fedora-31',
    'fedora-32',
    'fedora-39',
    'rhel-8',
    'rhel-9',
  ];
  // Expected verdict per train and distro (SUPPORTED_DISTROS of the train's devstack,
  // docs/devstack-operations.md#supported-distros).
  const ACCEPTED: Record<string, string[]> = {
    ussuri: ['ubuntu-18.04', 'fedora-30', 'fedora-31', 'rhel-8'],
    'kuryr-last': ['ubuntu-22.04', 'ubuntu-24.04', 'rhel-9'],
  };
  const rows = Object.values(PROFILES).flatMap((p) =>
    Object.keys(TRAINS).flatMap((t) => DISTROS.map((d) => [p.name, t, d] as const)),
  );

  it.each(rows)('%s on %s / %s', (profileName, trainName, distroId) => {
    const profile = PROFILES[profileName]!;
    const train = TRAINS[trainName]!;
    const result = preflight({ profile, train, distro: parseDistroId(distroId) });
    const backendOk = profile.backend === 'none' || train.backends.includes(profile.backend);
    const distroOk = ACCEPTED[trainName]!.includes(distroId);
    expect(result.ok).toBe(backendOk && distroOk);
    const codes = result.refused.map((r) => r.code).sort();
    expect(codes).toEqual(
      [...(backendOk ? [] : ['backend-not-in-train']), ...(distroOk ? [] : ['distro-not-supported'])].sort(),
    );
    for (const r of result.refused) expect(r.alternative).toBeTruthy();
  });

  it('Dragonflow on kuryr-last explains why and offers ussuri or an OVS/OVN profile', () => {
    const r = preflight({ profile: PROFILES.dragonflow!, train: TRAINS['kuryr-last']! });
    expect(r.refused[0]?.message).toMatch(/lib\/neutron functions/);
    expect(r.refused[0]?.alternative).toMatch(/--release ussuri.*ovs\/ovn/);
  });

  it('force turns a refused distro into a warning and FORCE=yes', () => {
    const r = preflight({
      profile: PROFILES.dragonflow!,
      train: TRAINS.ussuri!,
      distro: parseDistroId('ubuntu-22.04'),
      force: true,
    });
    expect(r.ok).toBe(true);
    expect(r.forceDistro).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('distro-forced');
  });

  it('refuses a Dragonflow profile on a devstack ref of 2023.1 or later', () => {
    for (const ref of ['stable/2023.1', 'master', 'unmaintained/2024.1', 'stable/antelope']) {
      const r = preflight({ profile: PROFILES.dragonflow!, train: TRAINS.ussuri!, devstackRef: ref });
      expect(r.refused.map((x) => x.code)).toEqual(['dragonflow-on-new-devstack']);
    }
    for (const ref of ['stable/zed', 'victoria-eol', 'stable/2022.1']) {
      expect(preflight({ profile: PROFILES.dragonflow!, train: TRAINS.ussuri!, devstackRef: ref }).ok).toBe(true);
    }
    const sha = preflight({
      profile: PROFILES.dragonflow!,
      train: TRAINS.ussuri!,
      devstackRef: 'a13ab8db2dbd959b5a1f52ac03d3fca07a19eb04',
    });
    expect(sha.ok).toBe(true);
    expect(sha.warnings.map((w) => w.code)).toContain('devstack-ref-unknown-series');
  });

  it('knows the series of refs', () => {
    expect(seriesOfRef('ussuri-eol')).toBe('2020.1');
    expect(seriesOfRef('stable/2023.2')).toBe('2023.2');
    expect(seriesOfRef('zed-eom')).toBe('2022.2');
    expect(seriesOfRef('deadbeef')).toBeUndefined();
  });
});
