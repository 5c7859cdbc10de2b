"""Kuryr's NetworkPolicy security-group driver (cluster.json drivers.podSecurityGroups = "policy"): per
NetworkPolicy a Neutron security group `sg-<ns>-<policy>` with the rules kdfkuryr.netpol plans, a
KuryrNetworkPolicy object recording it, and every pod port's security_group_ids kept in line.

Diff-based like Kuryr's handlers: a policy is converged only when its desired rules differ from what its
KuryrNetworkPolicy records (so a rule removed in Neutron behind Kuryr's back stays removed until the next change);
ports are compared with Neutron when the desired groups change, and every PORT_RESYNC seconds (one list call)."""
import threading
import time

from . import cloud, kube, netpol, nsnet, store

POLICY = 'policy'
PORT_RESYNC = 5.0
FINALIZER = 'kuryr.openstack.org/networkpolicy-finalizer'
SG_DESCRIPTION = 'Kuryr-Kubernetes NetPolicy SG of cluster %s'
DEVICE_OWNER = 'compute:kuryr'

_applied = {}  # cluster dir -> (desired port map, time of the last port sync)
_ports_locks = {}
_guard = threading.Lock()


def enabled(cfg):
    return kube.drivers(cfg)['podSecurityGroups'] == POLICY


def _ports_lock(cluster_dir):
    with _guard:
        return _ports_locks.setdefault(cluster_dir, threading.Lock())


def _live(objs):
    return {k: o for k, o in objs.items() if not (o.get('metadata') or {}).get('deletionTimestamp')}


def view(cluster_dir, cfg):
    """(View of the cluster for netpol, wired pods {key: Pod}) from the store and the kuryr/pods files."""
    pods = _live(store.objects(cluster_dir, 'pods'))
    files = store.kuryr_files(cluster_dir, 'pods')
    ips = {}
    for key, p in pods.items():
        f = files.get(key)
        if f is not None and f.get('podUid') in (None, p['metadata'].get('uid')):
            ips[key] = f['ip']
        elif (p.get('status') or {}).get('podIP'):
            ips[key] = p['status']['podIP']
    namespaces = {name: ns for (_, name), ns in store.objects(cluster_dir, 'namespaces').items()}
    wired = {k: p for k, p in pods.items() if k in files and files[k].get('podUid') in (None, p['metadata'].get('uid'))}
    cidrs = {ns: st['subnetCIDR'] for ns, st in nsnet.networks(cluster_dir, cfg).items() if st.get('subnetCIDR')}
    services = store.objects(cluster_dir, 'services')
    endpoints = store.objects(cluster_dir, 'endpoints')
    lb_cidr = cloud.subnet('k8s-service-subnet').cidr
    return netpol.View(pods, ips, namespaces, cidrs, services, lb_cidr, endpoints), wired


def _spec(policy, desired):
    spec = policy.get('spec') or {}
    return {
        'ingressSgRules': [{'namespace': policy['metadata']['namespace'],
                            'sgRule': dict(r, description=netpol.DESCRIPTION)} for r in desired['ingress']],
        'egressSgRules': [{'namespace': policy['metadata']['namespace'],
                           'sgRule': dict(r, description=netpol.DESCRIPTION)} for r in desired['egress']],
        'podSelector': spec.get('podSelector') or {},
        'policyTypes': netpol.policy_types(spec),
    }


def _up_to_date(knp, policy, spec):
    if knp is None:
        return False
    md, st = knp.get('metadata') or {}, knp.get('status') or {}
    return (knp.get('spec') == spec and bool(st.get('securityGroupId'))
            and (md.get('annotations') or {}).get('networkPolicyUid') == policy['metadata'].get('uid')
            and st.get('podSelector') == spec['podSelector'])


def plan(ctx, cluster_dir, cfg):
    """Yields (key, fn, args): policies whose group must change, groups of deleted policies, the ports' groups."""
    if not enabled(cfg):
        return
    v, wired = view(cluster_dir, cfg)
    policies = _live(store.objects(cluster_dir, 'networkpolicies'))
    knps = store.objects(cluster_dir, 'kuryrnetworkpolicies')
    for key, pol in sorted(policies.items()):
        spec = _spec(pol, netpol.desired_rules(pol, v))
        if (knps.get(key) or {}).get('metadata', {}).get('deletionTimestamp'):
            continue  # deleted first (below)
        if not _up_to_date(knps.get(key), pol, spec):
            yield ('np', cluster_dir) + key, converge_policy, (ctx, cluster_dir, cfg, pol, spec, knps.get(key))
    for key, knp in sorted(knps.items()):
        # a KNP being deleted (its namespace going, or `kubectl delete knp`) waits for Kuryr's finalizer: clean up
        # and remove it; a policy still there gets a fresh group and KNP in a later round
        if key not in policies or (knp.get('metadata') or {}).get('deletionTimestamp'):
            yield ('np', cluster_dir) + key, delete_policy, (ctx, cluster_dir, cfg, key, knp)
    desired = desired_ports(cluster_dir, cfg, wired, policies, knps)
    last = _applied.get(cluster_dir)
    if last is None or last[0] != desired or time.time() - last[1] > PORT_RESYNC:
        yield ('np-ports', cluster_dir), sync_ports, (ctx, cluster_dir, cfg)


def desired_ports(cluster_dir, cfg, wired=None, policies=None, knps=None):
    """{pod key: [SG ids]} of every wired pod (read from the store for what is not given)."""
    if wired is None:
        wired = view(cluster_dir, cfg)[1]
    if policies is None:
        policies = _live(store.objects(cluster_dir, 'networkpolicies'))
    if knps is None:
        knps = store.objects(cluster_dir, 'kuryrnetworkpolicies')
    sgs = {k: (knp.get('status') or {}).get('securityGroupId') for k, knp in knps.items()
           if k in policies and (knp.get('status') or {}).get('securityGroupId')
           and not (knp.get('metadata') or {}).get('deletionTimestamp')}
    nets = nsnet.networks(cluster_dir, cfg)
    return netpol.port_security_groups(wired, policies, sgs, lambda key: nsnet.default_groups(nets, key[0]))


def _pod_ports(cluster_dir):
    """{pod key: Neutron port} of the cluster's wired pods (one list call)."""
    files = store.kuryr_files(cluster_dir, 'pods')
    by_id = {f['portId']: k for k, f in files.items()}
    ports = cloud.conn().network.ports(device_owner=DEVICE_OWNER, project_id=cloud.project_id('k8s'))
    return {by_id[p.id]: p for p in ports if p.id in by_id}


def sync_ports(ctx, cluster_dir, cfg):
    """Sets security_group_ids of every pod port whose groups differ from the desired ones, computed here (under the
    lock) rather than when the task was planned: a task planned before a group existed must not undo it."""
    with _ports_lock(cluster_dir):
        desired = desired_ports(cluster_dir, cfg)
        for key, port in sorted(_pod_ports(cluster_dir).items()):
            want = desired.get(key)
            if want is None or sorted(port.security_group_ids or []) == sorted(want):
                continue
            cloud.conn().network.update_port(port.id, security_group_ids=want)
            ctx.log('pod %s/%s: port %s security groups %s' % (key[0], key[1], port.id, ','.join(want)))
        _applied[cluster_dir] = (desired, time.time())


def _find_group(cluster_dir, cfg, policy, knp):
    """The policy's group: the one its KuryrNetworkPolicy records, else one left by a crash (same name and this
    cluster's description), else a new one (Neutron adds its two allow-all egress rules; the diff removes them)."""
    net = cloud.conn().network
    ns, name = policy['metadata']['namespace'], policy['metadata']['name']
    sg_id = ((knp or {}).get('status') or {}).get('securityGroupId')
    if sg_id:
        sg = net.find_security_group(sg_id, ignore_missing=True)
        if sg is not None:
            return sg
    desc = SG_DESCRIPTION % cfg['name']
    project = cloud.project_id('k8s')
    for sg in net.security_groups(name=netpol.sg_name(ns, name), project_id=project):
        if sg.description == desc:
            return sg
    return net.create_security_group(name=netpol.sg_name(ns, name), description=desc, project_id=project)


def converge_policy(ctx, cluster_dir, cfg, policy, spec, knp):
    """Creates or updates the policy's group and rules (only the difference), then writes its KuryrNetworkPolicy."""
    net = cloud.conn().network
    ns, name = policy['metadata']['namespace'], policy['metadata']['name']
    sg = _find_group(cluster_dir, cfg, policy, knp)
    desired = [x['sgRule'] for x in spec['ingressSgRules'] + spec['egressSgRules']]
    to_add, to_delete = netpol.diff_rules(desired, sg.security_group_rules or [])
    for r in to_delete:
        net.delete_security_group_rule(r['id'], ignore_missing=True)
    if to_add:
        # one bulk request: an ipBlock with exceptions makes dozens of rules, one request each took ~0.7 s apiece
        bulk = [dict({k: v for k, v in r.items() if v is not None}, security_group_id=sg.id, project_id=sg.project_id)
                for r in to_add]
        list(net.create_security_group_rules(bulk))
    rules = net.get_security_group(sg.id).security_group_rules or []
    obj = knp if knp is not None and (knp.get('metadata') or {}).get('annotations', {}).get('networkPolicyUid') == \
        policy['metadata'].get('uid') else kube.new_crd('KuryrNetworkPolicy', ns, name, FINALIZER)
    obj = dict(obj, spec=spec, status={
        'securityGroupId': sg.id,
        'securityGroupRules': [_status_rule(r) for r in rules],
        'podSelector': spec['podSelector'],
    })
    obj['metadata'] = dict(obj['metadata'], annotations={'networkPolicyLink': _policy_link(ns, name),
                                                         'networkPolicyUid': policy['metadata'].get('uid')})
    kube.put_crd(cluster_dir, obj)
    if ((knp or {}).get('status') or {}).get('securityGroupId') != sg.id:
        # a new group: onto the selected ports now rather than a planning round later
        sync_ports(ctx, cluster_dir, cfg)
    if to_add or to_delete or knp is None:
        ctx.log('network policy %s/%s: security group %s +%d -%d rules'
                % (ns, name, sg.id, len(to_add), len(to_delete)))


def _status_rule(r):
    keys = ('id', 'security_group_id', 'description') + netpol.RULE_KEYS + ('remote_group_id',)
    return {k: r.get(k) for k in keys}


def _policy_link(ns, name):
    return '/apis/networking.k8s.io/v1/namespaces/%s/networkpolicies/%s' % (ns, name)


def delete_policy(ctx, cluster_dir, cfg, key, knp):
    """A deleted NetworkPolicy: its ports back to their other groups (or defaults), its group deleted, KNP removed."""
    net = cloud.conn().network
    sg_id = (knp.get('status') or {}).get('securityGroupId')
    if sg_id:
        spa = cloud.pod_security_groups('k8s')[1]
        nets = nsnet.networks(cluster_dir, cfg)
        files = store.kuryr_files(cluster_dir, 'pods')
        ns_of = {f['portId']: k[0] for k, f in files.items()}
        with _ports_lock(cluster_dir):
            # every port using it, pooled ones too (Neutron refuses to delete a group in use)
            for port in net.ports(device_owner=DEVICE_OWNER, project_id=cloud.project_id('k8s')):
                groups = list(port.security_group_ids or [])
                if sg_id not in groups:
                    continue
                rest = [g for g in groups if g != sg_id]
                if rest == [spa] or not rest:
                    rest = nsnet.default_groups(nets, ns_of.get(port.id))
                net.update_port(port.id, security_group_ids=rest)
            _applied.pop(cluster_dir, None)  # the next round compares every port again
        net.delete_security_group(sg_id, ignore_missing=True)
    kube.remove_crd(cluster_dir, 'KuryrNetworkPolicy', key[0], key[1])
    ctx.log('network policy %s/%s gone: security group %s deleted' % (key[0], key[1], sg_id))
