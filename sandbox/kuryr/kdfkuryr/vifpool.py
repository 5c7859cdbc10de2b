"""Kuryr's ports pool on a baremetal host (the `neutron` vif pool driver): free pod ports, named `available-port`,
kept per pool key (the node the ports are bound to, the pod network, the security groups). A pod takes a free port;
when there is none, or taking one leaves fewer than `ports_pool_min`, a batch of `max(ports_pool_batch, min - free)`
ports is made in one bulk request, at most once per `ports_pool_update_frequency` seconds per key. A gone pod's port
goes back to the pool unless `ports_pool_max` (0: no limit) free ports are there already; then it is deleted.

The free ports are Neutron's own state, so a restarted controller finds its pools again, as Kuryr recovers them from
the ports it made. The options come from the cluster's kuryr.conf (`<cluster dir>/kuryr.conf`, or cluster.json
`kuryrConf`), read once per process: a change takes effect when the controller restarts, as with Kuryr. A cluster
without that file keeps the older cluster.json `portsPool` switch ({"min", "batch"})."""
import configparser
import os
import threading
import time

from . import cloud

POOL_NAME = 'available-port'
DEVICE_OWNER = 'compute:kuryr'
# Kuryr's own defaults for the [vif_pool] options (a kuryr.conf that names the neutron driver without them)
DEFAULTS = {'ports_pool_min': 1, 'ports_pool_max': 0, 'ports_pool_batch': 10, 'ports_pool_update_frequency': 20}

_configs = {}
_configs_lock = threading.Lock()
_key_locks = {}
_last_update = {}


def conf_path(cluster_dir, cfg):
    return cfg.get('kuryrConf') or os.path.join(cluster_dir, 'kuryr.conf')


def parse_pool_options(text):
    """The pool options of a kuryr.conf text: None unless `[kubernetes] vif_pool_driver` is `neutron`."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.read_string(text)
    driver = parser.get('kubernetes', 'vif_pool_driver', fallback='noop').strip()
    if driver != 'neutron':
        return None
    opts = {k: parser.getint('vif_pool', k, fallback=v) for k, v in DEFAULTS.items()}
    return {'min': opts['ports_pool_min'], 'max': opts['ports_pool_max'], 'batch': max(1, opts['ports_pool_batch']),
            'frequency': opts['ports_pool_update_frequency']}


def _read_options(cluster_dir, cfg):
    if cfg.get('mode') == 'nested':
        return None  # nested pools (the `nested` driver, trunk subports) are not emulated
    try:
        with open(conf_path(cluster_dir, cfg)) as f:
            return parse_pool_options(f.read())
    except FileNotFoundError:
        legacy = cfg.get('portsPool')
        if not legacy:
            return None
        return {'min': int(legacy.get('min', 2)), 'max': 0, 'batch': max(1, int(legacy.get('batch', 5))),
                'frequency': 0}


def options(cluster_dir, cfg):
    """The cluster's pool options as this process read them first, or None when it runs without a pool."""
    with _configs_lock:
        if cluster_dir not in _configs:
            _configs[cluster_dir] = _read_options(cluster_dir, cfg)
        return _configs[cluster_dir]


def pool_key(host, network_id, groups):
    return (host, network_id, tuple(sorted(groups)))


def _lock(key):
    with _configs_lock:
        return _key_locks.setdefault(key, threading.Lock())


def free_ports(key):
    host, network_id, groups = key
    ports = cloud.conn().network.ports(network_id=network_id, name=POOL_NAME, device_owner=DEVICE_OWNER)
    return [p for p in ports if p.binding_host_id == host and tuple(sorted(p.security_group_ids or [])) == groups
            and not p.device_id]


def _populate(key, pool, attrs, free_now, log):
    """One bulk request when the pool has fewer than its minimum; False when the last one was too recent."""
    now = time.time()
    if now - _last_update.get(key, 0.0) < pool['frequency']:
        return False
    _last_update[key] = now
    want = max(pool['min'], 1)
    if free_now < want:
        n = max(pool['batch'], want - free_now)
        cloud.conn().network.create_ports([dict(attrs, name=POOL_NAME) for _ in range(n)])
        _last_update[key] = time.time()
        log('ports pool %s of %s: %d free, +%d' % (key[1][:8], key[0], free_now, n))
    return True


def take(key, pool, attrs, name, device_id, log):
    """A free port of the pool renamed after the pod (Kuryr's port_debug) and given its uid; the pool is refilled
    first when empty and afterwards when below its minimum. `attrs`: the pod port's attributes without name/device."""
    with _lock(key):
        free = free_ports(key)
        if not free:
            if not _populate(key, pool, attrs, 0, log):
                raise RuntimeError('ports pool %s of %s is empty and was refilled less than %ds ago'
                                   % (key[1][:8], key[0], pool['frequency']))
            free = free_ports(key)
            if not free:
                raise RuntimeError('ports pool %s of %s: no free port after a refill' % (key[1][:8], key[0]))
        port = cloud.conn().network.update_port(free[0].id, name=name, device_id=device_id)
        if len(free) - 1 < pool['min']:
            _populate(key, pool, attrs, len(free) - 1, log)
        return port


def release(key, pool, port_id, log):
    """A gone pod's port back to the pool (its pool's groups again), or deleted when the pool holds `max` already."""
    with _lock(key):
        c = cloud.conn().network
        if pool['max'] and len(free_ports(key)) >= pool['max']:
            c.delete_port(port_id, ignore_missing=True)
            log('ports pool %s of %s is full (%d): port %s deleted' % (key[1][:8], key[0], pool['max'], port_id))
            return False
        c.update_port(port_id, name=POOL_NAME, device_id='', admin_state_up=True,
                      security_group_ids=list(key[2]))
        return True


def delete_free_ports(network_id):
    """The free ports of every pool on a network (its namespace is going)."""
    c = cloud.conn().network
    for p in c.ports(network_id=network_id, name=POOL_NAME, device_owner=DEVICE_OWNER):
        if not p.device_id:
            c.delete_port(p.id, ignore_missing=True)
