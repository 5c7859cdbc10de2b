"""The namespace subnet driver's handlers against a cluster directory and a recording stand-in for Neutron: which
namespaces get a network, what is created, the KuryrNetwork written, where a pod's port goes, the clean-up.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import os
import tempfile
import types
import unittest

from kdfkuryr import cloud, nsnet, store

NS = types.SimpleNamespace


class FakeNeutron:
    def __init__(self, pool=True):
        self.calls = []
        self.nets, self.subnets_, self.groups, self.router_ifaces = {}, {}, {}, {'router-1': ['pod-subnet']}
        self.pool = pool
        self.pool_ports = []

    def _rec(self, *call):
        self.calls.append(call)

    def networks(self, name, project_id):
        return [NS(id=i, description=d) for i, (n, d) in self.nets.items() if n == name]

    def create_network(self, name, project_id, description):
        self._rec('create_network', name)
        self.nets['net-%d' % len(self.nets)] = (name, description)
        return NS(id='net-%d' % (len(self.nets) - 1))

    def subnets(self, name, network_id):
        return [s for s in self.subnets_.values() if s.name == name and s.network_id == network_id]

    def find_subnet_pool(self, name, ignore_missing=True):
        return NS(id='pool-v4') if self.pool else None

    def create_subnet(self, **attrs):
        self._rec('create_subnet', tuple(sorted(attrs)))
        cidr = attrs.get('cidr') or '10.0.0.192/26'
        s = NS(id='subnet-%d' % len(self.subnets_), cidr=cidr, **{k: v for k, v in attrs.items() if k != 'cidr'})
        self.subnets_[s.id] = s
        return s

    def ports(self, device_owner=None, device_id=None, network_id=None, name=None):
        if device_owner == 'compute:kuryr':  # free ports of a ports pool
            return [p for p in self.pool_ports if network_id in (None, p.network_id) and name in (None, p.name)]
        return [NS(device_id=r, fixed_ips=[{'subnet_id': s} for s in subs])
                for r, subs in self.router_ifaces.items() if device_id in (None, r)]

    def delete_port(self, port_id, ignore_missing=True):
        self._rec('delete_port', port_id)
        self.pool_ports = [p for p in self.pool_ports if p.id != port_id]

    def add_interface_to_router(self, router, subnet_id):
        self._rec('add_interface_to_router', router, subnet_id)
        self.router_ifaces[router].append(subnet_id)

    def remove_interface_from_router(self, router, subnet_id):
        # Neutron's two refusals, in its words
        if subnet_id not in self.subnets_ and subnet_id not in self.router_ifaces[router]:
            raise RuntimeError('ResourceNotFound: 404: Subnet %s could not be found.' % subnet_id)
        if subnet_id not in self.router_ifaces[router]:
            raise RuntimeError('Router %s has no interface on subnet %s' % (router, subnet_id))
        self._rec('remove_interface_from_router', router, subnet_id)
        self.router_ifaces[router].remove(subnet_id)

    def security_groups(self, name, project_id):
        return [NS(id=i, description=g['description']) for i, g in self.groups.items() if g['name'] == name]

    def create_security_group(self, name, project_id, description):
        self._rec('create_security_group', name)
        self.groups['sg-%d' % len(self.groups)] = {'name': name, 'description': description, 'rules': []}
        return NS(id='sg-%d' % (len(self.groups) - 1))

    def create_security_group_rule(self, security_group_id, project_id, **attrs):
        self.groups[security_group_id]['rules'].append(attrs)

    def delete_network(self, net_id, ignore_missing=True):
        if any(p.network_id == net_id for p in self.pool_ports):
            raise RuntimeError('Unable to complete operation on network %s. There are one or more ports still in use'
                               % net_id)
        self._rec('delete_network', net_id)
        self.nets.pop(net_id, None)
        for sid in [k for k, sub in self.subnets_.items() if sub.network_id == net_id]:
            self.subnets_.pop(sid)

    def delete_security_group(self, sg_id, ignore_missing=True):
        self._rec('delete_security_group', sg_id)
        self.groups.pop(sg_id, None)


class Ctx:
    def log(self, msg):
        pass


class NamespaceNetworks(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = os.path.join(self.tmp.name, 'kube', 'clusters', 'c1')
        self.cfg = {'name': 'c1', 'drivers': {'podSubnets': 'namespace'}}
        store.write_json(os.path.join(self.dir, 'cluster.json'), self.cfg)
        self.neutron = FakeNeutron()
        self._saved = (cloud.conn, dict(cloud._cache))
        cloud.conn = lambda: NS(network=self.neutron)
        cloud._cache.update({('project', 'k8s'): 'k8s', ('sgs', 'k8s'): ['sg-default', 'sg-spa'],
                             ('subnet', 'k8s-pod-subnet'): NS(id='pod-subnet', cidr='10.0.0.64/26'),
                             ('network', 'k8s-pod-net'): NS(id='pod-net')})
        for ns in ('default', 'kube-system', 'a'):
            store.write_json(os.path.join(self.dir, 'objects', 'namespaces', '_', ns + '.json'),
                             {'metadata': {'name': ns, 'labels': {'team': ns}}})

    def tearDown(self):
        cloud.conn = self._saved[0]
        cloud._cache.clear()
        cloud._cache.update(self._saved[1])
        self.tmp.cleanup()

    def plan(self):
        return [(key[2], fn.__name__, args) for key, fn, args in nsnet.plan(Ctx(), self.dir, self.cfg)]

    def kn(self, ns):
        return store.read_json(os.path.join(self.dir, 'objects', 'kuryrnetworks', ns, ns + '.json'))

    def test_driver_off_plans_nothing_and_pods_stay_on_the_pod_subnet(self):
        self.cfg = {'name': 'c1'}
        self.assertEqual(self.plan(), [])
        net_id, sub = nsnet.pod_network(self.dir, self.cfg, 'a')
        self.assertEqual((net_id, sub.id), ('pod-net', 'pod-subnet'))
        self.assertEqual(nsnet.default_groups(nsnet.networks(self.dir, self.cfg), 'a'), ['sg-default', 'sg-spa'])

    def test_every_namespace_but_kube_ones_gets_network_subnet_router_interface_group_and_kuryrnetwork(self):
        self.assertEqual([(ns, fn) for ns, fn, _ in self.plan()],
                         [('a', 'ensure_network'), ('default', 'ensure_network')])
        self.assertIsNone(nsnet.pod_network(self.dir, self.cfg, 'a'))  # pods wait for it
        for _, fn, args in self.plan():
            getattr(nsnet, fn)(*args)
        self.assertEqual(self.plan(), [])
        st = self.kn('a')['status']
        self.assertTrue(st['populated'])
        self.assertEqual(self.neutron.nets[st['netId']][0], 'ns/a-net')
        subnet = self.neutron.subnets_[st['subnetId']]
        self.assertEqual((subnet.name, subnet.subnetpool_id, subnet.prefixlen), ('ns/a-subnet', 'pool-v4', 26))
        self.assertEqual(st['routerId'], 'router-1')
        self.assertIn(st['subnetId'], self.neutron.router_ifaces['router-1'])
        group = self.neutron.groups[st['sgId']]
        self.assertEqual(group['name'], 'ns/a-sg')
        self.assertEqual(group['rules'],
                         [{'direction': 'ingress', 'ethertype': 'IPv4', 'remote_ip_prefix': subnet.cidr}])
        self.assertEqual(self.kn('a')['spec'], {'nsName': 'a', 'projectId': 'k8s', 'nsLabels': {'team': 'a'}})
        self.assertEqual(self.kn('a')['kind'], 'KuryrNetwork')
        cloud._cache[('subnet-id', st['subnetId'])] = subnet
        self.assertEqual(nsnet.pod_network(self.dir, self.cfg, 'a'), (st['netId'], subnet))
        self.assertEqual(nsnet.pod_network(self.dir, self.cfg, 'kube-system')[0], 'pod-net')
        self.assertEqual(nsnet.default_groups(nsnet.networks(self.dir, self.cfg), 'a'), [st['sgId'], 'sg-spa'])

    def test_without_the_pool_a_free_26_of_the_fallback_range(self):
        self.neutron.pool = False
        self.neutron.subnets_['taken'] = NS(id='taken', name='x', network_id='x', cidr='10.0.1.0/26')
        self.neutron.subnets = lambda name=None, network_id=None, ip_version=None: [
            s for s in self.neutron.subnets_.values()
            if name is None or (s.name == name and s.network_id == network_id)]
        nsnet.ensure_network(Ctx(), self.dir, self.cfg, 'a', None)
        self.assertEqual(self.kn('a')['status']['subnetCIDR'], '10.0.1.64/26')

    def test_deleted_namespace_is_cleaned_up_after_its_last_pod(self):
        for _, fn, args in self.plan():
            getattr(nsnet, fn)(*args)
        st = self.kn('a')['status']
        os.unlink(os.path.join(self.dir, 'objects', 'namespaces', '_', 'a.json'))
        store.write_json(store.kuryr_path(self.dir, 'pods', 'a', 'p1'), {'portId': 'x'})
        self.assertEqual(self.plan(), [])  # its pod's port is still on the network
        os.unlink(store.kuryr_path(self.dir, 'pods', 'a', 'p1'))
        (ns, fn, args), = self.plan()
        self.assertEqual((ns, fn), ('a', 'delete_network'))
        # a free port of the namespace's ports pool would keep Neutron from deleting the network: it goes first
        self.neutron.pool_ports = [NS(id='free-1', name='available-port', network_id=st['netId'], device_id=''),
                                   NS(id='other', name='available-port', network_id='elsewhere', device_id='')]
        nsnet.delete_network(*args)
        self.assertEqual([p.id for p in self.neutron.pool_ports], ['other'])
        self.assertIsNone(self.kn('a'))
        self.assertNotIn(st['netId'], self.neutron.nets)
        self.assertNotIn(st['sgId'], self.neutron.groups)
        self.assertNotIn(st['subnetId'], self.neutron.router_ifaces['router-1'])

    def test_delete_finishes_after_a_restart_between_its_steps(self):
        for _, fn, args in self.plan():
            getattr(nsnet, fn)(*args)
        st = self.kn('a')['status']
        os.unlink(os.path.join(self.dir, 'objects', 'namespaces', '_', 'a.json'))
        (_, _, args), = self.plan()
        # the controller stopped after the interface and the network (with its subnet) went, before the group
        self.neutron.remove_interface_from_router('router-1', st['subnetId'])
        self.neutron.delete_network(st['netId'])
        nsnet.delete_network(*args)  # Neutron: "Subnet … could not be found": that step is done
        self.assertIsNone(self.kn('a'))
        self.assertNotIn(st['sgId'], self.neutron.groups)


if __name__ == '__main__':
    unittest.main()
