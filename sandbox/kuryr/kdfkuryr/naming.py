"""Pure logic: Kuryr's names (docs/nested-topology.md#kuryr-objects), VLAN id allocation, desired Octavia state and
member diffing."""

API_LB = 'default/kubernetes'
PUBLIC_NETWORK = 'public'  # kuryr's [neutron_defaults] external_svc_net on DevStack
MAX_VLAN = 4094


def pod_port_name(namespace, pod):
    """df-era kuryr names the pod's Neutron port after the pod (later releases use `<ns>/<pod>`)."""
    return pod


def pod_netns(sbx, pod_uid):
    return '%s-pod-%s' % (sbx, pod_uid[:8])


def lb_netns(sbx, lb_id):
    return '%s-lb-%s' % (sbx, lb_id[:8])


def lb_name(namespace, svc):
    return '%s/%s' % (namespace, svc)


def listener_name(namespace, svc, protocol, port):
    return '%s/%s:%s:%d' % (namespace, svc, protocol.upper(), int(port))


def member_name(namespace, pod, target_port):
    return '%s/%s:%d' % (namespace, pod, int(target_port))


def next_vlan_id(in_use, start=1):
    """The lowest VLAN id >= start that no subport of the trunk uses (1..4094)."""
    used = {int(v) for v in in_use if v is not None}
    for vid in range(start, MAX_VLAN + 1):
        if vid not in used:
            return vid
    raise ValueError('no free VLAN id left on the trunk')


def _target_port(svc_port, ep_ports):
    """The endpoint port number for one service port: by name (multi-port services), else the only one."""
    name = svc_port.get('name')
    proto = (svc_port.get('protocol') or 'TCP').upper()
    for p in ep_ports:
        if (p.get('protocol') or 'TCP').upper() != proto:
            continue
        if name and p.get('name') == name:
            return int(p['port'])
    candidates = [p for p in ep_ports if (p.get('protocol') or 'TCP').upper() == proto]
    if len(candidates) == 1 and (not name or not candidates[0].get('name')):
        return int(candidates[0]['port'])
    tp = svc_port.get('targetPort')
    if isinstance(tp, int):
        return tp
    return None


def desired_lb(service, endpoints):
    """The Octavia tree kuryr-controller builds for one ClusterIP or LoadBalancer Service, or None when it gets no LB.

    Returns {"name", "vip", "listeners": [{"name", "protocol", "port", "members": [{"name", "address", "port"}]}]}
    with members from the ready addresses of the Endpoints object (scaling adds and removes them): the controller's
    for a Service with a selector, the user's for one without (addresses without targetRef are named by their IP).
    `notReadyAddresses` never become members. A LoadBalancer Service adds "publicIp": {"network": "public"} (kuryr's
    `lb_public_ip` driver: a floating IP from that network on the VIP port; "address" when spec.loadBalancerIP asks
    for one).
    """
    meta = service.get('metadata', {})
    ns, name = meta.get('namespace', 'default'), meta['name']
    spec = service.get('spec', {})
    kind = spec.get('type') or 'ClusterIP'
    if kind not in ('ClusterIP', 'LoadBalancer'):
        return None
    vip = spec.get('clusterIP')
    if not vip or vip == 'None' or lb_name(ns, name) == API_LB:
        return None
    subsets = (endpoints or {}).get('subsets') or []
    listeners = []
    for sp in spec.get('ports') or []:
        proto = (sp.get('protocol') or 'TCP').upper()
        members = {}
        for subset in subsets:
            tport = _target_port(sp, subset.get('ports') or [])
            if tport is None:
                continue
            for addr in subset.get('addresses') or []:
                ref = addr.get('targetRef') or {}
                pod = ref.get('name') or addr['ip']
                mname = member_name(ref.get('namespace') or ns, pod, tport)
                members[mname] = {'name': mname, 'address': addr['ip'], 'port': tport}
        listeners.append({
            'name': listener_name(ns, name, proto, sp['port']),
            'protocol': proto,
            'port': int(sp['port']),
            'members': [members[k] for k in sorted(members)],
        })
    out = {'name': lb_name(ns, name), 'vip': vip, 'listeners': listeners}
    if kind == 'LoadBalancer':
        # only LoadBalancer trees carry the key: the recorded trees of ClusterIP services stay as they were
        out['publicIp'] = {'network': PUBLIC_NETWORK}
        if spec.get('loadBalancerIP'):
            out['publicIp']['address'] = spec['loadBalancerIP']
    return out


def diff_members(desired, actual):
    """Members to add and to delete so that `actual` (Octavia members: dicts with id, name, address,
    protocol_port) matches `desired` (dicts with name, address, port). A member whose address or port changed is
    replaced. Returns (to_add, to_delete)."""
    want = {(m['address'], int(m['port'])): m for m in desired}
    have = {}
    to_delete = []
    for m in actual:
        key = (m['address'], int(m['protocol_port']))
        if key in want and key not in have:
            have[key] = m
        else:
            to_delete.append(m)
    to_add = [m for key, m in want.items() if key not in have]
    return to_add, to_delete
