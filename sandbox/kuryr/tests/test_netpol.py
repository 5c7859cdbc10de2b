"""Kuryr's NetworkPolicy driver, pure planning: policy + pods + namespaces -> SG rules, pod -> SGs.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import unittest

from kdfkuryr import netpol


def pod(ns, name, lbls, ports=()):
    return {'metadata': {'namespace': ns, 'name': name, 'labels': dict(lbls)},
            'spec': {'containers': [{'name': 'c', 'ports': [dict(p) for p in ports]}]}}


def namespace(name, lbls=None):
    return {'metadata': {'name': name, 'labels': dict(lbls or {})}}


def policy(spec, ns='a', name='p'):
    return {'metadata': {'namespace': ns, 'name': name}, 'spec': spec}


HTTP = [{'name': 'http', 'containerPort': 8080, 'protocol': 'TCP'}]
PODS = {
    ('a', 'server'): pod('a', 'server', {'role': 'server'}, HTTP),
    ('a', 'client'): pod('a', 'client', {'role': 'client'}),
    ('b', 'client'): pod('b', 'client', {'role': 'client'}),
    ('b', 'other'): pod('b', 'other', {'role': 'other'}, [{'name': 'http', 'containerPort': 9000}]),
    ('c', 'client'): pod('c', 'client', {'role': 'client'}),
}
IPS = {('a', 'server'): '10.0.0.10', ('a', 'client'): '10.0.0.11', ('b', 'client'): '10.0.0.20',
       ('b', 'other'): '10.0.0.21', ('c', 'client'): '10.0.0.30'}
NAMESPACES = {'a': namespace('a', {'team': 'a'}), 'b': namespace('b', {'team': 'b', 'env': 'test'}),
              'c': namespace('c', {'team': 'c', 'env': 'test'})}
VIEW = netpol.View(PODS, IPS, NAMESPACES)


def r(direction, remote=None, proto=None, low=None, high=None):
    return {'direction': direction, 'ethertype': 'IPv4', 'protocol': proto, 'port_range_min': low,
            'port_range_max': high if high is not None else low, 'remote_ip_prefix': remote}


ALLOW_EGRESS = [r('egress')]
ALLOW_INGRESS = [r('ingress')]
SERVER = {'matchLabels': {'role': 'server'}}
CLIENTS = {'podSelector': {'matchLabels': {'role': 'client'}}}


def ns_peer(**lbls):
    return {'namespaceSelector': {'matchLabels': lbls}}


def to_server(*peers):
    """A policy spec on the server pods allowing ingress from `peers`."""
    return {'podSelector': SERVER, 'ingress': [{'from': list(peers)}]}


class Rules(unittest.TestCase):
    def rules(self, spec, view=VIEW, ns='a'):
        return netpol.desired_rules(policy(spec, ns), view)

    def assertRules(self, got, want):
        keys = [netpol.rule_key(x) for x in want]
        self.assertEqual([netpol.rule_key(x) for x in got], sorted(keys, key=netpol.sortable))
        self.assertEqual(len(got), len(want))

    def test_default_deny_ingress_keeps_egress_open(self):
        got = self.rules({'podSelector': {}, 'policyTypes': ['Ingress']})
        self.assertEqual(got['ingress'], [])
        self.assertRules(got['egress'], ALLOW_EGRESS)

    def test_policy_types_default_to_ingress_plus_egress_when_present(self):
        self.assertEqual(netpol.policy_types({}), ['Ingress'])
        self.assertEqual(netpol.policy_types({'egress': []}), ['Ingress', 'Egress'])
        got = self.rules({'podSelector': {}, 'egress': []})
        self.assertEqual(got, {'ingress': [], 'egress': []})  # deny both

    def test_restricted_ingress_keeps_the_load_balancers_source_subnet_open(self):
        view = netpol.View(PODS, IPS, NAMESPACES, lb_cidr='10.0.0.128/26')
        got = netpol.desired_rules(policy({'podSelector': SERVER, 'ingress': []}), view)
        self.assertEqual([(x['protocol'], x['remote_ip_prefix']) for x in got['ingress']],
                         [('tcp', '10.0.0.128/26'), ('udp', '10.0.0.128/26')])
        got = netpol.desired_rules(policy({'podSelector': SERVER, 'policyTypes': ['Egress']}), view)
        self.assertRules(got['ingress'], ALLOW_INGRESS)

    def test_egress_only_policy_leaves_ingress_open(self):
        got = self.rules({'podSelector': {}, 'policyTypes': ['Egress']})
        self.assertRules(got['ingress'], ALLOW_INGRESS)
        self.assertEqual(got['egress'], [])

    def test_pod_selector_peer_gives_each_pod_ip(self):
        got = self.rules(to_server(CLIENTS))
        # only namespace a's client: a podSelector alone stays in the policy's namespace
        self.assertRules(got['ingress'], [r('ingress', '10.0.0.11/32')])

    def test_match_expressions(self):
        sel = {'matchExpressions': [{'key': 'role', 'operator': 'In', 'values': ['client', 'server']}]}
        got = self.rules({'podSelector': SERVER, 'ingress': [{'from': [{'podSelector': sel}]}]})
        self.assertRules(got['ingress'], [r('ingress', '10.0.0.10/32'), r('ingress', '10.0.0.11/32')])

    def test_namespace_selector_gives_every_pod_of_matching_namespaces(self):
        got = self.rules(to_server(ns_peer(team='b')))
        self.assertRules(got['ingress'], [r('ingress', '10.0.0.20/32'), r('ingress', '10.0.0.21/32')])

    def test_empty_namespace_selector_is_every_namespace(self):
        got = self.rules({'podSelector': SERVER, 'ingress': [{'from': [{'namespaceSelector': {}}]}]})
        self.assertEqual(len(got['ingress']), 5)

    def test_namespace_and_pod_selector_combined_in_one_peer(self):
        got = self.rules(to_server(dict(ns_peer(env='test'), **CLIENTS)))
        self.assertRules(got['ingress'], [r('ingress', '10.0.0.20/32'), r('ingress', '10.0.0.30/32')])

    def test_two_peers_are_a_union(self):
        got = self.rules(to_server(ns_peer(team='c'), CLIENTS))
        self.assertRules(got['ingress'], [r('ingress', '10.0.0.30/32'), r('ingress', '10.0.0.11/32')])

    def test_namespace_selector_uses_the_namespace_cidr_with_the_namespace_driver(self):
        view = netpol.View(PODS, IPS, NAMESPACES, {'b': '10.0.1.0/26'})
        got = self.rules(to_server(ns_peer(env='test')), view)
        self.assertRules(got['ingress'], [r('ingress', '10.0.1.0/26'), r('ingress', '10.0.0.30/32')])

    def test_selected_peer_without_ip_yields_nothing(self):
        view = netpol.View(PODS, {k: v for k, v in IPS.items() if k != ('a', 'client')}, NAMESPACES)
        got = self.rules(to_server(CLIENTS), view)
        self.assertEqual(got['ingress'], [])

    def test_ip_block_with_except_is_the_complement(self):
        self.assertEqual(netpol.ip_block_prefixes({'cidr': '10.0.0.0/24', 'except': ['10.0.0.0/26']}),
                         ['10.0.0.64/26', '10.0.0.128/25'])
        self.assertEqual(netpol.ip_block_prefixes({'cidr': '10.0.0.0/24', 'except': ['10.0.0.10/32']}),
                         ['10.0.0.0/29', '10.0.0.8/31', '10.0.0.11/32', '10.0.0.12/30', '10.0.0.16/28',
                          '10.0.0.32/27', '10.0.0.64/26', '10.0.0.128/25'])
        self.assertEqual(netpol.ip_block_prefixes({'cidr': '10.0.0.0/24', 'except': ['10.0.0.0/16']}), [])
        self.assertEqual(netpol.ip_block_prefixes({'cidr': '10.0.0.0/24', 'except': ['192.168.0.0/16']}),
                         ['10.0.0.0/24'])
        self.assertEqual(netpol.ip_block_prefixes({'cidr': '10.0.0.0/24', 'except': ['10.0.0.0/25', '10.0.0.128/26']}),
                         ['10.0.0.192/26'])
        got = self.rules({'podSelector': SERVER,
                          'ingress': [{'from': [{'ipBlock': {'cidr': '172.24.4.0/24', 'except': ['172.24.4.0/25']}}]}]})
        self.assertRules(got['ingress'], [r('ingress', '172.24.4.128/25')])

    def test_ports_and_protocols(self):
        ports = [{'port': 8080}, {'protocol': 'UDP', 'port': 9090}, {'protocol': 'TCP', 'port': 1000, 'endPort': 1010},
                 {'protocol': 'UDP'}]
        got = self.rules({'podSelector': SERVER, 'ingress': [{'ports': ports}]})
        self.assertRules(got['ingress'], [r('ingress', None, 'tcp', 8080), r('ingress', None, 'udp', 9090),
                                          r('ingress', None, 'tcp', 1000, 1010), r('ingress', None, 'udp')])

    def test_ports_times_peers(self):
        spec = to_server({'podSelector': {}})
        spec['ingress'][0]['ports'] = [{'port': 80}, {'port': 81}]
        got = self.rules(spec)
        self.assertEqual(len(got['ingress']), 4)  # 2 pods of namespace a x 2 ports

    def test_named_ingress_port_resolves_against_the_selected_pods(self):
        got = self.rules({'podSelector': SERVER, 'ingress': [{'ports': [{'port': 'http'}]}]})
        self.assertRules(got['ingress'], [r('ingress', None, 'tcp', 8080)])
        got = self.rules({'podSelector': SERVER, 'ingress': [{'ports': [{'port': 'http', 'protocol': 'UDP'}]}]})
        self.assertEqual(got['ingress'], [])  # no UDP port of that name: nothing allowed
        got = self.rules({'podSelector': SERVER, 'ingress': [{'ports': [{'port': 'nope'}]}]})
        self.assertEqual(got['ingress'], [])

    def test_named_egress_port_resolves_against_each_peer_pod(self):
        got = self.rules({'podSelector': {'matchLabels': {'role': 'client'}}, 'policyTypes': ['Egress'],
                          'egress': [{'to': [{'namespaceSelector': {}}], 'ports': [{'port': 'http'}]}]})
        self.assertRules(got['egress'], [r('egress', '10.0.0.10/32', 'tcp', 8080),
                                         r('egress', '10.0.0.21/32', 'tcp', 9000)])

    def test_egress_rules(self):
        got = self.rules({'podSelector': {'matchLabels': {'role': 'client'}}, 'policyTypes': ['Ingress', 'Egress'],
                          'egress': [{'to': [{'podSelector': SERVER}], 'ports': [{'port': 8080}]},
                                     {'to': [{'ipBlock': {'cidr': '10.0.0.128/27'}}]}]})
        self.assertRules(got['egress'], [r('egress', '10.0.0.10/32', 'tcp', 8080), r('egress', '10.0.0.128/27')])
        self.assertEqual(got['ingress'], [])

    def test_egress_to_pods_also_allows_their_services_cluster_ip(self):
        services = {
            ('a', 'web'): {'spec': {'selector': {'role': 'server'}, 'clusterIP': '10.0.0.140',
                                    'ports': [{'port': 80, 'targetPort': 8080, 'protocol': 'TCP'},
                                              {'port': 90, 'targetPort': 9090, 'protocol': 'UDP'}]}},
            ('a', 'named'): {'spec': {'selector': {'role': 'server'}, 'clusterIP': '10.0.0.141',
                                      'ports': [{'port': 81, 'targetPort': 'http'}]}},
            ('b', 'web'): {'spec': {'selector': {'role': 'server'}, 'clusterIP': '10.0.0.150',
                                    'ports': [{'port': 80, 'targetPort': 8080}]}},  # no server pod in b
            ('a', 'manual'): {'spec': {'clusterIP': '10.0.0.142', 'ports': [{'port': 80}]}},  # no selector
        }
        view = netpol.View(PODS, IPS, NAMESPACES, services=services)
        egress = {'podSelector': {}, 'policyTypes': ['Egress'],
                  'egress': [{'to': [{'podSelector': SERVER}], 'ports': [{'port': 8080}]}]}
        got = netpol.desired_rules(policy(egress), view)['egress']
        self.assertRules(got, [r('egress', '10.0.0.10/32', 'tcp', 8080), r('egress', '10.0.0.140/32', 'tcp', 80),
                               r('egress', '10.0.0.141/32', 'tcp', 81)])
        egress['egress'][0].pop('ports')
        got = netpol.desired_rules(policy(egress), view)['egress']
        self.assertRules(got, [r('egress', '10.0.0.10/32'), r('egress', '10.0.0.140/32'), r('egress', '10.0.0.141/32')])
        ingress = netpol.desired_rules(policy(to_server({'podSelector': SERVER})), view)['ingress']
        self.assertRules(ingress, [r('ingress', '10.0.0.10/32')])  # ingress: no service rules

    def test_egress_to_pods_allows_a_selectorless_service_whose_endpoints_list_them(self):
        services = {
            ('a', 'manual'): {'spec': {'clusterIP': '10.0.0.142', 'ports': [{'port': 80, 'targetPort': 8080}]}},
            ('a', 'other'): {'spec': {'clusterIP': '10.0.0.143', 'ports': [{'port': 80, 'targetPort': 8080}]}},
        }
        endpoints = {('a', 'manual'): {'subsets': [{'addresses': [{'ip': '10.0.0.10'}], 'ports': [{'port': 8080}]}]},
                     ('a', 'other'): {'subsets': [{'addresses': [{'ip': '10.0.0.11'}], 'ports': [{'port': 8080}]}]}}
        view = netpol.View(PODS, IPS, NAMESPACES, services=services, endpoints=endpoints)
        egress = {'podSelector': {}, 'policyTypes': ['Egress'],
                  'egress': [{'to': [{'podSelector': SERVER}], 'ports': [{'port': 8080}]}]}
        got = netpol.desired_rules(policy(egress), view)['egress']
        self.assertRules(got, [r('egress', '10.0.0.10/32', 'tcp', 8080), r('egress', '10.0.0.142/32', 'tcp', 80)])

    def test_empty_from_or_missing_from_allows_all(self):
        for entry in ({}, {'from': []}):
            got = self.rules({'podSelector': SERVER, 'ingress': [entry]})
            self.assertRules(got['ingress'], ALLOW_INGRESS)

    def test_rules_are_unique_and_sorted(self):
        got = self.rules({'podSelector': SERVER, 'ingress': [{'ports': [{'port': 80}]}, {'ports': [{'port': 80}]}]})
        self.assertEqual(len(got['ingress']), 1)
        again = self.rules({'podSelector': SERVER, 'ingress': [{'ports': [{'port': 80}]}, {'ports': [{'port': 80}]}]})
        self.assertEqual(got, again)


class Diff(unittest.TestCase):
    def test_diff_by_identity_zero_prefix_is_any(self):
        desired = [r('ingress', '10.0.0.11/32', 'tcp', 8080), r('egress')]
        actual = [dict(r('egress', '0.0.0.0/0'), id='e4'), dict(r('egress'), ethertype='IPv6', id='e6'),
                  dict(r('ingress', '10.0.0.12/32', 'tcp', 8080), id='old'),
                  dict(r('egress', None, 'TCP', 1), id='dup1'), dict(r('egress', None, 'tcp', 1), id='dup2')]
        add, delete = netpol.diff_rules(desired, actual)
        self.assertEqual(add, [r('ingress', '10.0.0.11/32', 'tcp', 8080)])
        self.assertEqual(sorted(x['id'] for x in delete), ['dup1', 'dup2', 'e6', 'old'])

    def test_no_change_no_calls(self):
        desired = [r('ingress', '10.0.0.11/32', 'tcp', 8080)]
        self.assertEqual(netpol.diff_rules(desired, [dict(desired[0], id='x')]), ([], []))


class PortGroups(unittest.TestCase):
    def test_selected_pods_get_every_selecting_policy_and_nothing_else(self):
        policies = {('a', 'p1'): policy({'podSelector': SERVER}, name='p1'),
                    ('a', 'p2'): policy({'podSelector': {}}, name='p2'),
                    ('b', 'p3'): policy({'podSelector': {}}, 'b', 'p3'),
                    ('a', 'p4'): policy({'podSelector': SERVER}, name='p4')}  # no SG yet: left out
        sgs = {('a', 'p1'): 'sg1', ('a', 'p2'): 'sg2', ('b', 'p3'): 'sg3'}
        got = netpol.port_security_groups(PODS, policies, sgs, ['default', 'spa'])
        self.assertEqual(got[('a', 'server')], ['sg1', 'sg2'])
        self.assertEqual(got[('a', 'client')], ['sg2'])
        self.assertEqual(got[('b', 'client')], ['sg3'])
        self.assertEqual(got[('c', 'client')], ['default', 'spa'])

    def test_pods_of_no_policy_keep_their_defaults(self):
        got = netpol.port_security_groups(PODS, {}, {}, lambda key: ['ns-' + key[0], 'spa'])
        self.assertEqual(got[('a', 'server')], ['ns-a', 'spa'])
        self.assertEqual(got[('b', 'other')], ['ns-b', 'spa'])

    def test_selected_pods(self):
        self.assertEqual(netpol.selected_pods(policy({'podSelector': {}}, 'b'), PODS),
                         [('b', 'client'), ('b', 'other')])
        self.assertEqual(netpol.selected_pods(policy({'podSelector': SERVER}), PODS), [('a', 'server')])
        self.assertEqual(netpol.sg_name('a', 'p'), 'sg-a-p')


if __name__ == '__main__':
    unittest.main()
