/**
 * A throwaway login user for the sandbox's emulated VMs: the VM network namespaces share the machine's users and
 * files, so the image's "login user" is a real local user whose key the per-VM sshd takes from the Nova key pair.
 * It gets passwordless sudo (as cloud images give their default user) and a sudo PATH whose first directory holds a
 * `systemctl` double (the VM namespace has no systemd of its own): it records each call and fails for a unit
 * DevStack never wrote, as systemctl would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface VmUser {
  name: string;
  home: string;
  /** Scratch directory (0755) of the test: the systemctl double, its call log, the double's etc and DEST. */
  dir: string;
  /** Lines `restart devstack@… …` the systemctl double recorded. */
  systemctlCalls(): string[];
}

/**
 * Creates the user; `unitDir(dir)` is where DevStack's run_process writes the unit files (the double's
 * `$KDF_DOUBLE_ETC/systemd/system`), given the scratch directory.
 */
export function createVmUser(unitDir: (dir: string) => string): VmUser {
  const suffix = Math.random().toString(36).slice(2, 8);
  const name = `kdfvm${suffix}`;
  const dir = mkdtempSync(join(tmpdir(), `kdf-vm-${suffix}-`));
  chmodSync(dir, 0o755);
  execFileSync('useradd', ['-m', '-p', '*', '-s', '/bin/bash', name]);
  const bin = join(dir, 'bin');
  mkdirSync(bin, { mode: 0o755 });
  const log = join(dir, 'systemctl.log');
  writeFileSync(
    join(bin, 'systemctl'),
    `#!/bin/sh
# systemctl double for the sandbox VM: records the call; restart/start/status need the unit file
echo "$*" >> '${log}'
case "$1" in
  restart|start|stop|status|is-active)
    verb=$1
    shift
    for unit in "$@"; do
      [ -f '${unitDir(dir)}'/"$unit" ] || { echo "Failed to $verb $unit: Unit $unit not found." >&2; exit 5; }
    done ;;
esac
exit 0
`,
    { mode: 0o755 },
  );
  writeFileSync(
    `/etc/sudoers.d/${name}`,
    `Defaults:${name} secure_path="${bin}:/usr/sbin:/usr/bin:/sbin:/bin"\n${name} ALL=(ALL) NOPASSWD:ALL\n`,
    { mode: 0o440 },
  );
  return {
    name,
    home: `/home/${name}`,
    dir,
    systemctlCalls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []),
  };
}

/** Removes the user, its home, its sudoers file and the scratch directory. */
export function destroyVmUser(u: VmUser | undefined): void {
  if (!u) return;
  spawnSync('pkill', ['-KILL', '-u', u.name]);
  spawnSync('userdel', ['-r', '-f', u.name]);
  rmSync(`/etc/sudoers.d/${u.name}`, { force: true });
  rmSync(u.dir, { recursive: true, force: true });
}
