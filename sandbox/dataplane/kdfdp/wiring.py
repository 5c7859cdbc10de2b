"""The shared data-plane contract: how Neutron ports become Linux devices in the sandbox.

`sbx` is the sandbox namespace (the "host" of the emulated cloud). Each Neutron network is a Linux bridge in
`sbx` (the br-int segment of that network); each plugged port is a veth pair whose host side (`tp…`) is a port of
that bridge and whose other side sits in the VM's, pod's or router's namespace. A trunk subport is a VLAN device
(`tv…`) on the parent's host side, in the subport network's bridge: what the OVS trunk bridge does on a DevStack
host. Every function is idempotent and shells out to `ip` with argument lists.

Network namespaces created here are bind mounts under /run/netns: the calling process must share the machine's
mount namespace (start daemons with `nsenter --net=/run/netns/SBX`, not `ip netns exec SBX`, whose private mount
namespace would hide them from everyone else). `ensure_netns` refuses with a clear error otherwise.
"""
import os

from . import sh, vlanswitch

NETNS_DIR = '/run/netns'


# ---------------------------------------------------------------------------------------------------------------
# names

def bridge_name(network_id):
    """The Linux bridge of one Neutron network inside sbx (14 characters)."""
    return 'kb' + network_id.replace('-', '')[:12]


def tap_name(port_id):
    """The host-side (sbx) end of a plugged port's veth pair (13 characters)."""
    return 'tp' + port_id.replace('-', '')[:11]


def vlan_tap_name(subport_id):
    """The host-side VLAN device of a trunk subport (13 characters)."""
    return 'tv' + subport_id.replace('-', '')[:11]


def vm_netns(sbx, server_id):
    """The network namespace of a Nova server; its NIC inside is `eth0` (the trunk parent)."""
    return '%s-vm-%s' % (sbx, server_id[:8])


def netns_exec_argv(netns, argv):
    """The argv that runs `argv` inside network namespace `netns`."""
    return ['ip', 'netns', 'exec', netns] + list(argv)


# ---------------------------------------------------------------------------------------------------------------
# namespaces and links

def netns_exists(name):
    """True when /run/netns/NAME exists and is a namespace mount (not a stale file)."""
    return os.path.exists(os.path.join(NETNS_DIR, name)) and sh.ok(['ip', '-n', name, 'link', 'show', 'lo'])


def check_mount_namespace():
    """Raises when this process runs in a private copy of the mount namespace (`ip netns exec`)."""
    try:
        with open('/proc/self/mountinfo') as f:
            for line in f:
                fields = line.split()
                if len(fields) > 6 and fields[4] == NETNS_DIR:
                    optional = fields[6:fields.index('-')]
                    if any(o.startswith('master:') for o in optional):
                        raise RuntimeError(
                            'this process runs in a private mount namespace (started with `ip netns exec`?): network '
                            'namespaces it creates would be invisible to every other process; start it with '
                            '`nsenter --net=/run/netns/SBX` instead')
    except FileNotFoundError:
        pass


def ensure_netns(name):
    """Creates network namespace `name` (loopback up) unless it exists."""
    if not netns_exists(name):
        check_mount_namespace()
        if os.path.exists(os.path.join(NETNS_DIR, name)):
            sh.ok(['ip', 'netns', 'delete', name])  # a stale file left by a crashed `ip netns add`
        sh.run(['ip', 'netns', 'add', name])
    sh.ip(name, 'link', 'set', 'lo', 'up')


def delete_netns(name):
    """Deletes network namespace `name` (no-op when missing). Devices inside go with it, veth peers included."""
    if os.path.exists(os.path.join(NETNS_DIR, name)):
        check_mount_namespace()
        sh.run(['ip', 'netns', 'delete', name])


def list_netns(prefix=''):
    """Names of the namespaces under /run/netns starting with `prefix`."""
    try:
        return sorted(n for n in os.listdir(NETNS_DIR) if n.startswith(prefix))
    except FileNotFoundError:
        return []


def link(ns, name):
    """`ip -d -j link show` of one device (a dict), or None when it does not exist."""
    if not sh.ok(['ip', '-n', ns, 'link', 'show', 'dev', name]):
        return None
    found = sh.ip_json(ns, '-d', 'link', 'show', 'dev', name)
    return found[0] if found else None


def links(ns):
    """Every device of namespace `ns` (list of `ip -d -j link` dicts)."""
    return sh.ip_json(ns, '-d', 'link', 'show')


def delete_link(ns, name):
    """Deletes device `name` in `ns` (no-op when missing)."""
    if link(ns, name) is not None:
        sh.ip(ns, 'link', 'del', 'dev', name, check=False)


def ipv4_addresses(ns, dev):
    """`ADDRESS/PREFIX` of every IPv4 address on `dev`."""
    out = sh.ip_json(ns, '-4', 'address', 'show', 'dev', dev)
    return ['%s/%s' % (a['local'], a['prefixlen']) for l in out for a in l.get('addr_info', [])]


def set_ipv4_addresses(ns, dev, cidrs):
    """Makes `cidrs` exactly the IPv4 addresses of `dev`."""
    current = set(ipv4_addresses(ns, dev))
    for cidr in current - set(cidrs):
        sh.ip(ns, 'address', 'del', cidr, 'dev', dev, check=False)
    for cidr in cidrs:
        if cidr not in current:
            sh.ip(ns, 'address', 'add', cidr, 'dev', dev)


def configure_nic(ns, dev, mac=None, cidrs=(), mtu=None, gateway=None):
    """MAC, MTU, exact IPv4 addresses, up, and (with `gateway`) the default route of one device in `ns`."""
    info = link(ns, dev)
    if info is None:
        raise RuntimeError('%s: no device %s' % (ns, dev))
    if mac and info.get('address', '').lower() != mac.lower():
        sh.ip(ns, 'link', 'set', 'dev', dev, 'down')
        sh.ip(ns, 'link', 'set', 'dev', dev, 'address', mac)
    if mtu and info.get('mtu') != mtu:
        sh.ip(ns, 'link', 'set', 'dev', dev, 'mtu', str(mtu))
    sh.ip(ns, 'link', 'set', 'dev', dev, 'up')
    if cidrs is not None:
        set_ipv4_addresses(ns, dev, list(cidrs))
    if gateway:
        sh.ip(ns, 'route', 'replace', 'default', 'via', gateway, 'dev', dev)


# ---------------------------------------------------------------------------------------------------------------
# the contract

def ensure_network_bridge(sbx, network_id):
    """The Linux bridge of one Neutron network inside `sbx`, up, without address. Returns its name."""
    name = bridge_name(network_id)
    if link(sbx, name) is None:
        sh.ip(sbx, 'link', 'add', name, 'type', 'bridge', check=False)  # a concurrent creator may win the race
        if link(sbx, name) is None:
            sh.ip(sbx, 'link', 'add', name, 'type', 'bridge')
    sh.ip(sbx, 'link', 'set', 'dev', name, 'up')
    return name


def plug_veth(sbx, netns, ifname, port_id, bridge, mac=None, cidrs=(), gateway=None, mtu=1450):
    """A veth pair: `tap_name(port_id)` in `sbx` (port of `bridge`) and `ifname` in `netns`, configured."""
    ensure_netns(netns)
    tap = tap_name(port_id)
    host = link(sbx, tap)
    inner = link(netns, ifname)
    # the pair is ours only when the host side's peer is the inner device (ifindex of the peer)
    paired = host is not None and inner is not None and host.get('link_index') == inner.get('ifindex') \
        and host.get('link_netnsid') is not None
    if not paired:
        if host is not None:
            delete_link(sbx, tap)
        if inner is not None:
            delete_link(netns, ifname)
        args = ['link', 'add', tap, 'type', 'veth', 'peer', 'name', ifname]
        if mac:
            args += ['address', mac]
        sh.ip(sbx, *(args + ['netns', netns]))
    sh.ip(sbx, 'link', 'set', 'dev', tap, 'mtu', str(mtu), 'master', bridge, 'up')
    configure_nic(netns, ifname, mac=mac, cidrs=cidrs, mtu=mtu, gateway=gateway)


def plug_port(sbx, netns, ifname, port_id, mac, cidr, gateway, network_id, mtu=1450):
    """Plugs a Neutron port: netns `netns` (created if missing), a veth whose host side `tap_name(port_id)` is in the
    network's bridge and whose inner side is `ifname` with `mac`, `cidr` (e.g. 10.0.0.70/26), up, and a default
    route via `gateway` when given."""
    bridge = ensure_network_bridge(sbx, network_id)
    plug_veth(sbx, netns, ifname, port_id, bridge, mac=mac, cidrs=[cidr] if cidr else [], gateway=gateway, mtu=mtu)


def unplug_port(sbx, port_id):
    """Deletes the host-side veth of a port (its peer goes with it). The namespace stays."""
    delete_link(sbx, tap_name(port_id))


def _ensure_tap(ns, name, mtu, alias, mac=None):
    """A persistent TAP device `name` in `ns` (the VLAN sub-interface; see kdfdp.vlanswitch), up."""
    current = link(ns, name)
    if current is not None and (current.get('linkinfo') or {}).get('info_kind') != 'tun':
        delete_link(ns, name)
        current = None
    if current is None:
        sh.ip(ns, 'tuntap', 'add', 'dev', name, 'mode', 'tap')
        current = link(ns, name)
    if current.get('ifalias') != alias:
        sh.ip(ns, 'link', 'set', 'dev', name, 'alias', alias)
    configure_nic(ns, name, mac=mac, mtu=mtu, cidrs=None)


def vlan_alias(vlan_id, parent_if):
    """The alias (`ip link show` prints it) of a VLAN device: its id and parent, e.g. `vlan 102 on eth0`."""
    return 'vlan %d on %s' % (int(vlan_id), parent_if)


def plug_vlan_subport(sbx, parent_port_id, vlan_id, subport_id, network_id):
    """The trunk-bridge side of a subport: VLAN device `vlan_tap_name(subport_id)` with id `vlan_id` on the parent's
    host-side veth, port of the subport network's bridge, up.

    The device is a TAP relayed by the sandbox's VLAN switch (kdfdp.vlanswitch): the kernel may lack 802.1Q
    devices, the tags on the parent veth are real all the same. Its alias says `vlan N on tp…`."""
    bridge = ensure_network_bridge(sbx, network_id)
    parent = tap_name(parent_port_id)
    parent_link = link(sbx, parent)
    if parent_link is None:
        raise RuntimeError('plug_vlan_subport: parent port %s is not plugged (no %s in %s)' % (parent_port_id, parent, sbx))
    ensure_trunk_isolation(sbx)
    name = vlan_tap_name(subport_id)
    _ensure_tap(sbx, name, parent_link.get('mtu'), vlan_alias(vlan_id, parent))
    sh.ip(sbx, 'link', 'set', 'dev', name, 'master', bridge, 'up')
    vlanswitch.register(sbx, sbx, parent, vlan_id, sbx, name)


_ISOLATED = set()
TRUNK_TABLE = 'kdfdp_trunks'


def ensure_trunk_isolation(sbx):
    """Keeps tagged frames out of the network bridges of `sbx` (nftables, bridge family, inside sbx only).

    A VM's tagged frames reach its parent port's veth; the VLAN switch takes them from there. Without this rule
    the parent network's bridge would also forward them and learn the subports' MACs on the parent's port, as
    OVS's br-int never does."""
    if sbx in _ISOLATED:
        return
    if not sh.ok(['ip', 'netns', 'exec', sbx, 'nft', 'list', 'table', 'bridge', TRUNK_TABLE]):
        rules = ('table bridge %s {\n chain prerouting {\n  type filter hook prerouting priority -300; policy accept;\n'
                 '  ether type 8021q drop\n }\n}\n' % TRUNK_TABLE)
        sh.run(netns_exec_argv(sbx, ['nft', '-f', '-']), input=rules)
    _ISOLATED.add(sbx)


def unplug_vlan_subport(sbx, subport_id):
    """Removes the host-side VLAN device of a subport (no-op when missing)."""
    name = vlan_tap_name(subport_id)
    vlanswitch.unregister(sbx, sbx, name)
    delete_link(sbx, name)


def ensure_vlan_interface(sbx, netns, parent_if, vlan_id, name, mac, cidr, gateway=None, parent_netns=None):
    """A VLAN sub-interface `name` in `netns` on `parent_if` (in `parent_netns`, default `netns`) with id `vlan_id`,
    `mac`, `cidr`, up, default route via `gateway` when given: what `ip link add link eth0 name eth0.N type vlan id
    N` makes inside a VM. A nested pod's interface is the same call with the pod's namespace as `netns` and the VM's
    as `parent_netns`. Relayed by the VLAN switch (see plug_vlan_subport)."""
    parent_netns = parent_netns or netns
    parent = link(parent_netns, parent_if)
    if parent is None:
        raise RuntimeError('ensure_vlan_interface: no %s in %s' % (parent_if, parent_netns))
    ensure_netns(netns)
    _ensure_tap(netns, name, parent.get('mtu'), vlan_alias(vlan_id, parent_if), mac=mac)
    configure_nic(netns, name, mac=mac, cidrs=[cidr] if cidr else [], gateway=gateway)
    vlanswitch.register(sbx, parent_netns, parent_if, vlan_id, netns, name)


def remove_vlan_interface(sbx, netns, name):
    """Removes a VLAN sub-interface made by ensure_vlan_interface (no-op when missing)."""
    vlanswitch.unregister(sbx, netns, name)
    if netns_exists(netns):
        delete_link(netns, name)


# ---------------------------------------------------------------------------------------------------------------
# claims: subports that belong to nested pods

def _claim_file(state_dir, subport_id):
    return os.path.join(state_dir, 'dataplane', 'claims', subport_id)


def claim_subport(state_dir, subport_id):
    """Marks a subport as a nested pod's: the compute emulator then wires only its host side."""
    path = _claim_file(state_dir, subport_id)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write('%d\n' % os.getpid())


def is_claimed(state_dir, subport_id):
    """True when a nested pod owns the subport."""
    return os.path.exists(_claim_file(state_dir, subport_id))


def release_subport(state_dir, subport_id):
    """Gives a subport back to the compute emulator (no-op when not claimed)."""
    try:
        os.unlink(_claim_file(state_dir, subport_id))
    except FileNotFoundError:
        pass
