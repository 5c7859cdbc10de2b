"""One snapshot of what the data plane depends on, read from the real Nova and Neutron APIs (admin, all projects)."""
import ipaddress


# a server in these states, or with a task under way, is read again next round whatever Neutron's journal says
SETTLED = ('ACTIVE', 'SHUTOFF', 'ERROR', 'PAUSED', 'SUSPENDED', 'SHELVED_OFFLOADED')


def list_servers(conn):
    """Every project's servers (Nova, detailed)."""
    return _get(conn.compute, '/servers/detail', 'servers', params={'all_tenants': 1})


def unsettled(server):
    """True for a server Nova is still changing (a passing status, or a task under way)."""
    return server.get('status') not in SETTLED or bool(server.get('OS-EXT-STS:task_state'))


def servers_moved(before, after):
    """True when the server lists differ in what the reconcilers use."""
    def view(servers):
        return sorted((s['id'], s.get('status'), s.get('OS-EXT-STS:task_state'), s.get('updated')) for s in servers)

    return view(before) != view(after)


class Snapshot:
    """Servers, ports, subnets, trunks, routers and floating IPs at one moment, indexed for the reconcilers.
    `neutron_from`: a snapshot whose Neutron half still holds (the change journal says so); only Nova is new."""

    def __init__(self, conn, servers=None, neutron_from=None):
        self.servers = list_servers(conn) if servers is None else servers
        if neutron_from is not None:
            for name in ('ports', 'subnets', 'trunks', 'routers', 'floating_ips'):
                setattr(self, name, getattr(neutron_from, name))
            self.neutron = neutron_from.neutron
            return
        self.neutron = object()  # identifies this Neutron read (shared by the snapshots that reuse it)
        network = conn.network
        self.ports = {p['id']: p for p in _get(network, '/ports', 'ports')}
        self.subnets = {s['id']: s for s in _get(network, '/subnets', 'subnets')}
        self.trunks = _get(network, '/trunks', 'trunks')
        self.routers = _get(network, '/routers', 'routers')
        self.floating_ips = _get(network, '/floatingips', 'floatingips')

    def server_port(self, server_id):
        """The server's NIC: the trunk parent among its ports if any, else its first port (by id); None without."""
        ports = sorted((p for p in self.ports.values() if p.get('device_id') == server_id), key=lambda p: p['id'])
        parents = {t['port_id'] for t in self.trunks}
        for p in ports:
            if p['id'] in parents:
                return p
        return ports[0] if ports else None

    def trunk_of(self, parent_port_id):
        for t in self.trunks:
            if t['port_id'] == parent_port_id:
                return t
        return None

    def ipv4(self, port):
        """(address, 'address/prefix', gateway or None, subnet) of the port's first IPv4 fixed IP, or None."""
        for fip in port.get('fixed_ips', []):
            subnet = self.subnets.get(fip.get('subnet_id'))
            if subnet and subnet.get('ip_version') == 4:
                prefix = ipaddress.ip_network(subnet['cidr']).prefixlen
                return fip['ip_address'], '%s/%d' % (fip['ip_address'], prefix), subnet.get('gateway_ip'), subnet
        return None

    def router_ports(self, router_id, owner_prefix):
        return sorted((p for p in self.ports.values()
                       if p.get('device_id') == router_id and p.get('device_owner', '').startswith(owner_prefix)),
                      key=lambda p: p['id'])


def next_snapshot(conn, gate, last):
    """This round's snapshot: Nova every round; Neutron again only when its change journal moved, a server moved or
    is changing, or the gate's safety interval passed (listing every port and router each second cost the sandbox
    about a third of a core while nothing changed)."""
    servers = list_servers(conn)
    token = gate.token()
    if last is not None and gate.fresh(token) and not servers_moved(last.servers, servers):
        return Snapshot(conn, servers, neutron_from=last)
    snap = Snapshot(conn, servers)
    gate.done(token, settled=not any(unsettled(s) for s in servers))
    return snap


def _get(proxy, path, key, params=None):
    resp = proxy.get(path, params=params or {})
    resp.raise_for_status()
    return resp.json()[key]


def public_key(conn, key_name, user_id):
    """The public key of key pair `key_name` of user `user_id` (Nova API, microversion 2.10), or None."""
    resp = conn.compute.get('/os-keypairs/%s' % key_name, params={'user_id': user_id}, microversion='2.10')
    if resp.status_code == 404:
        return None
    resp.raise_for_status()
    return resp.json()['keypair']['public_key']
