"""Network namespaces created by a process started with `ip netns exec` are invisible to everyone else.

`ip netns exec` gives its child a private mount namespace whose /run/netns is a *slave* of the machine's: bind
mounts made there (`ip netns add`) never propagate back, so a pod or LB namespace created by a daemon would be an
empty file for `kubectl exec`, the kubelet and the tests. The daemons and kdf-fault therefore re-enter the initial
mount namespace (that of kthreadd, pid 2) and keep their network namespace.
"""
import os
import sys

NSENTER = '/usr/bin/nsenter'


def _mnt(pid):
    try:
        return os.readlink('/proc/%s/ns/mnt' % pid)
    except OSError:
        return None


def ensure_root_mount_ns():
    """Re-executes this program in the initial mount namespace when it runs in another one (no-op otherwise)."""
    if os.environ.get('KDF_KURYR_NO_MNT_FIX'):
        return
    root = _mnt(2)
    if root is None or root == _mnt('self') or not os.path.exists(NSENTER):
        return
    os.environ['KDF_KURYR_NO_MNT_FIX'] = '1'
    argv = [os.path.abspath(sys.argv[0]), *sys.argv[1:]]
    os.execv(NSENTER, [NSENTER, '--mount=/proc/2/ns/mnt', '--wd=' + os.getcwd(), '--', sys.executable, *argv])


def netns_usable(name):
    """True when /run/netns/NAME is a mounted network namespace (not the empty file a slave mount leaves)."""
    path = '/run/netns/' + name
    try:
        return os.stat(path).st_dev != os.stat('/run/netns').st_dev
    except OSError:
        return False
