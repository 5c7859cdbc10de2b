"""Pure logic of the kuryr emulation: names, VLAN ids, the desired Octavia tree, member diffing.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import unittest

from kdfkuryr import naming


def service(ports, name='demo', ns='default', ip='10.0.0.171', type_='ClusterIP'):
    return {'metadata': {'name': name, 'namespace': ns, 'uid': 'u1'},
            'spec': {'type': type_, 'clusterIP': ip, 'ports': ports}}


def endpoints(addresses, ports):
    return {'subsets': [{'addresses': [{'ip': ip, 'targetRef': {'kind': 'Pod', 'name': pod, 'namespace': 'default'}}
                                       for ip, pod in addresses], 'ports': ports}]}


class Names(unittest.TestCase):
    def test_kuryr_names(self):
        self.assertEqual(naming.pod_port_name('default', 'demo-2293951457-j29nb'), 'demo-2293951457-j29nb')
        self.assertEqual(naming.lb_name('default', 'demo'), 'default/demo')
        self.assertEqual(naming.listener_name('default', 'demo', 'tcp', 80), 'default/demo:TCP:80')
        self.assertEqual(naming.listener_name('default', 'demo', 'UDP', '90'), 'default/demo:UDP:90')
        self.assertEqual(naming.member_name('default', 'demo-fbb89f54c-q9fq7', 9090),
                         'default/demo-fbb89f54c-q9fq7:9090')

    def test_namespaces_fit_ifnames_rules(self):
        self.assertEqual(naming.pod_netns('kdf-sbx', '34647965-b739-424a'), 'kdf-sbx-pod-34647965')
        self.assertEqual(naming.lb_netns('kdf-sbx', '4a88ce55-f934-4191'), 'kdf-sbx-lb-4a88ce55')


class Vlans(unittest.TestCase):
    def test_lowest_free_from_start(self):
        self.assertEqual(naming.next_vlan_id([], start=100), 100)
        self.assertEqual(naming.next_vlan_id([100, 101, 103], start=100), 102)
        self.assertEqual(naming.next_vlan_id(['101', None], start=101), 102)

    def test_full_trunk(self):
        with self.assertRaises(ValueError):
            naming.next_vlan_id(range(1, 4095))


class DesiredLb(unittest.TestCase):
    def test_tcp_service_members_from_ready_addresses(self):
        d = naming.desired_lb(service([{'protocol': 'TCP', 'port': 80, 'targetPort': 8080}]),
                              endpoints([('10.0.0.70', 'demo-b'), ('10.0.0.65', 'demo-a')], [{'port': 8080,
                                                                                              'protocol': 'TCP'}]))
        self.assertEqual(d['name'], 'default/demo')
        self.assertEqual(d['vip'], '10.0.0.171')
        [lst] = d['listeners']
        self.assertEqual((lst['name'], lst['protocol'], lst['port']), ('default/demo:TCP:80', 'TCP', 80))
        self.assertEqual(lst['members'], [
            {'name': 'default/demo-a:8080', 'address': '10.0.0.65', 'port': 8080},
            {'name': 'default/demo-b:8080', 'address': '10.0.0.70', 'port': 8080},
        ])

    def test_multi_port_by_name(self):
        svc = service([{'name': 'http', 'protocol': 'TCP', 'port': 80, 'targetPort': 8080},
                       {'name': 'udp', 'protocol': 'UDP', 'port': 90, 'targetPort': 9090}])
        ep = endpoints([('10.0.0.70', 'demo-b')], [{'name': 'udp', 'port': 9090, 'protocol': 'UDP'},
                                                   {'name': 'http', 'port': 8080, 'protocol': 'TCP'}])
        d = naming.desired_lb(svc, ep)
        self.assertEqual([(x['name'], x['members'][0]['name']) for x in d['listeners']],
                         [('default/demo:TCP:80', 'default/demo-b:8080'),
                          ('default/demo:UDP:90', 'default/demo-b:9090')])

    def test_no_endpoints_yet_no_members(self):
        d = naming.desired_lb(service([{'protocol': 'TCP', 'port': 80, 'targetPort': 8080}]), None)
        self.assertEqual(d['listeners'][0]['members'], [])

    def test_services_without_lb(self):
        self.assertIsNone(naming.desired_lb(service([], ip='None'), None))
        self.assertIsNone(naming.desired_lb(service([], type_='ExternalName'), None))
        self.assertIsNone(naming.desired_lb(service([], name='kubernetes', ip='10.0.0.129'), None))


class Members(unittest.TestCase):
    def test_scale_up_and_down(self):
        actual = [{'id': '1', 'name': 'default/a:8080', 'address': '10.0.0.65', 'protocol_port': 8080},
                  {'id': '2', 'name': 'default/b:8080', 'address': '10.0.0.66', 'protocol_port': 8080}]
        desired = [{'name': 'default/b:8080', 'address': '10.0.0.66', 'port': 8080},
                   {'name': 'default/c:8080', 'address': '10.0.0.67', 'port': 8080}]
        add, delete = naming.diff_members(desired, actual)
        self.assertEqual([m['name'] for m in add], ['default/c:8080'])
        self.assertEqual([m['id'] for m in delete], ['1'])

    def test_port_change_replaces_and_duplicates_go(self):
        actual = [{'id': '1', 'name': 'x', 'address': '10.0.0.65', 'protocol_port': 8080},
                  {'id': '2', 'name': 'x', 'address': '10.0.0.65', 'protocol_port': 8080}]
        add, delete = naming.diff_members([{'name': 'x', 'address': '10.0.0.65', 'port': 8081}], actual)
        self.assertEqual([m['port'] for m in add], [8081])
        self.assertEqual(sorted(m['id'] for m in delete), ['1', '2'])

    def test_in_sync(self):
        actual = [{'id': '1', 'name': 'x', 'address': '10.0.0.65', 'protocol_port': 8080}]
        self.assertEqual(naming.diff_members([{'name': 'x', 'address': '10.0.0.65', 'port': 8080}], actual), ([], []))


if __name__ == '__main__':
    unittest.main()
