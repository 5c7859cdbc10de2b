"""Neutron's change journal: the writer inside neutron-server (sandbox/openstack/pylib/kdf_neutron_changes.py) and
the readers' gate (sandbox/dataplane/kdfdp/changes.py), together on a temporary directory.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import os
import sys
import tempfile
import unittest
from types import SimpleNamespace as NS
from unittest import mock

from kdfdp import changes, cloud

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'openstack', 'pylib'))
import kdf_neutron_changes as journal  # noqa: E402


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class PortKinds(unittest.TestCase):
    def test_owner_sorts_port_events(self):
        self.assertEqual(journal.port_kinds([{'device_owner': 'compute:kuryr'}]), ['kuryr-port'])
        self.assertEqual(journal.port_kinds([{'device_owner': 'network:router_interface'}]), ['port'])
        self.assertEqual(journal.port_kinds([{'device_owner': ''}]), ['port'])

    def test_a_port_changing_owner_counts_for_both(self):
        states = [{'device_owner': 'compute:kuryr'}, {'device_owner': 'trunk:subport'}]
        self.assertEqual(journal.port_kinds(states), ['port', 'kuryr-port'])

    def test_an_event_without_port_states_counts_for_both(self):
        self.assertEqual(journal.port_kinds([]), ['port', 'kuryr-port'])


class JournalAndGate(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='kdf-changes-')
        self.journal = journal.Journal(os.path.join(self.dir, 'changes'))
        self.clock = Clock()
        self.gate = changes.Gate(self.journal.directory, ('port', 'router'), max_age=5.0, clock=self.clock)

    def tearDown(self):
        import shutil
        shutil.rmtree(self.dir, ignore_errors=True)

    def read(self):
        token = self.gate.token()
        self.gate.done(token)

    def test_first_read_is_due_then_fresh_until_a_watched_kind_moves(self):
        self.assertFalse(self.gate.fresh(self.gate.token()))
        self.read()
        self.assertTrue(self.gate.fresh(self.gate.token()))
        self.journal.on_event('port', NS(states=({'device_owner': 'compute:nova'},)))
        self.assertFalse(self.gate.fresh(self.gate.token()))
        self.read()
        self.assertTrue(self.gate.fresh(self.gate.token()))

    def test_kinds_not_watched_leave_the_read_fresh(self):
        self.read()
        self.journal.on_event('port', NS(states=({'device_owner': 'compute:kuryr'},)))
        self.journal.on_event('security_group_rule', NS(states=()))
        self.assertTrue(self.gate.fresh(self.gate.token()))
        self.assertTrue(os.path.exists(os.path.join(self.journal.directory, 'kuryr-port')))
        self.assertTrue(os.path.exists(os.path.join(self.journal.directory, 'security-group')))

    def test_router_interfaces_and_gateways_count_as_router(self):
        self.read()
        self.journal.on_event('router_interface', NS(states=()))
        self.assertFalse(self.gate.fresh(self.gate.token()))
        self.read()
        self.journal.on_event('router_gateway', None)
        self.assertFalse(self.gate.fresh(self.gate.token()))

    def test_a_change_during_the_read_makes_the_next_read_due(self):
        token = self.gate.token()  # taken before the API read
        self.journal.on_event('router', NS(states=()))  # committed while the poller was reading
        self.gate.done(token)
        self.assertFalse(self.gate.fresh(self.gate.token()))

    def test_the_safety_interval_makes_a_read_due_without_changes(self):
        self.read()
        self.clock.now += 4.9
        self.assertTrue(self.gate.fresh(self.gate.token()))
        self.clock.now += 0.2
        self.assertFalse(self.gate.fresh(self.gate.token()))

    def test_a_read_of_something_still_changing_makes_the_next_read_due(self):
        token = self.gate.token()
        self.gate.done(token, settled=False)  # e.g. a load balancer PENDING_UPDATE: no journal entry when it ends
        self.assertFalse(self.gate.fresh(self.gate.token()))
        self.read()
        self.assertTrue(self.gate.fresh(self.gate.token()))

    def test_a_restarted_neutron_counts_anew_and_is_still_seen(self):
        self.journal.on_event('port', NS(states=({'device_owner': 'compute:nova'},)))
        self.read()
        again = journal.Journal(self.journal.directory)  # a new neutron-server: counter 1 again, new boot id
        again.on_event('port', NS(states=({'device_owner': 'compute:nova'},)))
        self.assertFalse(self.gate.fresh(self.gate.token()))

    def test_without_a_journal_every_read_is_due(self):
        gate = changes.Gate(os.path.join(self.dir, 'none'), ('port',), clock=self.clock)
        token = gate.token()
        gate.done(token)
        self.assertFalse(gate.fresh(gate.token()))

    def test_a_journal_that_cannot_be_written_never_fails_the_event(self):
        broken = journal.Journal(os.path.join(self.dir, 'gone'))
        os.rmdir(broken.directory)
        broken.on_event('port', NS(states=({'device_owner': 'compute:nova'},)))  # no exception
        self.assertFalse(os.path.exists(broken.directory))

    def test_the_file_holds_one_line_of_boot_id_pid_and_counter(self):
        for _ in range(3):
            self.journal.on_event('floatingip', NS(states=()))
        with open(os.path.join(self.journal.directory, 'floatingip')) as f:
            self.assertEqual(f.read(), '%s:%d:3\n' % (self.journal.boot, os.getpid()))
        self.assertEqual(sorted(os.listdir(self.journal.directory)), ['floatingip'])  # no temporary file left

    def test_a_forked_worker_never_writes_a_line_a_reader_already_holds(self):
        # neutron-server forks its RPC workers after the journal started; both processes publish port events
        gate = changes.Gate(self.journal.directory, ('port',))
        seen = []
        for _ in range(2):
            self.journal.on_event('port', NS(states=({'device_owner': 'compute:nova'},)))
        token = gate.token()
        gate.done(token)
        seen.append(token)
        pid = os.fork()
        if pid == 0:  # the worker: counts from its parent's state, as a real fork does
            code = 0
            try:
                for _ in range(3):
                    self.journal.on_event('port', NS(states=({'device_owner': 'compute:nova'},)))
            except BaseException:  # noqa: BLE001 - the parent asserts on the files
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        self.assertEqual(os.waitstatus_to_exitcode(status), 0)
        self.assertFalse(gate.fresh(gate.token()))  # the worker's change is seen
        seen.append(gate.token())
        self.journal.on_event('port', NS(states=({'device_owner': 'compute:nova'},)))  # the parent's third
        seen.append(gate.token())
        self.assertEqual(len(set(seen)), 3, seen)
        self.assertEqual(seen[1][0], '%s:%d:3\n' % (self.journal.boot, pid))
        self.assertEqual(seen[2][0], '%s:%d:3\n' % (self.journal.boot, os.getpid()))
        self.assertEqual(sorted(os.listdir(self.journal.directory)), ['port'])


class FakeConn:
    """Nova and Neutron as the compute emulator reads them, counting the Neutron list calls."""

    def __init__(self):
        self.servers = [{'id': 's1', 'status': 'ACTIVE', 'OS-EXT-STS:task_state': None, 'updated': 't1'}]
        self.neutron_calls = 0
        self.compute = NS(get=lambda path, params=None: self._resp({'servers': list(self.servers)}))
        self.network = NS(get=self._network)

    def _network(self, path, params=None):
        self.neutron_calls += 1
        return self._resp({path.strip('/'): []})

    @staticmethod
    def _resp(body):
        return NS(raise_for_status=lambda: None, json=lambda: body)


class NextSnapshot(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='kdf-changes-')
        self.journal = journal.Journal(os.path.join(self.dir, 'changes'))
        self.clock = Clock()
        self.gate = changes.Gate(self.journal.directory, changes.DATAPLANE_KINDS, clock=self.clock)
        self.conn = FakeConn()

    def tearDown(self):
        import shutil
        shutil.rmtree(self.dir, ignore_errors=True)

    def test_neutron_is_read_again_only_after_a_watched_change(self):
        first = cloud.next_snapshot(self.conn, self.gate, None)
        self.assertEqual(self.conn.neutron_calls, 5)  # ports, subnets, trunks, routers, floating IPs
        again = cloud.next_snapshot(self.conn, self.gate, first)
        self.assertEqual(self.conn.neutron_calls, 5)
        self.assertIs(again.neutron, first.neutron)
        self.assertIs(again.routers, first.routers)
        self.journal.on_event('floatingip', NS(states=()))
        third = cloud.next_snapshot(self.conn, self.gate, again)
        self.assertEqual(self.conn.neutron_calls, 10)
        self.assertIsNot(third.neutron, first.neutron)

    def test_a_server_that_moved_or_is_changing_makes_neutron_due(self):
        first = cloud.next_snapshot(self.conn, self.gate, None)
        self.conn.servers = [dict(self.conn.servers[0], status='BUILD')]
        second = cloud.next_snapshot(self.conn, self.gate, first)
        self.assertEqual(self.conn.neutron_calls, 10)
        cloud.next_snapshot(self.conn, self.gate, second)  # still BUILD: read again
        self.assertEqual(self.conn.neutron_calls, 15)

    def test_servers_moved(self):
        s = {'id': 's1', 'status': 'ACTIVE', 'OS-EXT-STS:task_state': None, 'updated': 't1'}
        self.assertFalse(cloud.servers_moved([s], [dict(s)]))
        self.assertTrue(cloud.servers_moved([s], [dict(s, updated='t2')]))
        self.assertTrue(cloud.servers_moved([s], []))
        self.assertTrue(cloud.servers_moved([s], [dict(s, **{'OS-EXT-STS:task_state': 'deleting'})]))
        self.assertFalse(cloud.servers_moved([dict(s, status='SHUTOFF')], [dict(s, status='SHUTOFF')]))

    def test_unsettled(self):
        s = {'id': 's1', 'status': 'ACTIVE', 'OS-EXT-STS:task_state': None}
        self.assertFalse(cloud.unsettled(s))
        self.assertFalse(cloud.unsettled(dict(s, status='SHUTOFF')))
        self.assertTrue(cloud.unsettled(dict(s, status='BUILD')))
        self.assertTrue(cloud.unsettled(dict(s, **{'OS-EXT-STS:task_state': 'rebooting'})))


class LoadBalancerCheck(unittest.TestCase):
    """services.check_load_balancers lists Octavia again only after a port moved, while something is PENDING_*, or
    once the gate's interval passed."""

    def setUp(self):
        from kdfkuryr import services
        self.services = services
        self.state = tempfile.mkdtemp(prefix='kdf-changes-')
        self.journal = journal.Journal(changes.journal_dir(self.state))
        self.lbs = [NS(id='lb-1', provisioning_status='ACTIVE')]
        self.listings = 0

        def load_balancers():
            self.listings += 1
            return list(self.lbs)

        lbc = NS(load_balancers=load_balancers, listeners=lambda: [])
        p = mock.patch('kdfkuryr.cloud.conn', lambda: NS(load_balancer=lbc))
        p.start()
        self.addCleanup(p.stop)
        self.ctx = NS(state_dir=self.state)

    def tearDown(self):
        import shutil
        self.services._check_gates.pop(self.state, None)
        shutil.rmtree(self.state, ignore_errors=True)

    def test_lists_after_a_port_moved_or_while_something_is_pending(self):
        self.services.check_load_balancers(self.ctx)
        self.services.check_load_balancers(self.ctx)
        self.assertEqual(self.listings, 1)
        self.journal.on_event('port', NS(states=({'device_owner': 'Octavia'},)))  # a VIP port went
        self.lbs = [NS(id='lb-1', provisioning_status='PENDING_DELETE')]
        self.services.check_load_balancers(self.ctx)
        self.services.check_load_balancers(self.ctx)  # still PENDING_DELETE at the last listing: again
        self.assertEqual(self.listings, 3)
        self.lbs = []
        self.services.check_load_balancers(self.ctx)
        self.services.check_load_balancers(self.ctx)
        self.assertEqual(self.listings, 4)
        self.assertEqual(self.services._octavia['ids'], set())


class Subscribe(unittest.TestCase):
    def test_subscribes_after_events_of_every_kind_when_neutron_lib_is_installed(self):
        try:
            from neutron_lib.callbacks import events, registry, resources
        except ImportError:
            self.skipTest('neutron_lib is not installed')
        d = tempfile.mkdtemp(prefix='kdf-changes-')
        try:
            j = journal.subscribe(os.path.join(d, 'j'))
            registry.publish(resources.SUBPORTS, events.AFTER_CREATE, self, payload=None)
            kuryr = {'device_owner': 'compute:kuryr'}
            registry.publish(resources.PORT, events.AFTER_UPDATE, self,
                             payload=events.DBEventPayload(None, states=(kuryr, kuryr), resource_id='p1'))
            registry.publish(resources.FLOATING_IP, events.PRECOMMIT_CREATE, self, payload=None)  # not a commit
            self.assertEqual(sorted(os.listdir(j.directory)), ['kuryr-port', 'trunk'])  # no floatingip
            for kind in ('kuryr-port', 'trunk'):
                with open(os.path.join(j.directory, kind)) as f:
                    self.assertEqual(f.read(), '%s:%d:1\n' % (j.boot, os.getpid()))
        finally:
            import shutil
            shutil.rmtree(d, ignore_errors=True)


if __name__ == '__main__':
    unittest.main()
