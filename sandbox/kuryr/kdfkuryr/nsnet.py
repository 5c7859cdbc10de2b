"""Kuryr's namespace subnet driver (cluster.json drivers.podSubnets = "namespace"): per namespace a network
`ns/<ns>-net`, a subnet `ns/<ns>-subnet` (a /26 of the shared-default-subnetpool-v4, or of 10.0.1.0/24 without that
pool) on the pods' router, and a security group `ns/<ns>-sg` allowing ingress from the namespace's own CIDR; its
KuryrNetwork object `<ns>/<ns>` records them. Pods of the namespace get their ports there (kdfkuryr.pods)."""
import ipaddress

from . import cloud, kube, store, vifpool

NAMESPACE = 'namespace'
FINALIZER = 'kuryr.openstack.org/kuryrnetwork-finalizer'
POOL = 'shared-default-subnetpool-v4'
FALLBACK_RANGE = '10.0.1.0/24'
PREFIXLEN = 26
DESCRIPTION = 'Kuryr-Kubernetes namespace %s of cluster %s'
SYSTEM = ('kube-system', 'kube-public', 'kube-node-lease')  # no pods of ours there: no network for them


def enabled(cfg):
    return kube.drivers(cfg)['podSubnets'] == NAMESPACE


def networks(cluster_dir, cfg):
    """{namespace: KuryrNetwork status} of the populated namespace networks ({} when the driver is off)."""
    if not enabled(cfg):
        return {}
    out = {}
    for (ns, name), kn in store.objects(cluster_dir, 'kuryrnetworks').items():
        st = kn.get('status') or {}
        if ns == name and st.get('populated'):
            out[ns] = st
    return out


def default_groups(nets, ns):
    """The groups of a pod no policy selects: its namespace's group + service_pod_access with this driver, else
    Kuryr's defaults (`default` + `service_pod_access`)."""
    defaults = cloud.pod_security_groups('k8s')
    st = nets.get(ns) if ns else None
    if st and st.get('sgId'):
        return [st['sgId'], defaults[1]]
    return list(defaults)


def pod_network(cluster_dir, cfg, ns):
    """(network id, subnet) for a pod of `ns`: the namespace's with this driver (None while it is not populated),
    else (and for the kube-* namespaces) k8s-pod-net / k8s-pod-subnet."""
    if not enabled(cfg) or ns in SYSTEM:
        return cloud.network('k8s-pod-net').id, cloud.subnet('k8s-pod-subnet')
    st = networks(cluster_dir, cfg).get(ns)
    if st is None:
        return None
    return st['netId'], cloud.subnet_by_id(st['subnetId'])


def plan(ctx, cluster_dir, cfg):
    """Yields (key, fn, args): namespaces without a populated network, networks of deleted namespaces."""
    if not enabled(cfg):
        return
    namespaces = {name: ns for (_, name), ns in store.objects(cluster_dir, 'namespaces').items()}
    kns = {ns: kn for (ns, name), kn in store.objects(cluster_dir, 'kuryrnetworks').items() if ns == name}
    for name, ns in sorted(namespaces.items()):
        if name in SYSTEM or (ns.get('metadata') or {}).get('deletionTimestamp'):
            continue
        kn = kns.get(name)
        if kn is None or not (kn.get('status') or {}).get('populated'):
            yield ('kn', cluster_dir, name), ensure_network, (ctx, cluster_dir, cfg, name, kn)
    for name, kn in sorted(kns.items()):
        ns = namespaces.get(name)
        if ns is None or (ns.get('metadata') or {}).get('deletionTimestamp'):
            pods = [k for k in store.kuryr_files(cluster_dir, 'pods') if k[0] == name]
            if not pods:  # the pods' ports go first (Neutron refuses to delete a network with ports)
                yield ('kn', cluster_dir, name), delete_network, (ctx, cluster_dir, cfg, name, kn)


def _free_fallback_cidr():
    used = [ipaddress.ip_network(s.cidr) for s in cloud.conn().network.subnets(ip_version=4)]
    for cand in ipaddress.ip_network(FALLBACK_RANGE).subnets(new_prefix=PREFIXLEN):
        if not any(cand.overlaps(u) for u in used):
            return str(cand)
    raise RuntimeError('no free /%d left in %s for a namespace subnet' % (PREFIXLEN, FALLBACK_RANGE))


def _router_id():
    """The router the pods' subnet is attached to."""
    net = cloud.conn().network
    pod_subnet = cloud.subnet('k8s-pod-subnet').id
    for p in net.ports(device_owner='network:router_interface'):
        if any(f['subnet_id'] == pod_subnet for f in p.fixed_ips):
            return p.device_id
    raise RuntimeError('no router has an interface on k8s-pod-subnet')


def _one(items, desc):
    return next((x for x in items if x.description == desc), None)


def ensure_network(ctx, cluster_dir, cfg, ns, kn):
    """Creates (or finds again after a crash, by name and this cluster's description) the namespace's network,
    subnet, router interface and group, then writes its KuryrNetwork populated."""
    net = cloud.conn().network
    project = cloud.project_id('k8s')
    desc = DESCRIPTION % (ns, cfg['name'])
    obj = kn or kube.new_crd('KuryrNetwork', ns, ns, FINALIZER)
    obj['spec'] = {'nsName': ns, 'projectId': project, 'nsLabels': _ns_labels(cluster_dir, ns)}
    network = _one(net.networks(name='ns/%s-net' % ns, project_id=project), desc) or net.create_network(
        name='ns/%s-net' % ns, project_id=project, description=desc)
    subnet = _one(net.subnets(name='ns/%s-subnet' % ns, network_id=network.id), desc)
    if subnet is None:
        pool = net.find_subnet_pool(POOL, ignore_missing=True)
        attrs = dict(name='ns/%s-subnet' % ns, network_id=network.id, project_id=project, ip_version=4,
                     description=desc)
        if pool is not None:
            attrs.update(subnetpool_id=pool.id, prefixlen=PREFIXLEN)
        else:
            attrs.update(cidr=_free_fallback_cidr())
        subnet = net.create_subnet(**attrs)
    router = _router_id()
    if not any(any(f['subnet_id'] == subnet.id for f in p.fixed_ips)
               for p in net.ports(device_id=router, device_owner='network:router_interface')):
        net.add_interface_to_router(router, subnet_id=subnet.id)
    sg = _one(net.security_groups(name='ns/%s-sg' % ns, project_id=project), desc)
    if sg is None:
        sg = net.create_security_group(name='ns/%s-sg' % ns, project_id=project, description=desc)
        net.create_security_group_rule(security_group_id=sg.id, project_id=project, direction='ingress',
                                       ethertype='IPv4', remote_ip_prefix=subnet.cidr)
    obj['status'] = {'netId': network.id, 'subnetId': subnet.id, 'subnetCIDR': subnet.cidr, 'routerId': router,
                     'sgId': sg.id, 'populated': True, 'nsLabels': obj['spec']['nsLabels']}
    kube.put_crd(cluster_dir, obj)
    ctx.log('namespace %s: network %s subnet %s (%s) group %s' % (ns, network.id, subnet.id, subnet.cidr, sg.id))


def _ns_labels(cluster_dir, ns):
    obj = store.get_object(cluster_dir, 'namespaces', '_', ns) or {}
    return (obj.get('metadata') or {}).get('labels') or {}


def delete_network(ctx, cluster_dir, cfg, ns, kn):
    """A deleted namespace: router interface, subnet, network and group deleted, KuryrNetwork removed."""
    net = cloud.conn().network
    st = kn.get('status') or {}
    if st.get('subnetId') and st.get('routerId'):
        try:
            net.remove_interface_from_router(st['routerId'], subnet_id=st['subnetId'])
        except Exception as err:  # noqa: BLE001 - already detached
            # Neutron says "no interface" when it is detached, "Subnet … could not be found" when the subnet went
            # too (a controller restart between the steps below): both mean this step is done
            if not any(x in str(err).lower() for x in ('not found', 'could not be found', 'no interface')):
                raise
    if st.get('netId'):
        vifpool.delete_free_ports(st['netId'])  # Neutron refuses to delete a network that still has pool ports
        net.delete_network(st['netId'], ignore_missing=True)
    if st.get('sgId'):
        net.delete_security_group(st['sgId'], ignore_missing=True)
    kube.remove_crd(cluster_dir, 'KuryrNetwork', ns, ns)
    ctx.log('namespace %s gone: its network, subnet and group deleted' % ns)
