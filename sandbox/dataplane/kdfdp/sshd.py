"""The VMs' SSH servers: Debian's /usr/sbin/sshd, one per VM namespace, listening on the VM's fixed IP."""
import os
import re
import signal
import subprocess
import sys

from . import sh, wiring

SSHD = '/usr/sbin/sshd'


def host_key(state_dir):
    """The sandbox's SSH host key (generated once, shared by every VM)."""
    path = os.path.join(state_dir, 'dataplane', 'ssh_host_ed25519_key')
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        sh.run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', 'kdf-sandbox-vm', '-f', path])
    return path


def vm_dir(state_dir, server_id):
    return os.path.join(state_dir, 'dataplane', 'vms', server_id)


def keys_dir(sbx, server_id):
    """Where the VM's authorized_keys lives: under /run/kdfdp/<sbx> (root-owned, 0755 all the way), because sshd
    reads the file as the logging-in user, who cannot enter a 0700 state directory (CI keeps it under mktemp -d)."""
    return os.path.join('/run/kdfdp', sbx, 'ssh', server_id)


def write_config(state_dir, server_id, address, public_key, sbx):
    """Writes the VM's sshd_config and authorized_keys; returns the config path."""
    d = vm_dir(state_dir, server_id)
    os.makedirs(d, exist_ok=True)
    kd = keys_dir(sbx, server_id)
    os.makedirs(kd, mode=0o755, exist_ok=True)
    for part in ('/run/kdfdp', os.path.join('/run/kdfdp', sbx), os.path.dirname(kd), kd):
        os.chmod(part, 0o755)
    keys = os.path.join(kd, 'authorized_keys')
    text = (public_key.strip() + '\n') if public_key else ''
    _write(keys, text, 0o644)
    conf = os.path.join(d, 'sshd_config')
    _write(conf, '\n'.join([
        '# kdf sandbox: sshd of VM %s (generated)' % server_id,
        'ListenAddress %s:22' % address,
        'HostKey %s' % host_key(state_dir),
        'PidFile %s' % os.path.join(d, 'sshd.pid'),
        'UsePAM no',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PubkeyAuthentication yes',
        # the key of the server's key pair, for every local user (the VM shares the machine's users)
        'AuthorizedKeysFile %s' % keys,
        # the file sits in the sandbox state directory, not in a home directory sshd could vet
        'StrictModes no',
        'PrintMotd no',
        'Subsystem sftp /usr/lib/openssh/sftp-server',
        '',
    ]), 0o600)
    return conf


def _write(path, text, mode):
    try:
        with open(path) as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    tmp = path + '.tmp'
    with open(tmp, 'w') as f:
        f.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def _alive(pid):
    try:
        with open('/proc/%d/stat' % pid) as f:
            stat = f.read()
    except OSError:
        return False
    return stat[stat.rindex(')') + 2] != 'Z'


def running_pid(state_dir, server_id):
    """The pid of the VM's sshd when it runs."""
    try:
        with open(os.path.join(vm_dir(state_dir, server_id), 'sshd.pid')) as f:
            pid = int(f.read().strip())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid) else None


# runs in the VM's own UTS and mount namespaces: sets the VM's hostname, puts the VM's hosts file on /etc/hosts, then
# becomes sshd (same pid)
_BECOME_VM = ('import os, socket, subprocess, sys; socket.sethostname(sys.argv[1]); '
              "subprocess.run(['mount', '--bind', sys.argv[2], '/etc/hosts'], check=True); "
              'os.execv(sys.argv[3], sys.argv[3:])')


def hostname(server_name, server_id):
    """The VM's hostname, as Nova derives it from the display name (lower case, letters, digits, hyphens)."""
    name = re.sub(r'[^a-z0-9-]+', '-', (server_name or '').lower()).strip('-')[:63]
    return name or 'server-' + server_id


def write_hosts(state_dir, server_id, name, machine_hosts='/etc/hosts'):
    """The VM's /etc/hosts: the machine's, plus its own hostname on 127.0.1.1 (as a Debian or cloud-init image
    has it). Without the line, `sudo` in the VM resolves the hostname through DNS, which the sandbox never answers:
    10 s lost on every sudo. Returns the path."""
    try:
        with open(machine_hosts) as f:
            text = f.read()
    except FileNotFoundError:
        text = '127.0.0.1\tlocalhost\n'
    if text and not text.endswith('\n'):
        text += '\n'
    os.makedirs(vm_dir(state_dir, server_id), exist_ok=True)
    path = os.path.join(vm_dir(state_dir, server_id), 'hosts')
    _write(path, text + '127.0.1.1\t%s\n' % name, 0o644)
    return path


def start(state_dir, server_id, netns, conf, server_name=None):
    """Starts sshd in `netns` and in UTS and mount namespaces of its own: the server's hostname, which its
    /etc/hosts resolves (its own session). Returns the pid."""
    if not os.path.isdir('/run/sshd'):
        os.makedirs('/run/sshd', mode=0o755, exist_ok=True)  # sshd's privilege-separation directory
    log = open(os.path.join(vm_dir(state_dir, server_id), 'sshd.log'), 'ab')
    name = hostname(server_name, server_id)
    hosts = write_hosts(state_dir, server_id, name)
    argv = ['unshare', '--uts', '--mount', '--propagation', 'private', sys.executable, '-c', _BECOME_VM, name, hosts,
            SSHD, '-D', '-e', '-f', conf]
    proc = subprocess.Popen(wiring.netns_exec_argv(netns, argv), stdin=subprocess.DEVNULL,
                            stdout=log, stderr=log, start_new_session=True)
    log.close()
    # `ip netns exec`, unshare and python exec each other, ending in sshd: same pid. Write it at once so the next round does not start a second one.
    with open(os.path.join(vm_dir(state_dir, server_id), 'sshd.pid'), 'w') as f:
        f.write('%d\n' % proc.pid)
    return proc.pid


def stop(state_dir, server_id):
    """Stops the VM's sshd (its whole session)."""
    pid = running_pid(state_dir, server_id)
    if pid is not None:
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        os.unlink(os.path.join(vm_dir(state_dir, server_id), 'sshd.pid'))
    except FileNotFoundError:
        pass


def reap():
    """Collects exited children (sshd processes started by this daemon)."""
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
