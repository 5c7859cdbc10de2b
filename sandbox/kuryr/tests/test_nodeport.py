"""Kuryr's service handler of the pinned train supports ClusterIP and LoadBalancer only: a NodePort service (which the
kubectl double accepts, with allocated nodePorts) gets no Octavia load balancer and must not upset the controller.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import unittest

from kdfkuryr import naming


class NodePortServices(unittest.TestCase):
    def test_node_port_service_gets_no_load_balancer(self):
        svc = {'metadata': {'name': 'np', 'namespace': 'default', 'uid': 'u1'},
               'spec': {'type': 'NodePort', 'clusterIP': '10.0.0.150', 'selector': {'app': 'demo'},
                        'ports': [{'port': 80, 'targetPort': 8080, 'protocol': 'TCP', 'nodePort': 31000}]}}
        eps = {'subsets': [{'addresses': [{'ip': '10.0.0.90', 'targetRef': {'kind': 'Pod', 'name': 'demo-1',
                                                                              'namespace': 'default'}}],
                            'ports': [{'port': 8080, 'protocol': 'TCP'}]}]}
        self.assertIsNone(naming.desired_lb(svc, eps))


if __name__ == '__main__':
    unittest.main()
