"""The host's own port on the pod network, as kuryr's DevStack plugin makes it on a baremetal host
(`ovs_bind_for_kubelet`): a Neutron port `kubelet-<host>` on the pod network (project k8s, the pods' security
groups, `compute:kuryr`, bound to the host), a device `kubelet<port id>` (14 characters) in the host's namespace
with the port's MAC and address, and a route to the service subnet through the pod subnet's gateway (with the
namespace subnet driver also to the subnet pool's prefix, as the plugin does then). With it the host (the sandbox
namespace) reaches pod IPs directly and ClusterIPs and namespace subnets through the router, as on DevStack.

In the sandbox the host's namespace is the sandbox namespace and br-int's segment of the pod network its Linux
bridge: the device is a veth whose peer is a port of that bridge (kdfdp's wiring).
"""
import ipaddress

from . import cloud, dp, sh

HOST = 'kdf-sandbox'  # the DevStack host's name in the sandbox (Nova's compute host, src/sandbox/config.ts)
POD_NETWORK, POD_SUBNET, SERVICE_SUBNET = 'k8s-pod-net', 'k8s-pod-subnet', 'k8s-service-subnet'
SUBNET_POOL = 'shared-default-subnetpool-v4'  # the namespace subnet driver's pool (design: else 10.0.1.0/24)
NAMESPACE_FALLBACK = '10.0.1.0/24'


def port_name(host=HOST):
    return 'kubelet-%s' % host


def ifname(port_id):
    """DevStack's `kubelet${port_id}` cut to the 14 characters it keeps."""
    return ('kubelet' + port_id)[:14]


def plan(port, pod_subnet, service_subnet, namespace_cidrs=()):
    """The device's settings from the Neutron objects (dicts): name, mac, address (CIDR), routes [(cidr, via)]: the
    service subnet, then `namespace_cidrs` (the pool's prefixes when a cluster uses the namespace subnet driver)."""
    ip = port['fixed_ips'][0]['ip_address']
    prefix = ipaddress.ip_network(pod_subnet['cidr']).prefixlen
    via = pod_subnet['gateway_ip']
    return {'ifname': ifname(port['id']), 'mac': port['mac_address'], 'address': '%s/%d' % (ip, prefix),
            'routes': [(service_subnet['cidr'], via)] + [(c, via) for c in namespace_cidrs]}


def namespace_cidrs():
    """The IPv4 prefixes the namespace subnet driver allocates from."""
    pool = cloud.conn().network.find_subnet_pool(SUBNET_POOL, ignore_missing=True)
    return [p for p in pool.prefixes if ':' not in p] if pool is not None else [NAMESPACE_FALLBACK]


class HostPort:
    """Keeps the host's kubelet port and device in place (checked locally every sync; Neutron only when missing)."""

    def __init__(self, ctx, host=HOST):
        self.ctx, self.host = ctx, host
        self.want = None  # plan() once the port is known

    def sync(self, wanted, namespace_driver=False):
        """`wanted`: a baremetal cluster exists (nested DevStack hosts have no kubelet port); `namespace_driver`: a
        cluster uses the namespace subnet driver (the pool's prefix is routed too)."""
        if not wanted:
            return
        if self.want is not None and self.want['namespaceDriver'] == namespace_driver and self._in_place():
            return
        port = self._port()
        sub, svc = cloud.subnet(POD_SUBNET), cloud.subnet(SERVICE_SUBNET)
        self.want = plan({'id': port.id, 'mac_address': port.mac_address, 'fixed_ips': port.fixed_ips},
                         {'cidr': sub.cidr, 'gateway_ip': sub.gateway_ip}, {'cidr': svc.cidr},
                         namespace_cidrs() if namespace_driver else ())
        self.want['namespaceDriver'] = namespace_driver
        sbx, w = self.ctx.sbx, self.want
        bridge = dp.ensure_network_bridge(sbx, port.network_id)
        dp.plug_veth(sbx, sbx, w['ifname'], port.id, bridge, mac=w['mac'], cidrs=[w['address']])
        for cidr, via in w['routes']:
            sh.run(['ip', '-n', sbx, 'route', 'replace', cidr, 'via', via, 'dev', w['ifname']])
        self.ctx.log('host port %s: %s on %s in %s, routes %s' % (
            port.name, w['address'], w['ifname'], sbx, ', '.join('%s via %s' % r for r in w['routes'])))

    def _port(self):
        net = cloud.conn().network
        name = port_name(self.host)
        found = list(net.ports(network_id=cloud.network(POD_NETWORK).id, name=name))
        if found:
            return found[0]
        return net.create_port(name=name, network_id=cloud.network(POD_NETWORK).id,
                               project_id=cloud.project_id('k8s'), device_owner='compute:kuryr',
                               device_id='kubelet-%s' % self.host, binding_host_id=self.host,
                               fixed_ips=[{'subnet_id': cloud.subnet(POD_SUBNET).id}],
                               security_group_ids=cloud.pod_security_groups('k8s'))

    def _in_place(self):
        w, sbx = self.want, self.ctx.sbx
        if dp.link(sbx, w['ifname']) is None or w['address'] not in dp.ipv4_addresses(sbx, w['ifname']):
            return False
        for cidr, via in w['routes']:
            out = sh.run(['ip', '-n', sbx, 'route', 'show', cidr], check=False).stdout
            if ('via %s dev %s' % (via, w['ifname'])) not in out:
                return False
        return True
