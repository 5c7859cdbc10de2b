"""openstacksdk access (cloud `devstack-admin` of the sandbox's clouds.yaml), one connection per thread."""
import os
import threading
import time

_local = threading.local()
_cache = {}
_cache_lock = threading.Lock()


def setup(state_dir, cloud='devstack-admin'):
    os.environ.setdefault('OS_CLIENT_CONFIG_FILE', os.path.join(state_dir, 'clouds.yaml'))
    _cache['cloud'] = cloud


def conn():
    c = getattr(_local, 'conn', None)
    if c is None:
        import openstack  # here: the pure modules' unit tests import this one without openstacksdk installed
        c = openstack.connect(cloud=_cache.get('cloud', 'devstack-admin'))
        _local.conn = c
    return c


def _cached(key, fn):
    with _cache_lock:
        if key in _cache:
            return _cache[key]
    value = fn()
    with _cache_lock:
        _cache[key] = value
    return value


def project_id(name='k8s'):
    return _cached(('project', name), lambda: conn().identity.find_project(name, ignore_missing=False).id)


def network(name):
    return _cached(('network', name), lambda: conn().network.find_network(name, ignore_missing=False))


def subnet(name):
    return _cached(('subnet', name), lambda: conn().network.find_subnet(name, ignore_missing=False))


def subnet_by_id(subnet_id):
    return _cached(('subnet-id', subnet_id), lambda: conn().network.get_subnet(subnet_id))


def pod_security_groups(project='k8s'):
    """[default of the project, service_pod_access] (kuryr's pod_security_groups)."""
    def find():
        pid = project_id(project)
        sgs = list(conn().network.security_groups(project_id=pid))
        ids = [s.id for s in sgs if s.name == 'default'][:1] + [s.id for s in sgs if s.name == 'service_pod_access'][:1]
        if len(ids) != 2:
            raise RuntimeError('security groups default and service_pod_access of project %s not found' % project)
        return ids
    return _cached(('sgs', project), find)


def wait_port_active(port_id, timeout=60):
    deadline = time.time() + timeout
    while True:
        port = conn().network.get_port(port_id)
        if port.status == 'ACTIVE':
            return port
        if time.time() > deadline:
            raise RuntimeError('port %s not ACTIVE after %ds (status %s)' % (port_id, timeout, port.status))
        time.sleep(0.3)


def pending(obj):
    """True for an Octavia object in a PENDING_* provisioning state (a flow is changing it)."""
    return (getattr(obj, 'provisioning_status', None) or '').startswith('PENDING')


def wait_lb(lb_id, timeout=300):
    """Waits until the load balancer leaves PENDING_*; raises on ERROR. Returns the LB."""
    deadline = time.time() + timeout
    while True:
        lb = conn().load_balancer.get_load_balancer(lb_id)
        if lb.provisioning_status == 'ACTIVE':
            return lb
        if lb.provisioning_status == 'ERROR':
            raise RuntimeError('load balancer %s went to ERROR' % lb_id)
        if time.time() > deadline:
            raise RuntimeError('load balancer %s still %s after %ds' % (lb_id, lb.provisioning_status, timeout))
        time.sleep(0.3)


def lb_listeners(lb_id):
    """The listeners of one load balancer (by the ids the LB lists: no server-side filter needed)."""
    lbc = conn().load_balancer
    lb = lbc.get_load_balancer(lb_id)
    return [lbc.get_listener(x['id']) for x in lb.listeners or []]


def lb_pools(lb_id):
    lbc = conn().load_balancer
    lb = lbc.get_load_balancer(lb_id)
    return [lbc.get_pool(x['id']) for x in lb.pools or []]
