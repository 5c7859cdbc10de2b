"""Octavia amphora driver for the sandbox: the no-op driver, except that a configuration change waits for the
emulated amphora.

A real amphora driver pushes the new haproxy configuration to the amphora before Octavia's flow marks the load
balancer, its listeners and members ACTIVE: ACTIVE means the data plane serves them. The no-op driver returns at
once, so a client that trusts ACTIVE (the connectivity stage does) could probe a VIP whose emulated amphora
(kdfkuryr.amphora + kdfkuryr.proxy, `<SANDBOX_AMPHORA_DIR>/<lb id>.json`) has not picked the change up yet. Here
`update` writes the listeners and enabled members the database now holds into that file and waits, bounded, until
the proxy reports them in `<lb id>.json.applied`. The emulator plugs an amphora for a load balancer that is ACTIVE or
PENDING_UPDATE: during an update (a listener, pool or member flow) the plug is awaited too, while the emulator
runs; during the load balancer's own creation, or with no emulator, there is nothing to wait for. Registered through
kdf_octavia_amphora-1.0.dist-info/entry_points.txt.
"""
import fcntl
import json
import os
import time

from octavia.amphorae.drivers.noop_driver.driver import NoopAmphoraLoadBalancerDriver
from oslo_log import log as logging

LOG = logging.getLogger(__name__)

WAIT_SECONDS = float(os.environ.get('KDF_AMPHORA_WAIT', '30'))
PROTOCOLS = ('TCP', 'UDP', 'HTTP')


def desired_listeners(loadbalancer):
    """The proxy's listener entries for `loadbalancer` (a database object), in kdfkuryr.amphora's file format."""
    out = []
    for lst in loadbalancer.listeners:
        if lst.protocol not in PROTOCOLS or not lst.enabled or lst.provisioning_status == 'PENDING_DELETE':
            continue
        members = []
        pool = lst.default_pool
        if pool is not None and pool.provisioning_status != 'PENDING_DELETE':
            for m in pool.members:
                if m.provisioning_status == 'PENDING_DELETE':
                    continue
                members.append({'name': m.name, 'address': m.ip_address, 'port': m.protocol_port,
                                'enabled': bool(m.enabled)})
        out.append({'name': lst.name, 'protocol': 'UDP' if lst.protocol == 'UDP' else 'TCP',
                    'port': lst.protocol_port, 'members': members})
    return out


def served(listeners):
    """What the proxy reports once it serves `listeners` (the comparable form of `<id>.json.applied`)."""
    return sorted((x['protocol'], x['port'], sorted('%s:%d' % (m['address'], m['port'])
                                                     for m in x['members'] if m.get('enabled', True)))
                  for x in listeners)


def _read(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def emulator_running(amphora_dir):
    """True while the Kuryr emulation that plugs amphorae runs: it holds an exclusive flock on
    `kuryr-emulator.lock` beside the amphora directory for its whole life."""
    try:
        lock = open(os.path.join(os.path.dirname(os.path.abspath(amphora_dir)), 'kuryr-emulator.lock'))
    except OSError:
        return False
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(lock, fcntl.LOCK_UN)
        return False


def push_and_wait(amphora_dir, lb_id, listeners, wait_seconds=WAIT_SECONDS, sleep=time.sleep, plugging=False):
    """Writes `listeners` into the amphora's configuration and waits until its proxy serves them. With `plugging`
    (the emulator plugs this load balancer now), an amphora not plugged yet is waited for first, within the same bound.
    Returns 'unplugged' (no amphora, not waited for or not in time), 'unemulated' (the emulator marked it
    `<lb id>.unemulated`: it never plugs one), 'served', or 'timeout'."""
    path = os.path.join(amphora_dir, lb_id + '.json')
    deadline = time.monotonic() + wait_seconds
    cfg = _read(path)
    while cfg is None:
        if os.path.exists(os.path.join(amphora_dir, lb_id + '.unemulated')):
            return 'unemulated'
        if not plugging or time.monotonic() > deadline:
            return 'unplugged'
        sleep(0.1)
        cfg = _read(path)
    if cfg.get('listeners') != listeners:
        cfg['listeners'] = listeners
        tmp = path + '.driver.tmp'
        with open(tmp, 'w') as f:
            json.dump(cfg, f)
        os.replace(tmp, path)
    want = served(listeners)
    while True:
        applied = _read(path + '.applied') or {}
        have = sorted((x['protocol'], x['port'], sorted(x['members'])) for x in applied.get('listeners', []))
        if have == want:
            return 'served'
        if time.monotonic() > deadline:
            return 'timeout'
        sleep(0.1)


class EmulatedAmphoraDriver(NoopAmphoraLoadBalancerDriver):
    """The no-op amphora driver whose `update` returns once the emulated amphora serves the change."""

    def update(self, loadbalancer):
        super().update(loadbalancer)
        amphora_dir = os.environ.get('SANDBOX_AMPHORA_DIR')
        if not amphora_dir:
            return
        started = time.monotonic()
        # the emulator plugs an amphora for a load balancer that is ACTIVE or PENDING_UPDATE, not one being created
        plugging = loadbalancer.provisioning_status == 'PENDING_UPDATE' and emulator_running(amphora_dir)
        outcome = push_and_wait(amphora_dir, loadbalancer.id, desired_listeners(loadbalancer), plugging=plugging)
        LOG.info('emulated amphora of load balancer %s: %s after %.1f s', loadbalancer.id, outcome,
                 time.monotonic() - started)
