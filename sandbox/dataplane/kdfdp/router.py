"""Emulated L3 agent: one namespace per Neutron router with a gateway, as neutron-l3-agent's qrouter-… namespace.

`qg-<id11>` (veth, host side in br-ex) holds the gateway IP and every floating IP (/32); `qr-<id11>` per router
interface sits in the network's bridge; forwarding, DNAT/SNAT of floating IPs and SNAT of the internal subnets
happen with iptables inside the router namespace only; its default route goes to br-ex's 172.24.4.1.
"""
import ipaddress

from . import sh, wiring

PUBLIC_BRIDGE = 'br-ex'


def router_netns(sbx, router_id):
    return '%s-qr-%s' % (sbx, router_id[:8])


def netns_prefix(sbx):
    return '%s-qr-' % sbx


def nat_rules(qg, gateway_ip, floating, internal_cidrs):
    """The router's nat table (iptables-restore input): floating IPs first, then SNAT of the internal subnets."""
    lines = ['*nat', ':PREROUTING ACCEPT [0:0]', ':INPUT ACCEPT [0:0]', ':OUTPUT ACCEPT [0:0]',
             ':POSTROUTING ACCEPT [0:0]']
    for fip, fixed in floating:
        lines.append('-A PREROUTING -d %s/32 -j DNAT --to-destination %s' % (fip, fixed))
        lines.append('-A OUTPUT -d %s/32 -j DNAT --to-destination %s' % (fip, fixed))
    for fip, fixed in floating:
        lines.append('-A POSTROUTING -s %s/32 -o %s -j SNAT --to-source %s' % (fixed, qg, fip))
    for cidr in internal_cidrs:
        lines.append('-A POSTROUTING -s %s -o %s -j SNAT --to-source %s' % (cidr, qg, gateway_ip))
    lines += ['COMMIT', '']
    return '\n'.join(lines)


class Routers:
    """Reconciles every router namespace of one sandbox."""

    def __init__(self, sbx, log):
        self.sbx = sbx
        self.log = log
        self.applied_nat = {}  # netns -> rules last applied
        self.forwarding = set()

    def reconcile(self, snap):
        wanted = set()
        for router in snap.routers:
            gw = router.get('external_gateway_info') or {}
            if not gw.get('network_id'):
                continue
            ns = router_netns(self.sbx, router['id'])
            try:
                if self._router(snap, router, ns):
                    wanted.add(ns)
            except Exception as err:  # one broken router must not stop the others
                wanted.add(ns)
                self.log('router %s: %s' % (router['id'], err))
        for ns in wiring.list_netns(netns_prefix(self.sbx)):
            if ns not in wanted:
                self.remove(ns)

    def _router(self, snap, router, ns):
        gw_ports = snap.router_ports(router['id'], 'network:router_gateway')
        if not gw_ports:
            return False
        gw_port = gw_ports[0]
        gw = snap.ipv4(gw_port)
        if gw is None:
            return False
        gw_ip, gw_cidr, gw_gateway, _subnet = gw
        qg = 'qg-' + gw_port['id'][:11]
        floating = sorted((f['floating_ip_address'], f['fixed_ip_address']) for f in snap.floating_ips
                          if f.get('router_id') == router['id'] and f.get('fixed_ip_address'))
        created = not wiring.netns_exists(ns)
        wiring.plug_veth(self.sbx, ns, qg, gw_port['id'], PUBLIC_BRIDGE, mac=gw_port['mac_address'],
                         cidrs=[gw_cidr] + ['%s/32' % f for f, _ in floating], mtu=1500)
        wanted_links = {qg}
        internal = []
        for port in snap.router_ports(router['id'], 'network:router_interface'):
            v4 = snap.ipv4(port)
            if v4 is None:
                continue
            qr = 'qr-' + port['id'][:11]
            wiring.plug_port(self.sbx, ns, qr, port['id'], port['mac_address'], v4[1], None, port['network_id'])
            wanted_links.add(qr)
            internal.append(str(ipaddress.ip_network(v4[3]['cidr'])))
        for l in wiring.links(ns):
            name = l.get('ifname', '')
            if (name.startswith('qr-') or name.startswith('qg-')) and name not in wanted_links:
                wiring.delete_link(ns, name)  # an interface removed from the router: its veth goes
        if gw_gateway:
            sh.ip(ns, 'route', 'replace', 'default', 'via', gw_gateway, 'dev', qg)
        if created or ns not in self.forwarding:
            sh.run(wiring.netns_exec_argv(ns, ['sysctl', '-q', '-w', 'net.ipv4.ip_forward=1']))
            self.forwarding.add(ns)
        rules = nat_rules(qg, gw_ip, floating, sorted(internal))
        if created or self.applied_nat.get(ns) != rules:
            sh.run(wiring.netns_exec_argv(ns, ['iptables-restore']), input=rules)
            self.applied_nat[ns] = rules
            self.log('router %s (%s): gateway %s, %d floating IP(s), %d internal subnet(s)'
                     % (router.get('name') or router['id'], ns, gw_ip, len(floating), len(internal)))
        return True

    def remove(self, ns):
        """Deletes a router namespace and the host sides of its veths."""
        for l in wiring.links(ns) if wiring.netns_exists(ns) else []:
            if l.get('ifname', '').startswith(('qr-', 'qg-')):
                wiring.delete_link(ns, l['ifname'])
        wiring.delete_netns(ns)
        self.applied_nat.pop(ns, None)
        self.forwarding.discard(ns)
        self.log('router namespace %s removed' % ns)
