/** Facts about the runner host that preflight checks: distro, memory, free disk. Reads files only. */
import { existsSync, readFileSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigurationError } from '../../runtime/errors.js';
import { distroFromOsRelease, type Distro } from '../distro.js';

export interface HostFacts {
  distro: Distro;
  memoryMb: number;
  /** Free space on the filesystem that will hold DEST. */
  diskFreeGb: number;
  isRoot: boolean;
}

/**
 * DevStack needs about 10 GB of disk (docs/devstack-operations.md#sizing); an all-in-one with Octavia wants 8 GB of
 * memory.
 */
export const MINIMUMS = { memoryMb: 4096, recommendedMemoryMb: 8192, diskGb: 10 };

function nearestExisting(path: string): string {
  let p = path;
  while (!existsSync(p) && p !== dirname(p)) p = dirname(p);
  return p;
}

/** Reads the host facts. `osReleasePath` and `meminfoPath` are injectable for tests. */
export function readHostFacts(dest: string, paths: { osRelease?: string; meminfo?: string } = {}): HostFacts {
  const osReleasePath = paths.osRelease ?? '/etc/os-release';
  let osRelease: string;
  try {
    osRelease = readFileSync(osReleasePath, 'utf8');
  } catch {
    throw new ConfigurationError(
      `Cannot read ${osReleasePath}: the runner must be a Linux host with os-release.`,
      'distro',
    );
  }
  const meminfo = readFileSync(paths.meminfo ?? '/proc/meminfo', 'utf8');
  const kb = Number(/^MemTotal:\s+(\d+)/m.exec(meminfo)?.[1] ?? 0);
  const fs = statfsSync(nearestExisting(dest));
  return {
    distro: distroFromOsRelease(osRelease),
    memoryMb: Math.floor(kb / 1024),
    diskFreeGb: Math.floor((fs.bavail * fs.bsize) / 1024 ** 3),
    isRoot: process.getuid?.() === 0,
  };
}
