"""The sandbox's Octavia amphora driver (sandbox/openstack/pylib/kdf_octavia_amphora.py): what it writes for the
emulated amphora, and that `update` returns only once the proxy reports serving it.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import fcntl
import json
import os
import sys
import tempfile
import threading
import types
import unittest
from types import SimpleNamespace as NS

from kdfkuryr import proxy

PYLIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'openstack', 'pylib')
sys.path.insert(0, PYLIB)
try:
    import octavia.amphorae.drivers.noop_driver.driver  # noqa: F401  (the base class, when Octavia is installed)
except ImportError:  # a machine without the sandbox's packages: the functions under test do not need Octavia
    for name in ('octavia', 'octavia.amphorae', 'octavia.amphorae.drivers', 'octavia.amphorae.drivers.noop_driver'):
        sys.modules.setdefault(name, types.ModuleType(name))
    base = types.ModuleType('octavia.amphorae.drivers.noop_driver.driver')
    base.NoopAmphoraLoadBalancerDriver = type('NoopAmphoraLoadBalancerDriver', (), {'update': lambda self, lb: None})
    sys.modules[base.__name__] = base
    if 'oslo_log' not in sys.modules:
        try:
            import oslo_log.log  # noqa: F401
        except ImportError:
            import logging
            oslo = types.ModuleType('oslo_log')
            oslo.log = types.ModuleType('oslo_log.log')
            oslo.log.getLogger = logging.getLogger
            sys.modules.update({'oslo_log': oslo, 'oslo_log.log': oslo.log})
import kdf_octavia_amphora as drv  # noqa: E402


def load(path):
    with open(path) as f:
        return json.load(f)


def member(ip, port=9090, enabled=True, status='ACTIVE', name=None):
    return NS(name=name or 'ns/pod-%s:%d' % (ip, port), ip_address=ip, protocol_port=port, enabled=enabled,
              provisioning_status=status)


def listener(protocol, port, members, enabled=True, status='ACTIVE', pool_status='ACTIVE'):
    pool = NS(members=members, provisioning_status=pool_status) if members is not None else None
    return NS(name='ns/svc:%s:%d' % (protocol, port), protocol=protocol, protocol_port=port, enabled=enabled,
              provisioning_status=status, default_pool=pool)


def report(path, listeners):
    """What kdfkuryr.proxy writes once it serves `listeners` (its own report code)."""
    p = proxy.Proxy(path)
    for entry in listeners:
        lst = proxy.Listener(entry['protocol'], entry['port'])
        lst.members = [m for m in entry['members'] if m.get('enabled', True)]
        p.listeners[(entry['protocol'], entry['port'])] = lst
    p._report()


class DesiredListeners(unittest.TestCase):
    def test_the_emulator_file_format_with_pending_deletes_and_other_protocols_left_out(self):
        lb = NS(id='lb1', listeners=[
            listener('UDP', 90, [member('10.0.0.70'), member('10.0.0.71', status='PENDING_DELETE'),
                                 member('10.0.0.72', enabled=False, status='PENDING_CREATE')]),
            listener('HTTP', 80, [member('10.0.0.70', 8080)]),
            listener('TCP', 81, None),
            listener('TERMINATED_HTTPS', 443, []),
            listener('TCP', 82, [], status='PENDING_DELETE'),
            listener('TCP', 83, [], enabled=False),
        ])
        self.assertEqual(drv.desired_listeners(lb), [
            {'name': 'ns/svc:UDP:90', 'protocol': 'UDP', 'port': 90, 'members': [
                {'name': 'ns/pod-10.0.0.70:9090', 'address': '10.0.0.70', 'port': 9090, 'enabled': True},
                {'name': 'ns/pod-10.0.0.72:9090', 'address': '10.0.0.72', 'port': 9090, 'enabled': False}]},
            {'name': 'ns/svc:HTTP:80', 'protocol': 'TCP', 'port': 80, 'members': [
                {'name': 'ns/pod-10.0.0.70:8080', 'address': '10.0.0.70', 'port': 8080, 'enabled': True}]},
            {'name': 'ns/svc:TCP:81', 'protocol': 'TCP', 'port': 81, 'members': []},
        ])


class PushAndWait(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.path = os.path.join(self.dir, 'lb1.json')
        self.want = [{'name': 'l', 'protocol': 'UDP', 'port': 90, 'members': [
            {'name': 'a', 'address': '10.0.0.70', 'port': 9090, 'enabled': True},
            {'name': 'b', 'address': '10.0.0.71', 'port': 9090, 'enabled': False}]}]

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, cfg):
        with open(self.path, 'w') as f:
            json.dump(cfg, f)

    def test_no_amphora_yet_is_not_waited_for(self):
        self.assertEqual(drv.push_and_wait(self.dir, 'lb1', self.want, wait_seconds=5), 'unplugged')
        self.assertFalse(os.path.exists(self.path))

    def test_writes_the_listeners_keeps_the_rest_and_returns_once_the_proxy_serves_them(self):
        self.write({'loadBalancerId': 'lb1', 'vip': '10.0.0.130', 'netns': 'x-lb-lb1', 'listeners': []})
        report(self.path, [])  # the proxy serves the old configuration
        seen = []

        def proxy_catches_up(_seconds):
            seen.append(load(self.path))
            if len(seen) == 3:
                report(self.path, seen[-1]['listeners'])

        self.assertEqual(drv.push_and_wait(self.dir, 'lb1', self.want, wait_seconds=5, sleep=proxy_catches_up),
                         'served')
        self.assertEqual(len(seen), 3)  # it waited for the report, not only for its own write
        self.assertEqual(seen[0], {'loadBalancerId': 'lb1', 'vip': '10.0.0.130', 'netns': 'x-lb-lb1',
                                   'listeners': self.want})
        applied = load(self.path + '.applied')
        self.assertEqual(applied, {'listeners': [{'protocol': 'UDP', 'port': 90, 'members': ['10.0.0.70:9090']}]})

    def test_while_the_emulator_plugs_the_amphora_its_file_is_awaited_then_served(self):
        def plug_then_serve(_seconds):
            if not os.path.exists(self.path):
                self.write({'loadBalancerId': 'lb1', 'listeners': []})
            else:
                report(self.path, load(self.path)['listeners'])

        self.assertEqual(drv.push_and_wait(self.dir, 'lb1', self.want, wait_seconds=5, sleep=plug_then_serve,
                                           plugging=True), 'served')
        self.assertEqual(load(self.path)['listeners'], self.want)

    def test_a_load_balancer_the_emulator_marked_unemulated_is_not_waited_for(self):
        marked = []

        def emulator_marks(_seconds):
            marked.append(1)
            with open(os.path.join(self.dir, 'lb1.unemulated'), 'w') as f:
                f.write('{}')

        self.assertEqual(drv.push_and_wait(self.dir, 'lb1', self.want, wait_seconds=30, sleep=emulator_marks,
                                           plugging=True), 'unemulated')
        self.assertEqual(marked, [1])
        self.assertFalse(os.path.exists(self.path))

    def test_an_amphora_that_is_never_plugged_ends_the_wait_at_the_bound(self):
        self.assertEqual(drv.push_and_wait(self.dir, 'lb1', self.want, wait_seconds=0.3, plugging=True), 'unplugged')

    def test_gives_up_after_the_bound_when_the_proxy_never_reports(self):
        self.write({'loadBalancerId': 'lb1', 'listeners': []})
        self.assertEqual(drv.push_and_wait(self.dir, 'lb1', self.want, wait_seconds=0.3), 'timeout')

    def test_a_real_thread_reporting_later_ends_the_wait(self):
        self.write({'loadBalancerId': 'lb1', 'listeners': self.want})
        timer = threading.Timer(0.3, lambda: report(self.path, self.want))
        timer.start()
        try:
            self.assertEqual(drv.push_and_wait(self.dir, 'lb1', self.want, wait_seconds=5), 'served')
        finally:
            timer.cancel()

    def test_the_emulator_counts_as_running_while_it_holds_its_lock(self):
        amphorae = os.path.join(self.dir, 'kube', 'amphora')
        os.makedirs(amphorae)
        self.assertFalse(drv.emulator_running(amphorae))  # no lock file: never started
        with open(os.path.join(self.dir, 'kube', 'kuryr-emulator.lock'), 'w') as held:
            self.assertFalse(drv.emulator_running(amphorae))  # the file of an emulator that has ended
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.assertTrue(drv.emulator_running(amphorae))
            fcntl.flock(held, fcntl.LOCK_UN)
        self.assertFalse(drv.emulator_running(amphorae))

    def test_the_driver_update_uses_SANDBOX_AMPHORA_DIR(self):
        self.write({'loadBalancerId': 'lb1', 'listeners': []})
        lb = NS(id='lb1', vip=NS(ip_address='10.0.0.130'), provisioning_status='PENDING_UPDATE',
                listeners=[listener('TCP', 80, [member('10.0.0.70', 8080)])])
        timer = threading.Timer(0.2, lambda: report(self.path, drv.desired_listeners(lb)))
        os.environ['SANDBOX_AMPHORA_DIR'] = self.dir
        timer.start()
        try:
            drv.EmulatedAmphoraDriver().update(lb)
        finally:
            timer.cancel()
            del os.environ['SANDBOX_AMPHORA_DIR']
        self.assertEqual(load(self.path + '.applied'),
                         {'listeners': [{'protocol': 'TCP', 'port': 80, 'members': ['10.0.0.70:8080']}]})
        self.assertEqual(load(self.path)['listeners'], drv.desired_listeners(lb))


if __name__ == '__main__':
    unittest.main()
