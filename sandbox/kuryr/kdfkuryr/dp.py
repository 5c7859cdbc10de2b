"""Data-plane helpers: the shared `kdfdp` package when it is importable, else a minimal local fallback coded to
the same contract (kdfdp/wiring.py of sandbox/dataplane). Only the functions this package uses are provided."""
import os

from . import sh

FALLBACK = []

try:  # pragma: no cover - depends on the other helper's package
    from kdfdp import wiring as _w
except Exception:  # noqa: BLE001
    _w = None


def _pick(name, fallback):
    fn = getattr(_w, name, None) if _w is not None else None
    if fn is None:
        FALLBACK.append(name)
        return fallback
    return fn


def _bridge_name(network_id):
    return 'kb' + network_id.replace('-', '')[:12]


def _tap_name(port_id):
    return 'tp' + port_id.replace('-', '')[:11]


def _vlan_tap_name(subport_id):
    return 'tv' + subport_id.replace('-', '')[:11]


def _link_exists(sbx, name, netns=None):
    return sh.ok(['ip', '-n', netns or sbx, 'link', 'show', 'dev', name])


def _ensure_netns(name):
    if not os.path.exists('/run/netns/' + name):
        sh.run(['ip', 'netns', 'add', name])
    sh.run(['ip', '-n', name, 'link', 'set', 'lo', 'up'])


def _ensure_network_bridge(sbx, network_id):
    br = _bridge_name(network_id)
    if not _link_exists(sbx, br):
        sh.run(['ip', '-n', sbx, 'link', 'add', br, 'type', 'bridge'])
    sh.run(['ip', '-n', sbx, 'link', 'set', br, 'up'])
    return br


def _plug_port(sbx, netns, ifname, port_id, mac, cidr, gateway, network_id, mtu=1450):
    _ensure_netns(netns)
    br = _ensure_network_bridge(sbx, network_id)
    tap = _tap_name(port_id)
    tmp = 'tq' + port_id.replace('-', '')[:11]
    if not _link_exists(sbx, tap):
        sh.run(['ip', '-n', sbx, 'link', 'add', tap, 'mtu', str(mtu), 'type', 'veth', 'peer', 'name', tmp,
                'mtu', str(mtu)])
        sh.run(['ip', '-n', sbx, 'link', 'set', tmp, 'netns', netns])
        sh.run(['ip', '-n', netns, 'link', 'set', tmp, 'name', ifname])
    sh.run(['ip', '-n', sbx, 'link', 'set', tap, 'master', br, 'up'])
    sh.run(['ip', '-n', netns, 'link', 'set', ifname, 'address', mac])
    sh.run(['ip', '-n', netns, 'address', 'replace', cidr, 'dev', ifname])
    sh.run(['ip', '-n', netns, 'link', 'set', ifname, 'up'])
    if gateway:
        sh.run(['ip', '-n', netns, 'route', 'replace', 'default', 'via', gateway, 'dev', ifname])


def _unplug_port(sbx, port_id):
    tap = _tap_name(port_id)
    if _link_exists(sbx, tap):
        sh.run(['ip', '-n', sbx, 'link', 'del', tap])


def _vm_netns(sbx, server_id):
    return '%s-vm-%s' % (sbx, server_id[:8])


def _state(state_dir):
    d = os.path.join(state_dir, 'dataplane', 'claims')
    os.makedirs(d, exist_ok=True)
    return d


def _claim_subport(state_dir, subport_id):
    with open(os.path.join(_state(state_dir), subport_id), 'w') as f:
        f.write('kuryr\n')


def _is_claimed(state_dir, subport_id):
    return os.path.exists(os.path.join(_state(state_dir), subport_id))


def _release_subport(state_dir, subport_id):
    try:
        os.unlink(os.path.join(_state(state_dir), subport_id))
    except FileNotFoundError:
        pass


bridge_name = _pick('bridge_name', _bridge_name)
tap_name = _pick('tap_name', _tap_name)
vlan_tap_name = _pick('vlan_tap_name', _vlan_tap_name)
ensure_network_bridge = _pick('ensure_network_bridge', _ensure_network_bridge)
plug_port = _pick('plug_port', _plug_port)
unplug_port = _pick('unplug_port', _unplug_port)
vm_netns = _pick('vm_netns', _vm_netns)
claim_subport = _pick('claim_subport', _claim_subport)
is_claimed = _pick('is_claimed', _is_claimed)
release_subport = _pick('release_subport', _release_subport)
ensure_netns = _pick('ensure_netns', _ensure_netns)
# beyond the contract (kdfdp's userspace 802.1Q switch): None when kdfdp lacks them
ensure_vlan_interface = getattr(_w, 'ensure_vlan_interface', None)
remove_vlan_interface = getattr(_w, 'remove_vlan_interface', None)
