"""Cluster DNS set-up (kdfkube.clusterdns): the kube-dns address, the objects kdf-kube init makes, the resolv.conf the
kubelet writes for each dnsPolicy."""
import contextlib
import io
import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

from kdfkube import clusterdns, init, store  # noqa: E402


def pod(ns='team', policy=None, dns_config=None):
    spec = {}
    if policy:
        spec['dnsPolicy'] = policy
    if dns_config:
        spec['dnsConfig'] = dns_config
    return {'metadata': {'name': 'p', 'namespace': ns}, 'spec': spec}


class Address(unittest.TestCase):
    def test_tenth_host_or_the_last_of_a_small_range(self):
        self.assertEqual(clusterdns.dns_ip('10.96.0.0/12'), '10.96.0.10')
        self.assertEqual(clusterdns.dns_ip('10.0.0.128/27'), '10.0.0.138')
        self.assertEqual(clusterdns.dns_ip('10.0.0.160/29'), '10.0.0.166')


class ResolvConf(unittest.TestCase):
    CFG = {'clusterDNS': ['10.0.0.138'], 'clusterDomain': 'cluster.local'}

    def test_cluster_first_as_the_kubelet_writes_it(self):
        self.assertEqual(clusterdns.resolv_conf(self.CFG, pod()),
                         'nameserver 10.0.0.138\nsearch team.svc.cluster.local svc.cluster.local cluster.local\n'
                         'options ndots:5\n')
        extra = {'nameservers': ['192.0.2.53'], 'searches': ['example.org'],
                 'options': [{'name': 'timeout', 'value': '2'}, {'name': 'rotate'}]}
        self.assertEqual(clusterdns.resolv_conf(self.CFG, pod(dns_config=extra)),
                         'nameserver 10.0.0.138\nnameserver 192.0.2.53\nsearch team.svc.cluster.local '
                         'svc.cluster.local cluster.local example.org\noptions ndots:5 timeout:2 rotate\n')

    def test_default_policy_or_no_cluster_dns_keeps_the_node_file(self):
        self.assertIsNone(clusterdns.resolv_conf(self.CFG, pod(policy='Default')))
        self.assertIsNone(clusterdns.resolv_conf({}, pod()))
        self.assertEqual(clusterdns.resolv_conf({}, pod(policy='None', dns_config={'nameservers': ['192.0.2.1']})),
                         'nameserver 192.0.2.1\n')


class Init(unittest.TestCase):
    def setUp(self):
        self.state = tempfile.mkdtemp(prefix='kdf-clusterdns-')
        self.addCleanup(shutil.rmtree, self.state, True)

    def cluster(self):
        return store.Cluster(os.path.join(self.state, 'kube', 'clusters', 'c1'))

    def test_objects_and_kubelet_settings_also_added_to_an_existing_cluster(self):
        init.init(self.state, 'c1', 'baremetal', None, cni='local')
        self.assertNotIn('clusterDNS', self.cluster().config)
        init.init(self.state, 'c1', 'baremetal', None, cluster_dns=True)
        c = self.cluster()
        self.assertEqual((c.config['clusterDNS'], c.config['clusterDomain']), (['10.0.0.138'], 'cluster.local'))
        svc = c.get('Service', 'kube-system', 'kube-dns')
        self.assertEqual((svc['spec']['clusterIP'], svc['spec']['selector']), ('10.0.0.138', {'k8s-app': 'kube-dns'}))
        d = c.get('Deployment', 'kube-system', 'coredns')
        tmpl = d['spec']['template']['spec']
        self.assertEqual((tmpl['containers'][0]['image'], tmpl['dnsPolicy']), (clusterdns.COREDNS_IMAGE, 'Default'))
        self.assertTrue(clusterdns.is_coredns_image(tmpl['containers'][0]['image']))
        rv = svc['metadata']['resourceVersion']
        init.init(self.state, 'c1', 'baremetal', None, cluster_dns=True)  # idempotent
        self.assertEqual(self.cluster().get('Service', 'kube-system', 'kube-dns')['metadata']['resourceVersion'], rv)

    def test_a_taken_address_is_a_warning_on_an_existing_cluster(self):
        init.init(self.state, 'c1', 'baremetal', None)
        c = self.cluster()
        other = store.new_object('Service', 'squatter', 'default')
        other['spec'] = {'clusterIP': '10.0.0.138', 'ports': []}
        c.put(other)
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            cfg = init.init(self.state, 'c1', 'baremetal', None, cluster_dns=True)
        self.assertNotIn('clusterDNS', cfg)
        self.assertIn('no cluster DNS for c1: cluster DNS address 10.0.0.138 is the ClusterIP of service '
                      'default/squatter', err.getvalue())
        self.assertIsNone(self.cluster().get('Service', 'kube-system', 'kube-dns'))


if __name__ == '__main__':
    unittest.main()
