"""Kuryr's `lb_public_ip` driver: a floating IP from the external network on a LoadBalancer Service's VIP port.

The floating IP is the Service's for its whole life: when Octavia's load balancer is re-created (a new VIP port),
the same floating IP is associated with the new port. It is released when the Service goes (or stops being a
LoadBalancer). It is found again after a crash by its description, `kuryr lb_public_ip <ns>/<svc> <service uid>`.
"""
from . import cloud


def description(ns, name, uid):
    """The mark that ties a floating IP to one Service (uid: a re-created Service gets another one)."""
    return 'kuryr lb_public_ip %s/%s %s' % (ns, name, uid or '')


def _find(rec, mark):
    net = cloud.conn().network
    if rec.get('floatingIp', {}).get('id'):
        fip = net.find_ip(rec['floatingIp']['id'], ignore_missing=True)
        if fip is not None:
            return fip
    found = [f for f in net.ips(project_id=cloud.project_id('k8s')) if f.description == mark]
    return found[0] if found else None


def ensure(rec, ns, name, uid, public, vip_port_id):
    """The Service's floating IP, created (from `public["network"]`, at `public["address"]` when given) when missing
    and associated with `vip_port_id`. Returns {"id", "ip", "network", "portId"} for the records."""
    net = cloud.conn().network
    mark = description(ns, name, uid)
    fip = _find(rec, mark)
    if fip is not None and public.get('address') and fip.floating_ip_address != public['address']:
        release(fip.id)  # spec.loadBalancerIP changed: the old address goes back to the pool
        fip = None
    if fip is None:
        attrs = dict(floating_network_id=cloud.network(public['network']).id, project_id=cloud.project_id('k8s'),
                     description=mark)
        if public.get('address'):
            attrs['floating_ip_address'] = public['address']
        fip = net.create_ip(**attrs)
    if fip.port_id != vip_port_id:
        fip = net.update_ip(fip, port_id=vip_port_id)
    return {'id': fip.id, 'ip': fip.floating_ip_address, 'network': public['network'], 'portId': vip_port_id}


def release(fip_id):
    """Deletes a floating IP (no-op when it is gone)."""
    if fip_id:
        cloud.conn().network.delete_ip(fip_id, ignore_missing=True)
