"""Kuryr's LBaaS handler: an Octavia load balancer per ClusterIP or LoadBalancer Service (VIP = clusterIP), a listener
and a pool per service port, a member per ready endpoint, a floating IP on the VIP for a LoadBalancer Service; the
service's kuryr/services file records the tree, its KuryrLoadBalancer publishes it (kdfkuryr.klb). A load balancer
or one of its listeners deleted in Octavia behind Kuryr's back is re-created (see check_load_balancers)."""
import os
import threading
import time

from kdfdp import changes

from . import amphora, cloud, fip, klb, naming, store

# what check_load_balancers listed: the time the listing started, the ids of every Octavia load balancer and of
# every listener
_octavia = {'at': 0.0, 'ids': None, 'listeners': None}
_octavia_lock = threading.Lock()
_check_gates = {}  # state dir -> the changes.Gate of check_load_balancers


def check_load_balancers(ctx):
    """Lists Octavia's load balancers and listeners (two calls); plan() then re-converges a service whose recorded LB
    or one of whose recorded listeners is gone. Skipped while no port moved (a load balancer's VIP port goes with
    it), nothing was PENDING_* at the last listing, and the gate's interval has not passed (a listener deleted alone
    is found at that interval)."""
    gate = _check_gates.get(ctx.state_dir)
    if gate is None:
        gate = _check_gates[ctx.state_dir] = changes.Gate(changes.journal_dir(ctx.state_dir), ('port',))
    token = gate.token()
    if gate.fresh(token):
        return
    started = time.time()
    lbc = cloud.conn().load_balancer
    lbs = [lb for lb in lbc.load_balancers() if lb.provisioning_status != 'DELETED']
    found = [x for x in lbc.listeners() if x.provisioning_status != 'DELETED']
    with _octavia_lock:
        _octavia.update(at=started, ids={lb.id for lb in lbs}, listeners={x.id for x in found})
    gate.done(token, settled=not any(cloud.pending(x) for x in lbs + found))


def lb_missing(rec, recorded_at):
    """True when the last Octavia listing, made after the record was written, lacks the record's LB or one of the
    record's listeners (Kuryr's reconciliation recreates both)."""
    with _octavia_lock:
        at, ids, listeners = _octavia['at'], _octavia['ids'], _octavia['listeners']
    if ids is None or not rec.get('loadBalancerId') or at <= recorded_at:
        return False
    if rec['loadBalancerId'] not in ids:
        return True
    return listeners is not None and any(x.get('id') not in listeners for x in rec.get('listeners') or [])


def _recorded_at(cluster_dir, key):
    try:
        return os.stat(store.kuryr_path(cluster_dir, 'services', *key)).st_mtime
    except FileNotFoundError:
        return 0.0


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
                f.get('serviceUid') != svc['metadata'].get('uid') or lb_missing(f, _recorded_at(cluster_dir, key)):
            yield ('lb', cluster_dir) + key, converge, (ctx, cluster_dir, key, svc, desired, f, endpoints.get(key))
        elif not _published(cluster_dir, key, f):
            yield ('lb', cluster_dir) + key, _publish, (cluster_dir, svc, endpoints.get(key), f)
    for key, f in files.items():
        if key not in wanted:
            yield ('lb', cluster_dir) + key, delete, (ctx, cluster_dir, key, f)


def _published(cluster_dir, key, rec):
    """The KLB exists and the Service's ingress IP is the floating IP (a user's re-apply may have dropped it)."""
    want = (rec.get('floatingIp') or {}).get('ip')
    return klb.published(cluster_dir, *key) and klb.published_ip(cluster_dir, *key) == want


def _publish(cluster_dir, svc, endpoints, rec):
    klb.publish(cluster_dir, svc, endpoints, rec)


def _wait(lb_id):
    return cloud.wait_lb(lb_id)


def converge(ctx, cluster_dir, key, svc, desired, prev, endpoints=None):
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
    if lb is not None and lb.provisioning_status in ('PENDING_DELETE', 'DELETED'):
        _wait_gone(lb.id)  # deleted behind Kuryr's back: re-created below (new id, same name and VIP)
        lb = None
    if lb is None:
        if rec.get('loadBalancerId'):
            ctx.log('service %s/%s: load balancer %s is gone from Octavia: re-creating it' % (ns, name,
                                                                                              rec['loadBalancerId']))
        # adopt an LB left by a crash between create and the file write (same name and VIP only)
        found = [x for x in lbc.load_balancers(name=desired['name'], project_id=project)
                 if x.vip_address == desired['vip'] and x.provisioning_status not in ('PENDING_DELETE', 'DELETED')]
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
        if lst is None and lname in pools:
            # the listener was deleted behind Kuryr's back and its pool stayed on the LB: both are made again
            ctx.log('service %s/%s: listener %s is gone from Octavia: re-creating it' % (ns, name, lname))
            lbc.delete_pool(pools.pop(lname).id, ignore_missing=True)
            _wait(lb.id)
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
                'serviceUid': svc['metadata'].get('uid'), 'provider': lb.provider, 'projectId': project,
                'vipSubnetId': vip_subnet.id, 'memberSubnetId': pod_subnet.id})
    _converge_public_ip(ctx, path, key, svc, desired, rec)
    rec['spec'] = desired
    store.write_json(path, rec)
    klb.publish(cluster_dir, svc, endpoints, rec)


def _converge_public_ip(ctx, path, key, svc, desired, rec):
    """A LoadBalancer Service's floating IP on the (current) VIP port; released when the Service no longer wants one.
    A floating IP created just before a crash is found again by its description (kdfkuryr.fip)."""
    ns, name = key
    public = desired.get('publicIp')
    if public:
        got = fip.ensure(rec, ns, name, svc['metadata'].get('uid'), public, rec['vipPortId'])
        got['requested'] = bool(public.get('address'))
        if rec.get('floatingIp') != got:
            ctx.log('service %s/%s: floating IP %s on VIP port %s' % (ns, name, got['ip'], rec['vipPortId']))
        rec['floatingIp'] = got
    elif rec.get('floatingIp'):
        fip.release(rec['floatingIp']['id'])
        ctx.log('service %s/%s: floating IP %s released' % (ns, name, rec.pop('floatingIp')['ip']))
        store.write_json(path, rec)


def _wait_amphora(ctx, lb_id, desired, timeout=60):
    """Waits until the amphora emulator's proxy serves the desired listeners and members, as Octavia reports
    ACTIVE only once the amphora is configured (a probe right after ACTIVE must not hit a half-made data plane)."""
    want = sorted((x['protocol'], x['port'], sorted('%s:%d' % (m['address'], m['port']) for m in x['members']))
                  for x in desired['listeners'])
    deadline = time.time() + timeout
    while True:
        got = amphora.applied(ctx.amphora_state_dir, lb_id) or {}
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
    if rec.get('floatingIp'):
        fip.release(rec['floatingIp']['id'])
    klb.unpublish(cluster_dir, ns, name)
    store.remove(store.kuryr_path(cluster_dir, 'services', ns, name))
    ctx.log('service %s/%s gone: load balancer %s deleted' % (ns, name, lb_id))
