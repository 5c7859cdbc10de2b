"""What the emulator's round does while `systemctl stop` has paused the controller or the CNI daemon (no cloud: the
planners are replaced by markers and submitted tasks are recorded, not run).

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import json
import os
import shutil
import sys
import tempfile
import unittest
from unittest import mock

# sandbox/dataplane (kdfdp), as bin/kuryr-emulator puts it on the path
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'dataplane'))

from kdfkuryr import control, emulator  # noqa: E402


def marker(kind):
    def plan(_ctx, cluster_dir, _cfg):
        yield (kind, cluster_dir), None, ()
    return plan


class PausedUnits(unittest.TestCase):
    def setUp(self):
        self.state = tempfile.mkdtemp(prefix='kdf-control-')
        self.cluster = os.path.join(self.state, 'kube', 'clusters', 'c1')
        os.makedirs(self.cluster)
        with open(os.path.join(self.cluster, 'cluster.json'), 'w') as f:
            json.dump({'name': 'c1', 'mode': 'baremetal'}, f)
        patches = [mock.patch('kdfkuryr.pods.plan', marker('pod')),
                   mock.patch('kdfkuryr.services.plan', marker('service'))]
        for p in patches:
            p.start()
            self.addCleanup(p.stop)

    def tearDown(self):
        shutil.rmtree(self.state)

    def submitted(self):
        e = emulator.Emulator(emulator.Context(self.state, 'kdf-sbx'), amphorae=False, host_port=False)
        keys = []
        e.submit = lambda key, _fn, _args: keys.append(key[0])
        e.round()
        e.pool.shutdown()
        return keys

    def test_running(self):
        self.assertEqual(sorted(self.submitted()), ['admin', 'lb-check', 'pod', 'secgroups', 'service'])

    def test_controller_stopped_no_ports_no_load_balancers(self):
        control.stop(self.state, control.CONTROLLER)
        self.assertEqual(sorted(self.submitted()), ['admin', 'secgroups'])  # enforcement is the agent's
        control.start(self.state, control.CONTROLLER)
        self.assertIn('pod', self.submitted())

    def test_daemon_stopped_no_pod_wired_services_go_on(self):
        control.stop(self.state, control.DAEMON)
        self.assertEqual(sorted(self.submitted()), ['admin', 'lb-check', 'secgroups', 'service'])


if __name__ == '__main__':
    unittest.main()
