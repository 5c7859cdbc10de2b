"""Services in the kuryr emulation (pure parts): the desired tree of LoadBalancer and selector-less Services,
not-ready endpoints, the KuryrLoadBalancer's shape, the Service status, Octavia's listing of deleted LBs, the host's
kubelet port.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import os
import sys
import unittest
from unittest import mock

# sandbox/dataplane (kdfdp), as bin/kuryr-emulator puts it on the path
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'dataplane'))

from kdfkuryr import fip, hostport, klb, naming, services  # noqa: E402

PORTS = [{'protocol': 'TCP', 'port': 80, 'targetPort': 8080}]


def service(type_='ClusterIP', selector=True, **spec):
    svc = {'metadata': {'name': 'web', 'namespace': 'shop', 'uid': 'svc-uid'},
           'spec': dict({'type': type_, 'clusterIP': '10.0.0.180', 'ports': PORTS}, **spec)}
    if selector:
        svc['spec']['selector'] = {'app': 'web'}
    return svc


def pod_address(ip, pod):
    return {'ip': ip, 'targetRef': {'kind': 'Pod', 'name': pod, 'namespace': 'shop', 'uid': 'uid-' + pod,
                                    'resourceVersion': '7'}}


class LoadBalancerTree(unittest.TestCase):
    def test_load_balancer_service_gets_a_tree_and_a_public_ip(self):
        ep = {'subsets': [{'addresses': [pod_address('10.0.0.70', 'web-a')], 'ports': [{'port': 8080}]}]}
        d = naming.desired_lb(service('LoadBalancer'), ep)
        self.assertEqual((d['name'], d['vip']), ('shop/web', '10.0.0.180'))
        self.assertEqual(d['publicIp'], {'network': 'public'})
        self.assertEqual([m['name'] for m in d['listeners'][0]['members']], ['shop/web-a:8080'])

    def test_requested_load_balancer_ip(self):
        d = naming.desired_lb(service('LoadBalancer', loadBalancerIP='172.24.4.77'), None)
        self.assertEqual(d['publicIp'], {'network': 'public', 'address': '172.24.4.77'})

    def test_cluster_ip_tree_has_no_public_ip_key(self):
        # recorded trees of ClusterIP services must stay equal, or every service would be re-converged
        self.assertNotIn('publicIp', naming.desired_lb(service(), None))

    def test_node_port_and_external_name_get_none(self):
        self.assertIsNone(naming.desired_lb(service('NodePort'), None))
        self.assertIsNone(naming.desired_lb(service('ExternalName'), None))


class Endpoints(unittest.TestCase):
    def test_selector_less_service_takes_the_users_addresses(self):
        ep = {'subsets': [{'addresses': [{'ip': '10.0.0.91'}, {'ip': '10.0.0.90'}],
                           'ports': [{'port': 8080, 'protocol': 'TCP'}]}]}
        d = naming.desired_lb(service(selector=False), ep)
        self.assertEqual(d['listeners'][0]['members'], [
            {'name': 'shop/10.0.0.90:8080', 'address': '10.0.0.90', 'port': 8080},
            {'name': 'shop/10.0.0.91:8080', 'address': '10.0.0.91', 'port': 8080},
        ])

    def test_not_ready_addresses_are_never_members(self):
        ep = {'subsets': [{'addresses': [pod_address('10.0.0.70', 'web-a')],
                           'notReadyAddresses': [pod_address('10.0.0.71', 'web-b'), {'ip': '10.0.0.72'}],
                           'ports': [{'port': 8080}]},
                          {'notReadyAddresses': [pod_address('10.0.0.73', 'web-c')], 'ports': [{'port': 8080}]}]}
        members = naming.desired_lb(service('LoadBalancer'), ep)['listeners'][0]['members']
        self.assertEqual([m['address'] for m in members], ['10.0.0.70'])

    def test_only_not_ready_addresses_no_members(self):
        ep = {'subsets': [{'notReadyAddresses': [{'ip': '10.0.0.71'}], 'ports': [{'port': 8080}]}]}
        self.assertEqual(naming.desired_lb(service(selector=False), ep)['listeners'][0]['members'], [])


RECORD = {
    'loadBalancerId': 'lb-1', 'vip': '10.0.0.180', 'vipPortId': 'vip-port', 'provider': 'amphora',
    'projectId': 'k8s-project', 'vipSubnetId': 'svc-subnet', 'memberSubnetId': 'pod-subnet',
    'spec': {'name': 'shop/web'},
    'listeners': [{'id': 'l-1', 'name': 'shop/web:TCP:80', 'protocol': 'TCP', 'port': 80, 'poolId': 'p-1'}],
    'members': [{'id': 'm-1', 'name': 'shop/web-a:8080', 'address': '10.0.0.70', 'port': 8080, 'poolId': 'p-1'}],
    'floatingIp': {'id': 'fip-1', 'ip': '172.24.4.215', 'network': 'public', 'portId': 'vip-port',
                   'requested': False},
}


class KuryrLoadBalancerShape(unittest.TestCase):
    def test_spec(self):
        ep = {'subsets': [{'addresses': [pod_address('10.0.0.70', 'web-a')],
                           'notReadyAddresses': [{'ip': '10.0.0.71'}], 'ports': [{'port': 8080, 'protocol': 'TCP'}]}]}
        spec = klb.klb_spec(service('LoadBalancer'), ep, RECORD)
        self.assertEqual(spec['ip'], '10.0.0.180')
        self.assertEqual(spec['type'], 'LoadBalancer')
        self.assertEqual(spec['ports'], [{'port': 80, 'protocol': 'TCP', 'targetPort': '8080'}])
        self.assertEqual((spec['provider'], spec['project_id'], spec['subnet_id']),
                         ('amphora', 'k8s-project', 'svc-subnet'))
        self.assertEqual(spec['endpointSlices'], [{
            'endpoints': [
                {'addresses': ['10.0.0.70'], 'conditions': {'ready': True},
                 'targetRef': {'kind': 'Pod', 'name': 'web-a', 'namespace': 'shop', 'uid': 'uid-web-a'}},
                {'addresses': ['10.0.0.71'], 'conditions': {'ready': False}},
            ],
            'ports': [{'port': 8080, 'protocol': 'TCP'}],
        }])

    def test_status(self):
        st = klb.klb_status(RECORD)
        self.assertEqual(st['loadbalancer'], {'id': 'lb-1', 'name': 'shop/web', 'ip': '10.0.0.180',
                                              'port_id': 'vip-port', 'provider': 'amphora',
                                              'project_id': 'k8s-project', 'subnet_id': 'svc-subnet',
                                              'security_groups': []})
        self.assertEqual(st['listeners'], [{'id': 'l-1', 'name': 'shop/web:TCP:80', 'port': 80, 'protocol': 'TCP',
                                            'loadbalancer_id': 'lb-1', 'project_id': 'k8s-project'}])
        self.assertEqual(st['pools'], [{'id': 'p-1', 'name': 'shop/web:TCP:80', 'listener_id': 'l-1',
                                        'loadbalancer_id': 'lb-1', 'protocol': 'TCP', 'project_id': 'k8s-project'}])
        self.assertEqual(st['members'], [{'id': 'm-1', 'name': 'shop/web-a:8080', 'ip': '10.0.0.70', 'port': 8080,
                                          'pool_id': 'p-1', 'project_id': 'k8s-project', 'subnet_id': 'pod-subnet'}])
        self.assertEqual(st['service_pub_ip_info'], {'ip_id': 'fip-1', 'ip_addr': '172.24.4.215',
                                                     'alloc_method': 'pool'})

    def test_cluster_ip_status_has_no_public_ip(self):
        rec = dict(RECORD, floatingIp=None)
        self.assertNotIn('service_pub_ip_info', klb.klb_status(rec))
        self.assertEqual(klb.service_status({'status': {'other': 1}}, rec), {'other': 1, 'loadBalancer': {}})

    def test_service_status_ingress_is_the_floating_ip(self):
        self.assertEqual(klb.service_status(service('LoadBalancer'), RECORD),
                         {'loadBalancer': {'ingress': [{'ip': '172.24.4.215'}]}})


class DeletedBehindOurBack(unittest.TestCase):
    def setUp(self):
        self.saved = dict(services._octavia)

    def tearDown(self):
        services._octavia.update(self.saved)

    def test_missing_only_in_a_listing_newer_than_the_record(self):
        rec = {'loadBalancerId': 'lb-1'}
        services._octavia.update(at=100.0, ids={'lb-2'})
        self.assertTrue(services.lb_missing(rec, recorded_at=99.0))
        # a record written after the listing started may hold an LB the listing could not see yet
        self.assertFalse(services.lb_missing(rec, recorded_at=101.0))
        services._octavia.update(at=100.0, ids={'lb-1'})
        self.assertFalse(services.lb_missing(rec, recorded_at=99.0))

    def test_a_recorded_listener_missing_from_the_listing(self):
        rec = {'loadBalancerId': 'lb-1', 'listeners': [{'id': 'l-1'}, {'id': 'l-2'}]}
        services._octavia.update(at=100.0, ids={'lb-1'}, listeners={'l-1', 'l-2', 'l-9'})
        self.assertFalse(services.lb_missing(rec, recorded_at=99.0))
        services._octavia.update(at=100.0, ids={'lb-1'}, listeners={'l-1'})
        self.assertTrue(services.lb_missing(rec, recorded_at=99.0))
        self.assertFalse(services.lb_missing(rec, recorded_at=101.0))

    def test_no_listing_yet(self):
        services._octavia.update(at=0.0, ids=None, listeners=None)
        self.assertFalse(services.lb_missing({'loadBalancerId': 'lb-1'}, recorded_at=0.0))


class HostPort(unittest.TestCase):
    def test_devstack_names_and_route(self):
        port = {'id': '3f1c2a9e-7b4d-4e8f-9a0b-1c2d3e4f5a6b', 'mac_address': 'fa:16:3e:00:00:01',
                'fixed_ips': [{'ip_address': '10.0.0.77', 'subnet_id': 's'}]}
        w = hostport.plan(port, {'cidr': '10.0.0.64/26', 'gateway_ip': '10.0.0.126'}, {'cidr': '10.0.0.128/26'})
        self.assertEqual(w, {'ifname': 'kubelet3f1c2a9', 'mac': 'fa:16:3e:00:00:01', 'address': '10.0.0.77/26',
                             'routes': [('10.0.0.128/26', '10.0.0.126')]})
        self.assertEqual(hostport.port_name('kdf-sandbox'), 'kubelet-kdf-sandbox')

    def test_namespace_driver_routes_the_pool_too(self):
        port = {'id': 'abc', 'mac_address': 'm', 'fixed_ips': [{'ip_address': '10.0.0.77'}]}
        w = hostport.plan(port, {'cidr': '10.0.0.64/26', 'gateway_ip': '10.0.0.126'}, {'cidr': '10.0.0.128/26'},
                          ['10.0.0.0/22'])
        self.assertEqual(w['routes'], [('10.0.0.128/26', '10.0.0.126'), ('10.0.0.0/22', '10.0.0.126')])


class FakeIp:
    def __init__(self, id_, address, port_id=None, description=''):
        self.id, self.floating_ip_address, self.port_id, self.description = id_, address, port_id, description


class FakeNetwork:
    """The few Neutron calls of kdfkuryr.fip, on a dict of floating IPs."""

    def __init__(self):
        self.fips, self.calls = {}, []

    def find_ip(self, id_, ignore_missing=True):
        return self.fips.get(id_)

    def ips(self, project_id=None):
        return list(self.fips.values())

    def create_ip(self, floating_network_id, project_id, description, floating_ip_address=None):
        self.calls.append('create')
        n = self.calls.count('create')
        new = FakeIp('fip-%d' % n, floating_ip_address or '172.24.4.%d' % (200 + n), description=description)
        self.fips[new.id] = new
        return new

    def update_ip(self, ip, port_id):
        self.calls.append('associate ' + port_id)
        ip.port_id = port_id
        return ip

    def delete_ip(self, id_, ignore_missing=True):
        self.calls.append('delete ' + id_)
        self.fips.pop(id_, None)


class FloatingIp(unittest.TestCase):
    def setUp(self):
        self.net = FakeNetwork()
        conn = type('Conn', (), {'network': self.net})()
        for name, value in (('conn', lambda: conn), ('project_id', lambda _p='k8s': 'k8s-project'),
                            ('network', lambda _n: type('Net', (), {'id': 'public-id'})())):
            p = mock.patch('kdfkuryr.cloud.' + name, value)
            p.start()
            self.addCleanup(p.stop)

    def test_created_once_then_follows_a_new_vip_port(self):
        got = fip.ensure({}, 'shop', 'web', 'svc-uid', {'network': 'public'}, 'vip-1')
        self.assertEqual(self.net.calls, ['create', 'associate vip-1'])
        # the load balancer was re-created: same floating IP, the new VIP port
        again = fip.ensure({'floatingIp': got}, 'shop', 'web', 'svc-uid', {'network': 'public'}, 'vip-2')
        self.assertEqual((again['id'], again['ip'], again['portId']), (got['id'], got['ip'], 'vip-2'))
        self.assertEqual(self.net.calls, ['create', 'associate vip-1', 'associate vip-2'])

    def test_found_again_by_description_after_a_crash(self):
        first = fip.ensure({}, 'shop', 'web', 'svc-uid', {'network': 'public'}, 'vip-1')
        again = fip.ensure({}, 'shop', 'web', 'svc-uid', {'network': 'public'}, 'vip-1')
        self.assertEqual(again['id'], first['id'])
        self.assertEqual(self.net.calls.count('create'), 1)

    def test_requested_address_change_releases_the_old_one(self):
        first = fip.ensure({}, 'shop', 'web', 'svc-uid', {'network': 'public', 'address': '172.24.4.77'}, 'vip-1')
        second = fip.ensure({'floatingIp': first}, 'shop', 'web', 'svc-uid',
                            {'network': 'public', 'address': '172.24.4.78'}, 'vip-1')
        self.assertEqual((first['id'], second['id'], second['ip']), ('fip-1', 'fip-2', '172.24.4.78'))
        self.assertIn('delete fip-1', self.net.calls)
        self.assertEqual(list(self.net.fips), [second['id']])


if __name__ == '__main__':
    unittest.main()
