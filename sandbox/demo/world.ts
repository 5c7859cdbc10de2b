/**
 * The demo's world on this machine: the DevStack double's stack user and git base (sandbox/world/double-world),
 * the trunk VM's login user (sandbox/world/vm-user), and the double's control file, which tells the two apart: the
 * host's stack.sh runs as the stack user, the overcloud's stack.sh runs over SSH inside the VM as the VM user (the
 * emulated VMs share the machine's users and files), and each gets its own DEST, etc directory, host interface and
 * kubeconfig.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { doubleOsRelease } from '../world/double-tree.js';
import { createDoubleWorld, destroyDoubleWorld, type DoubleWorld } from '../world/double-world.js';
import { REPO_ROOT } from '../world/paths.js';
import { createVmUser, destroyVmUser, type VmUser } from '../world/vm-user.js';

/** What one leg asks of the double. */
export interface LegKnobs {
  /** os-release file name under sandbox/devstack/os-release (`ubuntu-18.04`). */
  osRelease: string;
  /** The sandbox cloud's Keystone, for clouds.yaml. */
  keystoneUri: string;
  /** `KDF_DOUBLE_FAIL` (an injected fault), if any. */
  fail?: string;
}

/** The demo world. */
export interface DemoWorld {
  host: DoubleWorld;
  vm: VmUser;
  /** The baremetal cluster's kubeconfig, readable by the stack user (the double copies it). */
  hostKubeconfig: string;
  /** Where the demo puts the nested cluster's kubeconfig once the trunk VM is up (the double waits for it). */
  nestedKubeconfig: string;
  /** The VM user's DevStack etc directory: kuryr.conf is `<vmEtc>/kuryr/kuryr.conf`. */
  vmEtc: string;
}

export const osReleasePath = (name: string): string => join(REPO_ROOT, 'sandbox', 'devstack', 'os-release', name);

const uidOf = (user: string): number => Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());

/** Creates the users, the git base and the directories; `clusterKubeconfig` is the sandbox's baremetal cluster's. */
export function createDemoWorld(adminPassword: string, clusterKubeconfig: string): DemoWorld {
  const host = createDoubleWorld(adminPassword);
  let vm: VmUser | undefined;
  try {
    vm = createVmUser((dir) => join(dir, 'etc', 'systemd', 'system'));
    const vmUid = uidOf(vm.name);
    const vmEtc = join(vm.dir, 'etc');
    for (const d of [vmEtc, join(vm.dir, 'stack')]) {
      mkdirSync(d, { recursive: true, mode: 0o755 });
      chownSync(d, vmUid, vmUid);
    }
    // The VM user clones the overcloud's plugins from the stack user's git base: git refuses repositories of
    // another owner unless told they are safe.
    writeFileSync(join(vm.home, '.gitconfig'), '[safe]\n\tdirectory = *\n');
    chownSync(join(vm.home, '.gitconfig'), vmUid, vmUid);
    const hostKubeconfig = join(host.dir, 'kubeconfig');
    copyFileSync(clusterKubeconfig, hostKubeconfig);
    chmodSync(hostKubeconfig, 0o644);
    return { host, vm, hostKubeconfig, nestedKubeconfig: join(host.dir, 'nested-kubeconfig'), vmEtc };
  } catch (err) {
    destroyVmUser(vm);
    destroyDoubleWorld(host);
    throw err;
  }
}

/**
 * Writes the double's control file for a leg. It is sourced by bash (with `set -a`), so one file serves both
 * stack.sh runs, told apart by the user running them.
 */
export function writeLegControl(w: DemoWorld, knobs: LegKnobs): void {
  const q = (v: string): string => `'${v.replace(/'/g, `'\\''`)}'`;
  const lines = [
    '# written by npm run demo (sandbox/demo/world.ts)',
    // read by the stack user and the VM user: the world's copy, not the clone (which may be root's alone)
    `KDF_DOUBLE_OS_RELEASE=${q(doubleOsRelease(w.host.doubleDir, knobs.osRelease))}`,
    `if [[ $(id -un) == ${q(w.vm.name)} ]]; then`,
    '    # the overcloud, inside the trunk VM',
    `    KDF_DOUBLE_ETC=${q(w.vmEtc)}`,
    `    KDF_DOUBLE_DEST=${q(join(w.vm.dir, 'stack'))}`,
    '    HOST_IP_IFACE=eth0',
    `    KDF_DOUBLE_KUBECONFIG=${q(w.nestedKubeconfig)}`,
    '    KDF_DOUBLE_KUBECONFIG_WAIT=300',
    'else',
    '    # the host (setup-devstack)',
    `    KDF_DOUBLE_ETC=${q(w.host.etc)}`,
    `    KDF_DOUBLE_DEST=${q(w.host.dest)}`,
    '    HOST_IP_IFACE=lo',
    `    KDF_DOUBLE_KEYSTONE_URI=${q(knobs.keystoneUri)}`,
    `    KDF_DOUBLE_KUBECONFIG=${q(w.hostKubeconfig)}`,
    ...(knobs.fail ? [`    KDF_DOUBLE_FAIL=${q(knobs.fail)}`] : []),
    'fi',
    '',
  ];
  writeFileSync(join(w.host.gitBase, 'kdf-double.env'), lines.join('\n'));
}

/** Removes everything {@link createDemoWorld} made. */
export function destroyDemoWorld(w: DemoWorld | undefined): void {
  if (!w) return;
  destroyVmUser(w.vm);
  destroyDoubleWorld(w.host);
}
