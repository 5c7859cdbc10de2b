"""Kuryr's LBaaS handler: an Octavia load balancer per ClusterIP Service (VIP = clusterIP), a listener and a pool
per service port, a member per ready endpoint; the service's kuryr/services file records the tree."""
import time

from . import amphora, cloud, naming, store


def plan(ctx, cluster_dir, cfg):
    services = store.objects(cluster_dir, 'services')
    endpoints = store.objects(cluster_dir, 'endpoints')
    files = store.kuryr_files(cluster_dir, 'services')
    wanted = set()
    for key, svc in services.items():
        desired = naming.desired_lb(svc, endpoints.get(key))
        if desired is None:
            continue
        wanted.add(key)
        f = files.get(key)
        if f is None or f.get('spec') != desired or f.get('provisioningStatus') != 'ACTIVE' or \
                f.get('serviceUid') != svc['metadata'].get('uid'):
            yield ('lb', cluster_dir) + key, converge, (ctx, cluster_dir, key, svc, desired, f)
    for key, f in files.items():
        if key not in wanted:
            yield ('lb', cluster_dir) + key, delete, (ctx, cluster_dir, key, f)


def _wait(lb_id):
    return cloud.wait_lb(lb_id)


def converge(ctx, cluster_dir, key, svc, desired, prev):
    ns, name = key
    lbc = cloud.conn().load_balancer
    path = store.kuryr_path(cluster_dir, 'services', ns, name)
    project = cloud.project_id('k8s')
    vip_subnet = cloud.subnet('k8s-service-subnet')
    pod_subnet = cloud.subnet('k8s-pod-subnet')
    rec = dict(prev or {})
    rec.pop('error', None)
    lb = None
    if rec.get('loadBalancerId'):
        lb = lbc.find_load_balancer(rec['loadBalancerId'], ignore_missing=True)
    if lb is None:
        # adopt an LB left by a crash between create and the file write (same name and VIP only)
        found = [x for x in lbc.load_balancers(name=desired['name'], project_id=project)
                 if x.vip_address == desired['vip']]
        lb = found[0] if found else None
    if lb is not None and (lb.vip_address != desired['vip'] or lb.provisioning_status == 'ERROR'):
        # the Service was re-created with another clusterIP: a new LB, as kuryr does
        lbc.delete_load_balancer(lb.id, cascade=True, ignore_missing=True)
        _wait_gone(lb.id)
        lb = None
    if lb is None:
        lb = lbc.create_load_balancer(name=desired['name'], project_id=project, vip_subnet_id=vip_subnet.id,
                                      vip_address=desired['vip'])
        rec.update({'loadBalancerId': lb.id, 'vip': desired['vip'], 'provisioningStatus': lb.provisioning_status,
                    'serviceUid': svc['metadata'].get('uid')})
        store.write_json(path, rec)
        ctx.log('service %s/%s: load balancer %s (VIP %s) created' % (ns, name, lb.id, desired['vip']))
    lb = _wait(lb.id)
    listeners = {x.name: x for x in cloud.lb_listeners(lb.id)}
    pools = {x.name: x for x in cloud.lb_pools(lb.id)}
    want = {x['name']: x for x in desired['listeners']}
    for lname, pool in pools.items():
        if lname not in want:
            lbc.delete_pool(pool.id, ignore_missing=True)
            _wait(lb.id)
    for lname, lst in listeners.items():
        if lname not in want or lst.protocol != want[lname]['protocol'] or lst.protocol_port != want[lname]['port']:
            if lname in pools and lname in want:
                lbc.delete_pool(pools.pop(lname).id, ignore_missing=True)
                _wait(lb.id)
            lbc.delete_listener(lst.id, ignore_missing=True)
            _wait(lb.id)
            listeners.pop(lname)
    out_listeners, out_members = [], []
    for lname, w in want.items():
        lst = listeners.get(lname)
        if lst is None:
            lst = lbc.create_listener(name=lname, protocol=w['protocol'], protocol_port=w['port'],
                                      load_balancer_id=lb.id)
            _wait(lb.id)
        pool = pools.get(lname)
        if pool is None:
            pool = lbc.create_pool(name=lname, protocol=w['protocol'], lb_algorithm='ROUND_ROBIN', listener_id=lst.id)
            _wait(lb.id)
        actual = [{'id': m.id, 'name': m.name, 'address': m.address, 'protocol_port': m.protocol_port}
                  for m in lbc.members(pool.id)]
        to_add, to_delete = naming.diff_members(w['members'], actual)
        for m in to_delete:
            lbc.delete_member(m['id'], pool.id, ignore_missing=True)
            _wait(lb.id)
        for m in to_add:
            lbc.create_member(pool.id, name=m['name'], address=m['address'], protocol_port=m['port'],
                              subnet_id=pod_subnet.id)
            _wait(lb.id)
        if to_add or to_delete:
            ctx.log('service %s/%s: pool %s +%d -%d members' % (ns, name, lname, len(to_add), len(to_delete)))
        out_listeners.append({'id': lst.id, 'name': lname, 'protocol': w['protocol'], 'port': w['port'],
                              'poolId': pool.id})
        for m in lbc.members(pool.id):
            out_members.append({'id': m.id, 'name': m.name, 'address': m.address, 'port': m.protocol_port,
                                'poolId': pool.id})
    lb = _wait(lb.id)
    _wait_amphora(ctx, lb.id, desired)
    rec.update({'loadBalancerId': lb.id, 'vip': lb.vip_address, 'vipPortId': lb.vip_port_id,
                'listeners': out_listeners, 'members': out_members, 'provisioningStatus': lb.provisioning_status,
                'spec': desired, 'serviceUid': svc['metadata'].get('uid')})
    store.write_json(path, rec)


def _wait_amphora(ctx, lb_id, desired, timeout=60):
    """Waits until the amphora emulator's proxy serves the desired listeners and members, as Octavia reports
    ACTIVE only once the amphora is configured (a probe right after ACTIVE must not hit a half-made data plane)."""
    want = sorted((x['protocol'], x['port'], sorted('%s:%d' % (m['address'], m['port']) for m in x['members']))
                  for x in desired['listeners'])
    deadline = time.time() + timeout
    while True:
        got = amphora.applied(ctx.state_dir, lb_id) or {}
        have = sorted((x['protocol'], x['port'], x['members']) for x in got.get('listeners', []))
        if have == want:
            return
        if time.time() > deadline:
            ctx.log('load balancer %s: the amphora does not serve the desired members after %ds' % (lb_id, timeout))
            return
        time.sleep(0.3)


def _wait_gone(lb_id, timeout=300):
    lbc = cloud.conn().load_balancer
    deadline = time.time() + timeout
    while lbc.find_load_balancer(lb_id, ignore_missing=True) is not None:
        if time.time() > deadline:
            raise RuntimeError('load balancer %s not deleted after %ds' % (lb_id, timeout))
        time.sleep(0.5)


def delete(ctx, cluster_dir, key, rec):
    ns, name = key
    lb_id = rec.get('loadBalancerId')
    if lb_id:
        lbc = cloud.conn().load_balancer
        lb = lbc.find_load_balancer(lb_id, ignore_missing=True)
        if lb is not None:
            if lb.provisioning_status.startswith('PENDING'):
                _wait(lb_id)
            lbc.delete_load_balancer(lb_id, cascade=True, ignore_missing=True)
            _wait_gone(lb_id)
    store.remove(store.kuryr_path(cluster_dir, 'services', ns, name))
    ctx.log('service %s/%s gone: load balancer %s deleted' % (ns, name, lb_id))
