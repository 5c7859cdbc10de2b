"""What Kuryr publishes about a Service's load balancer in the cluster: the KuryrLoadBalancer `<ns>/<svc>` (spec: the
Service's VIP, ports and endpoints; status: the Octavia objects made for it) and, for a LoadBalancer Service, the
floating IP in the Service's `status.loadBalancer.ingress`. Written through kdfkube.store under the cluster lock."""
import copy
import os
import sys

_KUBE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), 'kube')
if _KUBE not in sys.path:
    sys.path.insert(0, _KUBE)  # sandbox/kube: the object store's one writer implementation

from kdfkube import store as kstore  # noqa: E402

KIND = 'KuryrLoadBalancer'
FINALIZER = 'kuryr.openstack.org/kuryrloadbalancer-finalizers'
# the kube part registers Kuryr's CRDs in kdfkube.store.KINDS; the same entry here keeps this module working alone
kstore.KINDS.setdefault(KIND, ('kuryrloadbalancers', 'openstack.org/v1', True, ['klb'], 'kuryrloadbalancer',
                               'kuryrloadbalancer.openstack.org'))


def endpoint_slices(endpoints):
    """The Endpoints' subsets as kuryr's `spec.endpointSlices`: ready and not-ready addresses with their condition."""
    out = []
    for subset in (endpoints or {}).get('subsets') or []:
        eps = []
        for key, ready in (('addresses', True), ('notReadyAddresses', False)):
            for addr in subset.get(key) or []:
                ep = {'addresses': [addr['ip']], 'conditions': {'ready': ready}}
                if addr.get('targetRef'):
                    ref = addr['targetRef']
                    ep['targetRef'] = {k: ref[k] for k in ('kind', 'name', 'namespace', 'uid') if k in ref}
                eps.append(ep)
        ports = [{k: p[k] for k in ('name', 'port', 'protocol') if k in p} for p in subset.get('ports') or []]
        out.append({'endpoints': eps, 'ports': ports})
    return out


def klb_spec(svc, endpoints, rec):
    """`spec` of the KuryrLoadBalancer of Service `svc` (rec: the service's kuryr/services record)."""
    spec = svc.get('spec', {})
    ports = []
    for sp in spec.get('ports') or []:
        p = {'port': int(sp['port']), 'protocol': (sp.get('protocol') or 'TCP').upper(),
             'targetPort': str(sp.get('targetPort', sp['port']))}
        if sp.get('name'):
            p['name'] = sp['name']
        ports.append(p)
    out = {'ip': spec.get('clusterIP'), 'ports': ports, 'type': spec.get('type') or 'ClusterIP',
           'endpointSlices': endpoint_slices(endpoints), 'provider': rec.get('provider') or 'amphora',
           'project_id': rec.get('projectId'), 'subnet_id': rec.get('vipSubnetId')}
    if spec.get('loadBalancerIP'):
        out['lb_ip'] = spec['loadBalancerIP']
    return out


def klb_status(rec):
    """`status` of the KuryrLoadBalancer from the service's record: loadbalancer, listeners, pools, members and,
    with a floating IP, service_pub_ip_info."""
    lb_id, project = rec.get('loadBalancerId'), rec.get('projectId')
    status = {
        'loadbalancer': {'id': lb_id, 'name': (rec.get('spec') or {}).get('name'), 'ip': rec.get('vip'),
                         'port_id': rec.get('vipPortId'), 'provider': rec.get('provider') or 'amphora',
                         'project_id': project, 'subnet_id': rec.get('vipSubnetId'), 'security_groups': []},
        'listeners': [{'id': x['id'], 'name': x['name'], 'port': x['port'], 'protocol': x['protocol'],
                       'loadbalancer_id': lb_id, 'project_id': project} for x in rec.get('listeners') or []],
        'pools': [{'id': x['poolId'], 'name': x['name'], 'listener_id': x['id'], 'loadbalancer_id': lb_id,
                   'protocol': x['protocol'], 'project_id': project} for x in rec.get('listeners') or []],
        'members': [{'id': m['id'], 'name': m['name'], 'ip': m['address'], 'port': m['port'], 'pool_id': m['poolId'],
                     'project_id': project, 'subnet_id': rec.get('memberSubnetId')} for m in rec.get('members') or []],
    }
    fip = rec.get('floatingIp')
    if fip:
        status['service_pub_ip_info'] = {'ip_id': fip['id'], 'ip_addr': fip['ip'],
                                         'alloc_method': 'user' if fip.get('requested') else 'pool'}
    return status


def service_status(svc, rec):
    """The Service's `status` with the floating IP as its load balancer ingress (LoadBalancer Services)."""
    status = copy.deepcopy(svc.get('status') or {})
    fip = rec.get('floatingIp')
    status['loadBalancer'] = {'ingress': [{'ip': fip['ip']}]} if fip else {}
    return status


def publish(cluster_dir, svc, endpoints, rec):
    """Writes the KuryrLoadBalancer and the Service's status (when they changed) under the cluster lock. A Service
    deleted or re-created meanwhile (another uid) is left alone."""
    c = kstore.Cluster(cluster_dir)
    meta = svc['metadata']
    ns, name = meta.get('namespace', 'default'), meta['name']
    with c.locked():
        cur = c.get('Service', ns, name)
        if cur is None or cur['metadata'].get('uid') != meta.get('uid'):
            return
        c.put_if_changed(cur, dict(cur, status=service_status(cur, rec)))
        old = c.get(KIND, ns, name)
        if old is not None and any(o.get('uid') != meta.get('uid') for o in old['metadata'].get('ownerReferences', [])):
            old = None  # the KLB of an earlier Service of that name
        new = copy.deepcopy(old) if old is not None else kstore.new_object(KIND, name, ns, owner=cur)
        new['metadata']['finalizers'] = [FINALIZER]
        new['spec'] = klb_spec(cur, endpoints, rec)
        new['status'] = klb_status(rec)
        c.put_if_changed(old, new)


def unpublish(cluster_dir, ns, name):
    """Removes the KuryrLoadBalancer of a Service that is gone."""
    kstore.Cluster(cluster_dir).remove(KIND, ns, name)


def published_ip(cluster_dir, ns, name):
    """The Service's `status.loadBalancer.ingress[0].ip` (None when unset or no such Service)."""
    svc = kstore.Cluster(cluster_dir).get('Service', ns, name) or {}
    ingress = ((svc.get('status') or {}).get('loadBalancer') or {}).get('ingress') or []
    return ingress[0].get('ip') if ingress else None


def published(cluster_dir, ns, name):
    """True when the KuryrLoadBalancer of the Service exists."""
    return kstore.Cluster(cluster_dir).get(KIND, ns, name) is not None
