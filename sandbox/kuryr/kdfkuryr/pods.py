"""Kuryr controller + CNI for pods: a Neutron port per pod (baremetal `neutron-vif` or nested `nested-vlan`),
wired into the pod's network namespace as eth0; the pod's kuryr/pods file records it."""
import json
import os
import sys
import threading

from kdfdp import changes

from . import cloud, dp, naming, nsfix, nsnet, sh, store, vifpool

DEVICE_OWNER = 'compute:kuryr'
_trunk_locks = {}
_trunk_locks_guard = threading.Lock()


def _trunk_lock(trunk_id):
    with _trunk_locks_guard:
        return _trunk_locks.setdefault(trunk_id, threading.Lock())


def announce(netns, ip):
    """Gratuitous ARP from `netns` (see kdfkuryr.garp); best effort."""
    pkg = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sh.run(['ip', 'netns', 'exec', netns, 'env', 'PYTHONPATH=' + pkg, sys.executable, '-B', '-m', 'kdfkuryr.garp',
            'eth0', ip], check=False)


def plan(ctx, cluster_dir, cfg):
    """Yields (key, fn, args) tasks: pods to wire, files of gone pods to unwire."""
    sbx = cfg.get('sandboxNamespace') or ctx.sbx
    pods = store.objects(cluster_dir, 'pods')
    files = store.kuryr_files(cluster_dir, 'pods')
    for (ns, name), pod in pods.items():
        meta = pod.get('metadata', {})
        uid = meta.get('uid')
        f = files.get((ns, name))
        if f is not None or not uid or meta.get('deletionTimestamp'):
            continue
        if not (pod.get('spec') or {}).get('nodeName'):
            continue
        if (pod.get('spec') or {}).get('hostNetwork'):
            continue  # on its node's network: Kuryr gives it no port, as the real controller does
        netns = naming.pod_netns(sbx, uid)
        if not nsfix.netns_usable(netns):
            continue
        if nsnet.pod_network(cluster_dir, cfg, ns) is None:
            continue  # the namespace subnet driver has not made the namespace's network yet
        yield ('wire', cluster_dir, ns, name), wire_pod, (ctx, cluster_dir, cfg, pod, netns)
    for (ns, name), f in files.items():
        pod = pods.get((ns, name))
        if pod is None or (f.get('podUid') and pod.get('metadata', {}).get('uid') != f.get('podUid')):
            yield ('unwire', cluster_dir, ns, name), unwire_pod, (ctx, cluster_dir, cfg, ns, name, f)


def _port_attrs(name, device_id, host, where=None, groups=None):
    """A pod port's attributes; `where` (network id, subnet) defaults to k8s-pod-net, `groups` to Kuryr's."""
    net_id, sub = where or (cloud.network('k8s-pod-net').id, cloud.subnet('k8s-pod-subnet'))
    attrs = dict(
        name=name,
        network_id=net_id,
        project_id=cloud.project_id('k8s'),
        fixed_ips=[{'subnet_id': sub.id}],
        device_owner=DEVICE_OWNER,
        security_group_ids=groups or cloud.pod_security_groups('k8s'),
        admin_state_up=True,
    )
    if device_id:
        attrs['device_id'] = device_id
    if host:
        attrs['binding_host_id'] = host
    return attrs


def _find_or_create_port(pod, host, nested, pool=None, where=None, groups=None, log=print):
    """The pod's port: found again after a crash (by `device_id` = pod uid; nested ports cannot carry a device_id,
    Neutron refuses them as subports then, so by `description`), else taken from the pool or created."""
    c = cloud.conn()
    meta = pod['metadata']
    net = cloud.network('k8s-pod-net') if where is None else c.network.get_network(where[0])
    name = naming.pod_port_name(meta.get('namespace', 'default'), meta['name'])
    if nested:
        mark = 'kuryr pod %s' % meta['uid']
        existing = [p for p in c.network.ports(network_id=net.id, name=name) if p.description == mark]
        if existing:
            return existing[0]
        attrs = _port_attrs(name, '', None, where, groups)
        attrs['description'] = mark
        return c.network.create_port(**attrs)
    existing = list(c.network.ports(network_id=net.id, device_id=meta['uid']))
    if existing:
        return existing[0]
    if pool is not None:
        attrs = _port_attrs(vifpool.POOL_NAME, '', host, where, groups)
        key = vifpool.pool_key(host, attrs['network_id'], attrs['security_group_ids'])
        return vifpool.take(key, pool, attrs, name, meta['uid'], log)
    return c.network.create_port(**_port_attrs(name, meta['uid'], host, where, groups))


def _port_record(port, sub, vif_type, vlan_id, pod, netns, extra=None):
    ip = [f['ip_address'] for f in port.fixed_ips if f['subnet_id'] == sub.id][0]
    rec = {
        'portId': port.id,
        'portName': port.name,
        'mac': port.mac_address,
        'ip': ip,
        'prefixLen': int(sub.cidr.split('/')[1]),
        'gateway': sub.gateway_ip,
        'networkId': port.network_id,
        'subnetId': sub.id,
        'vifType': vif_type,
        'vlanId': vlan_id,
        'ifname': 'eth0',
        'podUid': pod['metadata']['uid'],
        'netns': netns,
        'nodeName': pod['spec'].get('nodeName'),
    }
    rec.update(extra or {})
    return rec


def wire_pod(ctx, cluster_dir, cfg, pod, netns):
    sbx = cfg.get('sandboxNamespace') or ctx.sbx
    meta = pod['metadata']
    ns, name = meta.get('namespace', 'default'), meta['name']
    nested = cfg.get('mode') == 'nested'
    where = nsnet.pod_network(cluster_dir, cfg, ns)
    if where is None:
        raise RuntimeError('namespace %s has no network yet (namespace subnet driver)' % ns)
    sub = where[1]
    pool = None if nested else vifpool.options(cluster_dir, cfg)
    groups = nsnet.default_groups(nsnet.networks(cluster_dir, cfg), ns)
    port = _find_or_create_port(pod, pod['spec']['nodeName'], nested, pool, where, groups, ctx.log)
    if nested:
        rec = _wire_nested(ctx, cfg, pod, netns, port, sub)
    else:
        port = cloud.wait_port_active(port.id)
        ip = [f['ip_address'] for f in port.fixed_ips if f['subnet_id'] == sub.id][0]
        prefix = sub.cidr.split('/')[1]
        dp.plug_port(sbx, netns, 'eth0', port.id, port.mac_address, '%s/%s' % (ip, prefix), sub.gateway_ip,
                     port.network_id)
        pooled = {'pooled': True, 'poolGroups': sorted(port.security_group_ids or [])} if pool else None
        rec = _port_record(port, sub, 'neutron-vif', None, pod, netns, pooled)
    announce(netns, rec['ip'])
    # the pod may have gone while we worked: do not leave a file for it
    current = store.get_object(cluster_dir, 'pods', ns, name)
    store.write_json(store.kuryr_path(cluster_dir, 'pods', ns, name), rec)
    ctx.log('pod %s/%s wired: port %s %s (%s%s)' % (ns, name, port.id, rec['ip'], rec['vifType'],
                                                    ', vlan %s' % rec['vlanId'] if rec['vlanId'] else ''))
    if current is None or current.get('metadata', {}).get('uid') != meta['uid']:
        unwire_pod(ctx, cluster_dir, cfg, ns, name, rec)


def _vm(cfg):
    vm = cfg.get('vm') or {}
    if not vm.get('serverId'):
        raise RuntimeError('nested cluster without vm.serverId in cluster.json')
    return vm


def _trunk(vm):
    """The VM's trunk: the one whose parent port is the server's (by name `vm.trunk` when it has several)."""
    c = cloud.conn()
    port_ids = {p.id for p in c.network.ports(device_id=vm['serverId'])}
    trunks = [t for t in c.network.trunks() if t.port_id in port_ids]
    named = [t for t in trunks if t.name == (vm.get('trunk') or 'trunk0')]
    if named or trunks:
        return (named or trunks)[0]
    raise RuntimeError('no trunk has a port of server %s as its parent' % vm['serverId'])


def _wire_nested(ctx, cfg, pod, netns, port, sub):
    sbx = cfg.get('sandboxNamespace') or ctx.sbx
    c = cloud.conn()
    vm = _vm(cfg)
    vm_ns = vm.get('netns') or dp.vm_netns(sbx, vm['serverId'])
    # claimed before it joins the trunk, so the compute emulator never makes an eth0.<vlan> for it in the VM
    dp.claim_subport(ctx.state_dir, port.id)
    trunk = _trunk(vm)
    with _trunk_lock(trunk.id):
        trunk = c.network.get_trunk(trunk.id)
        mine = [s for s in trunk.sub_ports if s['port_id'] == port.id]
        if mine:
            vlan = int(mine[0]['segmentation_id'])
        else:
            vlan = naming.next_vlan_id([s['segmentation_id'] for s in trunk.sub_ports], start=ctx.vlan_start)
            c.network.add_trunk_subports(trunk, [{'port_id': port.id, 'segmentation_type': 'vlan',
                                                  'segmentation_id': vlan}])
    port = cloud.wait_port_active(port.id)
    ip = [f['ip_address'] for f in port.fixed_ips if f['subnet_id'] == sub.id][0]
    cidr = '%s/%s' % (ip, sub.cidr.split('/')[1])
    if dp.ensure_vlan_interface is not None:
        # kdfdp's VLAN device: a TAP relayed by its userspace 802.1Q switch (the kernel may lack VLAN devices)
        dp.ensure_vlan_interface(sbx, netns, 'eth0', vlan, 'eth0', port.mac_address, cidr, sub.gateway_ip,
                                 parent_netns=vm_ns)
    else:
        if not sh.ok(['ip', '-n', netns, 'link', 'show', 'dev', 'eth0']):
            tmp = 'kv' + port.id.replace('-', '')[:11]
            if not sh.ok(['ip', '-n', vm_ns, 'link', 'show', 'dev', tmp]):
                sh.run(['ip', '-n', vm_ns, 'link', 'add', 'link', 'eth0', 'name', tmp, 'type', 'vlan', 'id', str(vlan)])
            sh.run(['ip', '-n', vm_ns, 'link', 'set', tmp, 'address', port.mac_address])
            sh.run(['ip', '-n', vm_ns, 'link', 'set', tmp, 'netns', netns])
            sh.run(['ip', '-n', netns, 'link', 'set', tmp, 'name', 'eth0'])
        sh.run(['ip', '-n', netns, 'address', 'replace', cidr, 'dev', 'eth0'])
        sh.run(['ip', '-n', netns, 'link', 'set', 'eth0', 'up'])
        if sub.gateway_ip:
            sh.run(['ip', '-n', netns, 'route', 'replace', 'default', 'via', sub.gateway_ip, 'dev', 'eth0'])
    return _port_record(port, sub, 'nested-vlan', vlan, pod, netns, {'trunkId': trunk.id, 'vmNetns': vm_ns})


def unwire_pod(ctx, cluster_dir, cfg, ns, name, rec):
    sbx = cfg.get('sandboxNamespace') or ctx.sbx
    c = cloud.conn()
    port_id = rec['portId']
    if rec.get('vifType') == 'nested-vlan':
        trunk_id = rec.get('trunkId')
        if trunk_id:
            trunk = c.network.get_trunk(trunk_id)
            if any(s['port_id'] == port_id for s in trunk.sub_ports):
                c.network.delete_trunk_subports(trunk, [{'port_id': port_id}])
        netns = rec.get('netns')
        if netns and dp.remove_vlan_interface is not None:
            dp.remove_vlan_interface(sbx, netns, 'eth0')
        elif netns and nsfix.netns_usable(netns):
            sh.run(['ip', '-n', netns, 'link', 'del', 'eth0'], check=False)
    else:
        dp.unplug_port(sbx, port_id)
    pool = vifpool.options(cluster_dir, cfg) if rec.get('pooled') else None
    pooled = False
    if pool is not None:
        # back to the pool for the next pod, as kuryr's pool driver recycles ports (unless the pool is full)
        key = vifpool.pool_key(rec.get('nodeName'), rec['networkId'], rec.get('poolGroups') or [])
        pooled = vifpool.release(key, pool, port_id, ctx.log)
    else:
        c.network.delete_port(port_id, ignore_missing=True)
    if rec.get('vifType') == 'nested-vlan':
        dp.release_subport(ctx.state_dir, port_id)
    store.remove(store.kuryr_path(cluster_dir, 'pods', ns, name))
    ctx.log('pod %s/%s gone: port %s %s' % (ns, name, port_id, 'back in the pool' if pooled else 'deleted'))


_admin_gates = {}  # cluster dir -> (changes.Gate, pods it last went through)


def sync_admin_state(ctx, cluster_dir, cfg):
    """port-down: eth0 of a pod follows its Neutron port's admin_state_up (down while it is false). Skipped while
    neither the Kuryr ports (Neutron's change journal) nor the wired pods moved, within the gate's safety interval."""
    files = store.kuryr_files(cluster_dir, 'pods')
    if not files:
        return
    gate, seen = _admin_gates.get(cluster_dir) or (changes.Gate(changes.journal_dir(ctx.state_dir), ('kuryr-port',)),
                                                   None)
    token, pods_now = gate.token(), sorted((k, r.get('portId'), r.get('netns')) for k, r in files.items())
    if seen == pods_now and gate.fresh(token):
        return
    admin = {p.id: p.is_admin_state_up
             for p in cloud.conn().network.ports(device_owner=DEVICE_OWNER, project_id=cloud.project_id('k8s'))}
    _follow_admin_state(ctx, files, admin)
    gate.done(token)
    _admin_gates[cluster_dir] = (gate, pods_now)


def _follow_admin_state(ctx, files, admin):
    for (ns, name), rec in files.items():
        netns = rec.get('netns')
        up = admin.get(rec['portId'])
        if up is None or not netns or not nsfix.netns_usable(netns):
            continue
        proc = sh.run(['ip', '-n', netns, '-j', 'link', 'show', 'dev', 'eth0'], check=False)
        if proc.returncode != 0:
            continue
        flags = (json.loads(proc.stdout or '[{}]')[0]).get('flags', [])
        is_up = 'UP' in flags
        if up and not is_up:
            sh.run(['ip', '-n', netns, 'link', 'set', 'eth0', 'up'])
            if rec.get('gateway'):
                sh.run(['ip', '-n', netns, 'route', 'replace', 'default', 'via', rec['gateway'], 'dev', 'eth0'],
                       check=False)
            ctx.log('pod %s/%s: port %s admin up -> eth0 up' % (ns, name, rec['portId']))
        elif not up and is_up:
            sh.run(['ip', '-n', netns, 'link', 'set', 'eth0', 'down'])
            ctx.log('pod %s/%s: port %s admin down -> eth0 down' % (ns, name, rec['portId']))
