"""hostNetwork pods of the sandbox kubelet (kdfkube.manager): which network namespace a pod runs in. A pod of the pod
network has one of its own; a hostNetwork pod shares its node's: the trunk VM's namespace for a nested cluster, the
sandbox's own for a baremetal one (its nodes are the DevStack host)."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

from kdfkube import manager  # noqa: E402

SERVER = '3f1a9c2e-5b7d-4e10-9c2a-6d8e0f1b2c3d'


class Cluster:
    def __init__(self, config, sbx='kdf-sbx'):
        self.config, self.sbx = config, sbx


def pod(uid='a1b2c3d4-0000-4000-8000-000000000000', host=False):
    spec = {'nodeName': 'node-1'}
    if host:
        spec['hostNetwork'] = True
    return {'metadata': {'name': 'p', 'uid': uid}, 'spec': spec}


class HostNetwork(unittest.TestCase):
    def test_only_a_true_hostNetwork_counts(self):
        self.assertTrue(manager.host_network(pod(host=True)))
        self.assertFalse(manager.host_network(pod()))
        self.assertFalse(manager.host_network({'metadata': {}, 'spec': {'hostNetwork': False}}))
        self.assertFalse(manager.host_network({'metadata': {}}))

    def test_a_pod_of_the_pod_network_has_a_namespace_of_its_own(self):
        self.assertEqual(manager.pod_netns(Cluster({'mode': 'baremetal'}), pod()), 'kdf-sbx-pod-a1b2c3d4')

    def test_a_hostNetwork_pod_of_a_nested_cluster_runs_in_the_trunk_vm(self):
        nested = Cluster({'mode': 'nested', 'vm': {'serverId': SERVER}})
        self.assertEqual(manager.pod_netns(nested, pod(host=True)), 'kdf-sbx-vm-3f1a9c2e')
        named = Cluster({'mode': 'nested', 'vm': {'serverId': SERVER, 'netns': 'vm-ns'}})
        self.assertEqual(manager.pod_netns(named, pod(host=True)), 'vm-ns')

    def test_a_hostNetwork_pod_of_a_baremetal_cluster_runs_on_the_host(self):
        self.assertEqual(manager.pod_netns(Cluster({'mode': 'baremetal'}), pod(host=True)), 'kdf-sbx')
        # a nested cluster whose VM is not known yet has no VM namespace to offer
        self.assertEqual(manager.pod_netns(Cluster({'mode': 'nested'}), pod(host=True)), 'kdf-sbx')


if __name__ == '__main__':
    unittest.main()
