"""Access to the shared data-plane package `kdfdp` (sandbox/dataplane), with a minimal local fallback.

The fallback implements only what the kubelet's `cni: local` mode needs (ensure_network_bridge, plug_port,
unplug_port) to the same contract; it is used when kdfdp cannot be imported.
"""

import os
import subprocess
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_DP = os.path.normpath(os.path.join(_HERE, '..', '..', 'dataplane'))
if os.path.isdir(_DP) and _DP not in sys.path:
    sys.path.insert(0, _DP)

try:  # pragma: no cover - depends on the other helper's package
    from kdfdp import wiring as _wiring  # type: ignore

    SOURCE = 'kdfdp'
except Exception:  # noqa: BLE001
    _wiring = None
    SOURCE = 'fallback'


def _ip(*args, check=True):
    return subprocess.run(['ip', *args], check=check, capture_output=True, text=True)


def _link_exists(netns, name):
    return _ip('-n', netns, 'link', 'show', 'dev', name, check=False).returncode == 0


def bridge_name(network_id):
    return 'kb' + network_id.replace('-', '')[:12]


def tap_name(port_id):
    return 'tp' + port_id.replace('-', '')[:11]


def _fb_ensure_network_bridge(sbx, network_id):
    br = bridge_name(network_id)
    if not _link_exists(sbx, br):
        _ip('-n', sbx, 'link', 'add', br, 'type', 'bridge')
    _ip('-n', sbx, 'link', 'set', br, 'up')
    return br


def _fb_plug_port(sbx, netns, ifname, port_id, mac, cidr, gateway, network_id, mtu=1450):
    if _ip('netns', 'exec', netns, 'true', check=False).returncode != 0:
        _ip('netns', 'add', netns)
    _ip('-n', netns, 'link', 'set', 'lo', 'up')
    br = _fb_ensure_network_bridge(sbx, network_id)
    tap = tap_name(port_id)
    if _link_exists(netns, ifname):
        return
    if not _link_exists(sbx, tap):
        peer = 'tq' + port_id.replace('-', '')[:11]
        _ip('-n', sbx, 'link', 'add', tap, 'mtu', str(mtu), 'type', 'veth', 'peer', 'name', peer, 'mtu', str(mtu))
        _ip('-n', sbx, 'link', 'set', peer, 'netns', netns)
        _ip('-n', netns, 'link', 'set', peer, 'name', ifname)
    _ip('-n', sbx, 'link', 'set', tap, 'master', br, 'up')
    _ip('-n', netns, 'link', 'set', ifname, 'address', mac)
    _ip('-n', netns, 'addr', 'replace', cidr, 'dev', ifname)
    _ip('-n', netns, 'link', 'set', ifname, 'up')
    if gateway:
        _ip('-n', netns, 'route', 'replace', 'default', 'via', gateway)


def _fb_unplug_port(sbx, port_id):
    tap = tap_name(port_id)
    if _link_exists(sbx, tap):
        _ip('-n', sbx, 'link', 'del', tap, check=False)


def ensure_network_bridge(sbx, network_id):
    if _wiring is not None and hasattr(_wiring, 'ensure_network_bridge'):
        return _wiring.ensure_network_bridge(sbx, network_id)
    return _fb_ensure_network_bridge(sbx, network_id)


def plug_port(sbx, netns, ifname, port_id, mac, cidr, gateway, network_id, mtu=1450):
    if _wiring is not None and hasattr(_wiring, 'plug_port'):
        return _wiring.plug_port(sbx, netns, ifname, port_id, mac, cidr, gateway, network_id, mtu=mtu)
    return _fb_plug_port(sbx, netns, ifname, port_id, mac, cidr, gateway, network_id, mtu)


def unplug_port(sbx, port_id):
    if _wiring is not None and hasattr(_wiring, 'unplug_port'):
        return _wiring.unplug_port(sbx, port_id)
    return _fb_unplug_port(sbx, port_id)


def private_mount_namespace():
    """True when /run/netns here is a slave of the machine's (the process was started with `ip netns exec`): netns
    mounts made here would be invisible to every other process."""
    try:
        with open('/proc/self/mountinfo') as f:
            for line in f:
                fields = line.split()
                if len(fields) > 6 and fields[4] == '/run/netns':
                    optional = fields[6:fields.index('-')]
                    return any(o.startswith('master:') for o in optional)
    except FileNotFoundError:
        pass
    return False


def netns_exists(name):
    return os.path.exists(os.path.join('/run/netns', name)) and _ip('-n', name, 'link', 'show', 'lo',
                                                                      check=False).returncode == 0


def ensure_netns(name):
    if _wiring is not None and hasattr(_wiring, 'ensure_netns'):
        return _wiring.ensure_netns(name)
    if not netns_exists(name):
        if os.path.exists(os.path.join('/run/netns', name)):
            _ip('netns', 'delete', name, check=False)
        _ip('netns', 'add', name)
    _ip('-n', name, 'link', 'set', 'lo', 'up')


def delete_netns(name):
    if _wiring is not None and hasattr(_wiring, 'delete_netns'):
        return _wiring.delete_netns(name)
    if os.path.exists(os.path.join('/run/netns', name)):
        _ip('netns', 'delete', name, check=False)
