"""kdfkuryr.vifpool: the ports pool's arithmetic (batch, minimum, maximum, update frequency) over a fake Neutron that
keeps ports the way the real one lists them, and the kuryr.conf options it reads."""
import itertools
import os
import tempfile
import unittest
from types import SimpleNamespace as NS
from unittest import mock

from kdfkuryr import vifpool

CONF = """[DEFAULT]
debug = True
[kubernetes]
vif_pool_driver = neutron
[vif_pool]
ports_pool_batch = %d
ports_pool_min = %d
ports_pool_max = %d
ports_pool_update_frequency = %d
"""


class FakeNeutron:
    def __init__(self):
        self.ports_ = {}
        self.ids = itertools.count(1)
        self.bulk = []

    def create_ports(self, attrs_list):
        self.bulk.append(len(attrs_list))
        for a in attrs_list:
            pid = 'p%d' % next(self.ids)
            self.ports_[pid] = NS(id=pid, name=a['name'], network_id=a['network_id'], device_id=a.get('device_id', ''),
                                  binding_host_id=a['binding_host_id'], device_owner=a['device_owner'],
                                  security_group_ids=list(a['security_group_ids']))

    def ports(self, network_id=None, name=None, device_owner=None):
        return [p for p in self.ports_.values() if (network_id in (None, p.network_id)) and name in (None, p.name)
                and device_owner in (None, p.device_owner)]

    def update_port(self, port_id, **changes):
        p = self.ports_[port_id]
        for k, v in changes.items():
            setattr(p, k, v)
        return p

    def delete_port(self, port_id, ignore_missing=True):
        self.ports_.pop(port_id, None)


ATTRS = {'network_id': 'net-a', 'binding_host_id': 'node-1', 'device_owner': 'compute:kuryr',
         'security_group_ids': ['sg-2', 'sg-1']}
KEY = vifpool.pool_key('node-1', 'net-a', ['sg-2', 'sg-1'])


class Pool(unittest.TestCase):
    def setUp(self):
        self.neutron = FakeNeutron()
        patch = mock.patch.object(vifpool.cloud, 'conn', return_value=NS(network=self.neutron))
        patch.start()
        self.addCleanup(patch.stop)
        vifpool._last_update.clear()
        self.clock = [1000.0]
        tick = mock.patch.object(vifpool.time, 'time', side_effect=lambda: self.clock[0])
        tick.start()
        self.addCleanup(tick.stop)
        self.uids = itertools.count(1)

    def pod(self, pool):
        uid = 'uid-%d' % next(self.uids)
        return vifpool.take(KEY, pool, ATTRS, 'pod-' + uid, uid, lambda _msg: None).id

    def on_net(self):
        return len(self.neutron.ports(network_id='net-a'))

    def test_a_batch_when_empty_none_while_the_minimum_stays_free(self):
        pool = {'min': 2, 'max': 0, 'batch': 5, 'frequency': 1}
        self.pod(pool)
        self.assertEqual((self.on_net(), self.neutron.bulk), (5, [5]))
        self.clock[0] += 10
        self.pod(pool)
        self.pod(pool)
        self.assertEqual(self.on_net(), 5)  # 2 free left: not below the minimum
        self.pod(pool)
        self.assertEqual(self.on_net(), 10)  # 1 free left: a second batch

    def test_refill_at_most_once_per_update_frequency(self):
        pool = {'min': 1, 'max': 0, 'batch': 2, 'frequency': 30}
        self.pod(pool)  # batch of 2, 1 free
        self.pod(pool)  # takes the last one: below the minimum, but the last refill was just now
        self.assertEqual(self.on_net(), 2)
        with self.assertRaisesRegex(RuntimeError, 'refilled less than 30s ago'):
            self.pod(pool)
        self.clock[0] += 31
        self.pod(pool)
        self.assertEqual(self.on_net(), 4)

    def test_min_max_as_kuryrs_test_walks_it(self):
        pool = {'min': 1, 'max': 2, 'batch': 2, 'frequency': 1}
        a = self.pod(pool)
        self.assertEqual(self.on_net(), 2)
        self.clock[0] += 2
        b = self.pod(pool)
        self.assertEqual(self.on_net(), 4)
        c = self.pod(pool)
        self.assertEqual(self.on_net(), 4)
        kept = [vifpool.release(KEY, pool, p, lambda _msg: None) for p in (a, b, c)]
        self.assertEqual(kept, [True, False, False])  # 1 free + 1 returned = the maximum; the rest are deleted
        self.assertEqual(self.on_net(), 2)
        self.assertEqual({p.name for p in self.neutron.ports_.values()}, {'available-port'})

    def test_taken_port_is_renamed_and_given_the_pod_uid(self):
        pid = self.pod({'min': 1, 'max': 0, 'batch': 3, 'frequency': 0})
        port = self.neutron.ports_[pid]
        self.assertEqual((port.name, port.device_id), ('pod-uid-1', 'uid-1'))
        self.assertEqual(len(vifpool.free_ports(KEY)), 2)

    def test_pools_are_per_host_and_groups(self):
        pool = {'min': 1, 'max': 0, 'batch': 3, 'frequency': 0}
        self.pod(pool)
        other = vifpool.pool_key('node-1', 'net-a', ['sg-1'])
        self.assertEqual(vifpool.free_ports(other), [])


class Options(unittest.TestCase):
    def test_neutron_driver_with_its_options(self):
        self.assertEqual(vifpool.parse_pool_options(CONF % (7, 1, 0, 2)),
                         {'min': 1, 'max': 0, 'batch': 7, 'frequency': 2})

    def test_noop_or_no_driver_is_no_pool(self):
        self.assertIsNone(vifpool.parse_pool_options('[kubernetes]\nvif_pool_driver = noop\n'))
        self.assertIsNone(vifpool.parse_pool_options('[DEFAULT]\n'))

    def test_kuryr_defaults_for_missing_options(self):
        self.assertEqual(vifpool.parse_pool_options('[kubernetes]\nvif_pool_driver = neutron\n'),
                         {'min': 1, 'max': 0, 'batch': 10, 'frequency': 20})

    def test_read_once_per_process(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, 'kuryr.conf'), 'w') as f:
                f.write(CONF % (5, 2, 0, 1))
            vifpool._configs.pop(d, None)
            self.assertEqual(vifpool.options(d, {})['batch'], 5)
            with open(os.path.join(d, 'kuryr.conf'), 'w') as f:
                f.write(CONF % (9, 2, 0, 1))
            self.assertEqual(vifpool.options(d, {})['batch'], 5)  # until the controller restarts
            self.assertIsNone(vifpool.options(d + '-nested', {'mode': 'nested'}))
            vifpool._configs.pop(d, None)


if __name__ == '__main__':
    unittest.main()
